import Foundation
import Testing
@testable import OneOnOneChecks
@testable import OneOnOneCore
@testable import OneOnOneReports

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `oneonone lint examples/notes --as-of 2026-11-20`, in process, with paths as the README shows them.
private func exampleReport() throws -> LintReport {
    let folder = packageRoot.appendingPathComponent("examples/notes").path
    let configuration = try Configuration.load(path: folder + "/.oneonone.yml")
    let notebook = NotebookLoader(options: configuration.parseOptions, finder: NoteFinder(exclude: configuration.exclude, root: configuration.root)).load(paths: [folder])
    let relative = { (path: String) in "examples/notes" + path.dropFirst(folder.count) }
    let findings = Linter(settings: try RuleSettings(configuration)).lint(notebook, asOf: Day(iso: "2026-11-20")!).map { finding in
        var finding = finding
        finding.file = relative(finding.file)
        finding.message = finding.message.replacingOccurrences(of: folder, with: "examples/notes")
        return finding
    }
    return LintReport(findings: findings, files: notebook.files.map { relative($0.path) }, meetings: notebook.meetingCount, toolVersion: "0.1.0")
}

/// Compares with a reviewed golden file; `ONEONONE_UPDATE_GOLDEN=1 swift test` rewrites it.
func golden(_ name: String, _ actual: String) throws -> String {
    let url = packageRoot.appendingPathComponent("Tests/OneOnOneReportsTests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["ONEONONE_UPDATE_GOLDEN"] != nil { try actual.write(to: url, atomically: true, encoding: .utf8) }
    return try String(contentsOf: url, encoding: .utf8)
}

/// Whether python3 with the `jsonschema` package is here (`.ci/run` makes sure of it).
private let canValidateSARIF: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import jsonschema"]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

@Suite("Output formats")
struct FormatTests {
    @Test("every format of `lint examples/notes` matches its reviewed golden file", arguments: [
        (OutputFormat.text, "examples-notes.lint.txt"), (.json, "examples-notes.lint.json"), (.sarif, "examples-notes.lint.sarif"),
        (.github, "examples-notes.lint.github"), (.junit, "examples-notes.lint.junit.xml"),
    ])
    func goldenOutputs(format: OutputFormat, file: String) throws {
        let output = format.render(try exampleReport())
        #expect(output == (try golden(file, output)))
    }

    @Test("`parse examples/notes` matches the reviewed golden JSON")
    func parseJSON() throws {
        let folder = packageRoot.appendingPathComponent("examples/notes").path
        let configuration = try Configuration.load(path: folder + "/.oneonone.yml")
        let book = NotebookLoader(options: configuration.parseOptions, finder: NoteFinder(exclude: configuration.exclude, root: configuration.root))
            .load(paths: [folder])
        let json = book.json.pretty.replacingOccurrences(of: folder, with: "examples/notes")
        #expect(json == (try golden("examples-notes.parse.json", json)))
    }

    @Test("the example notes hold exactly the planted anti-patterns")
    func planted() throws {
        let counts = Dictionary(grouping: try exampleReport().findings, by: \.rule).mapValues(\.count)
        #expect(counts == [
            "action-item-due": 5, "action-item-owner": 1, "duplicate-meeting": 1, "duration": 1, "empty-meeting": 1,
            "invalid-front-matter": 1, "manager-driven-agenda": 2, "missed-cadence": 7, "no-career-talk": 1, "no-check-in": 5,
            "no-follow-through": 6, "no-next-steps": 1, "no-upward-feedback": 1, "overdue-action-item": 9, "private-in-shared": 1,
            "repeated-cancellation": 1, "stale-action-item": 1, "status-only": 2, "undated-meeting": 1,
        ])
    }

    @Test("each SARIF rule's helpUri points at its row of the README's rules table, at this version's tag")
    func sarifHelpUri() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let sarif = OutputFormat.sarif.render(LintReport(findings: [], files: [], meetings: 0, toolVersion: "0"))
        let links = sarif.matches(of: /"helpUri": "([^"]+)"/).map { String($0.1) }
        #expect(links.count == RuleCatalogue.ids.count)
        for (link, id) in zip(links, RuleCatalogue.ids) {
            #expect(link == "https://github.com/oneonone/oneonone/blob/v\(Release.version)/README.md#rule-\(id)")
            #expect(readme.contains("| <a id=\"rule-\(id)\"></a>`\(id)` |"), "the README has no row for \(id)")
        }
    }

    @Test("SARIF output is valid against the official 2.1.0 schema", .enabled(if: canValidateSARIF))
    func sarifSchema() throws {
        let sarif = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: sarif) }
        try OutputFormat.sarif.render(try exampleReport()).write(to: sarif, atomically: true, encoding: .utf8)
        let schema = packageRoot.appendingPathComponent("Tests/OneOnOneReportsTests/Schemas/sarif-schema-2.1.0.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))", sarif.path, schema.path]
        // Errors go to a file: a pipe's reader can be interrupted by a signal, and Foundation then traps.
        let errors = sarif.appendingPathExtension("err")
        defer { try? FileManager.default.removeItem(at: errors) }
        try Data().write(to: errors)
        let handle = try FileHandle(forWritingTo: errors)
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let message = String(decoding: try Data(contentsOf: errors), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test("GitHub commands escape what would break them")
    func githubEscaping() {
        let finding = Finding(rule: "status-only", severity: .warning, file: "a,b:c.md", line: 3, column: 2, message: "100% status\nreally")
        let output = OutputFormat.github.render(LintReport(findings: [finding], files: ["a,b:c.md"], meetings: 1, toolVersion: "0"))
        #expect(output == "::warning file=a%2Cb%3Ac.md,line=3,col=2,title=oneonone status-only::100%25 status%0Areally\n")
    }

    @Test("GitHub shows 10 annotations of each kind a step: the 11th of a kind adds a first notice saying how many and where all are")
    func githubAnnotationLimit() {
        let finding = { (line: Int) in Finding(rule: "action-item-due", severity: .warning, file: "a.md", line: line, message: "no due date") }
        let ten = OutputFormat.github.render(LintReport(findings: (1...10).map(finding), files: ["a.md"], meetings: 1, toolVersion: "0"))
        #expect(ten.split(separator: "\n").count == 10 && ten.hasPrefix("::warning "))
        let eleven = OutputFormat.github.render(LintReport(findings: (1...11).map(finding), files: ["a.md"], meetings: 1, toolVersion: "0"))
        let lines = eleven.split(separator: "\n")
        #expect(lines.count == 12)
        #expect(lines[0] == "::notice title=oneonone%3A more findings than annotations::Found 11 warnings in 1 file (1 meeting). GitHub annotates 10 of each kind a step: this step's log lists every finding, as does `oneonone lint` run locally.")
    }

    @Test("the text summary reads naturally")
    func summary() {
        let format = TextFormat(color: false)
        #expect(format.summary(LintReport(findings: [], files: ["a.md"], meetings: 1, toolVersion: "0")) == "No problems in 1 file (1 meeting).")
        let two = [Finding(rule: "x", severity: .error, file: "a", line: 1, message: ""), Finding(rule: "x", severity: .info, file: "a", line: 1, message: "")]
        #expect(format.summary(LintReport(findings: two, files: ["a", "b"], meetings: 3, toolVersion: "0")) == "1 error and 1 info in 2 files (3 meetings).")
    }
}

