import ArgumentParser
import Foundation
import OneOnOneCore

struct OneOnOne: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oneonone",
        abstract: "Lint, report on and prepare 1:1 meeting notes kept as Markdown in git.",
        version: Release.version,
        subcommands: [Lint.self, Parse.self, Report.self, Agenda.self, Rules.self, Hook.self, Init.self]
    )
}

/// The entry point: runs the command, and maps usage errors to exit code 2 (PRODUCT.md: 0 clean,
/// 1 findings that fail, 2 usage or configuration error) instead of ArgumentParser's 64.
@main
enum Main {
    static func main() {
        exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs the command line `arguments` (without the program's name) and returns the exit
    /// status; tests call it in process, with `Console.capture` set.
    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try OneOnOne.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            let code = OneOnOne.exitCode(for: error)
            let message = OneOnOne.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Console.out(message + "\n") }
                return 0
            }
            if !message.isEmpty { Console.error(message + "\n") }
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}
