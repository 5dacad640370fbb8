import OneOnOneCore

/// Meetings too short or too long.
struct Duration: Rule {
    static let description = RuleDescription(
        id: "duration",
        name: "Duration",
        summary: "A recorded duration outside `min-minutes` to `max-minutes`.",
        rationale: """
        1:1s work best at 30 to 60 minutes: shorter ones rarely get past status, longer ones \
        tire both people and crowd the week. Only durations the notes record (front matter \
        `duration:` or a `Duration:` line) are checked.
        """,
        severity: .info,
        options: [RuleOption("min-minutes", 30, "shortest duration that is fine", in: 1...1440, whole: true), RuleOption("max-minutes", 60, "longest duration that is fine", in: 1...1440, whole: true)],
        triggering: [
            Example("---\n↓duration: 90m\n---\n# 1:1\n- a\n"),
            Example("---\n↓duration: 15\n---\n# 1:1\n- a\n"),
            Example("# 1:1\n\n↓Duration: 1h30m\n\n- a\n"),
        ],
        nonTriggering: [
            Example("---\nduration: 45m\n---\n# 1:1\n- a\n"),
            Example("---\nduration: 1h\n---\n# 1:1\n- a\n"),
            Example("---\nduration: 90m\n---\n# 1:1\n- a\n", configuration: "rules:\n  duration: { max-minutes: 90 }\n"),
            Example("---\nduration: 90m\nstatus: cancelled\n---\n# 1:1\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        let shortest = Int(context.option("min-minutes", 30))
        let range = shortest...max(shortest, Int(context.option("max-minutes", 60)))
        return notebook.series.flatMap { series in
            series.meetings.compactMap { meeting -> Finding? in
                guard meeting.status.isHeld, let duration = meeting.duration, !range.contains(duration.minutes) else { return nil }
                return finding(meeting, line: duration.line, .duration(duration.minutes, range: range))
            }
        }
    }
}

extension String {
    fileprivate static func duration(_ minutes: Int, range: ClosedRange<Int>) -> String {
        minutes > range.upperBound
            ? "the meeting lasted \(minutes) minutes: 1:1s work best at \(range.lowerBound) to \(range.upperBound); give long topics their own meeting"
            : "the meeting lasted \(minutes) minutes: 1:1s work best at \(range.lowerBound) to \(range.upperBound); a short one rarely gets past status"
    }
}
