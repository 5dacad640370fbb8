import OneOnOneCore

/// Commitments nobody owns.
struct ActionItemOwner: Rule {
    static let description = RuleDescription(
        id: "action-item-owner",
        name: "Action item without owner",
        summary: "An open action item with no owner.",
        rationale: """
        Commitments are written down with an owner and a deadline. An item nobody owns is an item \
        nobody does: in the next meeting each side assumes the other had it. Name the owner with \
        `@name`, `(owner: name)`, `→ name`, or a leading `Name to …` / `Name:` for a known person.
        """,
        triggering: [
            Example("# 1:1\n\n## Action items\n↓- [ ] Book a venue for the offsite\n- [ ] @alice send the promo packet\n"),
            Example("# 1:1\n\n↓TODO: update the runbook\nAI: Sam to review the RFC\n"),
            Example("# 1:1\n\n| Action | Owner |\n|---|---|\n↓| Write the postmortem | |\n| Book the room | Sam |\n"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## Action items\n- [ ] @alice book a venue\n- [ ] Sam to send the plan\n- [ ] draft the agenda (owner: alice)\n- [ ] order swag → sam\n"),
            Example("# 1:1\n\n- [x] Book a venue for the offsite\n- ~~Send the plan~~\n"),
            Example("---\nstatus: cancelled\n---\n# 1:1\n\n- [ ] Book a venue for the offsite\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        openActionItems(notebook).compactMap { meeting, item, action in
            action.owner == nil ? finding(meeting, line: item.line, column: item.column, .noOwner(item.text), subject: item.text) : nil
        }
    }
}

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
        openActionItems(notebook).compactMap { meeting, item, action in
            action.due == nil ? finding(meeting, line: item.line, column: item.column, .noDue(item.text), subject: item.text) : nil
        }
    }
}

/// Every open action item of a held meeting, template prompts aside.
func openActionItems(_ notebook: Notebook) -> [(Meeting, Item, Action)] {
    notebook.series.flatMap { series in
        series.meetings.filter(\.status.isHeld).flatMap { meeting in
            meeting.items.compactMap { item in
                guard let action = item.action, !action.isDone, !item.isPrompt else { return nil }
                return (meeting, item, action)
            }
        }
    }
}

extension String {
    fileprivate static func noOwner(_ item: String) -> String {
        "action item \(item.quoted) has no owner: add @name or “Name to …” so someone is accountable"
    }

    fileprivate static func noDue(_ item: String) -> String {
        "action item \(item.quoted) has no due date: add “due YYYY-MM-DD” so the next meeting knows when it is late"
    }
}
