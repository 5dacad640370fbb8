/// Which part comes first in a purely numeric date such as `03/04/2026`.
public enum DateOrder: String, Sendable, CaseIterable {
    case mdy, dmy
}

/// A date written in a note's text, a heading or a file name.
struct DateMention: Equatable, Sendable {
    var range: Range<String.Index>
    /// Nil when the text gave no year (`due Mar 10`, `3-24-ismail.md`).
    var year: Int?
    var month: Int
    var day: Int
    /// A numeric day/month date whose order no configuration settles (`03/04/2026`).
    var isAmbiguous: Bool
    /// The order a numeric date shows by itself (`3-24` is month first: 24 is no month), which
    /// settles the run's ambiguous dates when the configuration does not.
    var shownOrder: DateOrder? = nil

    /// The date, taking a missing year from `anchor` (PRODUCT.md: the meeting's year, or the
    /// next year when that would land more than six months before the meeting).
    func resolved(near anchor: Day?) -> Day? {
        if let year { return Day(year: year, month: month, day: day) }
        guard let anchor else { return nil }
        return Day.resolving(month: month, day: day, near: anchor)
    }

    /// The date when the text carries its year.
    var fullDay: Day? { year.flatMap { Day(year: $0, month: month, day: day) } }
}

/// Finds the dates people write in 1:1 notes: `2026-03-04`, `2026/03/04`, `March 4, 2026`,
/// `Mar 4th`, `Tue Sep 1, 2026`, `4 March 2026`, `21 Sep, 2022`, `04-Mar-2026`,
/// `notes-April-01-2024`, `03/24/2026` and, where asked, year-less numeric `3-24`.
///
/// A hand-written scanner over tokens rather than regular expressions: it runs on every
/// heading and action item of every note, and it must tell `Mar` from `Marketing`.
enum DateScanner {
    static func mentions(in text: String, order: DateOrder? = nil, numericWithoutYear: Bool = false) -> [DateMention] {
        // Every date form has a digit; most text has none.
        guard text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return [] }
        let tokens = tokenize(text)
        var found: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if let (mention, next) = match(tokens, at: i, order: order, numericWithoutYear: numericWithoutYear) {
                found.append(mention)
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: Tokens

    private enum Kind: Equatable {
        case number(Int, digits: Int)
        /// A word as its first eight lowercased letters packed into an integer, and its length.
        case word(Word)
        case separator(Unicode.Scalar)
        case space
    }

    private struct Token {
        var kind: Kind
        var range: Range<String.Index>
    }

    /// A lowercased ASCII word, packed so that comparing it allocates nothing.
    private struct Word: Hashable {
        var code: UInt64
        var length: Int

        init(code: UInt64, length: Int) {
            self.code = code
            self.length = length
        }

        init(_ text: StaticString) {
            var code: UInt64 = 0
            for (k, byte) in UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount).enumerated() where k < 8 {
                code |= UInt64(byte) << (8 * UInt64(k))
            }
            self.init(code: code, length: text.utf8CodeUnitCount)
        }
    }

