import Foundation
import Testing
@testable import OneOnOneChecks
@testable import OneOnOneCore
@testable import OneOnOneReports

/// `lint` reads a repository a part at a time; what it finds must be what the whole notebook shows.
@Suite struct PartsTests {
    /// Notes that test every way a note is filed: by name and folder, by `with:` from another
    /// folder, a running doc, a numeric date only the run's other dates settle, an undated note,
    /// an unreadable one, a suppression, and a name that thread matching must look past even
    /// when its series is in another part (`Carol offsite venue done` is not Alice's offsite).
    static let notes: [String: String] = [
        "alice/2026-03-04.md": "# 1:1\n\n- How are you doing?\n- [ ] Alice to book the Carol offsite by 2026-03-20\n",
        "alice/2026-03-11.md": "<!-- oneonone-disable-file status-only -->\n# 1:1\n\n- Project status update\n- Carol offsite venue done\n- [ ] Book the room\n",
        "misc/2026-03-18.md": "---\nwith: alice\n---\n# 1:1\n\n- Alice to send the budget by 2026-03-25\n",
        "bob.md": "# Bob\n\n## 2026-03-02\n\n- Status\n- Bob to plan the offsite by 2026-03-09\n\n## 2026-03-09\n\n- Status only\n",
        "carol/3-24-2026.md": "# 1:1\n\n- Career goals\n- Carol to draft her promo case\n",
        "carol/4-3-2026.md": "# 1:1\n\n- Status\n",
        "dave/notes.md": "Some thoughts, no date.\n",
        "erin/2026-03-04.md": "# 1:1\n\u{0}\n",
    ]

    @Test func aPartIsWholeSeriesWithTheirFiles() throws {
        let root = try folder(PartsTests.notes)
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.path.count + 1
        let (parts, files) = try NotebookLoader().mapParts(.paths([root.path]), notesPerPart: 1) { notebook, reported in
            #expect(reported == nil)
            return notebook.files.map { String($0.path.dropFirst(prefix)) }
        }
        #expect(parts == [
            ["alice/2026-03-04.md", "alice/2026-03-11.md", "misc/2026-03-18.md"],
            ["bob.md"],
            ["carol/3-24-2026.md", "carol/4-3-2026.md"],
            ["dave/notes.md"],
            ["erin/2026-03-04.md"],
        ])
        #expect(files.map { String($0.dropFirst(root.path.count + 1)) } == PartsTests.notes.keys.sorted())
    }

    @Test(arguments: [1, 2, 3, 1000]) func partsFindWhatTheWholeNotebookFinds(notesPerPart: Int) throws {
        let root = try folder(PartsTests.notes)
        defer { try? FileManager.default.removeItem(at: root) }
        let asOf = Day(iso: "2026-05-01")!
        let loader = NotebookLoader(asOf: asOf)
        let whole = LintReport(notebook: loader.load(paths: [root.path]), settings: RuleSettings(), asOf: asOf, toolVersion: "test")
        let inParts = try LintReport(.paths([root.path]), loader: loader, settings: RuleSettings(), asOf: asOf, toolVersion: "test", notesPerPart: notesPerPart)
        #expect(inParts.findings == whole.findings)
        #expect(inParts.files == whole.files)
        #expect(inParts.meetings == whole.meetings)
        // The fixture exercises what it claims to.
        #expect(whole.meetings == 7)
        let rules = Set(whole.findings.map(\.rule))
        #expect(rules == ["action-item-due", "action-item-owner", "missed-cadence", "no-check-in", "no-follow-through", "no-next-steps", "overdue-action-item",
                          "status-only", "undated-meeting", "unreadable-file", "unused-suppression"])
        // `4-3-2026` is April 3: the run's `3-24-2026` settles the order, across parts.
        #expect(whole.findings.contains { $0.rule == "missed-cadence" && $0.file.hasSuffix("carol/4-3-2026.md") })
        // Carol is a name wherever her series is read, so her offsite is not Alice's.
        #expect(whole.findings.contains { $0.rule == "no-follow-through" && $0.subject.hasPrefix("Alice to book the Carol offsite") })
        // `with: alice` puts a note in another folder in Alice's series, and her open item follows it there.
        #expect(whole.findings.contains { $0.rule == "no-follow-through" && $0.file.hasSuffix("misc/2026-03-18.md") })
    }

    @Test func filingReadsOnlyFrontMatterAndName() {
        let parser = NoteParser()
        func filed(_ path: String, _ text: String = "# 1:1\n") -> String? {
            let source = NoteSource(path: path, folderName: "alice", text: text)
            return parser.filing(of: source, head: parser.head(of: source))?.person
        }
        #expect(filed("alice/2026-03-04.md") == "alice")
        #expect(filed("alice/2026-03-04-quarterly.md") == "alice")
        #expect(filed("alice/notes.md", "---\ndate: 2026-03-04\nwith: Bob\n---\n# 1:1\n") == "bob")
        // Only parsing can tell these: a running doc, a date in a heading, a date without a
        // year, a date that could be month/day or day/month.
        #expect(filed("alice/alice.md", "## 2026-03-04\n- a\n") == nil)
        #expect(filed("alice/notes.md", "# 1:1 on 2026-03-04\n") == nil)
        #expect(filed("alice/3-24.md") == nil)
        #expect(filed("alice/4-3-2026.md") == nil)
        #expect(filed("alice/2026-03-04.md", "---\ndate: 04/03/2026\n---\n") == nil)
    }

    private func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-parts-\(UUID().uuidString)")
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }
}
