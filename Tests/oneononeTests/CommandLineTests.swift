import Foundation
import Testing
@testable import oneonone

/// The package's root folder, found from this file.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// What a run of the `oneonone` binary printed, and how it exited.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The built `oneonone` binary.
let oneononeBinary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("oneonone")
    return FileManager.default.fileExists(atPath: beside.path) ? beside : packageRoot.appendingPathComponent(".build/debug/oneonone")
}()

/// The package's example files, for recipes the tests run.
let examplesFolder = packageRoot.appendingPathComponent("examples")

/// Runs `oneonone arguments` in `folder` (the package root unless given): in process, through
/// `Main.run`, unless the run needs what only a process has (its own environment, another
/// executable) or `process` asks for the built binary.
func oneonone(_ arguments: [String], in folder: URL = packageRoot, environment: [String: String] = [:], executable: String? = nil,
              process: Bool = false) throws -> Run {
    guard process || !environment.isEmpty || executable != nil else { return inProcess(arguments, in: folder) }
    let process = Process()
    process.executableURL = executable.map(URL.init(fileURLWithPath:)) ?? oneononeBinary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    return try finish(process)
}

/// A fresh temporary folder holding `files` (paths relative to it); the caller removes it.
func temporaryFolder(_ files: [String: String] = [:]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (name, text) in files {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return root
}

/// One in-process run at a time: the command resolves paths against the process's working
/// directory, which this sets for the run. Nothing else in the test process minds: the other
/// suites name files by absolute path, and Foundation starts child processes in their folder
/// with posix_spawn's own chdir, not the parent's.
private let workingDirectory = NSLock()

private func inProcess(_ arguments: [String], in folder: URL) -> Run {
    workingDirectory.withLock {
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let capture = Console.Capture()
        let status = Console.$capture.withValue(capture) { Main.run(arguments) }
        return Run(status: status, stdout: capture.out, stderr: capture.error)
    }
}

/// Runs `process` to its end with its output in temporary files: a pipe's reader can be
/// interrupted by a signal (Foundation then traps), and one full pipe can stall the other.
func finish(_ process: Process) throws -> Run {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
    try Data().write(to: out)
    try Data().write(to: err)
    let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
    process.standardOutput = outHandle
    process.standardError = errHandle
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return Run(status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
               stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
}

@Suite("The oneonone command")
struct CommandLineTests {
    @Test("one version everywhere: --version, the changelog's latest release, and the tag every snippet pins")
    func version() throws {
        // The built binary, as users run it: the few tests that need a real process keep it honest.
        let run = try oneonone(["--version"], process: true)
        #expect(run.status == 0)
        let changelog = try String(contentsOf: packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let released = try #require(changelog.firstMatch(of: /\n## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}\n/)?.1)
        #expect(run.stdout == "\(released)\n")
        let snippets = ["README.md", "examples/hooks/pre-commit-config.yaml", "examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml"]
        for path in snippets {
            let text = try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
            let pins = text.matches(of: /\bv(\d+\.\d+\.\d+)\b/).map { String($0.1) }
            #expect(!pins.isEmpty && pins.allSatisfy { $0 == released }, "\(path) pins \(pins), not v\(released)")
        }
    }

    @Test("shell completions complete rule ids, and people from the notes under the current folder")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try oneonone(["--generate-completion-script", shell])
            #expect(script.status == 0 && script.stdout.contains("no-career-talk"), "\(shell)")
        }
        // What the shells' scripts ask when the user presses TAB after `oneonone agenda `.
        let people = try oneonone(["---completion", "agenda", "--", "positional@0", "2", "0", "oneonone", "agenda", ""], in: examplesFolder.appendingPathComponent("notes"))
        #expect(people.stdout == "alice\nbob\ncarol\ndana\nevan\nfrank\ngrace\nsam\n")
    }

    @Test("`parse examples/notes` prints the reviewed notebook JSON, with paths as given")
    func parseExamples() throws {
        let run = try oneonone(["parse", "examples/notes"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let golden = try String(contentsOf: packageRoot.appendingPathComponent("Tests/OneOnOneReportsTests/Golden/examples-notes.parse.json"), encoding: .utf8)
        #expect(run.stdout == golden)
    }

    @Test("a broken configuration stops the run with exit code 2, naming file, line and a close key")
    func brokenConfiguration() throws {
        let folder = try temporaryFolder([".oneonone.yml": "manager: sam\npeeple:\n  alice: {}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try oneonone(["parse", "."], in: folder)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("error: .oneonone.yml:2:1: unknown key `peeple`; did you mean `people`?"))
    }

    @Test("a configuration with several mistakes reports every one, a line each")
    func severalMistakes() throws {
        let folder = try temporaryFolder([".oneonone.yml": "manger: sam\ndate-order: ymd\nexclude: [\"drafts/[x\"]\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try oneonone(["lint", "."], in: folder)
        #expect(run.status == 2)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(run.stderr)")
        #expect(lines.map { $0.prefix(25) } == ["error: .oneonone.yml:1:1:", "error: .oneonone.yml:2:13", "error: .oneonone.yml:3:10"])
    }

    @Test("a path that does not exist is a usage error; a file that is not Markdown is said to be skipped; --files reports a missing file once")
    func missingPath() throws {
        for command in ["parse", "lint"] {
            let run = try oneonone([command, "no/such/folder", "examples/notes/alice/2026-09-02.md"])
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "error: no such file or folder: no/such/folder\n")
        }
        let skipped = try oneonone(["lint", "Package.swift", "examples/notes/alice/2026-09-02.md", "--as-of", "2026-09-03"])
        #expect(skipped.stderr == "note: skipped Package.swift: not a Markdown file (.md or .markdown)\n")
        let files = try oneonone(["lint", "--files", "no/such.md", "examples/notes/alice/2026-09-02.md", "--as-of", "2026-09-03"])
        #expect(files.stdout.components(separatedBy: "no/such.md").count - 1 == 1, "\(files.stdout)")
        #expect(files.stdout.contains("no/such.md:1:1: error: no such file [unreadable-file]"))
    }
}

@Suite("oneonone agenda")
struct AgendaCommandTests {
    @Test("prints the reviewed agenda; an unknown person is exit 2 with a suggestion; --list-templates says where each comes from")
    func agenda() throws {
        let notes = examplesFolder.appendingPathComponent("notes")
        let run = try oneonone(["agenda", "ALICE", "--as-of", "2026-11-20"], in: notes)
        #expect(run.status == 0)
        let golden = try String(contentsOf: examplesFolder.deletingLastPathComponent().appendingPathComponent("Tests/OneOnOneAgendaTests/Golden/alice.md"), encoding: .utf8)
        #expect(run.stdout == golden)
        let unknown = try oneonone(["agenda", "alcie"], in: notes)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: no 1:1 notes with alcie under .; did you mean `alice`? (people with notes or in the configuration: alice, bob, carol, dana, evan, frank, grace, sam)\n")
        let list = try oneonone(["agenda", "--list-templates"], in: notes)
        #expect(list.stdout == "career\tshipped\none-on-one\tshipped\nskip-level\tshipped\n")
    }

    @Test("--write prints the path it wrote, and refuses (exit 1) to write a meeting twice")
    func write() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-agenda-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("notes"), to: folder)
        let written = try oneonone(["agenda", "alice", "--write", "--as-of", "2026-11-20"], in: folder)
        #expect(written.status == 0)
        #expect(written.stdout == "alice/2026-11-25.md\n")
        let again = try oneonone(["agenda", "alice", "--write", "--date", "2026-11-25", "--as-of", "2026-11-20"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("there is already a meeting on 2026-11-25; nothing written"))
    }
}

@Suite("oneonone report")
struct ReportCommandTests {
    @Test("--output writes the page; an unknown --person or a period that ends before it starts is exit 2; --format json has the contract's keys")
    func report() throws {
        let notes = examplesFolder.appendingPathComponent("notes")
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: page) }
        let run = try oneonone(["report", ".", "--as-of", "2026-11-20", "--format", "html", "--output", page.path], in: notes)
        #expect(run.status == 0 && run.stdout.isEmpty)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<h2 id=\"series-alice\">alice"))
        let unknown = try oneonone(["report", ".", "--person", "alcie"], in: notes)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: no 1:1 notes with alcie; did you mean `alice`?\n")
        let period = try oneonone(["report", ".", "--since", "2026-06-01", "--until", "2026-01-01"], in: notes)
        #expect(period.status == 2)
        #expect(period.stderr.hasPrefix("Error: --since 2026-06-01 is after --until 2026-01-01: no meeting can lie between them\n"))
        let json = try oneonone(["report", ".", "--as-of", "2026-11-20", "--format", "json", "--person", "Bobby"], in: notes)
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"person\": \"bob\"") && !json.stdout.contains("\"person\": \"alice\""))
    }

    @Test("--output never takes the place of a note: naming one is exit 2 and the note is left as it was")
    func outputOverANote() throws {
        let note = "# 1:1\n\n- how are you doing\n"
        let notes = try temporaryFolder(["alice/2026-03-04.md": note])
        defer { try? FileManager.default.removeItem(at: notes) }
        let run = try oneonone(["report", ".", "--as-of", "2026-03-05", "--output", "./alice/../alice/2026-03-04.md"], in: notes)
        #expect(run.status == 2)
        #expect(run.stderr == "error: ./alice/../alice/2026-03-04.md is one of the notes; the report is not written over it: name another file\n")
        #expect(try String(contentsOf: notes.appendingPathComponent("alice/2026-03-04.md"), encoding: .utf8) == note)
        // A report written among the notes holds no meeting: it may be written again.
        #expect(try oneonone(["report", ".", "--as-of", "2026-03-05", "--output", "report.md"], in: notes).status == 0)
        #expect(try oneonone(["report", ".", "--as-of", "2026-03-05", "--output", "report.md"], in: notes).status == 0)
    }

    /// Headless Chromium renders the page; CI installs it (`.ci/run`), a machine without it skips this.
    @Test("the HTML report renders in a browser with its charts drawn", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")))
    func renders() throws {
        let notes = examplesFolder.appendingPathComponent("notes")
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-render-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: page) }
        #expect(try oneonone(["report", ".", "--as-of", "2026-11-20", "--format", "html", "--output", page.path], in: notes).status == 0)
        // The DOM after layout: every chart is an SVG with its shapes.
        let dom = try oneonone(["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString], executable: "/usr/bin/chromium")
        #expect(dom.status == 0)
        #expect(dom.stdout.components(separatedBy: "<svg viewBox=\"0 0 720").count - 1 == 16)
        #expect(dom.stdout.contains("<circle") && dom.stdout.contains("class=\"topic-status\""))
    }
}
