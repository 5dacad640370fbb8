import OneOnOneCore

/// Commitments with no date.
struct ActionItemDue: Rule {
    static let description = RuleDescription(
        id: "action-item-due",
        name: "Action item without due date",
        summary: "An open action item with no due date.",
        rationale: """
        Commitments are written down with an owner and a deadline. Without a date an item drifts \
        from meeting to meeting; with one, the next meeting knows whether it is late. Write \
        `due 2026-03-10`, `by March 10`, `📅 2026-03-10` or `[due:: 2026-03-10]`.
        """,
        triggering: [
            Example("# 1:1\n\n## Action items\n↓- [ ] @alice book a venue for the offsite\n- [ ] @sam send the plan due 2026-03-10\n"),
            Example("# 1:1\n\n↓AI: Sam to review the RFC\n"),
            Example("# 1:1\n\n| Task | Who | Deadline |\n|---|---|---|\n↓| Write the postmortem | Carol | |\n"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n- [ ] @alice book a venue due 2026-03-10\n- [ ] send the plan by March 12\n- [ ] order swag 📅 2026-03-20\n- [ ] draft the agenda [due:: 2026-03-09]\n"),
            Example("# 1:1\n\n- [x] Book a venue for the offsite\n"),
            Example("---\nstatus: rescheduled\n---\n# 1:1\n\n- [ ] Book a venue for the offsite\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        notebook.openActionItems.compactMap { meeting, item, action in
            action.due == nil ? finding(meeting, line: item.line, column: item.column, .noDue(item.text), subject: item.text) : nil
        }
    }
}

extension String {
    fileprivate static func noDue(_ item: String) -> String {
        "action item \(item.quoted) has no due date: add “due YYYY-MM-DD” so the next meeting knows when it is late"
    }
}
