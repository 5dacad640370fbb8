import OneOnOneCore

/// A meeting that never asks how the person is.
struct NoCheckIn: Rule {
    static let description = RuleDescription(
        id: "no-check-in",
        name: "No check-in",
        summary: "A held meeting with no check-in item.",
        rationale: """
        A 1:1 is for the person and the relationship. A short check-in — how are you, how was \
        the week, anything on your mind — is how you notice stress, burnout or good news before \
        it shows up in the work.
        """,
        severity: .info,
        triggering: [
            Example("↓# 1:1\n\n## Updates\n- Billing shipped\n"),
            Example("# Bob\n\n↓## 2026-03-04\n\n**Career**\n- Wants to mentor\n", path: "notes/bob.md"),
            Example("↓# 1:1\n\n- [ ] Alice to book the room\n"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## 👋 Check-in\n- Good week\n"),
            Example("# 1:1\n\n**How's it going?**\nTired, the release crunch is over though.\n"),
            Example("# 1:1\n\n## Notes\n- Kids are sick this week\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { timeline in
            timeline.withContent.compactMap { occasion -> Finding? in
                timeline.items(occasion).contains { $0.topic == .checkIn && !$0.isPrompt } ? nil : finding(timeline.primary(occasion), .noCheckIn)
            }
        }
    }
}

extension String {
    fileprivate static let noCheckIn = "no check-in: start with how the person is doing before work topics"
}
