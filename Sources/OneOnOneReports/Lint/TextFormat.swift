import OneOnOneChecks
import OneOnOneCore

/// One finding a line, as compilers print them, then a one-line summary.
struct TextFormat {
    /// ANSI colours; only on a terminal, never with `NO_COLOR` (the command line decides).
    var color: Bool
    /// False for `--quiet`: the findings alone, nothing when clean.
    var showsSummary = true

    func write(_ report: LintReport, to write: (String) -> Void) {
        OutputFormat.lines(report.findings, to: write) { finding, out in
            for piece in [Escaping.terminal(finding.file), ":", String(finding.line), ":", String(finding.column), ": ", paint(finding.severity), ": ",
                          Escaping.terminal(finding.message), " ", dim("[\(finding.rule)]"), "\n"] {
                out.append(contentsOf: piece.utf8)
            }
        }
        if showsSummary { write(summary(report) + "\n") }
    }

    /// `2 errors, 5 warnings and 1 info in 21 files (30 meetings)`.
    func summary(_ report: LintReport) -> String {
        let scope = "\(report.files.count) \(report.files.count == 1 ? "file" : "files") (\(report.meetings) \(report.meetings == 1 ? "meeting" : "meetings"))"
        guard !report.findings.isEmpty else { return "No problems in \(scope)." }
        let parts = [(Severity.error, "error"), (.warning, "warning"), (.info, "info")].compactMap { severity, word -> String? in
            let n = report.count(severity)
            return n == 0 ? nil : "\(n) \(word)\(n == 1 ? "" : "s")"
        }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts[0]
        return "\(list) in \(scope)."
    }

    private func paint(_ severity: Severity) -> String {
        guard color else { return severity.rawValue }
        switch severity {
        case .error: return "\u{1B}[1;31merror\u{1B}[0m"
        case .warning: return "\u{1B}[1;33mwarning\u{1B}[0m"
        case .info: return "\u{1B}[1;36minfo\u{1B}[0m"
        }
    }

    private func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