    /// Splits text into numbers, lowercased ASCII words, single separators and runs of
    /// white space, walking UTF-8 bytes (non-ASCII characters are separators).
    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let bytes = text.utf8
        // A token and the space after it take three bytes or more in most text: one buffer, not five.
        tokens.reserveCapacity(bytes.count / 2 + 2)
        var index = bytes.startIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }
        while index < bytes.endIndex {
            let start = index
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                var value = 0, digits = 0
                while index < bytes.endIndex, bytes[index] >= 48, bytes[index] <= 57 {
                    if digits < 9 { value = value * 10 + Int(bytes[index] - 48) }
                    digits += 1
                    index = bytes.index(after: index)
                }
                tokens.append(Token(kind: .number(value, digits: digits), range: start..<index))
            } else if (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) {
                var code: UInt64 = 0, length = 0
                while index < bytes.endIndex, case let b = bytes[index], (b >= 65 && b <= 90) || (b >= 97 && b <= 122) {
                    if length < 8 { code |= UInt64(b | 0x20) << (8 * UInt64(length)) }
                    length += 1
                    index = bytes.index(after: index)
                }
                tokens.append(Token(kind: .word(Word(code: code, length: length)), range: start..<index))
            } else if isSpace(byte) {
                while index < bytes.endIndex, isSpace(bytes[index]) { index = bytes.index(after: index) }
                tokens.append(Token(kind: .space, range: start..<index))
            } else if byte < 0x80 {
                index = bytes.index(after: index)
                tokens.append(Token(kind: .separator(Unicode.Scalar(byte)), range: start..<index))
            } else {
                // A non-ASCII character: one separator for the whole scalar.
                let scalars = text.unicodeScalars
                let scalar = scalars[start]
                index = scalars.index(after: start)
                tokens.append(Token(kind: scalar.properties.isWhitespace ? .space : .separator(scalar), range: start..<index))
            }
        }
        return tokens
    }

    // MARK: Patterns


    private static func match(_ t: [Token], at i: Int, order: DateOrder?, numericWithoutYear: Bool) -> (DateMention, Int)? {
        // A number glued to letters or digits before it is part of something else (`v2026-03-04` is fine, `x12/03` is not).
        if i > 0, case .number = t[i].kind, case .word = t[i - 1].kind { return nil }
        // So is one glued to a number before it: `0999-12-31` holds no `12-31`.
        if i > 1, case .number = t[i].kind, case .separator = t[i - 1].kind, case .number = t[i - 2].kind { return nil }
        return isoDate(t, i) ?? numericDate(t, i, order: order, requireYear: !numericWithoutYear)
            ?? monthFirst(t, i) ?? dayFirst(t, i)
    }

    /// `2026-03-04`, `2026/03/04`, `2026.03.04`.
    private static func isoDate(_ t: [Token], _ i: Int) -> (DateMention, Int)? {
        guard let y = number(t, i, digits: 4...4), Day.years.contains(y),
              let sep = separator(t, i + 1, in: "-/."), let m = number(t, i + 2, digits: 1...2),
              separator(t, i + 3, in: String(sep)) != nil, let d = number(t, i + 4, digits: 1...2),
              !continuesNumber(t, i + 5), Day(year: y, month: m, day: d) != nil
        else { return nil }
        return (DateMention(range: t[i].range.lowerBound..<t[i + 4].range.upperBound, year: y, month: m, day: d, isAmbiguous: false), i + 5)
    }

    /// `03/24/2026`, `24.03.2026`, `3/4/26`, and, when `requireYear` is false, `3-24`.
    private static func numericDate(_ t: [Token], _ i: Int, order: DateOrder?, requireYear: Bool) -> (DateMention, Int)? {
        guard let a = number(t, i, digits: 1...2), let sep = separator(t, i + 1, in: "/-."),
              let b = number(t, i + 2, digits: 1...2) else { return nil }
        var year: Int?
        var end = i + 3
        if separator(t, i + 3, in: String(sep)) != nil, let y = number(t, i + 4, digits: 2...4) {
            let digits = digitCount(t[i + 4])
            // A two-digit year is 20YY, whatever the separator (`3-21-20`, `04.23.20`, `3/4/26`);
            // with dots, only zero-padded (`1.10.12` is a version, not a date).
            let padded = digitCount(t[i]) == 2 && digitCount(t[i + 2]) == 2
            if digits == 4, Day.years.contains(y) { year = y } else if digits == 2, sep != "." || padded { year = 2000 + y } else { return nil }
            end = i + 5
        } else if requireYear || sep == "." {
            return nil
        }
        if continuesNumber(t, end) { return nil }
        var month = a, day = b, ambiguous = false
        var shown: DateOrder?
        switch (a <= 12, b <= 12) {
        case (true, false): shown = .mdy
        case (false, true): (month, day) = (b, a); shown = .dmy
        case (false, false): return nil
        case (true, true):
            if a == b { break }
            switch order {
            case .mdy: break
            case .dmy: (month, day) = (b, a)
            case nil: ambiguous = true
            }
        }
        guard isValid(year: year, month: month, day: day) else { return nil }
        return (DateMention(range: t[i].range.lowerBound..<t[end - 1].range.upperBound, year: year, month: month, day: day, isAmbiguous: ambiguous, shownOrder: shown), end)
    }

    /// `March 4, 2026`, `Mar 4 2026`, `Tue Sep 1, 2026`, `Mar. 4th`, `April-01-2024`.
    private static func monthFirst(_ t: [Token], _ i: Int) -> (DateMention, Int)? {
        var j = i
        let start = t[i].range.lowerBound
        if case .word(let w) = t[j].kind, weekdays.contains(w) {
            j += 1
            if separator(t, j, in: ",.") != nil { j += 1 }
            if isSpace(t, j) { j += 1 }
        }
        guard let month = monthNumber(t, j) else { return nil }
        j += 1
        if separator(t, j, in: ".") != nil { j += 1 }
        guard isSpace(t, j) || separator(t, j, in: "-") != nil else { return nil }
        j += 1
        guard let day = number(t, j, digits: 1...2) else { return nil }
        j += 1
        if isOrdinalSuffix(t, j) { j += 1 }
        var end = j
        let year = trailingYear(t, &j)
        if year != nil { end = j } else if continuesNumber(t, end) { return nil }
        guard isValid(year: year, month: month, day: day) else { return nil }
        return (DateMention(range: start..<t[end - 1].range.upperBound, year: year, month: month, day: day, isAmbiguous: false), end)
    }

    /// `4 March 2026`, `21 Sep, 2022`, `04-Mar-2026`, `4th of March`.
    private static func dayFirst(_ t: [Token], _ i: Int) -> (DateMention, Int)? {
        guard let day = number(t, i, digits: 1...2) else { return nil }
        var j = i + 1
        if isOrdinalSuffix(t, j) { j += 1 }
        guard isSpace(t, j) || separator(t, j, in: "-") != nil else { return nil }
        j += 1
        if case .word(Word("of"))? = t[safe: j]?.kind, isSpace(t, j + 1) { j += 2 }
        guard let month = monthNumber(t, j) else { return nil }
        j += 1
        var end = j
        if separator(t, j, in: ".") != nil { j += 1 }
        let year = trailingYear(t, &j)
        if year != nil { end = j }
        guard isValid(year: year, month: month, day: day) else { return nil }
        return (DateMention(range: t[i].range.lowerBound..<t[end - 1].range.upperBound, year: year, month: month, day: day, isAmbiguous: false), end)
    }

    /// An optional `, 2026` / ` 2026` / `-2026` after a day and month; advances `j` past it.
    private static func trailingYear(_ t: [Token], _ j: inout Int) -> Int? {
        var k = j
        if separator(t, k, in: ",") != nil { k += 1 }
        if isSpace(t, k) || separator(t, k, in: "-") != nil { k += 1 }
        guard k > j, let year = number(t, k, digits: 4...4), Day.years.contains(year), !continuesNumber(t, k + 1) else { return nil }
        j = k + 1
        return year
    }

    /// A year-less date is valid when it exists in some year (Feb 29 included).
    private static func isValid(year: Int?, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= Day.daysIn(month: month, year: year ?? 2024)
    }

    // MARK: Token helpers

    private static func number(_ t: [Token], _ i: Int, digits: ClosedRange<Int>) -> Int? {
        guard case .number(let value, let count)? = t[safe: i]?.kind, digits.contains(count) else { return nil }
        return value
    }

    private static func digitCount(_ token: Token) -> Int {
        if case .number(_, let digits) = token.kind { return digits }
        return 0
    }

    private static func separator(_ t: [Token], _ i: Int, in set: String) -> Unicode.Scalar? {
        guard case .separator(let s)? = t[safe: i]?.kind, set.unicodeScalars.contains(s) else { return nil }
        return s
    }

    private static func isSpace(_ t: [Token], _ i: Int) -> Bool { t[safe: i]?.kind == .space }

    /// True when the token at `i` glues more digits onto a date (`2026-03-04-17` is a date then `-17`, `12/03/20261` is nothing).
    private static func continuesNumber(_ t: [Token], _ i: Int) -> Bool {
        if case .number? = t[safe: i]?.kind { return true }
        if separator(t, i, in: "/") != nil, case .number? = t[safe: i + 1]?.kind { return true }
        return false
    }

    private static func isOrdinalSuffix(_ t: [Token], _ i: Int) -> Bool {
        guard case .word(let w)? = t[safe: i]?.kind else { return false }
        return ordinalSuffixes.contains(w)
    }

    private static func monthNumber(_ t: [Token], _ i: Int) -> Int? {
        guard case .word(let w)? = t[safe: i]?.kind else { return nil }
        return months[w]
    }

    private static let months: [Word: Int] = {
        let names: [StaticString] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let short: [StaticString] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        var table: [Word: Int] = [:]
        for index in names.indices {
            table[Word(names[index])] = index + 1
            table[Word(short[index])] = index + 1
        }
        table[Word("sept")] = 9
        return table
    }()

    private static let weekdays: Set<Word> = Set(([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ] as [StaticString]).map(Word.init))

    private static let ordinalSuffixes: Set<Word> = Set(([ "st", "nd", "rd", "th"] as [StaticString]).map(Word.init))
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 48 && value <= 57 }
    var isASCIILetter: Bool { (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
    /// White space, with a fast answer for ASCII.
    var isSpace: Bool { value < 0x80 ? (value == 32 || (value >= 9 && value <= 13)) : properties.isWhitespace }
    var asciiLowercased: Unicode.Scalar { value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : self }
}
