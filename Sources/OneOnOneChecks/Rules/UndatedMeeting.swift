import OneOnOneCore

struct UndatedMeeting: ProblemRule {
    static let kind = Problem.Kind.undatedMeeting
    static let description = RuleDescription(
        id: "undated-meeting",
        name: "Undated meeting",
        summary: "A meeting whose date cannot be found, or is ambiguous.",
        rationale: """
        Notes are a record over time: a meeting without a date cannot be placed in its series, so \
        cadence, follow-through and every time-based rule go blind. Put the date in front matter, \
        the file name or the meeting heading. A numeric date like 03/04/2026 is ambiguous until \
        `date-order` says which comes first.
        """,
        severity: .error,
        triggering: [
            Example("↓# Ideas for the team retro\n\n- Try a sailboat retro\n", path: "misc/retro.md"),
            Example("# Bob\n\n↓## 03/04/2026\n- a\n\n## 2026-03-11\n- b\n", path: "notes/bob.md"),
            Example("---\ndate: ↓03/04/2026\n---\n# 1:1\n", path: "alice/sync.md"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n- a\n"),
            Example("# Bob\n\n## 03/04/2026\n- a\n", path: "notes/bob.md", configuration: "date-order: mdy\n"),
            Example("", path: "misc/empty.md"),
        ]
    )
}
