import OneOnOneCore

extension MeetingReport {
    /// The report for a person to read (`oneonone report`, the default format).
    public var markdown: String {
        var out = "# How the 1:1s are going\n\n"
        out += "As of \(asOf)" + (since.map { ", from \($0) to \(until)" } ?? ", up to \(until)") + ".\n\n"
        guard !series.isEmpty else { return out + "No 1:1 notes found.\n" }
        out += "| person | kind | held | cancelled | median gap | on cadence | items done | open | overdue | last career talk | last upward feedback |\n"
        out += "|---|---|--:|--:|--:|--:|--:|--:|--:|---|---|\n"
        for figures in series {
            out += "| \(cell(figures.person)) | \(figures.kind.rawValue) | \(figures.held) | \(figures.cancelled) | \(MeetingReport.days(figures.medianGap)) | \(MeetingReport.percent(figures.onCadence)) | \(MeetingReport.percent(figures.completionRate)) | \(figures.open) | \(figures.overdue) | \(figures.lastCareerTalk.map(\.description) ?? "never") | \(figures.lastUpwardFeedback.map(\.description) ?? "never") |\n"
        }
        out += "\n## Needs attention\n\n"
        out += attention.isEmpty ? "Nothing stands out.\n" : attention.map { "- **\(cell($0.person))**: \($0.why) (`\($0.rule)`)\n" }.joined()
        for figures in series {
            out += "\n## \(cell(figures.person)) (\(figures.kind.rawValue), every \(figures.cadence.days) days)\n\n"
            out += "- Meetings: \(figures.held) held, \(figures.cancelled) cancelled, \(figures.rescheduled) rescheduled"
            out += figures.first.map { first in ", \(first) to \(figures.last.map(\.description) ?? "")" } ?? ""
            out += ".\n"
            out += "- Gaps: median \(MeetingReport.days(figures.medianGap)), longest \(figures.longestGap.map { "\($0) days" } ?? "–"), \(MeetingReport.percent(figures.onCadence)) on cadence.\n"
            out += "- Action items: \(figures.created) created, \(figures.completed) completed (\(MeetingReport.percent(figures.completionRate))), median \(MeetingReport.days(figures.medianDaysToClose)) to close; \(figures.open) open, \(figures.overdue) overdue.\n"
            let shown = figures.topics.filter { $0.share > 0 }.map { "\($0.key) \(MeetingReport.percent($0.share))" }
            out += "- Topics: \(shown.isEmpty ? "none recorded" : shown.joined(separator: ", ")).\n"
            out += "- Last career talk: \(figures.lastCareerTalk.map(\.description) ?? "never"); last upward feedback: \(figures.lastUpwardFeedback.map(\.description) ?? "never").\n"
            if !figures.findings.isEmpty {
                out += "- Findings: " + figures.findings.map { "`\($0.rule)` \($0.count)" }.joined(separator: ", ") + ".\n"
            }
            if !figures.mostCarried.isEmpty {
                out += "\nCarried over the most:\n\n"
                for thread in figures.mostCarried {
                    out += isRedacted ? "- carried \(thread.carried) times since \(thread.first)\n"
                        : "- \(cell(thread.text)): carried \(thread.carried) times since \(thread.first)\n"
                }
            }
        }
        return out
    }

    /// Text from the notes, safe in a table cell and on one line.
    private func cell(_ text: String) -> String {
        Escaping.terminal(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
