import OneOnOneCore

/// A suppression comment that silences nothing.
struct UnusedSuppression: Rule {
    static let description = RuleDescription(
        id: "unused-suppression",
        name: "Unused suppression",
        summary: "An `oneonone-disable…` comment that silences no finding.",
        rationale: """
        Suppressions should say why a finding does not apply, and go when it no longer does. One \
        that silences nothing is stale — the note changed, or the rule id is mistyped — and \
        hides the next real finding. Reported by the linter after the other rules have run. \
        A comment in a private part is reported by its line alone: its words are never shown.
        """,
        severity: .info,
        triggering: [
            Example("# 1:1\n\n## Check-in\n- Good\n\n↓<!-- oneonone-disable-next-line action-item-owner -->\n- Talked about the roadmap\n- [ ] @alice draft it due 2026-03-10\n"),
            Example("↓<!-- oneonone-disable-file no-chek-in -->\n# 1:1\n\n- [ ] @alice draft it due 2026-03-10\n"),
            Example("# 1:1\n\n## Check-in\n- Good\n\n↓<!-- oneonone-disable status-only -->\n- [ ] @alice draft it due 2026-03-10\n<!-- oneonone-enable status-only -->\n"),
            Example("# 1:1\n\n## Check-in\n- Good\n\n## Private\n↓<!-- oneonone-disable salary-talk -->\n- raise in March\n"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## Check-in\n- Good\n\n<!-- oneonone-disable-next-line action-item-owner -->\n- [ ] draft it due 2026-03-10\n"),
            Example("<!-- oneonone-disable-file no-check-in -->\n# 1:1\n\n- [ ] @alice draft it due 2026-03-10\n"),
            Example("# 1:1\n\n## Check-in\n- Good\n\n<!-- oneonone-disable action-item-owner action-item-due -->\n- [ ] draft it\n<!-- oneonone-enable -->\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] { [] }
}
