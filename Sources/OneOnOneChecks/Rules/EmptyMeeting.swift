import OneOnOneCore

/// A note created and never filled in.
struct EmptyMeeting: Rule {
    static let description = RuleDescription(
        id: "empty-meeting",
        name: "Empty meeting",
        summary: "A held meeting with no notes, or only a template's unchanged prompts and items an agenda carried forward untouched.",
        rationale: """
        Notes are a record over time: a meeting with nothing written is a gap in that record, \
        or a meeting that did not happen and should say so. Agenda templates are fine; a note \
        left exactly as the template made it is not, nor one made by `oneonone agenda` whose carried \
        items still read `(from DATE)` and are still open: copied, not said. An empty meeting is reported by this rule \
        alone: it still counts for cadence, and the other rules look past it. A meeting dated after `--as-of` \
        has not happened yet: an agenda prepared ahead is empty until then, not forgotten.
        """,
        triggering: [
            Example("↓# 1:1 Alice / Sam\n"),
            Example("↓# 1:1\n\n## Check-in\n- How are you doing?\n\n## Topics\n- What's on your mind?\n\n## Action items\n- TODO\n"),
            Example("# Frank\n\n↓## 2026-03-11\n\n### Frank's topics\n- What's on your mind?\n\n## 2026-03-04\n\n- Onboarding went well\n", path: "shared/frank.md", asOf: "2026-03-12"),
            // A weekly scaffold a bot opened and nobody filled in: questions, `[TODO]`, a separator.
            Example("↓# Weekly 1:1\n\n### What can we celebrate?\n- [TODO]\n\n### What is blocking you?\n- What is blocking you?\n\n### Next steps\n- TBD\n\n< ----|---- >\n"),
            // An agenda written by `oneonone agenda` and never filled in.
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n## Check-in\n- Good week\n\n## Action items\n- [ ] @alice book a venue due 2026-03-20\n"),
                ("alice/2026-03-11.md", "↓# 1:1 Alice / Sam: 2026-03-11\n\n## Follow-ups from last time\n- [ ] @alice book a venue due 2026-03-20 (from 2026-03-04)\n\n## Blockers\n### What is slowing you down?\n"),
            ], asOf: "2026-03-12"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## Check-in\n- How are you doing? Tired, new baby\n"),
            Example("---\nstatus: cancelled\n---\n# 1:1\n"),
            Example("# 1:1\n\n<!-- private -->\nA private note only.\n<!-- /private -->\n"),
            Example("# Weekly 1:1\n\n### What can we celebrate?\n- The migration finished a week early\n\n### Next steps\n- TBD\n"),
            // An agenda prepared ahead, for a meeting still to come.
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n## Check-in\n- Good week\n\n## Action items\n- [ ] @alice book a venue due 2026-03-20\n"),
                ("alice/2026-03-11.md", "# 1:1 Alice / Sam: 2026-03-11\n\n## Follow-ups from last time\n- [ ] @alice book a venue due 2026-03-20 (from 2026-03-04)\n\n## Blockers\n### What is slowing you down?\n"),
            ], asOf: "2026-03-09"),
            // The same agenda with its carried item ticked: something happened.
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n## Check-in\n- Good week\n\n## Action items\n- [ ] @alice book a venue due 2026-03-20\n"),
                ("alice/2026-03-11.md", "# 1:1 Alice / Sam: 2026-03-11\n\n## Follow-ups from last time\n- [x] @alice book a venue due 2026-03-20 (from 2026-03-04)\n"),
            ], asOf: "2026-03-12"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { timeline in
            timeline.held.filter { $0.isEmpty && $0.date <= context.asOf }.map { finding(timeline.primary($0), .empty) }
        }
    }
}

extension String {
    fileprivate static let empty = "the meeting has no notes, only a template's prompts or nothing at all: fill it in, or mark it `status: cancelled` if it did not happen"
}
