import ArgumentParser
import Foundation
import OneOnOneCore
import OneOnOneReports

/// The notes to read and the configuration to read them with; shared by every command that reads notes.
struct NotesOptions: ParsableArguments {
    @Argument(help: "Note files and folders to read (default: the current folder).", completion: .file())
    var paths: [String] = []

    @Option(name: .long, help: "The configuration file (default: the nearest .oneonone.yml up to the git root).", completion: .file())
    var config: String?

    /// The paths given, or `.` when none were.
    var targets: [String] { paths.isEmpty ? ["."] : paths }

    /// Paths named on the command line that are not there stop the run (exit 2: a typo is a usage
    /// error, not a finding); files that are not Markdown are said to be skipped.
    func checkPaths() throws {
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                Terminal.error("no such file or folder: \(Terminal.shown(path))")
                throw ExitCode(2)
            }
            let lower = path.lowercased()
            if !isFolder.boolValue, !lower.hasSuffix(".md"), !lower.hasSuffix(".markdown") {
                Terminal.note("skipped \(Terminal.shown(path)): not a Markdown file (.md or .markdown)")
            }
        }
    }

    /// The configuration for these notes; a broken one stops the run with exit code 2.
    func configuration() throws -> Configuration {
        try NotesOptions.configuration(file: config, near: targets.first ?? ".")
    }

    /// The configuration `file`, else the one found from `target`; a broken one stops the run with exit code 2.
    static func configuration(file: String?, near target: String) throws -> Configuration {
        guard let path = file ?? Configuration.find(from: target) else { return Configuration() }
        // A file named with --config is the user's choice; one found in the repository must lie in it.
        let boundary = file == nil ? Paths.boundary(of: Paths.folder(path)) : nil
        do {
            return try Configuration.load(path: path, within: boundary)
        } catch {
            for mistake in Configuration.mistakes(path: path, within: boundary) { Terminal.error("\(mistake)") }
            throw ExitCode(2)
        }
    }

    /// The people a user may name: everyone with a series in `notebook`, and everyone the
    /// configuration lists.
    static func people(in notebook: Notebook, configuration: Configuration) -> [String] {
        Set(notebook.series.map(\.person)).union(configuration.parseOptions.people.keys).sorted()
    }

    /// Shell completion for a person: the people of the notes under the current folder.
    static let personCompletion = CompletionKind.custom { _, _, _ in
        let file = Configuration.find(from: ".")
        let configuration = file.flatMap { try? Configuration.load(path: $0, within: Paths.boundary(of: Paths.folder($0))) } ?? Configuration()
        let finder = NoteFinder(exclude: configuration.exclude, root: configuration.root)
        let notebook = NotebookLoader(options: configuration.parseOptions, finder: finder).load(paths: ["."])
        return people(in: notebook, configuration: configuration)
    }

    /// Reads the notes.
    func notebook(with configuration: Configuration, asOf: Day = .today) -> Notebook {
        let finder = NoteFinder(exclude: configuration.exclude, root: configuration.root)
        return NotebookLoader(options: configuration.parseOptions, finder: finder, asOf: asOf).load(paths: targets)
    }
}

/// What the command line knows about where it prints.
enum Terminal {
    /// Prints `error: message` to standard error, with control characters escaped.
    static func error(_ message: String) {
        Console.error("error: \(Escaping.terminalKeepingLines(message))\n")
    }

    /// Prints `note: message` to standard error: something the user should know that is not an error.
    static func note(_ message: String) {
        Console.error("note: \(Escaping.terminalKeepingLines(message))\n")
    }

    /// A path or name from the user's files as a message shows it.
    static func shown(_ text: String) -> String { Escaping.terminal(text) }

    /// Colour only on a terminal, and never with `NO_COLOR` set (no-color.org) or `TERM=dumb`.
    static var colorOnStandardOutput: Bool {
        let environment = ProcessInfo.processInfo.environment
        return Console.outIsTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
    }
}
