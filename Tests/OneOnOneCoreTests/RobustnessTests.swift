import Foundation
import Testing
@testable import OneOnOneCore

@Suite("Hostile and odd input")
struct RobustnessTests {
    /// Writes `files` into a fresh folder and loads it.
    private func load(_ files: [String: Data]) throws -> Notebook {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        var notebook = NotebookLoader().load(paths: [folder.path])
        for index in notebook.problems.indices {
            notebook.problems[index].file = String(notebook.problems[index].file.dropFirst(folder.path.count + 1))
        }
        return notebook
    }

    @Test("binary, Latin-1 and UTF-16 files are unreadable-file problems; the other files are still read")
    func unreadable() throws {
        let book = try load([
            "alice/2026-03-04.md": Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]),
            "alice/2026-03-11.md": Data("# 1:1\n- caf\u{E9}\n".data(using: .isoLatin1)!),
            "alice/2026-03-18.md": Data("# 1:1\n".data(using: .utf16)!),
            "alice/2026-03-25.md": Data("# 1:1\n- fine\n".utf8),
        ])
        #expect(book.problems.map(\.file) == ["alice/2026-03-04.md", "alice/2026-03-11.md", "alice/2026-03-18.md"])
        #expect(book.problems.allSatisfy { $0.kind == .unreadableFile && $0.line == 1 })
        #expect(book.problems[0].message.contains("binary"))
        #expect(book.problems[1].message.contains("UTF-8"))
        #expect(book.series.first?.meetings.map(\.date.description) == ["2026-03-25"])
    }

    @Test("a note that cannot be opened — here a broken link — is reported with why, and the rest is read")
    func brokenLink() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("alice"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("alice/2026-03-04.md").path, withDestinationPath: "/nonexistent/note.md")
        try Data("# 1:1\n- fine\n".utf8).write(to: folder.appendingPathComponent("alice/2026-03-11.md"))
        let book = NotebookLoader().load(paths: [folder.path])
        #expect(book.problems.map(\.kind) == [.unreadableFile])
        #expect(book.problems.first?.message == "cannot read the file: it does not exist (a broken link?)")
        #expect(book.series.first?.meetings.map(\.date.description) == ["2026-03-11"])
    }

    @Test("a file without read permission is reported (as a user other than root)")
    func noPermission() throws {
        guard getuid() != 0 else { return } // root reads everything; nothing to check
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("2026-03-04.md")
        try Data("# 1:1\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let book = NotebookLoader().load(paths: [folder.path])
        #expect(book.problems.map(\.message) == ["cannot read the file: permission denied"])
    }

    @Test("an empty file named for a date is one empty meeting; an empty undated file is nothing")
    func empty() throws {
        let book = try load(["alice/2026-03-04.md": Data(), "alice/ideas.md": Data()])
        #expect(book.problems.isEmpty)
        #expect(book.series.first?.meetings.map { $0.items.count } == [0])
        #expect(book.series.first?.meetings.first?.isEmpty == true)
    }

    @Test("a 20 MB note is read whole")
    func large() throws {
        let filler = String(repeating: "shipped on time and merged after review ", count: 25)
        let items = (0..<20_000).map { "- [ ] Bob to write the release notes for PROJ-\($0) due 2026-03-10, \(filler)" }
        let text = "# 1:1\n\n## Action items\n" + items.joined(separator: "\n") + "\n"
        #expect(text.utf8.count > 20_000_000)
        let found = try #require(parse(text, at: "notes/2026-03-04.md").meetings.first)
        #expect(found.items.count == 20_000)
        #expect(found.items.last?.line == 20_003)
        #expect(found.items.last?.action?.due?.description == "2026-03-10")
    }

    @Test("a running doc of 15 years of weekly meetings")
    func longRunningDoc() {
        var text = "# Bob\n\n"
        var day = Day(year: 2010, month: 1, day: 6)!
        for _ in 0..<780 {
            text += "## \(day)\n\n- Release shipped\n- [ ] Bob to write the notes due \(day.adding(days: 3))\n\n"
            day = day.adding(days: 7)
        }
        let note = parse(text, at: "notes/bob.md")
        #expect(note.problems.isEmpty)
        #expect(note.meetings.count == 780)
        #expect(note.meetings.allSatisfy { $0.items.count == 2 })
    }

    @Test("a key that is an alias of nested aliases is refused before Yams hashes it, deep nesting is refused in words a user reads; a small alias key is read")
    func aliasKeys() throws {
        // Seven levels of nine: 4.8 million values behind one key, which took seconds to hash.
        let levels = (0..<7).map { level in
            "l\(level): &l\(level) [" + Array(repeating: level == 0 ? "x" : "*l\(level - 1)", count: 9).joined(separator: ",") + "]"
        }
        let bomb = (levels + ["? *l6", ": 1"]).joined(separator: "\n")
        #expect(throws: YAMLValue.ParseError(message: "its keys expand to more than 10000 values (aliases repeating aliases?)",
                                             position: .init(line: 9, column: 3))) {
            try YAMLValue.parse(bomb, lineOffset: 1)
        }
        #expect(throws: YAMLValue.ParseError(message: "it nests lists and mappings more than 1000 levels deep", position: .init(line: 2, column: 5))) {
            try YAMLValue.parse("x: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000), lineOffset: 1)
        }
        // Without aliases a document is read however many values it holds (a configuration listing thousands of people).
        let people = try #require(try YAMLValue.parse("people:\n" + (0..<6_000).map { "  p\($0): [a\($0), b\($0)]\n" }.joined()))
        guard case .mapping(let top, _) = people, case .mapping(let listed, _)? = top.first?.value else { Issue.record("not a mapping"); return }
        #expect(listed.count == 6_000)
        let small = try #require(try YAMLValue.parse("name: &n Alice\n*n : 1\n"))
        guard case .mapping(let entries, _) = small else { Issue.record("not a mapping: \(small)"); return }
        #expect(entries.map(\.key) == ["name", "Alice"])
    }

    @Test("deeply nested lists, quotes and brackets neither crash nor lose the items")
    func deep() throws {
        // Lists nest by indentation, so their text grows with the square of the depth: 1,000 levels is 1 MB.
        let lists = (0..<1_000).map { String(repeating: "  ", count: $0) + "- [ ] level \($0)" }.joined(separator: "\n")
        let quotes = String(repeating: ">", count: 50_000) + " TODO: quoted\n"
        let brackets = String(repeating: "[", count: 50_000) + String(repeating: "*a", count: 50_000)
        let found = try #require(parse("# 1:1\n\n\(lists)\n\n\(quotes)\n\(brackets)\n").meetings.first)
        #expect(found.items.filter(\.isActionItem).count >= 1_000)
        #expect(found.items.contains { $0.text == "quoted" })
    }

    @Test("control characters, NUL-free garbage and lone markers parse without a crash", arguments: [
        "---\n", "---\n---\n", "---\n: : :\n---\n", "- [ ]", "|a|\n|-|\n", "<!-- private", "<!-- /private -->", "**", "\u{1}\u{2}\u{7F}", "#\n##\n###",
        "## 2026-02-30\n- not a date\n", "---\ndate: [1, 2]\n---\n",
    ])
    func garbage(text: String) {
        let note = parse(text, at: "notes/odd.md")
        #expect(note.meetings.count <= 1)
    }
}

