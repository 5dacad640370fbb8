import Foundation
import Testing
@testable import OneOnOneAgenda
import OneOnOneChecks
import OneOnOneCore
import OneOnOneReports

@Suite("agenda --write")
struct WriteTests {
    /// Reads notes from `folder` on disk, as the command does.
    func load(_ folder: URL) -> Notebook {
        NotebookLoader(options: ParseOptions(manager: "sam"), asOf: exampleDay).load(paths: [folder.path])
    }

    func write(_ files: [String: String], in folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Makes and places the agenda for `person` in the notes under `folder`.
    func edit(_ person: String, in folder: URL, date: Day? = nil) throws -> (NoteEdit, Agenda) {
        let notes = load(folder)
        let series = notes.series.first { $0.person == person }
        let style = AgendaMaker.dateStyle(of: series, in: notes)
        let made = try AgendaMaker(options: ParseOptions(manager: "sam"), asOf: exampleDay).agenda(for: person, series: series, date: date, dateStyle: style)
        return (try NoteEdit.placing(made, series: series, notebook: notes, folder: folder.path) { FileManager.default.contents(atPath: $0) }, made)
    }

    /// Applies an insert into a running doc and checks that every byte before and after the new
    /// section is kept; returns the file after it and the section (nil, recorded, for another edit).
    func appliedInsert(_ edit: NoteEdit) throws -> (after: Data, added: Int, section: String)? {
        guard case .insert(let path, let bytes, let offset, let section) = edit else {
            Issue.record("not an insert: \(edit)")
            return nil
        }
        try edit.apply()
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after.prefix(offset) == bytes.prefix(offset))
        #expect(after.suffix(bytes.count - offset) == bytes.suffix(bytes.count - offset))
        return (after, after.count - bytes.count, section)
    }

