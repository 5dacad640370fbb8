import OneOnOneCore

/// Meetings cancelled again and again.
struct RepeatedCancellation: Rule {
    static let description = RuleDescription(
        id: "repeated-cancellation",
        name: "Repeated cancellation",
        summary: "More than `max-consecutive` scheduled meetings in a row not held.",
        rationale: """
        Moving a meeting is fine; cancelling it, again and again, tells the person their time is \
        not valuable. One cancellation happens; a run of them is a pattern. The finding is \
        reported once per run, at the meeting that goes over the limit. Cancelled and \
        rescheduled meetings both count as not held.
        """,
        options: [RuleOption("max-consecutive", 1, "how many meetings in a row may be cancelled or rescheduled", in: 0...100, whole: true)],
        triggering: [
            Example(files: [
                ("alice/2026-03-04.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
                ("alice/2026-03-11.md", "↓---\nstatus: cancelled\n---\n# 1:1\n"),
                ("alice/2026-03-18.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
            ]),
            Example("# Bob\n\n## 2026-03-18\n- back\n\n↓## Mar 11, 2026 — cancelled\n\n## Mar 4, 2026 — rescheduled\n\n## 2026-02-25\n- a\n", path: "notes/bob.md", asOf: "2026-03-19"),
            Example(files: [
                ("alice/2026-03-04.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
                ("alice/2026-03-11.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
                ("alice/2026-03-18.md", "↓---\nstatus: cancelled\n---\n# 1:1\n"),
            ], configuration: "rules:\n  repeated-cancellation: { max-consecutive: 2 }\n"),
        ],
        nonTriggering: [
            Example(files: [
                ("alice/2026-03-04.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
                ("alice/2026-03-11.md", "# 1:1\n- a\n"),
                ("alice/2026-03-18.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
            ]),
            Example("# Bob\n\n## 2026-03-11 — skip-level prep\n- a\n\n## 2026-03-04 — cancelled\n", path: "notes/bob.md"),
            Example(files: [
                ("alice/2026-03-04.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
                ("alice/2026-03-11.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
            ], configuration: "rules:\n  repeated-cancellation: { max-consecutive: 2 }\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        let limit = Int(context.option("max-consecutive", 1))
        return context.timelines.flatMap { timeline -> [Finding] in
            var found: [Finding] = []
            var run: [Timeline.Occasion] = []
            for occasion in timeline.occasions {
                if occasion.isHeld { run = []; continue }
                run.append(occasion)
                if run.count == limit + 1 {
                    let meeting = timeline.series.meetings[occasion.meetings[0]]
                    found.append(finding(meeting, .cancelled(run.map(\.date), person: meeting.person), subject: "from \(run[0].date)"))
                }
            }
            return found
        }
    }
}

extension String {
    fileprivate static func cancelled(_ dates: [Day], person: String) -> String {
        "\(dates.count) meetings in a row not held (\(dates.map(\.description).joined(separator: ", "))): repeated cancellations tell \(person.capitalized) the time is not valuable; move the meeting instead, or change the cadence"
    }
}
