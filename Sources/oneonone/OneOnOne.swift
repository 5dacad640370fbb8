import ArgumentParser

@main
struct OneOnOne: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oneonone",
        abstract: "Lint, report on and prepare 1:1 meeting notes kept as Markdown in git.",
        version: "0.1.0",
        subcommands: [Parse.self]
    )
}
