import OneOnOneCore

/// Career growth left to review time.
struct NoCareerTalk: Rule {
    static let description = RuleDescription(
        id: "no-career-talk",
        name: "No career talk",
        summary: "A held meeting more than `window-days` after the last career conversation.",
        rationale: """
        Career growth is discussed regularly — a deeper career conversation about once a quarter — \
        not only at review time. The rule looks for career items (growth, learning, promotion, \
        goals; a `#career` tag; a `kind: career` meeting) and flags the first meeting of each dry \
        spell longer than `window-days` since the last one, or since the series began. The window \
        stretches to twice the cadence when that is longer, so monthly and skip-level series are \
        not flagged at every meeting. “Development environment” is not career talk.
        """,
        options: [RuleOption("window-days", 42, "days without a career item before a meeting is flagged")],
        triggering: [
            Example(files: [
                ("alice/2026-01-07.md", "# 1:1\n\n## Career\n- Wants to lead a project next quarter\n"),
                ("alice/2026-02-04.md", "# 1:1\n\n## Updates\n- Billing shipped\n"),
                ("alice/2026-02-25.md", "↓# 1:1\n\n## Notes\n- Set up the development environment for the new hire\n"),
                ("alice/2026-03-04.md", "# 1:1\n\n## Updates\n- PROJ-9 merged\n"),
            ]),
            Example(files: [
                ("bob/2026-01-07.md", "# 1:1\n\n## Updates\n- Release shipped\n"),
                ("bob/2026-02-25.md", "↓# 1:1\n\n## Updates\n- Release 2 shipped\n"),
            ]),
            Example(files: [
                ("bob/2026-01-07.md", "# 1:1\n\n- promotion packet #career\n"),
                ("bob/2026-01-28.md", "↓# 1:1\n\n- Release shipped\n"),
            ], configuration: "rules:\n  no-career-talk: { window-days: 14 }\n"),
        ],
        nonTriggering: [
            Example(files: [
                ("alice/2026-01-07.md", "# 1:1\n\n## Career\n- Wants to lead a project next quarter\n"),
                ("alice/2026-02-11.md", "# 1:1\n\n## Growth\n- Signed up for the design course\n"),
                ("alice/2026-03-04.md", "# 1:1\n\n## Updates\n- Billing shipped\n"),
            ]),
            Example(files: [
                ("evan/2026-01-07.md", "# 1:1\n\n- Career: wants to manage\n"),
                ("evan/2026-03-04.md", "# 1:1\n\n- Release shipped\n"),
            ], configuration: "people:\n  evan: { cadence: monthly }\n"),
            Example(files: [
                ("alice/2026-01-07.md", "# 1:1\n\n- Release shipped\n"),
                ("alice/2026-02-25.md", "---\nstatus: cancelled\n---\n# 1:1\n\n- Release shipped\n"),
            ]),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        drySpells(in: context.timelines, window: Int(context.option("window-days", 42))) { item, meeting in
            item.topic == .career || meeting.kind == .career
        }.map { meeting, since, days in finding(meeting, .noCareer(days: days, since: since, person: meeting.person), subject: "since \(since)") }
    }
}

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
        options: [RuleOption("window-days", 56, "days without upward feedback before a meeting is flagged")],
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
                ("dana/2026-01-07.md", "---\nkind: skip-level\n---\n# Skip-level\n- Reorg questions\n"),
                ("dana/2026-04-01.md", "---\nkind: skip-level\n---\n# Skip-level\n- Reorg follow-up\n"),
            ], asOf: "2026-04-02"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        drySpells(in: context.timelines, window: Int(context.option("window-days", 56))) { item, _ in
            item.topic == .feedback && item.feedback == .upward
        }.map { meeting, since, days in finding(meeting, .noUpward(days: days, since: since, person: meeting.person), subject: "since \(since)") }
    }
}

/// The first meeting of each spell longer than the window (stretched to twice the cadence)
/// without an item that `counts`, with when the spell began and how long it had run.
func drySpells(in timelines: [Timeline], window: Int, counts: (Item, Meeting) -> Bool) -> [(Meeting, Day, Int)] {
    timelines.flatMap { timeline -> [(Meeting, Day, Int)] in
        guard let first = timeline.occasions.first?.date else { return [] }
        let limit = max(window, 2 * timeline.series.cadence.days)
        var since = first
        var reported = false
        var found: [(Meeting, Day, Int)] = []
        for occasion in timeline.withContent {
            let meetings = occasion.meetings.map { timeline.series.meetings[$0] }.filter(\.status.isHeld)
            if meetings.contains(where: { meeting in meeting.items.contains { !$0.isPrompt && counts($0, meeting) } }) {
                since = occasion.date
                reported = false
            } else if occasion.date.days(since: since) > limit, !reported {
                found.append((timeline.primary(occasion), since, occasion.date.days(since: since)))
                reported = true
            }
        }
        return found
    }
}

extension String {
    fileprivate static func noCareer(days: Int, since: Day, person: String) -> String {
        "no career conversation in \(days) days (since \(since)): make room for growth, not only at review time — ask \(person.capitalized) what they want to learn next"
    }

    fileprivate static func noUpward(days: Int, since: Day, person: String) -> String {
        "no upward feedback in \(days) days (since \(since)): ask \(person.capitalized) how you could support them better"
    }
}
