import ArgumentParser
import Foundation
import OneOnOneAgenda
import OneOnOneCore

extension OneOnOne {
    /// `oneonone init`: a starter configuration, and the hook if asked.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Set up a notes repository: a commented .oneonone.yml (never over an existing one), and the hook with --hook."
        )

        @Flag(help: "Also install the git pre-commit hook.")
        var hook = false

        func run() throws {
            let root = Git()?.root ?? FileManager.default.currentDirectoryPath
            let file = root + "/.oneonone.yml"
            if Paths.isTaken(file) {
                Console.out("\(Terminal.shown(Paths.shown(file))) already exists; left as it is.\n")
            } else {
                // The notes as they are, in every layout, read as `lint` reads them before any configuration.
                let notebook = NotebookLoader(options: Configuration().parseOptions).load(paths: [root])
                let manager = Init.manager(of: notebook)
                try Init.starter(people: NotesOptions.people(in: notebook, configuration: Configuration()), manager: manager)
                    .write(toFile: file, atomically: true, encoding: .utf8)
                Console.out("Wrote \(Terminal.shown(Paths.shown(file))): " + (manager.map { "`manager: \(Terminal.shown($0))` is read from the notes; check it." }
                    ?? "set `manager:` to your name as you write it in notes (\"Sam to send …\").") + "\n")
            }
            try Init.writeTemplates(into: root + "/.oneonone/templates")
            if hook {
                Console.out(try PreCommitHook.locate().install() + "\n")
            } else {
                Console.out("Next: `oneonone hook install` checks notes as you commit; `oneonone lint` checks them all now.\n")
            }
        }

        /// The shipped agenda templates, as files to edit; a file already there is kept.
        static func writeTemplates(into folder: String) throws {
            var written: [String] = []
            for template in TemplateLibrary.shipped.templates {
                let path = folder + "/" + template.name + ".md"
                guard !Paths.isTaken(path) else { continue }
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try template.text.write(toFile: path, atomically: true, encoding: .utf8)
                written.append(template.name + ".md")
            }
            guard !written.isEmpty else { return }
            Console.out("Wrote \(Terminal.shown(Paths.shown(folder)))/ (\(written.joined(separator: ", "))): `oneonone agenda` uses them; edit them to change what it writes.\n")
        }

        /// The manager, when the notes tell: one name that front matter gives as `manager:`, or else
        /// the one name that opens owner-less action items (`Sam to send …`) in most series, and in
        /// at least two unless there is only one. Nil when the notes do not say.
        static func manager(of notebook: Notebook) -> String? {
            let named = Set(notebook.series.flatMap { $0.meetings.compactMap(\.manager) })
            if named.count == 1 { return named.first?.lowercased() }
            let people = Set(notebook.series.map(\.person))
            var seriesCount: [String: Int] = [:]
            for series in notebook.series {
                let leading = series.meetings.flatMap { meeting in
                    meeting.items.compactMap { item in item.isActionItem && item.action?.owner == nil ? item.leadingName : nil }
                }
                for name in Set(leading.map { $0.lowercased() }) where !people.contains(name) { seriesCount[name, default: 0] += 1 }
            }
            let ranked = seriesCount.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            guard let best = ranked.first, best.value >= min(2, notebook.series.count), ranked.dropFirst().first?.value != best.value else { return nil }
            return best.key
        }

        static func starter(people: [String], manager: String?) -> String {
            let listed = people.isEmpty ? "#   alice: { cadence: weekly }\n#   bob:   { cadence: biweekly, aliases: [bobby] }\n"
                : people.map { "  \(YAMLValue.written($0, asKey: true)): { cadence: weekly }\n" }.joined()
            return """
            # OneOnOne configuration: `oneonone rules` lists the rules, the README explains every key.

            # Your name as you write it in notes ("Sam to send the plan", "### Sam's topics").
            \(manager.map { "manager: \(YAMLValue.written($0))" } ?? "# manager: sam")

            # Only needed if you write numeric dates like 03/04/2026: mdy (US) or dmy.
            # date-order: mdy

            # The people you meet, how often, and other names you use for them.
            \(people.isEmpty ? "# people:" : "people:")
            \(listed)
            # Documents shared with the people you meet: private notes there are an error.
            # shared: ["shared/**"]

            # Files that are not notes.
            # exclude: ["drafts/**"]

            # Turn rules off, change their severity or options.
            # rules:
            #   duration: off
            #   no-career-talk: { window-days: 56 }
            #   status-only: { severity: error, max-status-share: 0.7 }

            # More words that mean a topic.
            # vocabulary:
            #   career: ["guild", "brag doc"]

            """
        }
    }
}
