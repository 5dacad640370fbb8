/// A way of writing dates, learnt from one date as a note wrote it (`Thu Sep 3, 2026`,
/// `notes-March-16-2026`, `04.03.26`), so that a new date is written the same way: the same
/// month names and case, padding, separators, ordinal suffixes and weekday.
public struct DateStyle: Sendable, Hashable {
    /// The date as written, e.g. `Sep 3rd, 2026`.
    public var sample: String
    /// The day the sample stands for.
    public var day: Day
    /// Which number is the month in a numeric sample where both could be (`03/03/2026`).
    public var order: DateOrder

    public init(sample: String, day: Day, order: DateOrder = .mdy) {
        self.sample = sample
        self.day = day
        self.order = order
    }

    /// ISO dates, `2026-03-04`.
    public static let iso = DateStyle(sample: "1970-01-01", day: Day(ordinal: 0))

    /// The first full date written in `text` (a file name, a heading) and where it stands, or nil.
    public static func first(in text: String, order: DateOrder?) -> (range: Range<String.Index>, style: DateStyle)? {
        guard let mention = DateScanner.mentions(in: text, order: order).first(where: { !$0.isAmbiguous }),
              let day = mention.fullDay else { return nil }
        // A weekday in front (`Thu Sep 3`, `Tuesday, 1 September`) belongs to the date: it changes with it.
        var start = mention.range.lowerBound
        var end = start
        while end > text.startIndex, [" ", ","].contains(text[text.index(before: end)]) { end = text.index(before: end) }
        var begin = end
        while begin > text.startIndex, case let c = text[text.index(before: begin)], c.isASCII, c.isLetter { begin = text.index(before: begin) }
        if text.distance(from: begin, to: end) >= 3, weekdayIndex(String(text[begin..<end])) != nil { start = begin }
        let range = start..<mention.range.upperBound
        return (range, DateStyle(sample: String(text[range]), day: day, order: mention.shownOrder ?? order ?? .mdy))
    }

    /// Whether `text` writes a date of any form, with or without a year (`due Oct 10`).
    public static func mentionsDate(_ text: String) -> Bool {
        !DateScanner.mentions(in: text).isEmpty
    }

    /// `day` written the way the sample is: every part of the sample that stands for the year,
    /// month, day or weekday is replaced, everything between them is kept.
    public func format(_ new: Day) -> String {
        let runs = DateStyle.runs(of: sample)
        let hasMonthWord = runs.contains { $0.kind == .letters && DateStyle.monthIndex($0.text) != nil }
        var numbers = runs.indices.filter { runs[$0].kind == .digits }
        var roles: [Int: Role] = [:]
        // The year: four digits, or the last number of a numeric date.
        if let year = numbers.first(where: { runs[$0].text.count == 4 }) ?? (numbers.count == 3 || (hasMonthWord && numbers.count == 2) ? numbers.last : nil) {
            roles[year] = .year
            numbers.removeAll { $0 == year }
        }
        if hasMonthWord {
            if let first = numbers.first { roles[first] = .day }
        } else if numbers.count >= 2 {
            let a = Int(runs[numbers[0]].text) ?? 0, b = Int(runs[numbers[1]].text) ?? 0
            let monthFirst = a == b ? order == .mdy : (a == day.month && b == day.day)
            roles[numbers[0]] = monthFirst ? .month : .day
            roles[numbers[1]] = monthFirst ? .day : .month
        }
        // Padding: a number under 10 written with two digits says yes, with one says no; with
        // none under 10, numeric dates are padded and dates with a month name are not.
        let shown = roles.filter { $0.value != .year }.map { runs[$0.key].text }
        let padded = shown.contains { $0.count == 2 && $0.hasPrefix("0") } || (!shown.contains { $0.count == 1 } && !hasMonthWord)
        func number(_ value: Int) -> String { padded ? DateStyle.two(value) : "\(value)" }
        var out = ""
        for (index, run) in runs.enumerated() {
            switch (run.kind, roles[index]) {
            case (.digits, .year?):
                out += run.text.count == 2 ? DateStyle.two(new.year % 100) : "\(new.year)"
            case (.digits, .month?):
                out += number(new.month)
            case (.digits, .day?):
                out += number(new.day)
            case (.letters, _):
                if DateStyle.monthIndex(run.text) != nil {
                    out += DateStyle.cased(DateStyle.name(DateStyle.months[new.month - 1], like: run.text), like: run.text)
                } else if DateStyle.weekdayIndex(run.text) != nil {
                    out += DateStyle.cased(DateStyle.name(DateStyle.weekdays[new.weekday], like: run.text), like: run.text)
                } else if ["st", "nd", "rd", "th"].contains(run.text.lowercased()), index > 0, roles[index - 1] == .day {
                    out += DateStyle.cased(DateStyle.ordinalSuffix(new.day), like: run.text)
                } else {
                    out += run.text
                }
            default:
                out += run.text
            }
        }
        return out
    }

    private enum Role { case year, month, day }

    private struct Run {
        enum Kind { case digits, letters, other }
        var kind: Kind
        var text: String
    }

    private static func runs(of text: String) -> [Run] {
        var runs: [Run] = []
        for character in text {
            let kind: Run.Kind = character.isASCII && character.isNumber ? .digits : character.isASCII && character.isLetter ? .letters : .other
            if let last = runs.last, last.kind == kind, kind != .other {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append(Run(kind: kind, text: String(character)))
            }
        }
        return runs
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private static func monthIndex(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(lower) }
    }

    private static func weekdayIndex(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 2 else { return nil }
        return weekdays.firstIndex { $0.hasPrefix(lower) }
    }

    /// A name as long as the sample's: whole when the sample is whole, else three letters
    /// (`Sep`, and also `Sept` or `Tues`, which only some names have).
    private static func name(_ full: String, like sample: String) -> String {
        let lower = sample.lowercased()
        return months.contains(lower) || weekdays.contains(lower) ? full : String(full.prefix(3))
    }

    private static func cased(_ word: String, like sample: String) -> String {
        if sample.allSatisfy(\.isUppercase) && sample.count > 1 { return word.uppercased() }
        if sample.first?.isUppercase == true { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }

    private static func ordinalSuffix(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
