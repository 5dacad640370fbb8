import ArgumentParser
import OneOnOneCore
import OneOnOneReports

extension OneOnOne {
    /// `oneonone parse`: the parsed meetings as JSON, for scripts.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse",
            abstract: "Print the parsed meetings as JSON.",
            discussion: "Series, their meetings, items, action items with owner, due date, done state and thread links, and the problems found. Text marked private never appears."
        )

        @OptionGroup var notes: NotesOptions

        func run() throws {
            try notes.checkPaths()
            let configuration = try notes.configuration()
            notes.notebook(with: configuration).json.write(chunks: Console.out)
        }
    }
}
