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

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
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

    /// The report in this format. `color` and `summary` concern text only: machine formats
    /// always carry their summary.
    public func render(_ report: LintReport, color: Bool = false, summary: Bool = true) -> String {
        switch self {
        case .text: return TextFormat(color: color, showsSummary: summary).render(report)
        case .json: return JSONFormat.render(report).pretty
        case .sarif: return SARIFFormat.render(report).pretty
        case .github: return GitHubFormat.render(report)
        case .junit: return JUnitFormat.render(report)
        }
    }
}
