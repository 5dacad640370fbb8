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
        options: [RuleOption("window-days", 42, "days without a career item before a meeting is flagged", in: 1...3660, whole: true)],
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
        context.timelines.flatMap { $0.drySpells(window: Int(context.option("window-days", 42)), counts: Timeline.isCareerTalk) }.map { spell in
            finding(spell.meeting, .noCareer(days: spell.days, since: spell.since, person: spell.meeting.person), subject: "since \(spell.since)")
        }
    }
}

extension String {
    fileprivate static func noCareer(days: Int, since: Day, person: String) -> String {
        "no career conversation in \(days) days (since \(since)): make room for growth, not only at review time — ask \(person.capitalized) what they want to learn next"
    }
}
