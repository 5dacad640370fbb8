import Foundation
import Testing

/// A word written only inside private parts of the hostile notes: it must appear in no output.
private let canary = "CANARY7Q"

/// "Billion laughs": nine levels of nine aliases each, 9^9 values from nine lines of YAML.
private func aliasBomb(leaf: String) -> String {
    (0..<9).map { level -> String in
        let name = String(UnicodeScalar(UInt8(97 + level)))
        let items = level == 0 ? Array(repeating: "\"\(leaf)\"", count: 9) : Array(repeating: "*" + String(UnicodeScalar(UInt8(96 + level))), count: 9)
        return "\(name): &\(name) [\(items.joined(separator: ","))]"
    }.joined(separator: "\n")
}

/// The hostile battery of issue #12, each note a reproducer that once crashed the tool, leaked
/// private text, read outside the notes or drove the terminal. Generated here, not committed.
private func hostileNotes() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-hostile-\(UUID().uuidString)")
    let notes = root.appendingPathComponent("notes")
    func write(_ name: String, _ text: String) throws { try write(name, Data(text.utf8)) }
    func write(_ name: String, _ data: Data) throws {
        let url = notes.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
    let bomb = aliasBomb(leaf: canary)

    // Crashes: numbers that overflowed, an alias bomb.
    try write("a/2026-03-04.md", "---\ncadence: 4611686018427387904\n---\n# 1:1\n- a\n")
    try write("a/2026-03-11.md", "---\ncadence: 1317624576693539402w\n---\n# 1:1\n- a\n")
    try write("a/2026-03-18.md", "---\nduration: 9999999999999999999h\n---\n# 1:1\n- a\n")
    try write("b/2026-03-04.md", "---\ndate: 2026-03-04\n\(bomb)\n---\n# 1:1\n- a\n")
    // Private text: a private first heading, headings nested in a private section, comment variants.
    try write("c/2026-03-04.md", "# Private notes\n- [ ] \(canary) call the lawyer due 2026-01-01\n")
    try write("c/2026-03-11.md", "# Private: \(canary)\n- \(canary)\n")
    try write("c/2026-03-18.md", "# 1:1\n## Private\n> ## quoted\n- \(canary) one\n- ## listed\n- \(canary) two\n## Wins\n- shipped it\n")
    try write("c/2026-03-25.md", "# 1:1\n<!-- private -->\n<!-- private -->\n- a\n<!-- /private -->\n- \(canary)\n<!-- /private -->\n- fine\n")
    try write("c/2026-04-01.md", "# 1:1\n<!--- private --->\n- \(canary)\n<!--- /private --->\n<!-- private: manager only -->\n- \(canary)\n<!-- end private -->\n<!-- Private notes -->\n- \(canary)\n<!-- end-private -->\n- fine\n")
    try write("d.md", "# D\n## 2026-03-04\n- a\n# Private\n## 2026-03-11\n- \(canary)\n")
    // Suppression comments in private parts act, but their words are never quoted.
    try write("c/2026-04-08.md", "# 1:1\n## Private\n<!-- oneonone-disable \(canary) -->\n<!-- oneonone-\(canary) -->\n- a\n"
                  + "## Wins\n<!-- private -->\n<!-- oneonone-disable-next-line \(canary) -->\n<!-- /private -->\n- shipped it\n")
    // YAML errors must not quote the front matter, even under a `# Private` comment.
    try write("e/2026-03-04.md", "---\ndate: 2026-03-04\n# Private\nfoo: \(canary)\nfoo: \(canary)\n---\n# 1:1\n- a\n")
    try write("e/2026-03-11.md", "---\n# Private\nx: \(canary) y: z\n  - [\n---\n# 1:1\n- a\n")
    try write("e/2026-03-18.md", "---\nduration: \(canary)\nwith: [\(canary)]\n---\n# 1:1\n- a\n")
    // Reading outside the notes: a link out, a link loop.
    try FileManager.default.createDirectory(at: notes.appendingPathComponent("f"), withIntermediateDirectories: true)
    try Data("\(canary) outside\n".utf8).write(to: root.appendingPathComponent("outside.md"))
    try FileManager.default.createSymbolicLink(atPath: notes.appendingPathComponent("f/2026-03-05.md").path, withDestinationPath: root.appendingPathComponent("outside.md").path)
    try FileManager.default.createSymbolicLink(atPath: notes.appendingPathComponent("f/2026-03-12.md").path, withDestinationPath: "2026-03-12.md")
    // Terminal injection in a note and in file names.
    try write("g/2026-03-04\nfake.md", "# 1:1\n- [ ] call \u{1B}]0;retitled\u{07} \u{1B}[2K bob\n")
    try write("g/2026-03-11\u{1B}[31m.md", "# 1:1\n- fine\n")
    // Cost: deep nesting, in one line.
    try write("h/2026-03-04.md", "# 1:1\n" + String(repeating: "- ", count: 100_000) + "x\n")
    // Smaller ones: unclosed front matter, UTF-16, years.
    try write("i/2026-03-04.md", "---\ndate: 2026-03-04\n# 1:1\n- a\n")
    try write("i/2026-03-11.md", Data("# 1:1\n- a\n".data(using: .utf16)!))
    try write("j/9999-12-31.md", "# 1:1\n- [ ] @j file it due 9999-12-31\n")
    try write("j/0999-12-31.md", "# 1:1\n- a\n")
    // Notes from git checkouts in CI: the tests need a git root here, and none around.
    try FileManager.default.createDirectory(at: notes.appendingPathComponent(".git"), withIntermediateDirectories: true)
    return root
}

