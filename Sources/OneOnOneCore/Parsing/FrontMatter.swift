/// A note's YAML front matter, read into the keys PRODUCT.md defines.
struct FrontMatter: Sendable {
    var date: DateMention?
    var dateLine = 1
    var with: String?
    var manager: String?
    var kind: MeetingKind?
    var status: MeetingStatus?
    var duration: RecordedDuration?
    var cadence: Int?
    var shared: Bool?
    var next: Day?
    /// Where front matter `date` is written when it could be month/day or day/month.
    var ambiguousDate: (line: Int, column: Int)?
    var tags: [String] = []
    var otherFields: [String: String] = [:]
    /// Problems with the YAML or a value, with the line each was found at.
    var problems: [(kind: Problem.Kind, line: Int, column: Int, message: String)] = []

    /// Whether `text`, which `split` found no front matter in, opens front matter that no `---`
    /// line closes: a first line `---` followed
    /// by a `key:` line. (A lone `---` over ordinary text is a thematic break, not front matter.)
    static func isUnclosed(_ text: String) -> Bool {
        guard text.hasPrefix("---") else { return false }
        var lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).makeIterator()
        guard let first = lines.next(), first.trimmingWhitespace == "---", let second = lines.next(),
              let colon = second.firstIndex(of: ":"), colon > second.startIndex else { return false }
        return second[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// Splits `text` into front matter and body: the YAML between a first line `---` and the
    /// next line `---` or `...`. Returns the body and how many lines precede it.
    static func split(_ text: String) -> (yaml: Substring?, body: Substring, bodyLineOffset: Int) {
        var rest = text[...]
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        guard rest.hasPrefix("---") else { return (nil, rest, 0) }
        // Walk line by line only as far as the closing fence, by bytes: a line feed always ends
        // a line. A line that opens with an ASCII byte that is neither space, `-` nor `.` (a
        // `key:` line) is no fence, and is not trimmed to find out.
        let bytes = rest.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 0
        var yamlStart: Substring.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.endIndex
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
            lineNumber += 1
            let first = lineStart < lineEnd ? bytes[lineStart] : 10
            let mayBeFence = first >= 0x80 || first.isASCIISpace || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
            let line = mayBeFence ? rest[lineStart..<lineEnd].trimmingWhitespace : ""
            if lineNumber == 1 {
                guard line == "---" else { return (nil, rest, 0) }
                yamlStart = next
            } else if line == "---" || line == "...", let yamlStart {
                return (rest[yamlStart..<lineStart], rest[next...], lineNumber)
            }
            lineStart = next
        }
        return (nil, rest, 0)
    }

    init() {}

    /// Reads the YAML found by `split`, which starts on line 2 of the file.
    init(yaml: Substring, order: DateOrder?) {
        let root: YAMLValue?
        do {
            root = try YAMLValue.parse(String(yaml), lineOffset: 1)
        } catch {
            problems.append((.invalidFrontMatter, error.position.line, error.position.column, "front matter is not valid YAML: \(error.message)"))
            return
        }
        guard let root else { return }
        guard case .mapping(let entries, _) = root else {
            problems.append((.invalidFrontMatter, root.position.line, root.position.column, "front matter must be `key: value` lines, like `date: 2026-03-04`"))
            return
        }
        for entry in entries { read(entry, order: order) }
    }

