import OneOnOneChecks
import OneOnOneCore

/// GitHub Actions workflow commands: `::warning file=…,line=…,col=…,title=…::message`, which
/// GitHub shows as annotations on the lines of a pull request.
enum GitHubFormat {
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
        Escaping.terminalKeepingLines(text).replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value, where `:` and `,` also have meaning.
    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
