import OneOnOneCore

/// A meeting that ends without clarity.
struct NoNextSteps: Rule {
    static let description = RuleDescription(
        id: "no-next-steps",
        name: "No next steps",
        summary: "A held meeting with neither action items nor a recap or next-steps section.",
        rationale: """
        A meeting ends with clarity: takeaways, next steps, and the next meeting on the calendar. \
        Without them, what was agreed lives only in memory. Any action item, a `Recap` / \
        `Takeaways` / `Next steps` section, or a `Next meeting:` date is enough.
        """,
        triggering: [
            Example("↓# 1:1\n\n## Check-in\n- Good week\n\n## Updates\n- Billing shipped\n"),
            Example("# Bob\n\n↓## 2026-03-04\n\n- Talked about the reorg\n", path: "notes/bob.md"),
            Example("↓# 1:1\n\n| Project | State |\n|---|---|\n| Billing | shipped |\n\n- Talked about the roadmap\n"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## Updates\n- Billing shipped\n\n## Recap\n- Alice owns the rollout\n"),
            Example("# 1:1\n\n- Talked about the roadmap\n- [ ] Alice to draft the plan\n"),
            Example("# 1:1\n\n- Talked about the roadmap\n\nNext meeting: 2026-03-11\n"),
            Example("---\nstatus: cancelled\n---\n# 1:1\n\n- Sam out sick\n"),
        ]
    )

    private static let closing: Set<Topic> = [.actionItems, .recap, .nextMeeting]

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { timeline in
            timeline.withContent.compactMap { occasion -> Finding? in
                let meetings = timeline.heldMeetings(occasion)
                let closes = meetings.contains { meeting in
                    meeting.next != nil || meeting.items.contains(where: \.isActionItem)
                        || meeting.sections.contains { NoNextSteps.closing.contains($0.topic) }
                }
                return closes ? nil : finding(timeline.primary(occasion), .noNextSteps)
            }
        }
    }
}

extension String {
    fileprivate static let noNextSteps = "the meeting ends with no action items, recap or next steps: close with clear takeaways and who does what by when"
}