@Suite("Private text in outputs")
struct PrivacyTests {
    @Test("no format ever prints a word of a private part", arguments: OutputFormat.allCases)
    func neverPrinted(format: OutputFormat) throws {
        let notes: [(String, String)] = [
            ("frank/2026-03-04.md", "---\nshared: true\nduration: 5\n---\n# 1:1\n\n<!-- private -->\n- [ ] SECRETACTION call HR about SECRETNAME\n<!-- /private -->\n\n## Private notes\n- [ ] SECRETOWNERLESS task\n- SECRETSTATUS PROJ-1 merged\n"),
            ("frank/2026-03-25.md", "# 1:1\n\n- shipped <!-- private -->SECRETINLINE<!-- /private --> it\n\n**Private**\nSECRETBOLD on track\n"),
            ("frank/2026-03-26.md", "# 1:1\n\n<!-- private\n"),
        ]
        let notebook = NotebookLoader(options: ParseOptions(manager: "sam")).load(sources: notes.map { NoteSource(path: $0.0, folderName: "frank", text: $0.1) })
        let findings = Linter().lint(notebook, asOf: Day(iso: "2026-06-01")!)
        #expect(findings.contains { $0.rule == "private-in-shared" })
        let output = format.render(LintReport(findings: findings, files: notebook.files.map(\.path), meetings: notebook.meetingCount, toolVersion: "0"))
        #expect(!output.contains("SECRET"))
        #expect(!notebook.json.pretty.contains("SECRET"))
    }
}

@Suite("Terminal escaping")
struct TerminalEscapingTests {
    /// Text is passed as it is only when no scalar needs escaping; the bytes decide that
    /// without decoding, so the edges of each escaped range are checked on both sides.
    @Test("exactly C0 and C1 controls, DEL and bidirectional overrides are escaped", arguments: [
        ("plain “quoted” text — fine", "plain “quoted” text — fine"),
        ("tab\there", "tab\\there"), ("del\u{7F}", "del\\x7F"), ("c1 \u{80}", "c1 \\x80"), ("c1 \u{9F}", "c1 \\x9F"),
        ("nbsp\u{A0}ok", "nbsp\u{A0}ok"), ("\u{2029}\u{2065}\u{202F}\u{206A}", "\u{2029}\u{2065}\u{202F}\u{206A}"),
        ("rtl \u{202A}", "rtl \\u{202A}"), ("rtl \u{202E}", "rtl \\u{202E}"),
        ("isolate \u{2066}", "isolate \\u{2066}"), ("isolate \u{2069}", "isolate \\u{2069}"),
        ("esc \u{1B}[2K", "esc \\x1B[2K"),
    ])
    func escapes(text: String, shown: String) {
        #expect(Escaping.terminal(text) == shown)
    }
}
