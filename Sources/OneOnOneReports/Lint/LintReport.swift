import OneOnOneChecks
import OneOnOneCore

/// What a lint run found, and over what: the input of every output format.
public struct LintReport: Sendable {
    public var findings: [Finding]
    /// Every file read, in order (JUnit lists clean files too).
    public var files: [String]
    public var meetings: Int
    public var toolVersion: String

    public init(findings: [Finding], files: [String], meetings: Int, toolVersion: String) {
        self.findings = findings
        self.files = files
        self.meetings = meetings
        self.toolVersion = toolVersion
    }

    /// The report with each file named by `place`: SARIF, GitHub annotations and JUnit name
    /// files from the git root, whatever folder `lint` ran from, or CI cannot place them.
    public func placed(_ place: (String) -> String) -> LintReport {
        var report = self
        for index in report.findings.indices { report.findings[index].file = place(report.findings[index].file) }
        report.files = report.files.map(place)
        return report
    }

    public func count(_ severity: Severity) -> Int {
        var count = 0
        for finding in findings where finding.severity == severity { count += 1 }
        return count
    }

    /// A lint run over a notebook: every enabled rule as of `asOf`, then only the findings in
    /// `reported` files when given (a staged note is read with its folder, reported alone).
    /// The command line and the tests both make their reports here.
    public init(notebook: Notebook, settings: RuleSettings, asOf: Day, reported: Set<String>? = nil, toolVersion: String) {
        var findings = Linter(settings: settings).lint(notebook, asOf: asOf)
        if let reported { findings = findings.filter { reported.contains($0.file) } }
        let files = notebook.files.map(\.path).filter { reported?.contains($0) ?? true }
        let meetings = notebook.series.reduce(0) { $0 + $1.meetings.filter { reported?.contains($0.file) ?? true }.count }
        self.init(findings: findings, files: files, meetings: meetings, toolVersion: toolVersion)
    }

    /// A lint run over the notes of `selection`, read a part at a time
    /// (`NotebookLoader.mapParts`): each part is linted and let go, so a run over 50,000 notes
    /// holds two parts' notes at most and every finding, never every note.
    public init(_ selection: Selection, loader: NotebookLoader, settings: RuleSettings, asOf: Day, toolVersion: String,
                notesPerPart: Int = NotebookLoader.notesPerPart) throws(NotebookLoader.SelectionError) {
        let (parts, files) = try loader.mapParts(selection, notesPerPart: notesPerPart) { notebook, reported in
            LintReport(notebook: notebook, settings: settings, asOf: asOf, reported: reported, toolVersion: toolVersion)
        }
        let findings = parts.flatMap(\.findings)
        let meetings = parts.reduce(0) { $0 + $1.meetings }
        self.init(findings: Linter.sorted(findings), files: files, meetings: meetings, toolVersion: toolVersion)
    }

    /// Lints notes whose text is at hand, in process, with a configuration's rules and people.
    public static func lint(sources: [NoteSource], configuration: Configuration, asOf: Day, toolVersion: String = "test") throws(ConfigurationError) -> LintReport {
        let options = configuration.parseOptions
        var sources = sources
        for index in sources.indices where !sources[index].isSharedByConfig { sources[index].isSharedByConfig = options.isShared(sources[index].path) }
        let notebook = NotebookLoader(options: options, asOf: asOf).load(sources: sources)
        return LintReport(notebook: notebook, settings: try RuleSettings(configuration), asOf: asOf, toolVersion: toolVersion)
    }
}

/// The formats `oneonone lint --format` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// `file:line:column: severity: message [rule]`, for people.
    case text
    /// The JSON of PRODUCT.md, for scripts.
    case json
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// GitHub Actions workflow commands, which annotate the lines of a pull request.
    case github
    /// JUnit XML, for GitLab and other CI test reports.
    case junit

    /// Whether this format names files for a CI system, which reads them from the repository's root.
    public var namesFilesFromRoot: Bool { self == .sarif || self == .github || self == .junit }

    /// The report in this format. `color` and `summary` concern text only: machine formats
    /// always carry their summary.
    public func render(_ report: LintReport, color: Bool = false, summary: Bool = true) -> String {
        var out = ""
        write(report, color: color, summary: summary) { out += $0 }
        return out
    }

    /// The same text, handed to `write` in pieces as it is made: a run with a million findings
    /// never holds its whole output.
    public func write(_ report: LintReport, color: Bool = false, summary: Bool = true, to write: (String) -> Void) {
        switch self {
        case .text: TextFormat(color: color, showsSummary: summary).write(report, to: write)
        case .json: JSONFormat.render(report).write(chunks: write)
        case .sarif: SARIFFormat.render(report).write(chunks: write)
        case .github: OutputFormat.lines(GitHubFormat.lines(report), to: write) { line, out in out.append(contentsOf: line.utf8) }
        case .junit: write(JUnitFormat.render(report))
        }
    }

    /// Hands over what `make` writes for each of `lines`, in pieces of about 64 KB. The pieces
    /// are gathered as UTF-8 bytes: appending to a `String` rescans each appended piece for
    /// ASCII, which cost more than making the line.
    static func lines<Line>(_ lines: some Sequence<Line>, to write: (String) -> Void, _ make: (Line, inout [UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(64 * 1024 + 4096)
        for line in lines {
            make(line, &out)
            if out.count >= 64 * 1024 {
                write(String(decoding: out, as: UTF8.self))
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { write(String(decoding: out, as: UTF8.self)) }
    }
}