@Suite("Hostile notes")
struct HostileInputTests {
    @Test("no crash, no private word and one finding a line in every format, and nothing read outside the notes")
    func battery() throws {
        let root = try hostileNotes()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes")
        var outputs: [String: Run] = [:]
        for format in ["text", "json", "sarif", "github", "junit"] {
            outputs[format] = try oneonone(["lint", "--as-of", "2026-11-21", "--format", format, "."], in: notes)
        }
        outputs["parse"] = try oneonone(["parse", "."], in: notes)
        for format in ["md", "json", "html"] {
            outputs["report " + format] = try oneonone(["report", "--as-of", "2026-11-21", "--format", format, "."], in: notes)
        }
        // c holds every kind of private part; g a terminal injection.
        for person in ["c", "g"] { outputs["agenda " + person] = try oneonone(["agenda", person, "--as-of", "2026-11-21"], in: notes) }
        for (name, run) in outputs {
            let lints = ["text", "json", "sarif", "github", "junit"].contains(name)
            #expect(run.status == (lints ? 1 : 0), "\(name): \(run.stderr)")
            #expect(!run.stdout.contains(canary) && !run.stderr.contains(canary), "\(name) printed private text")
            #expect(!run.stdout.unicodeScalars.contains("\u{1B}"), "\(name) printed an escape character")
        }

        let text = try #require(outputs["text"]).stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let finding = /^[^\n]+:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$/
        #expect(text.dropLast().allSatisfy { $0.wholeMatch(of: finding) != nil }, "one finding a line")
        let github = try #require(outputs["github"]).stdout.split(separator: "\n")
        #expect(github.allSatisfy { $0.hasPrefix("::") }, "one command a line")

        let lines = Set(text.map(String.init))
        // 1–3: numbers out of range are errors at their line, not traps.
        #expect(lines.contains("a/2026-03-04.md:2:10: error: front matter `cadence` should be weekly, biweekly, monthly or a number of days up to 3660 [invalid-front-matter]"))
        #expect(lines.contains("a/2026-03-11.md:2:10: error: front matter `cadence` should be weekly, biweekly, monthly or a number of days up to 3660 [invalid-front-matter]"))
        #expect(lines.contains("a/2026-03-18.md:2:11: error: front matter `duration` should be minutes up to a day, such as 30, 45m, 1h or 1h30m [invalid-front-matter]"))
        // 4: an alias bomb is refused.
        #expect(lines.contains("b/2026-03-04.md:3:19: error: front matter is not valid YAML: it expands to more than 10000 values (aliases repeating aliases?) [invalid-front-matter]"))
        // 8: YAML errors name keys and lines.
        #expect(lines.contains("e/2026-03-04.md:4:1: error: front matter is not valid YAML: a key is written twice: `foo` [invalid-front-matter]"))
        #expect(lines.contains("e/2026-03-18.md:2:11: error: front matter `duration` should be minutes up to a day, such as 30, 45m, 1h or 1h30m [invalid-front-matter]"))
        #expect(lines.contains("e/2026-03-18.md:3:7: error: front matter `with` is a list or mapping; it should be a name [invalid-front-matter]"))
        // 9 and 12: a link out of the notes and a link loop are named, not read.
        #expect(lines.contains("f/2026-03-05.md:1:1: error: the file is a link to a file outside the notes; it was not read [unreadable-file]"))
        #expect(lines.contains("f/2026-03-12.md:1:1: error: cannot read the file: it is a link that leads back to itself (a link loop) [unreadable-file]"))
        // 10: control characters in file names and notes are escaped.
        #expect(lines.contains("g/2026-03-04\\nfake.md:2:1: warning: action item “call \\x1B]0;retitled\\x07 \\x1B[2K bob” has no owner: add @name or “Name to …” so someone is accountable [action-item-owner]"))
        // 12: unclosed front matter, UTF-16, years 1000–9999.
        #expect(lines.contains("i/2026-03-04.md:1:1: error: the front matter opened on line 1 is never closed: end it with a `---` line [invalid-front-matter]"))
        #expect(lines.contains("i/2026-03-11.md:1:1: error: the file is UTF-16 text; save it as UTF-8 [unreadable-file]"))
        #expect(!lines.contains { $0.hasPrefix("j/9999-12-31.md:2:1:") && $0.hasSuffix("[action-item-due]") })
        #expect(lines.contains { $0.hasPrefix("j/0999-12-31.md:1:1: error: no meeting date found") })

        let parsed = try JSONSerialization.jsonObject(with: Data(try #require(outputs["parse"]).stdout.utf8)) as? [String: Any]
        let series = try #require(parsed?["series"] as? [[String: Any]])
        let dates = series.flatMap { ($0["meetings"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String } }
        #expect(dates.contains("9999-12-31"))
        #expect(!dates.contains("2026-12-31"))
        // 11: 100,000 levels of nesting are read (in linear time: the benchmark measures it); only the innermost item has words.
        let deep = series.first { $0["person"] as? String == "h" }?["meetings"] as? [[String: Any]]
        #expect((deep?.first?["items"] as? [[String: Any]])?.map { $0["text"] as? String } == ["x"])
        // Suppression comments in private parts are reported without their words.
        #expect(lines.contains("c/2026-04-08.md:3:1: info: `oneonone-disable` in a private part names an unknown rule [unused-suppression]"))
        #expect(lines.contains("c/2026-04-08.md:4:1: info: a comment in a private part is not a suppression comment [unused-suppression]"))
        #expect(lines.contains("c/2026-04-08.md:8:1: info: `oneonone-disable-next-line` in a private part names an unknown rule [unused-suppression]"))
        // 5–7: private sections keep their first word only.
        let titles = series.flatMap { ($0["meetings"] as? [[String: Any]] ?? []).flatMap { ($0["sections"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String } } }
        #expect(titles.contains("Private"))
        #expect(titles.contains("Wins"))
    }

    @Test("an alias bomb in the configuration is a configuration error, exit 2")
    func configurationBomb() throws {
        let root = try temporaryFolder([".oneonone.yml": aliasBomb(leaf: "x")])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try oneonone(["lint", "."], in: root)
        #expect(run.status == 2)
        #expect(run.stderr == "error: .oneonone.yml:1:16: not valid YAML: it expands to more than 10000 values (aliases repeating aliases?)\n")
    }

    @Test("a configuration, template or question bank that links out of the repository is named, not read, exit 2")
    func repositoryFilesLinkingOut() throws {
        let root = try temporaryFolder(["notes/alice/2026-11-02.md": "# 1:1\n\n- [ ] @alice book a venue by 2026-11-30\n",
                                        "notes/walk-template.txt": "# Walk with {{Person}}\n",
                                        "outside/secret.yml": "\(canary): 1\n", "outside/secret.md": "\(canary) {{Person}}\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: notes.appendingPathComponent(".oneonone/templates"), withIntermediateDirectories: true)
        func link(_ name: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: notes.appendingPathComponent(name).path, withDestinationPath: target)
        }
        let outside = root.appendingPathComponent("outside").path

        let agenda = ["agenda", "alice", "--as-of", "2026-11-21"]
        for (name, target, arguments, error) in [
            (".oneonone.yml", "/secret.yml", ["lint", "--as-of", "2026-11-21", "."],
             ".oneonone.yml:1:1: the configuration file is a link to a file outside the notes repository; it was not read"),
            (".oneonone/templates/one-on-one.md", "/secret.md", agenda,
             ".oneonone/templates/one-on-one.md is a link to a file outside the notes repository; it was not read"),
            (".oneonone/questions.yml", "/secret.yml", agenda,
             ".oneonone/questions.yml is a link to a file outside the notes repository; it was not read"),
        ] {
            try link(name, to: outside + target)
            let run = try oneonone(arguments, in: notes)
            #expect(run.status == 2, "\(name)")
            #expect(run.stderr == "error: \(error)\n")
            #expect(!(run.stdout + run.stderr).contains(canary), "\(name)")
            try FileManager.default.removeItem(at: notes.appendingPathComponent(name))
        }

        // A link that stays inside the repository is read.
        try link(".oneonone/templates/walk.md", to: "../../walk-template.txt")
        let walk = try oneonone(agenda + ["--template", "walk"], in: notes)
        #expect(walk.status == 0)
        #expect(walk.stdout.hasPrefix("# Walk with Alice\n"))
    }

    @Test("a note or folder whose name is not UTF-8 is an unreadable-file error naming it, never skipped in silence")
    func namesNotUTF8() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        /// `bytes` under the folder, as a C path: a Swift string cannot spell a name that is not UTF-8.
        func raw(_ bytes: [UInt8]) -> [CChar] { (Array(root.path.utf8) + [UInt8(ascii: "/")] + bytes + [0]).map { CChar(bitPattern: $0) } }
        let folder = Array("al".utf8) + [0xFF] + Array("ice".utf8)
        #expect(mkdir(raw(folder), 0o755) == 0)
        for name in [folder + Array("/2026-11-02.md".utf8), Array("2026-11-0".utf8) + [0xFE] + Array("-bob.md".utf8)] {
            let descriptor = open(raw(name), O_CREAT | O_WRONLY, 0o644)
            #expect(descriptor >= 0)
            _ = "# 1:1\n\n- [ ] book a venue\n".withCString { write(descriptor, $0, strlen($0)) }
            close(descriptor)
        }
        let run = try oneonone(["lint", "--as-of", "2026-11-21", "."], in: root)
        #expect(run.status == 1)
        #expect(run.stdout == """
            2026-11-0\u{FFFD}-bob.md:1:1: error: the file's name is not UTF-8 text, so it was not read: rename it [unreadable-file]
            al\u{FFFD}ice:1:1: error: the folder's name is not UTF-8 text, so its notes were not read: rename it [unreadable-file]
            2 errors in 2 files (0 meetings).

            """)
    }

    @Test("file names from the repository are shown escaped by agenda --list-templates and agenda --write")
    func agendaEscapesNames() throws {
        let folder = "g\u{1B}[31m"
        let root = try temporaryFolder([".oneonone/templates/evil\u{1B}]0;x\u{07}.md": "# {{Person}}\n",
                                        "\(folder)/2026-11-02.md": "---\nwith: bob\n---\n# 1:1\n\n- Good\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let list = try oneonone(["agenda", "--list-templates"], in: root)
        #expect(list.stdout.contains("evil\\x1B]0;x\\x07\t.oneonone/templates/evil\\x1B]0;x\\x07.md\n"))
        let written = try oneonone(["agenda", "bob", "--as-of", "2026-11-03", "--write"], in: root)
        #expect(written.status == 0)
        #expect(written.stdout == "g\\x1B[31m/2026-11-09.md\n")
        #expect(!(list.stdout + written.stdout).contains("\u{1B}"))
    }

    @Test("--write-baseline onto a folder says so, exit 2")
    func baselineOntoFolder() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("out"), withIntermediateDirectories: true)
        let run = try oneonone(["lint", "--write-baseline", "out", "."], in: root)
        #expect(run.status == 2)
        #expect(run.stderr == "error: cannot write the baseline to out: it is a folder; name a file such as out/baseline.json\n")
    }

    @Test("--write-baseline onto one of the notes is refused, exit 2, and the note is left as it was")
    func baselineOntoANote() throws {
        let note = "# 1:1\n\n- [ ] book a venue\n"
        let root = try temporaryFolder(["alice/2026-03-04.md": note])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try oneonone(["lint", "--as-of", "2026-03-05", "--write-baseline", "alice/2026-03-04.md", "."], in: root)
        #expect(run.status == 2)
        #expect(run.stderr == "error: cannot write the baseline to alice/2026-03-04.md: it is one of the notes; name a file such as .oneonone-baseline.json\n")
        #expect(try String(contentsOf: root.appendingPathComponent("alice/2026-03-04.md"), encoding: .utf8) == note)
    }
}
