import Foundation

/// How often a series' meetings are meant to happen, and who said so.
public struct Cadence: Sendable, Hashable {
    public enum Source: String, Sendable, Codable {
        case config, frontMatter = "front-matter", inferred, `default`
    }

    public var days: Int
    public var source: Source

    /// The longest cadence accepted: ten years. Anything longer is a typo, and a bound here
    /// keeps every later sum of dates and cadences far from overflow.
    public static let maximumDays = 3660

    /// `weekly`, `biweekly`, `fortnightly`, `monthly`, `quarterly`, `10`, `10d`, `2w`; nil for
    /// anything else, or for more than `maximumDays`.
    public static func days(from text: String) -> Int? {
        guard let days = parsedDays(from: text), (1...maximumDays).contains(days) else { return nil }
        return days
    }

    private static func parsedDays(from text: String) -> Int? {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces)
        switch t {
        case "weekly": return 7
        case "biweekly", "bi-weekly", "fortnightly", "every two weeks", "every 2 weeks": return 14
        case "monthly": return 30
        case "quarterly": return 91
        default: break
        }
        if let n = Int(t), n > 0 { return n }
        if t.hasSuffix("d"), let n = Int(t.dropLast()), n > 0 { return n }
        if t.hasSuffix("w"), let n = Int(t.dropLast()), n > 0 { return n <= maximumDays ? n * 7 : nil }
        return nil
    }
}

/// All 1:1s with one person, in date order.
public struct Series: Sendable {
    public var person: String
    public var kind: MeetingKind
    public var cadence: Cadence
    public var meetings: [Meeting]
}
