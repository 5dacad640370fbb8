import OneOnOneCore

/// Feedback that flows only one way.
struct NoUpwardFeedback: Rule {
    static let description = RuleDescription(
        id: "no-upward-feedback",
        name: "No upward feedback",
        summary: "A held meeting more than `window-days` after the last upward feedback.",
        rationale: """
        Feedback flows both ways: the manager asks regularly for feedback on their own support \
        (“how can I support you better?”). A long stretch without upward feedback means the \
        manager is not hearing what they could do better. Upward feedback is a feedback item \
        addressed to the manager: under `Feedback for Sam` or `Feedback for you`, or saying \
        `upward feedback`. The window stretches to twice the cadence when that is longer.
        """,
        options: [RuleOption("window-days", 56, "days without upward feedback before a meeting is flagged", in: 1...3660, whole: true)],
        triggering: [
            Example(files: [
                ("alice/2026-01-07.md", "# 1:1\n\n## Feedback for Sam\n- More context on priorities, please\n"),
                ("alice/2026-03-11.md", "↓# 1:1\n\n## Feedback for Alice\n- Great demo\n"),
            ], asOf: "2026-03-12"),
            Example(files: [
                ("bob/2026-01-07.md", "# 1:1\n\n- Release shipped\n"),
                ("bob/2026-02-11.md", "# 1:1\n\n- Release 2 shipped\n"),
                ("bob/2026-03-11.md", "↓# 1:1\n\n- Release 3 shipped\n"),
            ], asOf: "2026-03-12"),
            Example(files: [
                ("bob/2026-01-07.md", "# 1:1\n\n- Release shipped\n"),
                ("bob/2026-01-28.md", "↓# 1:1\n\n- Release 2 shipped\n"),
            ], configuration: "rules:\n  no-upward-feedback: { window-days: 14 }\n"),
            // A report's own notes (`with: sam`): "feedback for me" is Sam's feedback to the report.
            Example(files: [
                ("wes/2026-01-07.md", "---\nwith: sam\n---\n# 1:1\n\n## Feedback for Sam\n- More notice before priorities change\n"),
                ("wes/2026-03-11.md", "↓---\nwith: sam\n---\n# 1:1\n\n## Feedback for me\n- Ship smaller PRs\n"),
            ], asOf: "2026-03-12"),
        ],
        nonTriggering: [
            Example(files: [
                ("alice/2026-01-07.md", "# 1:1\n\n## Feedback for Sam\n- More context on priorities, please\n"),
                ("alice/2026-02-25.md", "# 1:1\n\n- How can I support you better? Fewer pings during focus time #feedback\n"),
                ("alice/2026-03-04.md", "# 1:1\n\n- Release shipped\n"),
            ]),
            Example(files: [
                ("alice/2026-01-07.md", "# 1:1\n\n- Release shipped\n"),
                ("alice/2026-03-04.md", "# 1:1\n\n## Feedback for you\n- The design reviews help\n"),
            ]),
            Example(files: [
                ("wes/2026-01-07.md", "---\nwith: sam\n---\n# 1:1\n\n- Release shipped\n"),
                ("wes/2026-03-04.md", "---\nwith: sam\n---\n# 1:1\n\n## Feedback for Sam\n- More notice before priorities change\n"),
            ]),
            Example(files: [
                ("dana/2026-01-07.md", "---\nkind: skip-level\n---\n# Skip-level\n- Reorg questions\n"),
                ("dana/2026-04-01.md", "---\nkind: skip-level\n---\n# Skip-level\n- Reorg follow-up\n"),
            ], asOf: "2026-04-02"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { $0.drySpells(window: Int(context.option("window-days", 56)), counts: Timeline.isUpwardFeedback) }.map { spell in
            finding(spell.meeting, .noUpward(days: spell.days, since: spell.since, person: spell.meeting.person), subject: "since \(spell.since)")
        }
    }
}

extension String {
    fileprivate static func noUpward(days: Int, since: Day, person: String) -> String {
        "no upward feedback in \(days) days (since \(since)): ask \(person.capitalized) how you could support them better"
    }
}
