import OneOnOneCore

/// Gaps longer than the series' rhythm.
struct MissedCadence: Rule {
    static let description = RuleDescription(
        id: "missed-cadence",
        name: "Missed cadence",
        summary: "A gap between held meetings longer than 1.5 × the cadence, or too long since the last one.",
        rationale: """
        1:1s work on a steady cadence: weekly for newer people, every two weeks for senior ones, \
        about quarterly for skip-levels. Moving a meeting is fine; letting the gap grow says the \
        time is not valuable. The cadence is the configuration's, else front matter `cadence`, \
        else the median gap once there are three, else weekly (90 days for skip-levels). \
        Cancelled meetings do not break a gap: the gap runs from held meeting to held meeting. \
        As of `--as-of`, a series whose last meeting is too long ago is flagged at that meeting.
        """,
        options: [RuleOption("max-gap-factor", 1.5, "how many cadences may pass before a gap is too long", in: 1...100)],
        triggering: [
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n- a\n"),
                ("alice/2026-03-18.md", "↓# 1:1\n- b\n"),
            ], asOf: "2026-03-19"),
            Example(files: [
                ("alice/2026-03-04.md", "# 1:1\n- a\n"),
                ("alice/2026-03-11.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
                ("alice/2026-03-18.md", "↓# 1:1\n- b\n"),
            ], asOf: "2026-03-19"),
            Example("↓# 1:1\n- a\n", asOf: "2026-03-20"),
            Example(files: [
                ("evan/2026-01-07.md", "# 1:1\n- a\n"),
                ("evan/2026-03-11.md", "↓# 1:1\n- b\n"),
            ], asOf: "2026-03-12", configuration: "people:\n  evan: { cadence: monthly }\n"),
        ],
        nonTriggering: [
            Example(files: [("alice/2026-03-04.md", "# 1:1\n- a\n"), ("alice/2026-03-12.md", "# 1:1\n- b\n")], asOf: "2026-03-13"),
            Example(files: [("bob/2026-03-04.md", "# 1:1\n- a\n"), ("bob/2026-03-18.md", "# 1:1\n- b\n")], asOf: "2026-03-19",
                    configuration: "people:\n  bob: { cadence: biweekly }\n"),
            Example(files: [
                ("dana/2026-01-07.md", "---\nkind: skip-level\n---\n# Skip-level\n- a\n"),
                ("dana/2026-03-25.md", "---\nkind: skip-level\n---\n# Skip-level\n- b\n"),
            ], asOf: "2026-04-01"),
            Example("# 1:1\n- a\n", asOf: "2026-03-12"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        let factor = context.option("max-gap-factor", 1.5)
        return context.timelines.flatMap { timeline -> [Finding] in
            let cadence = timeline.series.cadence.days
            let limit = Double(cadence) * factor
            var found: [Finding] = timeline.gaps.compactMap { gap in
                guard Double(gap.days) > limit else { return nil }
                return finding(timeline.primary(gap.next), .gap(gap.days, since: gap.previous.date, cadence: cadence), subject: "after \(gap.previous.date)")
            }
            if let last = timeline.held.last, Double(context.asOf.days(since: last.date)) > limit {
                found.append(finding(timeline.primary(last), .sinceLast(context.asOf.days(since: last.date), asOf: context.asOf, cadence: cadence), subject: "last"))
            }
            return found
        }
    }
}

extension String {
    static func cadence(_ days: Int) -> String {
        switch days {
        case 7: return "weekly"
        case 14: return "every two weeks"
        case 28...31: return "monthly"
        default: return "every \(days) days"
        }
    }

    fileprivate static func gap(_ days: Int, since: Day, cadence: Int) -> String {
        "\(days) days since the previous 1:1 on \(since), for a series that meets \(String.cadence(cadence)): keep the rhythm; move a meeting rather than drop it"
    }

    fileprivate static func sinceLast(_ days: Int, asOf: Day, cadence: Int) -> String {
        "no 1:1 since this one, \(days) days as of \(asOf), for a series that meets \(String.cadence(cadence)): put the next one on the calendar"
    }
}
