import OneOnOneCore

/// Two notes claiming one meeting.
struct DuplicateMeeting: Rule {
    static let description = RuleDescription(
        id: "duplicate-meeting",
        name: "Duplicate meeting",
        summary: "Two meetings of one series on the same date.",
        rationale: """
        Notes are a record over time; two notes for one day are usually a copy-paste with the \
        date left unchanged, or a follow-up that belongs in the first note. The second note is \
        reported; every other rule reads the two as one meeting.
        """,
        triggering: [
            Example(files: [("alice/2026-03-04.md", "# 1:1\n- a\n"), ("alice/2026-03-04-afternoon.md", "↓# 1:1\n- b\n")]),
            Example("# Bob\n\n## 2026-03-04\n- a\n\n↓## 2026-03-04\n- b\n", path: "notes/bob.md"),
            Example(files: [("alice/2026-03-04.md", "# 1:1\n- a\n"), ("alice/sync.md", "↓---\ndate: 2026-03-04\n---\n# 1:1\n- b\n")]),
        ],
        nonTriggering: [
            Example(files: [("alice/2026-03-04.md", "# 1:1\n- a\n"), ("alice/2026-03-05.md", "# 1:1\n- b\n")]),
            Example(files: [("alice/2026-03-04.md", "# 1:1\n- a\n"), ("bob/2026-03-04.md", "# 1:1\n- b\n")]),
            Example("# 1:1\n\n## Plan for 2026-03-04\n- a\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { timeline in
            timeline.occasions.filter { $0.meetings.count > 1 }.flatMap { occasion in
                let first = timeline.series.meetings[occasion.meetings[0]]
                return occasion.meetings.dropFirst().map { index in
                    let meeting = timeline.series.meetings[index]
                    return finding(meeting, .duplicate(of: first))
                }
            }
        }
    }
}

extension String {
    fileprivate static func duplicate(of first: Meeting) -> String {
        "a second note for the \(first.date) meeting (the first is \(first.file)): merge them, or fix the date"
    }
}
