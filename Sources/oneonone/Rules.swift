import ArgumentParser
import OneOnOneChecks
import OneOnOneCore
import OneOnOneReports

extension OneOnOne {
    /// `oneonone rules [ID]`: the catalogue, or one rule's rationale, options and examples.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules, or explain one.")

        @Argument(help: "A rule id, such as status-only.", completion: .list(RuleCatalogue.ids))
        var id: String?

        func run() throws {
            guard let id else {
                let width = RuleCatalogue.ids.map(\.count).max() ?? 0
                for rule in RuleCatalogue.descriptions {
                    Console.out(rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + rule.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + rule.summary + "\n")
                }
                return
            }
            guard let rule = RuleCatalogue.description(of: id) else {
                var message = "unknown rule `\(id)`"
                message += Suggestion.didYouMean(id, among: RuleCatalogue.ids)
                Terminal.error(message + " (`oneonone rules` lists them)")
                throw ExitCode(2)
            }
            Console.out(RuleDocument(rule).text)
        }
    }
}
