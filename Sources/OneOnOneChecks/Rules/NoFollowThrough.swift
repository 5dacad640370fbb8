import OneOnOneCore

/// Commitments that the next meeting forgets.
struct NoFollowThrough: Rule {
    static let description = RuleDescription(
        id: "no-follow-through",
        name: "No follow-through",
        summary: "An open action item of the previous meeting that this meeting neither carries over, marks done, nor mentions.",
        rationale: """
        Commitments are written down with an owner and a deadline, and the next meeting starts by \
        revisiting them: follow-through on both sides is what builds trust. An open item that \
        silently disappears was either done and not recorded, or dropped without saying so. \
        Carry it over, mark it done, or strike it through. Cancelled meetings are skipped, and so \
        are empty ones: the next meeting with notes is the one that should follow up. A \
        carry-over may be reworded; a mention in prose (“the offsite venue is booked” for “book a \
        venue for the offsite”) counts.
        """,
        triggering: [
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n## Action items\n- [ ] Book a venue for the offsite\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n## Check-in\n- Good\n\n↓## Action items\n- [ ] Send the Q2 plan\n"),
            ]),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] Book a venue for the offsite\n- [ ] Draft the promo packet\n"),
                ("alice/2026-03-11.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
                ("alice/2026-03-18.md", "↓# 1:1\n\n## Updates\n- Shipped the billing migration\n- [ ] Draft the promo packet\n"),
            ], asOf: "2026-03-19"),
            Example("# Bob\n\n↓## 2026-03-11\n\n- Release shipped\n\n## 2026-03-04\n\nAI: Bob to send the release checklist\n", path: "notes/bob.md", asOf: "2026-03-12"),
        ],
        nonTriggering: [
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] @alice book a venue for the offsite due Mar 10\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n- [ ] Book the offsite venue @sam by Mar 17\n"),
            ]),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] Book a venue for the offsite\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n## Updates\n- The offsite venue is booked\n"),
            ]),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] Book a venue for the offsite\n"),
                ("alice/2026-03-11.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
                ("alice/2026-03-18.md", "# 1:1\n\n- ~~Book a venue for the offsite~~\n"),
            ], asOf: "2026-03-19"),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] Book a venue for the offsite\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n## Topics\n- What's on your mind?\n"),
                ("alice/2026-03-18.md", "# 1:1\n\n- [x] Book a venue for the offsite\n"),
            ], asOf: "2026-03-19"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { timeline in
            zip(timeline.withContent, timeline.withContent.dropFirst()).flatMap { previous, current -> [Finding] in
                let meeting = timeline.primary(current)
                let line = meeting.sections.first { $0.topic == .actionItems }?.line ?? meeting.line
                return previous.meetings.flatMap { index in
                    timeline.series.meetings[index].items.compactMap { item -> Finding? in
                        guard let action = item.action, !action.isDone, !item.isPrompt else { return nil }
                        if let next = action.next, current.meetings.contains(next.meeting) { return nil }
                        return finding(meeting, line: line, .notFollowed(item.text, from: previous.date), subject: item.text)
                    }
                }
            }
        }
    }
}

extension String {
    fileprivate static func notFollowed(_ item: String, from date: Day) -> String {
        "the open action item \(item.quoted) from \(date) is not carried over, marked done or mentioned: carry it over, mark it done, or strike it through"
    }
}
