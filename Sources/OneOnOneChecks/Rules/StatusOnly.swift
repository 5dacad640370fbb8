import OneOnOneCore

/// A 1:1 spent on project status.
struct StatusOnly: Rule {
    static let description = RuleDescription(
        id: "status-only",
        name: "Status-only meeting",
        summary: "A held meeting whose discussion is (almost) all project status.",
        rationale: """
        A 1:1 is for the person, the relationship and removing blockers, not a status meeting: \
        project status belongs in team meetings and written updates. A meeting that is all status \
        is the first warning sign of a 1:1 that has stopped being useful. Counted are the \
        discussion items — action items, recap and next-meeting sections aside — and the meeting \
        is flagged when at least `max-status-share` of them are status and none is about \
        career, feedback, how the person is doing, or strategy.
        """,
        options: [RuleOption("max-status-share", 0.8, "share of status items at which a meeting counts as status-only", in: 0...1)],
        triggering: [
            Example("↓# 1:1 Alice / Sam\n\n## Updates\n- PROJ-101 merged\n- Dashboard deployed\n- Sprint demo on track\n"),
            Example("↓# 1:1\n\n## Notes\n- Billing migration shipped\n- Rollout at 40%\n- PAY-7 in review\n- Dashboard deployed\n- Lunch order for Friday\n\n## Action items\n- [ ] Sam to review the career ladder\n"),
            Example("# Bob\n\n↓## 2026-03-04\n\n- Release 4.2 shipped\n- PROJ-12 merged\n\n## 2026-02-25\n\n### Check-in\n- Tired after the release\n", path: "notes/bob.md"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## Check-in\n- Good week\n\n## Updates\n- PROJ-101 merged\n- Dashboard deployed\n"),
            Example("---\nstatus: cancelled\n---\n# 1:1\n\n## Updates\n- PROJ-101 merged\n"),
            Example("# 1:1\n\n## Notes\n- PROJ-101 merged\n- Dashboard deployed\n- Offsite lunch order\n- The new desk setup\n"),
            Example("# 1:1\n\n## Updates\n- PROJ-101 merged\n- Wants to lead the next migration #career\n"),
            Example("# 1:1\n\n## Notes\n- PROJ-101 merged\n- Dashboard deployed\n- Sprint on track\n- Billing shipped\n- Lunch order\n",
                    configuration: "rules:\n  status-only: { max-status-share: 0.9 }\n"),
        ]
    )

    private static let counterweights: Set<Topic> = [.career, .feedback, .checkIn, .strategy]

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        let threshold = context.option("max-status-share", 0.8)
        return context.timelines.flatMap { timeline in
            timeline.withContent.compactMap { occasion -> Finding? in
                if timeline.has(occasion, { item, _ in StatusOnly.counterweights.contains(item.topic) }) { return nil }
                let discussion = timeline.discussion(occasion)
                let status = discussion.filter { $0.topic == .status }.count
                guard !discussion.isEmpty, Double(status) / Double(discussion.count) >= threshold else { return nil }
                let meeting = timeline.primary(occasion)
                return finding(meeting, .statusOnly(status: status, of: discussion.count, person: meeting.person))
            }
        }
    }
}

extension String {
    fileprivate static func statusOnly(status: Int, of total: Int, person: String) -> String {
        "the meeting is all status (\(status) of \(total) items) with no check-in, career, feedback or strategy: keep project updates for team meetings and make room for how \(person.capitalized) is doing"
    }
}
