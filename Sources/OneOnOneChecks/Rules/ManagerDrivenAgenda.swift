import OneOnOneCore

/// The manager's meeting, not the report's.
struct ManagerDrivenAgenda: Rule {
    static let description = RuleDescription(
        id: "manager-driven-agenda",
        name: "Manager-driven agenda",
        summary: "A meeting whose attributed agenda items (at least `min-items`) are more than half the manager's.",
        rationale: """
        The agenda of a 1:1 is driven by the report and prepared beforehand in a shared doc: it \
        is their meeting. When most topics come from the manager, the 1:1 turns into the \
        manager's status check. Items count when the notes say whose they are: `@alice:` in \
        front, `(sam)` at the end, or a sub-section titled for the person (`### Alice's topics`, \
        `### Manager topics`).
        """,
        options: [
            RuleOption("min-items", 3, "attributed items needed before the balance is judged", in: 1...1000, whole: true),
            RuleOption("max-manager-share", 0.5, "share of the manager's items above which the meeting is flagged", in: 0...1),
        ],
        triggering: [
            Example("↓# 1:1\n\n### Sam's topics\n- Q4 roadmap\n- Hiring plan\n- Incident follow-ups\n\n### Alice's topics\n- Vacation in October\n"),
            Example("↓# 1:1\n\n## Agenda\n- Team offsite dates (sam)\n- Budget review (sam)\n- @alice: conference budget\n"),
            Example("# Carol\n\n↓### Thu Sep 3, 2026\n\n#### Manager topics\n- Roadmap\n- Hiring\n\n#### Carol's topics\n- Vacation\n", path: "notes/carol.md", asOf: "2026-09-04"),
            // A report's own notes about their 1:1s with Sam (`with: sam`): `@sam:` is the manager's side.
            Example("↓---\nwith: sam\n---\n# 1:1 with Sam\n\n- @sam: reorg plans\n- @sam: budget\n- @sam: hiring\n- @wes: my promo case\n", path: "wes/2026-03-04.md"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n### Alice's topics\n- Promo packet\n- Conference budget\n\n### Sam's topics\n- Offsite dates\n"),
            Example("# 1:1\n\n### Sam's topics\n- Q4 roadmap\n- Hiring plan\n\n### Alice's topics\n- Vacation\n- Promo\n"),
            Example("# 1:1\n\n## Agenda\n- Team offsite dates (sam)\n- Budget review (sam)\n"),
            Example("---\nwith: sam\n---\n# 1:1 with Sam\n\n- @wes: promo case\n- @wes: conference\n- @sam: reorg plans\n", path: "wes/2026-03-04.md"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        let minimum = Int(context.option("min-items", 3))
        let share = context.option("max-manager-share", 0.5)
        return context.timelines.flatMap { timeline in
            timeline.withContent.compactMap { occasion -> Finding? in
                let attributed = timeline.items(occasion).filter { $0.attribution != nil && !$0.isPrompt && !$0.isActionItem }
                let managers = attributed.filter { $0.attribution == .manager }.count
                guard attributed.count >= minimum, Double(managers) / Double(attributed.count) > share else { return nil }
                let meeting = timeline.primary(occasion)
                // In a report's own notes (the series' person is the manager) the report is the reader.
                let isReportsNotes = meeting.manager != nil && meeting.manager == meeting.person
                return finding(meeting, isReportsNotes ? .managerDrivenForReport(managers, of: attributed.count, manager: meeting.person)
                                                       : .managerDriven(managers, of: attributed.count, person: meeting.person))
            }
        }
    }
}

extension String {
    fileprivate static func managerDriven(_ managers: Int, of total: Int, person: String) -> String {
        "\(managers) of \(total) agenda items are the manager's: the 1:1 is \(person.capitalized)'s meeting — ask them to bring their topics first"
    }

    fileprivate static func managerDrivenForReport(_ managers: Int, of total: Int, manager: String) -> String {
        "\(managers) of \(total) agenda items are \(manager.capitalized)'s: the 1:1 is your meeting — bring your topics first, and add them to the doc beforehand"
    }
}
