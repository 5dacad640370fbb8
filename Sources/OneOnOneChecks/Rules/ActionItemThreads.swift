import OneOnOneCore

/// Commitments past their date.
struct OverdueActionItem: Rule {
    static let description = RuleDescription(
        id: "overdue-action-item",
        name: "Overdue action item",
        summary: "An open action item whose due date has passed and that no later meeting marks done.",
        rationale: """
        Follow-through on commitments, on both sides, is what builds trust. An item past its date \
        and never marked done is either done and unrecorded, or quietly slipping. It is reported \
        once, at its latest open occurrence (a carried-over item is one item), as of `--as-of`.
        """,
        triggering: [
            Example("# 1:1\n\n↓- [ ] @alice book a venue due 2026-03-01\n", asOf: "2026-03-05"),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] @alice book a venue for the offsite due 2026-03-10\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n↓- [ ] @alice book a venue for the offsite\n"),
            ], asOf: "2026-03-12"),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n↓- [ ] @alice book a venue for the offsite due 2026-03-10\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n## Updates\n- The offsite venue shortlist is down to two\n"),
            ], asOf: "2026-03-12"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n- [ ] @alice book a venue due 2026-03-10\n", asOf: "2026-03-05"),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] @alice book a venue for the offsite due 2026-03-10\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n## Updates\n- The offsite venue is booked\n"),
            ], asOf: "2026-03-20"),
            Example("# 1:1\n\n- [x] @alice book a venue due 2026-03-01\n", asOf: "2026-03-05"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        notebook.series.flatMap { series in
            latestOpenOccurrences(series).compactMap { meeting, item, action -> Finding? in
                guard action.next?.kind != .completed,
                      let due = action.due ?? firstDue(of: action, in: series), due < context.asOf else { return nil }
                return finding(meeting, line: item.line, column: item.column, .overdue(item.text, due: due, asOf: context.asOf), subject: item.text)
            }
        }
    }

    private func firstDue(of action: Action, in series: Series) -> Day? {
        var link = action.previous
        while let current = link, let earlier = series.meetings[current.meeting].items[current.item].action {
            if let due = earlier.due { return due }
            link = earlier.previous
        }
        return nil
    }
}

/// Commitments carried from meeting to meeting.
struct StaleActionItem: Rule {
    static let description = RuleDescription(
        id: "stale-action-item",
        name: "Stale action item",
        summary: "An action item carried over, still open, more than `max-carry` times.",
        rationale: """
        An item written again meeting after meeting is not being done, and carrying it over hides \
        that. Break it down, hand it off, give it a real date, or drop it. It is reported once \
        per item, at its latest open occurrence.
        """,
        options: [RuleOption("max-carry", 2, "how many times an open item may be carried over")],
        triggering: [
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] Sam to introduce Alice to the platform lead\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n- [ ] Sam to introduce Alice to the platform lead\n"),
                ("alice/2026-03-18.md", "# 1:1\n\n- [ ] Introduce Alice to the platform lead (sam)\n"),
                ("alice/2026-03-25.md", "# 1:1\n\n↓- [ ] Sam to introduce Alice to the platform lead\n"),
            ], asOf: "2026-03-26"),
            Example("# Bob\n\n## 2026-03-25\n↓- [ ] Bob to write the runbook\n\n## 2026-03-18\n- [ ] Bob to write the runbook\n\n## 2026-03-11\n- [ ] Bob to write the runbook\n\n## 2026-03-04\n- [ ] Bob to write the runbook\n", path: "notes/bob.md", asOf: "2026-03-26"),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] Write the runbook\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n↓- [ ] Write the runbook\n"),
            ], configuration: "rules:\n  stale-action-item: { max-carry: 0 }\n"),
        ],
        nonTriggering: [
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] Write the runbook\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n- [ ] Write the runbook\n"),
                ("alice/2026-03-18.md", "# 1:1\n\n- [ ] Write the runbook\n"),
            ], asOf: "2026-03-19"),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] Write the runbook\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n- [ ] Write the runbook\n"),
                ("alice/2026-03-18.md", "# 1:1\n\n- [x] Write the runbook\n"),
                ("alice/2026-03-25.md", "# 1:1\n\n- Runbook review went well\n"),
            ], asOf: "2026-03-26"),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n\n- [ ] Write the runbook\n"),
                ("alice/2026-03-11.md", "# 1:1\n\n- the runbook is half written\n"),
                ("alice/2026-03-18.md", "# 1:1\n\n- [ ] Write the runbook\n"),
            ], asOf: "2026-03-19"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        let limit = Int(context.option("max-carry", 2))
        return notebook.series.flatMap { series in
            latestOpenOccurrences(series).compactMap { meeting, item, action -> Finding? in
                var carries = 0
                var first = item.text
                var link = action.previous
                while let current = link, current.kind == .carriedOver {
                    carries += 1
                    first = series.meetings[current.meeting].items[current.item].text
                    link = series.meetings[current.meeting].items[current.item].action?.previous
                }
                guard carries > limit else { return nil }
                return finding(meeting, line: item.line, column: item.column, .stale(item.text, carries: carries), subject: first)
            }
        }
    }
}

/// Open action items of held meetings that no later meeting carries over: each commitment's
/// latest open occurrence.
func latestOpenOccurrences(_ series: Series) -> [(Meeting, Item, Action)] {
    series.meetings.filter(\.status.isHeld).flatMap { meeting in
        meeting.items.compactMap { item in
            guard let action = item.action, !action.isDone, !item.isPrompt, action.next?.kind != .carriedOver else { return nil }
            return (meeting, item, action)
        }
    }
}

extension String {
    fileprivate static func overdue(_ item: String, due: Day, asOf: Day) -> String {
        "action item \(item.quoted) was due \(due) and is still open as of \(asOf): do it, give it a new date, or drop it"
    }

    fileprivate static func stale(_ item: String, carries: Int) -> String {
        "action item \(item.quoted) has been carried over \(carries) times: break it down, hand it off, or drop it"
    }
}
