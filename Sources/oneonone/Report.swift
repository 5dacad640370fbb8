import ArgumentParser
import Foundation
import OneOnOneChecks
import OneOnOneCore
import OneOnOneReports

extension OneOnOne {
    /// `oneonone report`: how the 1:1s are going, per series and for the team.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Show how the 1:1s are going: meetings, gaps, follow-through, topics, per person and for the team.",
            discussion: "The same meetings, cadence and findings as `oneonone lint` on the same notes and --as-of."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case md, json, html
        }

        @OptionGroup var notes: NotesOptions

        @Option(help: "The output format.")
        var format: Format = .md

        @Option(help: "Only this person's series (repeatable).", completion: NotesOptions.personCompletion)
        var person: [String] = []

        @Option(name: .customLong("as-of"), help: "Today, YYYY-MM-DD (default: today).")
        var asOf: String?

        @Option(help: "The first day of the period, YYYY-MM-DD (default: the first note).")
        var since: String?

        @Option(help: "The last day of the period, YYYY-MM-DD (default: --as-of).")
        var until: String?

        @Option(help: "Write the report to this file (atomically) instead of printing it.", completion: .file())
        var output: String?

        @Flag(help: "Figures only: no text from the notes (for a skip-level or HR).")
        var redact = false

        func validate() throws {
            for (name, value) in [("--as-of", asOf), ("--since", since), ("--until", until)] {
                if let value, Day(iso: value) == nil { throw ValidationError("\(name) takes a date as YYYY-MM-DD, not `\(value)`") }
            }
            if let since, let until, let first = Day(iso: since), let last = Day(iso: until), first > last {
                throw ValidationError("--since \(since) is after --until \(until): no meeting can lie between them")
            }
        }

        func run() throws {
            try notes.checkPaths()
            let configuration = try notes.configuration()
            let settings: RuleSettings
            do {
                settings = try RuleSettings(configuration)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(2)
            }
            let asOf = self.asOf.flatMap(Day.init(iso:)) ?? .today
            let notebook = notes.notebook(with: configuration, asOf: asOf)
            let findings = LintReport(notebook: notebook, settings: settings, asOf: asOf, toolVersion: Release.version).findings
            var people: Set<String>?
            if !person.isEmpty {
                let names = Set(person.map { configuration.parseOptions.canonicalName($0.lowercased()) })
                let known = Set(notebook.series.map(\.person))
                for name in names.subtracting(known) {
                    Terminal.error("no 1:1 notes with \(Terminal.shown(name))\(Suggestion.didYouMean(name, among: known.sorted()))")
                    throw ExitCode(2)
                }
                people = names
            }
            let report = MeetingReport(notebook: notebook, findings: findings, asOf: asOf, since: since.flatMap(Day.init(iso:)),
                                       until: until.flatMap(Day.init(iso:)), people: people, redacted: redact)
            let text = switch format {
            case .md: report.markdown
            case .json: report.json.pretty + "\n"
            case .html: report.html
            }
            guard let output else {
                Console.out(text)
                return
            }
            // A report never takes the place of a note: `--output` naming one of the notes just
            // read (a slip of the shell's completion) is refused, and the note is left as it was.
            if Paths.isOne(output, of: notebook.series.lazy.flatMap(\.meetings).map(\.file)) {
                Terminal.error("\(Terminal.shown(output)) is one of the notes; the report is not written over it: name another file")
                throw ExitCode(2)
            }
            do {
                // Foundation's atomic write: a temporary file beside it, then a rename.
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                Terminal.error("cannot write the report to \(Terminal.shown(output)): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
    }
}
