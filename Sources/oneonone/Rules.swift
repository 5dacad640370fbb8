import ArgumentParser
import OneOnOneChecks
import OneOnOneCore

extension OneOnOne {
    /// `oneonone rules [ID]`: the catalogue, or one rule's rationale, options and examples.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules, or explain one.")

        @Argument(help: "A rule id, such as status-only.", completion: .list(RuleCatalogue.ids))
        var id: String?

        func run() throws {
            guard let id else {
                let width = RuleCatalogue.ids.map(\.count).max() ?? 0
                for rule in RuleCatalogue.descriptions {
                    print(rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + rule.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + rule.summary)
                }
                return
            }
            guard let rule = RuleCatalogue.description(of: id) else {
                var message = "unknown rule `\(id)`"
                if let close = Suggestion.closest(to: id, among: RuleCatalogue.ids) { message += "; did you mean `\(close)`?" }
                Terminal.error(message + " (`oneonone rules` lists them)")
                throw ExitCode(2)
            }
            print(RuleDocument(rule).text, terminator: "")
        }
    }
}

/// One rule's documentation, built from its description: the same examples the tests run.
struct RuleDocument {
    let rule: RuleDescription

    init(_ rule: RuleDescription) { self.rule = rule }

    var text: String {
        var out = "\(rule.id) — \(rule.name) (default: \(rule.severity.rawValue))\n\n\(rule.summary)\n\n\(rule.rationale)\n"
        if !rule.options.isEmpty {
            out += "\nOptions (in .oneonone.yml, under `rules: { \(rule.id): { … } }`):\n"
            for option in rule.options {
                let value = option.defaultValue == option.defaultValue.rounded() ? String(Int(option.defaultValue)) : String(option.defaultValue)
                out += "  \(option.name): \(value)  — \(option.help)\n"
            }
        }
        out += "\nExamples run with `manager: sam`; ↓ marks where a finding is reported.\n"
        for (title, examples) in [("Triggers", rule.triggering), ("Does not trigger", rule.nonTriggering)] where !examples.isEmpty {
            out += "\n\(title):\n"
            for example in examples { out += document(example) }
        }
        return out
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
