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
        notebook.openActionItems.compactMap { meeting, item, action in
            action.owner == nil ? finding(meeting, line: item.line, column: item.column, .noOwner(item.text), subject: item.text) : nil
        }
    }
}

extension String {
    fileprivate static func noOwner(_ item: String) -> String {
        "action item \(item.quoted) has no owner: add @name or “Name to …” so someone is accountable"
    }
}
