import OneOnOneCore

/// How much a finding matters.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One check of the catalogue: what it finds, why it matters, and how.
///
/// A rule is one file holding its description — with examples that trigger it and examples
/// that must not — and its check. The examples are the rule's tests and its documentation.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// The findings in `notebook`, at the rule's default severity; the linter applies configuration.
    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding]
}

/// What `oneonone rules ID` prints, and what the tests run.
public struct RuleDescription: Sendable {
    public let id: String
    public let name: String
    /// One line: what the rule finds.
    public let summary: String
    /// Why it matters, citing the 1:1 practice it protects.
    public let rationale: String
    public let severity: Severity
    public let options: [RuleOption]
    /// Notes that trigger the rule; a `↓` at the start of a line marks where a finding must be.
    public let triggering: [Example]
    /// Notes that must not trigger it.
    public let nonTriggering: [Example]

    public init(id: String, name: String, summary: String, rationale: String, severity: Severity = .warning,
                options: [RuleOption] = [], triggering: [Example], nonTriggering: [Example]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.severity = severity
        self.options = options
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// A number a rule's behaviour depends on, settable in `.oneonone.yml`.
public struct RuleOption: Sendable {
    public let name: String
    public let defaultValue: Double
    public let help: String
    /// The values that make sense; a configuration giving another is an error naming it.
    public let range: ClosedRange<Double>
    /// Whether the value counts something (days, items, meetings), so takes no fraction.
    public let isWhole: Bool

    public init(_ name: String, _ defaultValue: Double, _ help: String, in range: ClosedRange<Double>, whole: Bool = false) {
        self.name = name
        self.defaultValue = defaultValue
        self.help = help
        self.range = range
        self.isWhole = whole
    }

    /// What a configuration may give: `a whole number from 0 to 100`.
    public var allowed: String {
        "\(isWhole ? "a whole number" : "a number") from \(RuleOption.format(range.lowerBound)) to \(RuleOption.format(range.upperBound))"
    }

    /// A value as written in a configuration: `42`, `0.8`.
    public static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Whether `value` is one the option takes.
    public func accepts(_ value: Double) -> Bool {
        range.contains(value) && (!isWhole || value == value.rounded())
    }
}

/// Notes that show a rule at work: one or more files, the date to check them as of, and
/// optionally a configuration.
public struct Example: Sendable {
    public let files: [File]
    public let asOf: Day
    /// `.oneonone.yml` text, if the example needs one.
    public let configuration: String?
    /// Where the example is written, so a failing example points at itself.
    public let sourceFile: String
    public let sourceLine: Int

    public struct File: Sendable {
        public let path: String
        /// The note's text, `↓` markers included.
        public let text: String
    }

    /// A single note.
    public init(_ text: String, path: String = "alice/2026-03-04.md", asOf: String = "2026-03-05", configuration: String? = nil,
                file: String = #filePath, line: Int = #line) {
        self.init(files: [(path, text)], asOf: asOf, configuration: configuration, file: file, line: line)
    }

    /// Several notes, for rules that look across meetings.
    public init(files: [(String, String)], asOf: String = "2026-03-05", configuration: String? = nil,
                file: String = #filePath, line: Int = #line) {
        self.files = files.map { File(path: $0.0, text: $0.1) }
        self.asOf = Day(iso: asOf) ?? Day(year: 2026, month: 3, day: 5)!
        self.configuration = configuration
        self.sourceFile = file
        self.sourceLine = line
    }

    /// What every example's configuration starts from: the notes are Sam's.
    public static let baseConfiguration = "manager: sam\n"

    /// The configuration the example runs with: the base, then the example's own lines.
    public var effectiveConfiguration: String { Example.baseConfiguration + (configuration ?? "") }

    /// The marker that shows where a finding must be reported.
    public static let marker: Character = "↓"

    /// The notes without markers.
    public var sources: [NoteSource] {
        files.map { file in
            let folder = file.path.split(separator: "/").dropLast().last.map(String.init) ?? "notes"
            return NoteSource(path: file.path, folderName: folder, text: file.text.filter { $0 != Example.marker })
        }
    }

    /// Where the markers are: `file:line:column` for each, the column being where the marker
    /// stands in its line once markers are taken out (a marker may stand anywhere in a line).
    public var markedLocations: [String] {
        files.flatMap { file in
            file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap { offset, line in
                var locations: [String] = []
                var column = 1
                for character in line {
                    if character == Example.marker { locations.append("\(file.path):\(offset + 1):\(column)") } else { column += 1 }
                }
                return locations
            }
        }
    }
}

/// What a rule is given besides the notes.
public struct RuleContext: Sendable {
    /// The day time-relative rules measure to.
    public var asOf: Day
    /// The rule's options, configured or default.
    public var options: [String: Double]
    /// Each series as the rules read it, worked out once per run.
    let timelines: [Timeline]

    init(asOf: Day, options: [String: Double] = [:], timelines: [Timeline]) {
        self.asOf = asOf
        self.options = options
        self.timelines = timelines
    }

    public func option(_ name: String, _ fallback: Double) -> Double { options[name] ?? fallback }
}

/// Something a rule found, where, and in which meeting.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var file: String
    public var line: Int
    public var column: Int
    /// What is wrong, where, and what to do; never private text.
    public var message: String
    public var person: String?
    /// The meeting the finding belongs to.
    public var date: Day?
    /// What the finding is about beyond its place (an item's text, a gap's dates): with rule,
    /// file and date it identifies the finding across edits, for baselines.
    public var subject: String

    public init(rule: String, severity: Severity, file: String, line: Int, column: Int = 1, message: String,
                person: String? = nil, date: Day? = nil, subject: String = "") {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.person = person
        self.date = date
        self.subject = subject
    }
}

extension Rule {
    /// A finding of this rule about a meeting.
    func finding(_ meeting: Meeting, line: Int? = nil, column: Int = 1, _ message: String, subject: String = "") -> Finding {
        Finding(rule: Self.description.id, severity: Self.description.severity, file: meeting.file, line: line ?? meeting.line,
                column: column, message: message, person: meeting.person, date: meeting.date, subject: subject)
    }
}

extension String {
    /// An item's text quoted in a message, shortened.
    var quoted: String {
        // Most items are one line of ASCII: bytes are characters, and there is nothing to join.
        if utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 && !(0x0A...0x0D).contains($0) } }) == true {
            return "“" + (utf8.count > 60 ? String(self[..<utf8.index(startIndex, offsetBy: 57)]) + "…" : self) + "”"
        }
        let flat = split(whereSeparator: \.isNewline).joined(separator: " ")
        return "“" + (flat.count > 60 ? String(flat.prefix(57)) + "…" : flat) + "”"
    }
}