@Suite("Concurrency")
struct ConcurrencyTests {
    @Test("files parsed at once on both cores never lose ~~strikethrough~~ or autolinks")
    func concurrentInlines() async {
        let sources = (0..<400).map { index in
            NoteSource(path: "alice/2026-03-04-\(index).md", folderName: "alice", text: "# 1:1\n\n" + String(repeating: "- ~~finished item number \(index), see https://example.com~~\n", count: 20))
        }
        await withTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let notebook = NotebookLoader().load(sources: sources)
                    return notebook.series.flatMap(\.meetings).flatMap(\.items).filter { $0.action?.isDone != true || $0.text.contains("~") }.count
                }
            }
            for await lost in group { #expect(lost == 0) }
        }
    }
}

@Suite("Random notes")
struct FuzzTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let fragments = [
        "# 1:1 Alice / Sam\n", "## 2026-03-04\n", "## Mar 11, 2026 — cancelled\n", "### Check-in\n", "## 🏆 Wins\n",
        "**Action items**\n", "Next steps:\n", "- [ ] @alice send the doc due 2026-03-10\n", "- [x] ~~done thing~~\n",
        "- plain item PROJ-12 merged\n", "  - nested item\n", "1. numbered\n", "> quoted TODO: thing\n", "AI: Sam to book\n",
        "| Action | Owner | Due |\n|---|---|---|\n| Write it | Carol | Sep 24 |\n", "```\n- [ ] code\n", "```\n",
        "<!-- private -->\nSECRET words here\n<!-- /private -->\n", "## Private notes\n- SECRET too\n",
        "- fine <!-- private -->SECRET inline<!-- /private --> visible\n", "<!-- private -->\n", "<!-- /private -->\n",
        "<!-- oneonone-disable-next-line -->\n", "---\n", "date: 2026-03-04\n", "Date: 03/04/2026\n", "\n", "\n\n",
        "émoji 🎉 中文 текст\n", "**Wins:** shipped\n", "#career talk #status\n", "[link](http://x) <b>html</b>\n",
        "- [ ]\n", "|||\n", "~~~\n", "***\n", "\u{0}", "\r\n", "Duration: 90m\n", "- [ ] ~~~~\n", "<!--\n",
    ]

    @Test("600 random notes: no crash, items inside their meeting, findings on real lines, private words nowhere")
    func random() {
        var generator = Generator(state: 20261121)
        var sources: [NoteSource] = []
        for index in 0..<600 {
            var text = ""
            for _ in 0..<generator.next(40) { text += FuzzTests.fragments[generator.next(FuzzTests.fragments.count)] }
            if generator.next(4) == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            let folder = ["alice", "bob", "notes"][generator.next(3)]
            let name = ["2026-03-\(10 + index % 18).md", "doc-\(index).md", "\(index % 12 + 1)-\(index % 27 + 1)-x.md"][generator.next(3)]
            sources.append(NoteSource(path: "\(folder)/\(index)/\(name)", folderName: folder, text: text.replacingOccurrences(of: "\u{0}", with: "")))
        }
        let notebook = NotebookLoader(options: ParseOptions(manager: "sam")).load(sources: sources) { _ in YearHint(year: 2026) }
        for meeting in notebook.series.flatMap(\.meetings) {
            for item in meeting.items {
                #expect(meeting.lines.contains(item.line), "\(meeting.file): item at \(item.line) outside \(meeting.lines)")
            }
        }
        // Lines as CommonMark counts them: \n, \r\n and a lone \r each end one.
        let lineCounts = Dictionary(uniqueKeysWithValues: sources.map { source in
            (source.path, source.text.withUnixLineEndings.utf8.filter { $0 == 10 }.count + 1)
        })
        for problem in notebook.problems {
            #expect(problem.line >= 1 && problem.line <= max(1, lineCounts[problem.file] ?? 1), "\(problem.file):\(problem.line) of \(lineCounts[problem.file] ?? 0) \(problem.kind) \(problem.message)")
        }
        #expect(notebook.meetingCount > 100)
        #expect(!strings(in: notebook).contains { $0.contains("SECRET") }, "private text never reaches the model")
    }
}
