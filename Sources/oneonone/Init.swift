import ArgumentParser
import Foundation
import OneOnOneCore

extension OneOnOne {
    /// `oneonone init`: a starter configuration, and the hook if asked.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set up a notes repository: a commented .oneonone.yml (never over an existing one), and the hook with --hook."
        )

        @Flag(help: "Also install the git pre-commit hook.")
        var hook = false

        func run() throws {
            let root = Git()?.root ?? FileManager.default.currentDirectoryPath
            let file = root + "/.oneonone.yml"
            if FileManager.default.fileExists(atPath: file) {
                print("\(Paths.shown(file)) already exists; left as it is.")
            } else {
                try Init.starter(people: Init.people(in: root)).write(toFile: file, atomically: true, encoding: .utf8)
                print("Wrote \(Paths.shown(file)): set `manager` to your name as you write it in notes.")
            }
            if hook {
                print(try PreCommitHook.locate().install())
            } else {
                print("Next: `oneonone hook install` checks notes as you commit; `oneonone lint` checks them all now.")
            }
        }

        /// Folders that look like one person's notes: they hold Markdown files named for a date.
        static func people(in root: String) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
            return names.filter { name in
                guard !name.hasPrefix("."), let files = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + name) else { return false }
                return files.contains { $0.hasSuffix(".md") && $0.first?.isNumber == true }
            }.sorted()
        }

        static func starter(people: [String]) -> String {
            let listed = people.isEmpty ? "#   alice: { cadence: weekly }\n#   bob:   { cadence: biweekly, aliases: [bobby] }\n"
                : people.map { "  \($0): { cadence: weekly }\n" }.joined()
            return """
            # OneOnOne configuration: `oneonone rules` lists the rules, the README explains every key.

            # Your name as you write it in notes ("Sam to send the plan", "### Sam's topics").
            manager: sam

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