    private mutating func read(_ entry: YAMLValue.Entry, order: DateOrder?) {
        let key = entry.key.lowercased()
        let value = entry.value
        let line = value.position.line
        // The message names the key, never the value: front matter may hold private words.
        func wrong(_ expected: String) {
            let key = "front matter `\(YAMLValue.shownKey(entry.key))`"
            let message = value.scalar == nil ? "\(key) is a list or mapping; it should be \(expected)" : "\(key) should be \(expected)"
            problems.append((.invalidFrontMatter, line, value.position.column, message))
        }
        switch key {
        case "date":
            guard let text = value.scalar, let mention = DateScanner.mentions(in: text, order: order).first else {
                return wrong("a date such as 2026-03-04")
            }
            if mention.isAmbiguous {
                ambiguousDate = (line, value.position.column)
            } else {
                date = mention
                dateLine = line
            }
        case "with", "person", "report":
            guard let text = value.scalar, !text.isEmpty else { return wrong("a name") }
            with = text
        case "manager":
            guard let text = value.scalar, !text.isEmpty else { return wrong("a name") }
            manager = text
        case "kind", "type":
            guard let text = value.scalar, let parsed = FrontMatter.kind(text) else { return wrong("one-on-one, skip-level or career") }
            kind = parsed
        case "status":
            guard let text = value.scalar, let parsed = FrontMatter.status(text) else { return wrong("held, cancelled or rescheduled") }
            status = parsed
        case "duration", "length":
            guard let text = value.scalar, let minutes = FrontMatter.minutes(text) else { return wrong("minutes up to a day, such as 30, 45m, 1h or 1h30m") }
            duration = RecordedDuration(minutes: minutes, line: line)
        case "cadence":
            guard let text = value.scalar, let days = Cadence.days(from: text) else { return wrong("weekly, biweekly, monthly or a number of days up to \(Cadence.maximumDays)") }
            cadence = days
        case "shared":
            guard let text = value.scalar, let flag = FrontMatter.bool(text) else { return wrong("true or false") }
            shared = flag
        case "next":
            guard let text = value.scalar, let mention = DateScanner.mentions(in: text, order: order).first(where: { !$0.isAmbiguous }) else {
                return wrong("a date such as 2026-03-11")
            }
            next = mention.fullDay ?? date.flatMap { anchor in anchor.fullDay.flatMap { mention.resolved(near: $0) } }
        case "tags":
            switch value {
            case .scalar(let text, _):
                tags = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            case .sequence(let items, _):
                tags = items.compactMap(\.scalar)
            case .mapping:
                wrong("a list of tags")
            }
        default:
            if let text = value.scalar { otherFields[entry.key] = text }
        }
    }

    static func kind(_ text: String) -> MeetingKind? {
        switch Words.of(text).joined(separator: " ") {
        case "one on one", "1 1", "1on1", "oneonone", "1 on 1", "one to one", "regular": return .oneOnOne
        case "skip level", "skiplevel", "skip": return .skipLevel
        case "career", "career conversation", "career talk": return .career
        default: return nil
        }
    }

    static func status(_ text: String) -> MeetingStatus? {
        switch text.lowercased().trimmingWhitespace {
        case "held", "done", "happened", "completed": return .held
        case "cancelled", "canceled", "skipped", "no-show": return .cancelled
        case "rescheduled", "moved", "postponed": return .rescheduled
        default: return nil
        }
    }

    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// The longest duration accepted, in minutes: a day. Longer is a typo, and the bound keeps the
    /// conversion from hours far from overflow.
    static let maximumMinutes = 1440

    /// `30`, `45m`, `45 min`, `1h`, `1h30m`, `1.5h`, `1 hour`; nil for anything else or over a day.
    static func minutes(_ text: String) -> Int? {
        let t = text.lowercased().filter { !$0.isWhitespace }
        if let n = Int(t) { return (1...maximumMinutes).contains(n) ? n : nil }
        var total = 0.0, number = "", sawUnit = false
        for ch in t {
            if ch.isNumber || ch == "." { number.append(ch); continue }
            guard let value = Double(number) else {
                if sawUnit, ch.isLetter { continue }
                return nil
            }
            switch ch {
            case "h": total += value * 60
            case "m": total += value
            default: return nil
            }
            number = ""
            sawUnit = true
        }
        if !number.isEmpty { guard let value = Double(number), sawUnit else { return nil }; total += value }
        guard sawUnit, total.isFinite, total >= 0.5, total <= Double(maximumMinutes) else { return nil }
        return Int(total.rounded())
    }
}
