import ArgumentParser
import Foundation
import OneOnOneChecks
import OneOnOneCore
import OneOnOneReports

extension OutputFormat: ExpressibleByArgument {}

extension OneOnOne {
    /// `oneonone lint`: the rule catalogue over the notes.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check notes for the signs of 1:1s going wrong.",
            discussion: """
            Exit status: 0 when nothing is at or above --fail-on, 1 when something is, 2 for a usage or configuration error.
            `oneonone rules` lists the rules; `oneonone rules ID` explains one.
            """
        )

        /// The least severe finding that fails the run.
        enum FailOn: String, ExpressibleByArgument, CaseIterable {
            case error, warning, info, never
        }

        @OptionGroup var notes: NotesOptions

        @Option(help: "The output format.")
        var format: OutputFormat = .text

        @Option(name: .customLong("as-of"), help: "The date time-relative rules measure to, YYYY-MM-DD (default: today).")
        var asOf: String?

        @Option(help: "Turn on a rule the configuration turns off (repeatable, or a comma list).", completion: .list(RuleCatalogue.ids))
        var enable: [String] = []

        @Option(help: "Turn off a rule (repeatable, or a comma list).", completion: .list(RuleCatalogue.ids))
        var disable: [String] = []

        @Option(name: .customLong("fail-on"), help: "The least severe finding that makes the exit status 1.")
        var failOn: FailOn = .error

        @Option(help: "Show only findings this baseline file does not record.", completion: .file())
        var baseline: String?

        @Option(name: .customLong("write-baseline"), help: "Record the current findings in this file and exit 0.", completion: .file())
        var writeBaseline: String?

        @Flag(help: "Print findings only: no summary line, nothing when clean.")
        var quiet = false

        @Flag(help: "Lint what is staged in git, read from the index, in the context of the notes beside it.")
        var staged = false

        @Option(help: "Lint the notes changed since this revision's merge base (a pull request's base branch).")
        var since: String?

        @Flag(help: "The paths are the files to check, each read with its folder as context; no paths, nothing to check (for pre-commit).")
        var files = false

        func validate() throws {
            if let asOf, Day(iso: asOf) == nil { throw ValidationError("--as-of takes a date as YYYY-MM-DD, not `\(asOf)`") }
            if [staged, since != nil, files].filter({ $0 }).count > 1 { throw ValidationError("--staged, --since and --files do not go together; pick one") }
        }

        /// What to read and report: explicit files are read with their folders, as pre-commit passes them.
        var selection: Selection {
            if staged { return .staged(paths: notes.paths) }
            if let since { return .since(revision: since, paths: notes.paths) }
            var isFolder: ObjCBool = false
            let allFiles = !notes.paths.isEmpty && notes.paths.allSatisfy { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && !isFolder.boolValue }
            if files || allFiles { return .files(notes.paths) }
            return .paths(notes.targets)
        }

        func run() throws {
            // `--files` (pre-commit) reports a missing file as a finding; `--staged` and `--since` take paths as filters.
            if !staged, since == nil, !files { try notes.checkPaths() }
            let configuration = try notes.configuration()
            var settings: RuleSettings
            do {
                settings = try RuleSettings(configuration)
                // `--disable a,b` and `--disable a --disable b` alike.
                let list = { (values: [String]) in values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty } }
                try settings.override(enable: list(enable), disable: list(disable))
            } catch {
                Terminal.error(error.file == "command line" ? error.message : "\(error)")
                throw ExitCode(2)
            }
            let asOf = self.asOf.flatMap(Day.init(iso:)) ?? .today
            var report: LintReport
            do {
                let finder = NoteFinder(exclude: configuration.exclude, root: configuration.root)
                let loader = NotebookLoader(options: configuration.parseOptions, finder: finder, asOf: asOf)
                report = try LintReport(selection, loader: loader, settings: settings, asOf: asOf, toolVersion: Release.version)
            } catch {
                Terminal.error(error.description)
                throw ExitCode(2)
            }
            var findings = report.findings
            // CI formats and baselines name files from the git root, so they mean the same file
            // whatever folder `lint` runs from; outside a repository, paths stay as given.
            var place: (String) -> String = { $0 }
            if format.namesFilesFromRoot || baseline != nil || writeBaseline != nil, let root = Git()?.root {
                let directory = Paths.realPath(FileManager.default.currentDirectoryPath) ?? FileManager.default.currentDirectoryPath
                place = { Paths.fromRoot($0, root: root, directory: directory) }
            }

            if let writeBaseline {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: writeBaseline, isDirectory: &isFolder), isFolder.boolValue {
                    Terminal.error("cannot write the baseline to \(Terminal.shown(writeBaseline)): it is a folder; name a file such as \(Terminal.shown(writeBaseline))/baseline.json")
                    throw ExitCode(2)
                }
                // Never over a note the run read (a slip of the shell's completion).
                if Paths.isOne(writeBaseline, of: report.files) {
                    Terminal.error("cannot write the baseline to \(Terminal.shown(writeBaseline)): it is one of the notes; name a file such as .oneonone-baseline.json")
                    throw ExitCode(2)
                }
                do {
                    try Baseline(findings, place: place).json.pretty.write(toFile: writeBaseline, atomically: true, encoding: .utf8)
                } catch {
                    let folder = (writeBaseline as NSString).deletingLastPathComponent
                    let reason = !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) ? "the folder \(Terminal.shown(folder)) does not exist"
                        : "permission denied or the disk is full"
                    Terminal.error("cannot write the baseline to \(Terminal.shown(writeBaseline)): \(reason)")
                    throw ExitCode(2)
                }
                Console.error("Recorded \(findings.count) findings in \(writeBaseline).\n")
                return
            }
            if let baseline {
                do {
                    findings = try Baseline(file: baseline).filter(findings, place: place)
                } catch {
                    Terminal.error(error.description)
                    throw ExitCode(2)
                }
            }

            report.findings = findings
            if format.namesFilesFromRoot { report = report.placed(place) }
            format.write(report, color: format == .text && Terminal.colorOnStandardOutput, summary: !quiet) { piece in
                Console.out(piece)
            }

            let threshold: Severity? = switch failOn {
            case .error: .error
            case .warning: .warning
            case .info: .info
            case .never: nil
            }
            if let threshold, findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
        }
    }
}
