import OneOnOneCore

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
        options: [RuleOption("max-carry", 2, "how many times an open item may be carried over", in: 0...100, whole: true)],
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
            series.latestOpenOccurrences.compactMap { meeting, item, action -> Finding? in
                let earlier = series.earlierOccurrences(of: action, carriedOverOnly: true)
                let carries = earlier.count
                let first = earlier.last?.text ?? item.text
                guard carries > limit else { return nil }
                return finding(meeting, line: item.line, column: item.column, .stale(item.text, carries: carries), subject: first)
            }
        }
    }
}

extension String {
    fileprivate static func stale(_ item: String, carries: Int) -> String {
        "action item \(item.quoted) has been carried over \(carries) times: break it down, hand it off, or drop it"
    }
}
