import OneOnOneChecks
import OneOnOneCore

/// One rule's documentation, built from its description: the same examples the tests run.
public struct RuleDocument: Sendable {
    public let rule: RuleDescription

    public init(_ rule: RuleDescription) { self.rule = rule }

    /// What `oneonone rules ID` prints: rationale, options and the examples.
    public var text: String {
        var out = "\(rule.id) — \(rule.name) (default: \(rule.severity.rawValue))\n\n\(rule.summary)\n\n\(rule.rationale)\n"
        if !rule.options.isEmpty {
            out += "\nOptions (in .oneonone.yml, under `rules: { \(rule.id): { … } }`):\n"
            for option in rule.options {
                out += "  \(option.name): \(RuleOption.format(option.defaultValue))  — \(option.help) (\(option.allowed))\n"
            }
        }
        out += "\nExamples run with `manager: sam`; ↓ marks where a finding is reported.\n"
        for (title, examples) in [("Triggers", rule.triggering), ("Does not trigger", rule.nonTriggering)] where !examples.isEmpty {
            out += "\n\(title):\n"
            for example in examples { out += document(example) }
        }
        return out
    }

    /// The rationale and where to read more, in plain text (SARIF's `help.text`).
    public var helpText: String {
        rule.rationale + "\n\nRun `oneonone rules \(rule.id)` for examples."
    }

    /// The same in Markdown, with the options (SARIF's `help.markdown`).
    public var helpMarkdown: String {
        let options = rule.options.map { "- `\($0.name)` (default \(RuleOption.format($0.defaultValue)); \($0.allowed)): \($0.help)" }.joined(separator: "\n")
        return "**\(rule.name)** (`\(rule.id)`)\n\n\(rule.rationale)" + (options.isEmpty ? "" : "\n\nOptions:\n\n\(options)")
            + "\n\nRun `oneonone rules \(rule.id)` for examples."
    }

    private func document(_ example: Example) -> String {
        var out = "\n"
        if let configuration = example.configuration {
            out += "  .oneonone.yml\n" + indent(configuration)
        }
        for file in example.files {
            out += "  \(file.path)\n" + indent(file.text)
        }
        if example.asOf != Day(year: 2026, month: 3, day: 5) { out += "  (checked as of \(example.asOf))\n" }
        return out
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
            .map { "  │ " + $0 }.joined(separator: "\n") + "\n"
    }
}
