import ArgumentParser
import Foundation
import OneOnOneAgenda
import OneOnOneChecks
import OneOnOneCore
import OneOnOneReports

extension OneOnOne {
    /// `oneonone agenda PERSON`: the next meeting's note.
    struct Agenda: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agenda",
            abstract: "Prepare the next 1:1 with someone: open items carried forward, topics, a focus and questions, nudges.",
            discussion: """
            Prints the note; --write puts it where the series keeps its notes (a new file beside the latest one, or a new \
            section in its running doc) and prints the path. Never over an existing file or meeting (exit 1).
            Templates: the shipped one-on-one, skip-level and career, and .oneonone/templates/NAME.md in the notes repository. \
            Questions: templates/questions.yml, and .oneonone/questions.yml.
            """
        )

        @Argument(help: "The person, as the notes name them (folder, running doc, `with:` or an alias; any case).", completion: NotesOptions.personCompletion)
        var person: String?

        @Option(help: "The folder of notes to read (default: the current folder).", completion: .directory)
        var notes: String = "."

        @Option(name: .long, help: "The configuration file (default: the nearest .oneonone.yml up to the git root).", completion: .file())
        var config: String?

        @Option(help: "The meeting's date, YYYY-MM-DD (default: a meeting still to come in the notes, else the last meeting plus the cadence, or today if that has passed).")
        var date: String?

        @Option(name: .customLong("as-of"), help: "Today, YYYY-MM-DD: what is overdue, and the earliest date (default: today).")
        var asOf: String?

        @Option(help: "The template to use (default: the series' kind: one-on-one, skip-level or career).")
        var template: String?

        @Flag(help: "Write the note into the notes instead of printing it.")
        var write = false

        @Flag(name: .customLong("list-templates"), help: "List the templates available and where each comes from.")
        var listTemplates = false

        func validate() throws {
            if let asOf, Day(iso: asOf) == nil { throw ValidationError("--as-of takes a date as YYYY-MM-DD, not `\(asOf)`") }
            if let date, Day(iso: date) == nil { throw ValidationError("--date takes a date as YYYY-MM-DD, not `\(date)`") }
            if person == nil, !listTemplates { throw ValidationError("name the person to prepare the 1:1 with: `oneonone agenda alice`") }
        }

        func run() throws {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: notes, isDirectory: &isFolder), isFolder.boolValue else {
                Terminal.error("no such folder: \(Terminal.shown(notes))")
                throw ExitCode(2)
            }
            let configuration = try NotesOptions.configuration(file: config, near: notes)
            // The repository's own templates and questions sit in `.oneonone/` beside its configuration.
            let extras = (configuration.root ?? notes) + "/.oneonone"
            let boundary = Paths.boundary(of: configuration.root ?? notes)
            let library: TemplateLibrary
            do {
                library = try TemplateLibrary.with(folder: extras + "/templates", within: boundary)
            } catch {
                Terminal.error(error.description)
                throw ExitCode(2)
            }
            if listTemplates {
                for template in library.templates {
                    // Names come from the repository's file names: shown escaped, like any text from the notes.
                    Console.out("\(Terminal.shown(template.name))\t\(template.source == "shipped" ? "shipped" : Terminal.shown(Paths.shown(template.source)))\n")
                }
                return
            }
            guard let person else { return }
            let asOf = self.asOf.flatMap(Day.init(iso:)) ?? .today
            let maker: AgendaMaker
            do {
                var bank = QuestionBank.shipped
                let questions = extras + "/questions.yml"
                if let data = try Paths.repositoryFile(questions, within: boundary) {
                    bank = bank.adding(try QuestionBank(yaml: String(decoding: data, as: UTF8.self), file: Paths.shown(questions)))
                }
                maker = AgendaMaker(options: configuration.parseOptions, settings: try RuleSettings(configuration), bank: bank, library: library, asOf: asOf)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(2)
            }

            let finder = NoteFinder(exclude: configuration.exclude, root: configuration.root)
            let notebook = NotebookLoader(options: configuration.parseOptions, finder: finder, asOf: asOf).load(paths: [notes])
            let name = configuration.parseOptions.canonicalName(person.lowercased())
            // A person with two series (a 1:1 and a skip-level) gets the agenda of the latest.
            let candidates: [Series] = notebook.series.filter { $0.person == name }
            let series = candidates.max { ($0.meetings.last?.date ?? asOf) < ($1.meetings.last?.date ?? asOf) }
            guard series != nil || configuration.parseOptions.people[name] != nil else {
                let known = NotesOptions.people(in: notebook, configuration: configuration)
                Terminal.error("no 1:1 notes with \(Terminal.shown(person)) under \(Terminal.shown(notes))\(Suggestion.didYouMean(name, among: known)) (people with notes or in the configuration: \(known.joined(separator: ", ")))")
                throw ExitCode(2)
            }

            do {
                let style = AgendaMaker.dateStyle(of: series, in: notebook)
                let agenda = try maker.agenda(for: name, series: series, date: date.flatMap(Day.init(iso:)), template: template, dateStyle: style)
                let edit = try NoteEdit.placing(agenda, series: series, notebook: notebook, folder: notes) { FileManager.default.contents(atPath: $0) }
                if !write {
                    // What --write would add: a note, or a running doc's new section. Text carried
                    // from the notes may hold control characters: shown escaped, never sent raw.
                    Console.out(Escaping.terminalKeepingLines(String(edit.added.drop { $0 == "\n" })))
                    return
                }
                try edit.apply()
                Console.out(Terminal.shown(Paths.shown(edit.path)) + "\n")
            } catch {
                Terminal.error(error.description)
                // A clash with a meeting or file that exists is a refusal (1); anything else is 2.
                throw ExitCode(error.isRefusal ? 1 : 2)
            }
        }
    }
}