    @Test("a new file beside the latest note, named like its siblings")
    func newFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["alice/notes-March-9-2026.md": "# 1:1\n- a\n", "alice/notes-March-16-2026.md": "# 1:1\n\n## Action items\n- [ ] Alice to send the plan due 2026-03-20\n"], in: folder)
        let (edit, made) = try edit("alice", in: folder, date: Day(iso: "2026-03-23"))
        #expect(edit.path == folder.appendingPathComponent("alice/notes-March-23-2026.md").path)
        try edit.apply()
        #expect(try String(contentsOfFile: edit.path, encoding: .utf8) == made.note)
        #expect(made.note.contains("\n# 1:1 Alice / Sam: 2026-03-23\n"))

        // Read back: a meeting on its date, its carried item linked to its origin; unfilled, only `empty-meeting`.
        let notes = load(folder)
        let meeting = try #require(notes.series.first?.meetings.last)
        #expect(meeting.date == Day(iso: "2026-03-23"))
        let carried = try #require(meeting.actionItems.first { $0.carriedFrom != nil }?.action?.previous)
        #expect(carried.kind == .carriedOver)
        #expect(notes.series[0].meetings[carried.meeting].date == Day(iso: "2026-03-16"))
        let findings = LintReport(notebook: notes, settings: RuleSettings(), asOf: Day(iso: "2026-03-23")!, toolVersion: "test").findings
        #expect(findings.filter { $0.file == edit.path }.map(\.rule) == ["empty-meeting"])
        #expect(!findings.contains { $0.rule == "no-follow-through" })

        // Filled in, it is an ordinary meeting that follows the item through.
        let filled = made.note.replacingOccurrences(of: "## 👋 Check-in\n", with: "## 👋 Check-in\n- Good week, shipped the plan\n")
            .replacingOccurrences(of: "- [ ] Alice to send the plan", with: "- [x] Alice to send the plan")
        try filled.write(toFile: edit.path, atomically: true, encoding: .utf8)
        let after = LintReport(notebook: load(folder), settings: RuleSettings(), asOf: Day(iso: "2026-03-23")!, toolVersion: "test").findings
        #expect(!after.contains { $0.rule == "empty-meeting" || $0.rule == "overdue-action-item" })

        // Never over a meeting of that date, nor over a file that is there.
        #expect(throws: AgendaError.self) { try self.edit("alice", in: folder, date: Day(iso: "2026-03-23")) }
        let (clash, _) = try self.edit("alice", in: folder, date: Day(iso: "2026-03-30"))
        try "someone else's".write(toFile: clash.path, atomically: true, encoding: .utf8)
        #expect { try clash.apply() } throws: { ($0 as? AgendaError)?.isRefusal == true }
        #expect(try String(contentsOfFile: clash.path, encoding: .utf8) == "someone else's")
    }

    @Test("a first note goes in a folder named for the person, one path component, never out of the notes", arguments: [
        ("alice", "alice"), ("../escape", "escape"), ("a/b", "a-b"), ("..", "person"), ("/etc", "etc"),
    ])
    func firstNoteFolder(person: String, folderName: String) throws {
        let options = ParseOptions(manager: "sam", people: [person: ParseOptions.Person()])
        let made = try AgendaMaker(options: options, asOf: exampleDay).agenda(for: person, series: nil)
        let edit = try NoteEdit.placing(made, series: nil, notebook: Notebook(), folder: "notes") { _ in nil }
        #expect(edit == .create(path: "notes/\(folderName)/2026-11-20.md", contents: made.note))
    }

    @Test("a running doc gets a section at the end its order calls for; every other byte is kept", arguments: [true, false])
    func runningDoc(newestFirst: Bool) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let meetings = ["### Thu Oct 1, 2026\n\n**Updates**\n- shipped\n\n**Next steps**\n- [ ] Bob to send the checklist\n",
                        "### Thu Oct 15, 2026\n\n**Updates**\n- in QA 🚀\n\n**Next steps**\n- [ ] Bob to send the checklist\n"]
        let original = "---\nwith: bob\ncadence: biweekly\n---\n# Bob — 1:1 notes\r\n\nRunning doc.\n\n" + (newestFirst ? meetings.reversed() : meetings).joined(separator: "\n")
        try write(["bob.md": original], in: folder)
        let day = try #require(Day(iso: "2026-10-29"))
        let (edit, _) = try edit("bob", in: folder, date: day)
        guard let (after, added, section) = try appliedInsert(edit) else { return }
        #expect(added == section.utf8.count)
        #expect(section.hasPrefix(newestFirst ? "### Thu Oct 29, 2026\n\n" : "\n### Thu Oct 29, 2026\n\n"))
        #expect(section.contains("\n#### 🔁 Follow-ups from last time\n- [ ] Bob to send the checklist (from 2026-10-01)\n"))
        let text = String(decoding: after, as: UTF8.self)
        let newHeading = try #require(text.range(of: "### Thu Oct 29, 2026"))
        let newest = try #require(text.range(of: "### Thu Oct 15, 2026"))
        #expect(newestFirst ? newHeading.lowerBound < newest.lowerBound : newHeading.lowerBound > newest.lowerBound)

        let notes = load(folder)
        let dates = notes.series.first?.meetings.map(\.date.description).sorted()
        #expect(dates == ["2026-10-01", "2026-10-15", "2026-10-29"])
        let findings = LintReport(notebook: notes, settings: RuleSettings(), asOf: day, toolVersion: "test").findings
        #expect(findings.filter { $0.date == day }.map(\.rule) == ["empty-meeting"])
    }

    @Test("a running doc written with CRLF gets its new section in CRLF too; every other byte is kept")
    func crlfRunningDoc() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = "\u{FEFF}# Bob\r\n\r\n## 2026-03-04\r\n\r\n- [ ] @bob send it due 2026-03-10\r\n\r\n## 2026-03-18\r\n\r\n- shipped"
        try write(["bob.md": original], in: folder)
        let (edit, _) = try edit("bob", in: folder, date: Day(iso: "2026-04-01"))
        guard let (after, _, _) = try appliedInsert(edit) else { return }
        let text = String(decoding: after, as: UTF8.self)
        #expect(text.contains("\r\n## 2026-04-01\r\n"))
        #expect(text.utf8.count(where: { $0 == 10 }) == text.utf8.count(where: { $0 == 13 }), "every line ends in CR LF")
    }

    @Test("a running doc that is a link is written where it leads, the link kept; a doc kept 0600 stays 0600")
    func linkedAndPrivateDoc() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = "# Bob\n\n## 2026-03-04\n\n- [ ] @bob send it due 2026-03-10\n\n## 2026-03-18\n\n- shipped\n"
        try write(["docs/bob-notes.txt": original], in: folder)
        let target = folder.appendingPathComponent("docs/bob-notes.txt").path
        #expect(chmod(target, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("bob.md").path, withDestinationPath: "docs/bob-notes.txt")
        let (edit, _) = try edit("bob", in: folder, date: Day(iso: "2026-04-01"))
        guard let (after, added, _) = try appliedInsert(edit) else { return }
        #expect(added > 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: edit.path) == "docs/bob-notes.txt")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == after)
        let permissions = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test("an interrupted write leaves the original as it was, and no temporary file behind")
    func interrupted() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = "# Bob\n\n## 2026-10-15\n- a\n"
        try write(["bob.md": original], in: folder)
        let (edit, _) = try edit("bob", in: folder)
        struct PowerCut: Error {}
        #expect(throws: AgendaError.self) { try edit.apply { throw PowerCut() } }
        #expect(try String(contentsOf: folder.appendingPathComponent("bob.md"), encoding: .utf8) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bob.md"])
    }

    @Test("a repository's own template and questions in .oneonone/ are used and listed")
    func customTemplate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write([".oneonone/templates/one-on-one.md": "---\ndate: {{date}}\n---\n# Sync with {{Person}}\n\n## {{focus.title}}\n{{#questions}}\n### {{.}}\n{{/questions}}\n",
                   ".oneonone/templates/walk.md": "# Walk {{date}}\n",
                   ".oneonone/questions.yml": "check-in:\n  - What made you laugh this week?\n"], in: folder)
        let library = try TemplateLibrary.with(folder: folder.appendingPathComponent(".oneonone/templates").path, within: Paths.boundary(of: folder.path))
        #expect(library.templates.map(\.name) == ["career", "one-on-one", "skip-level", "walk"])
        #expect(library.template(named: "one-on-one")?.source.hasSuffix(".oneonone/templates/one-on-one.md") == true)
        #expect(library.template(named: "career")?.source == "shipped")
        let extra = try QuestionBank(yaml: String(contentsOf: folder.appendingPathComponent(".oneonone/questions.yml"), encoding: .utf8), file: "questions.yml")
        let bank = QuestionBank.shipped.adding(extra)
        #expect(bank.questions["check-in"]?.manager.last == "What made you laugh this week?")
        let made = try AgendaMaker(options: ParseOptions(manager: "sam"), bank: bank, library: library, asOf: exampleDay)
            .agenda(for: "alice", series: nil)
        #expect(made.note == "---\ndate: 2026-11-20\n---\n# Sync with Alice\n\n## 🤝 Getting started\n### What do you want from our 1:1s, and how often should we meet?\n### How do you like to get feedback, and to give it?\n### What did your best manager do that you would like me to do?\n")
        #expect(throws: AgendaError.self) { try QuestionBank(yaml: "chekc-in:\n  - a\n", file: "q.yml") }
        #expect(throws: AgendaError("q.yml:2: unknown focus `blocker`; did you mean `blockers`?; the focus areas are check-in, development, strategy, blockers, feedback, first-meeting")) {
            try QuestionBank(yaml: "check-in: []\nblocker:\n  - a\n", file: "q.yml")
        }
        #expect { try TemplateLibrary.Template(name: "bad", source: "bad.md", text: "# {{#x}}\n").render([:]) } throws: { "\($0)".hasPrefix("bad.md:") && "\($0)".contains("not valid Mustache") }
    }

    @Test("a template nested past 100 sections is an error naming it, not a stack overflow; however its delimiters are set", arguments: [
        ("{{#a}}", "{{/a}}", ""), ("{{^ a }}", "{{/a}}", ""), ("<%#a%>", "<%/a%>", "{{=<% %>=}}"), ("{{$a}}", "{{/a}}", ""),
    ])
    func deepTemplate(open: String, close: String, prefix: String) throws {
        let deep = { (n: Int) in prefix + String(repeating: open, count: n) + "x" + String(repeating: close, count: n) }
        #expect(TemplateLibrary.Template.sectionDepth(deep(7)) == 7)
        _ = try TemplateLibrary.Template(name: "deep", source: "deep.md", text: deep(100)).render(["a": true])
        #expect(throws: AgendaError("deep.md: the template nests sections more than 100 deep")) {
            try TemplateLibrary.Template(name: "deep", source: "deep.md", text: deep(100_000)).render(["a": true])
        }
    }

    @Test("the shipped question bank has at least eight questions for the manager per focus, and some for the report")
    func shippedBank() {
        for focus in Focus.allCases {
            #expect((QuestionBank.shipped.questions[focus.rawValue]?.manager.count ?? 0) >= 8, "\(focus)")
            #expect((QuestionBank.shipped.questions[focus.rawValue]?.report.count ?? 0) >= 5, "\(focus)")
        }
    }
}
