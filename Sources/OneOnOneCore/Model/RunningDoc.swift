/// How a running doc (one file, a dated heading per meeting) is laid out, so that a new
/// meeting can be written the way the doc's own meetings are: at its heading level, at the end
/// its order calls for, with its date style.
public struct RunningDoc: Sendable, Hashable {
    /// The level of the dated meeting headings (`##` is 2).
    public var headingLevel: Int
    /// Whether the newest meeting comes first (the common order for a doc read from the top).
    public var newestFirst: Bool
    /// How the headings write their dates.
    public var dateStyle: DateStyle
}

/// What stands between the numbers of a numeric date.
public enum DateSeparator: String, Sendable, Hashable {
    case dash = "-", slash = "/", dot = "."
}

/// A way of writing a date, read from a note and used to write new dates the same way.
public enum DateStyle: Sendable, Hashable {
    /// `2026-03-04` (with `-`, `/` or `.`).
    case iso(separator: DateSeparator)
    /// `Mar 4, 2026` or `March 4, 2026`; `comma` tells whether a comma precedes the year.
    case monthFirst(fullMonth: Bool, comma: Bool)
    /// `4 March 2026` or `4 Mar 2026`.
    case dayFirst(fullMonth: Bool)
    /// `03/04/2026`, `3-4-26`: numeric, month or day first.
    case numeric(order: DateOrder, separator: DateSeparator, padded: Bool, twoDigitYear: Bool)

    /// The date written in this style.
    public func format(_ day: Day) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch self {
        case .iso(let separator):
            return "\(day.year)\(separator.rawValue)\(two(day.month))\(separator.rawValue)\(two(day.day))"
        case .monthFirst(let full, let comma):
            return "\(DateStyle.monthName(day.month, full: full)) \(day.day)\(comma ? "," : "") \(day.year)"
        case .dayFirst(let full):
            return "\(day.day) \(DateStyle.monthName(day.month, full: full)) \(day.year)"
        case .numeric(let order, let separator, let padded, let twoDigitYear):
            let month = padded ? two(day.month) : "\(day.month)", date = padded ? two(day.day) : "\(day.day)"
            let year = twoDigitYear ? two(day.year % 100) : "\(day.year)"
            let first = order == .mdy ? month : date, second = order == .mdy ? date : month
            return "\(first)\(separator.rawValue)\(second)\(separator.rawValue)\(year)"
        }
    }

    /// The style of a date as written (`Mar 4, 2026`, `2026-03-04`), or nil when it is not a
    /// full date of a known form.
    init?(written text: Substring, order: DateOrder?) {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count >= 3 else { return nil }
        // A weekday in front (`Tue Sep 1, 2026`) is left out of new dates.
        let parts = words.count > 3 && words[0].allSatisfy(\.isLetter) && words[1].allSatisfy(\.isLetter) ? Array(words.dropFirst()) : Array(words)
        let first = parts[0]
        if first.count == 4, first.allSatisfy(\.isNumber) {
            let separator = text.first { !$0.isNumber }.flatMap { DateSeparator(rawValue: String($0)) } ?? .dash
            self = .iso(separator: separator)
        } else if first.allSatisfy(\.isLetter) {
            self = .monthFirst(fullMonth: first.count > 4, comma: text.contains(","))
        } else if parts.count >= 2, parts[1].allSatisfy(\.isLetter) {
            self = .dayFirst(fullMonth: parts[1].count > 4)
        } else if let separator = text.first(where: { !$0.isNumber && !$0.isWhitespace }).flatMap({ DateSeparator(rawValue: String($0)) }) {
            let last = parts[parts.count - 1]
            self = .numeric(order: order ?? .mdy, separator: separator, padded: first.count == 2, twoDigitYear: last.count == 2)
        } else {
            return nil
        }
    }

    private static func monthName(_ month: Int, full: Bool) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let name = names[max(0, min(11, month - 1))]
        return full ? name : String(name.prefix(3))
    }
}
