import OneOnOneChecks
import OneOnOneCore

/// GitHub Actions workflow commands: `::warning file=…,line=…,col=…,title=…::message`, which
/// GitHub shows as annotations on the lines of a pull request.
enum GitHubFormat {
    /// Annotations GitHub shows per kind (error, warning, notice) in one step; it drops the rest.
    static let annotationsPerKind = 10

    /// The workflow commands, one a line; first, when GitHub will drop some, a notice saying
    /// how many findings there are and where to see them all.
    static func lines(_ report: LintReport) -> some Sequence<String> {
        let dropped = Severity.allCases.contains { report.count($0) > annotationsPerKind }
        let notice = dropped ? ["::notice title=\(property("oneonone: more findings than annotations"))::\(data(summary(report)))\n"] : []
        return notice + report.findings.map(line)
    }

    private static func summary(_ report: LintReport) -> String {
        let found = TextFormat(color: false).summary(report)
        return "Found " + found.prefix(1).lowercased() + found.dropFirst()
            + " GitHub annotates \(annotationsPerKind) of each kind a step: this step's log lists every finding, as does `oneonone lint` run locally."
    }

    static func line(_ finding: Finding) -> String {
        let command: String
        switch finding.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .info: command = "notice"
        }
        let properties = [
            "file=\(property(finding.file))", "line=\(finding.line)", "col=\(finding.column)",
            "title=\(property("oneonone \(finding.rule)"))",
        ].joined(separator: ",")
        return "::\(command) \(properties)::\(data(finding.message))\n"
    }

    /// Escapes a command's message: control characters as `Escaping.terminal` shows them (the
    /// log would run escape sequences), then GitHub's own `%` escapes.
    private static func data(_ text: String) -> String {
        percentEscaped(Escaping.terminalKeepingLines(text), also: [])
    }

    /// Escapes a property value, where `:` and `,` also have meaning.
    private static func property(_ text: String) -> String {
        percentEscaped(Escaping.terminalKeepingLines(text), also: [":", ","])
    }

    private static func percentEscaped(_ text: String, also special: Set<Character>) -> String {
        guard text.contains(where: { $0 == "%" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" || special.contains($0) }) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case "\r\n": out += "%0D%0A"
            case ":" where special.contains(":"): out += "%3A"
            case "," where special.contains(","): out += "%2C"
            default: out.append(character)
            }
        }
        return out
    }
}
