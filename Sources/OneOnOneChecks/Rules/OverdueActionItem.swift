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
            series.openCommitments.compactMap { meeting, item, action -> Finding? in
                guard let due = series.due(of: action), due < context.asOf else { return nil }
                return finding(meeting, line: item.line, column: item.column, .overdue(item.text, due: due, asOf: context.asOf), subject: item.text)
            }
        }
    }
}

extension String {
    fileprivate static func overdue(_ item: String, due: Day, asOf: Day) -> String {
        "action item \(item.quoted) was due \(due) and is still open as of \(asOf): do it, give it a new date, or drop it"
    }
}
