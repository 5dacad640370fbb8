import Foundation
import Testing
@testable import OneOnOneAgenda
import OneOnOneChecks
import OneOnOneCore
import OneOnOneReports

@Suite("The next meeting's note")
struct AgendaTests {
    /// The example notes, read as `oneonone agenda` reads them.
    static func examples() throws -> (Notebook, Configuration) {
        let folder = packageRoot.appendingPathComponent("examples/notes").path
        let configuration = try Configuration.load(path: folder + "/.oneonone.yml")
        let finder = NoteFinder(exclude: configuration.exclude, root: configuration.root)
        let notebook = NotebookLoader(options: configuration.parseOptions, finder: finder, asOf: exampleDay).load(paths: [folder])
        return (notebook, configuration)
    }

    @Test("golden agendas for examples/notes: alice's folder of notes (a new file) and bob's running doc (a new section)")
    func golden() throws {
        let (notebook, configuration) = try AgendaTests.examples()
        for person in ["alice", "bob"] {
            let series = try #require(notebook.series.first { $0.person == person })
            let made = try agenda(person, in: notebook, options: configuration.parseOptions, dateStyle: AgendaMaker.dateStyle(of: series, in: notebook))
            let edit = try NoteEdit.placing(made, series: series, notebook: notebook, folder: "notes") { FileManager.default.contents(atPath: $0) }
            #expect(try matchesGolden(edit.added, "\(person).md"), "Tests/OneOnOneAgendaTests/Golden/\(person).md differs")
        }
        // The README shows alice's as it is.
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let golden = try String(contentsOf: packageRoot.appendingPathComponent("Tests/OneOnOneAgendaTests/Golden/alice.md"), encoding: .utf8)
        #expect(readme.contains("```markdown\n" + golden + "```\n"))
    }

    @Test("text from the notes is written back safely: a name YAML would misread is quoted and one line, an item's `-->` leaves the nudges' comment whole")
    func writtenBackSafely() throws {
        let note = "---\nwith: \"Dr. Who #2: the\\nreturn\"\n---\n# 1:1\n\n## Action items\n- [ ] @sam move A --> B\n"
        let notes = notebook(["2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"].map { ("x/\($0).md", note) })
        #expect(notes.series.map(\.person) == ["dr. who #2: the return"])
        let made = try agenda("dr. who #2: the return", in: notes, date: Day(iso: "2026-11-04"))
        #expect(made.note.hasPrefix("---\ndate: 2026-11-04\nwith: \"dr. who #2: the return\"\nkind: one-on-one\n"), "\(made.note)")
        // The comment ends after its last nudge, not inside the item's text.
        let comment = try #require(made.note.range(of: "<!-- Before you meet"))
        let end = try #require(made.note.range(of: "-->", range: comment.upperBound..<made.note.endIndex))
        #expect(made.note[comment.upperBound..<end.lowerBound].hasSuffix("\n- “@sam move A -> B” has been carried over 3 times since 2026-10-07: do it, hand it over, or drop it.\n"))
        // Read back, the note is the same series.
        let written = notebook([("x/2026-11-04.md", made.note)])
        #expect(written.series.map(\.person) == ["dr. who #2: the return"])
    }

    @Test("the date: a meeting still to come, else the last meeting plus the cadence, its `next:` when it gives one, never before today; --date wins")
    func date() throws {
        let notes = notebook([("alice/2026-11-04.md", "# 1:1\n\n- shipped\n"), ("bob/2026-11-18.md", "---\nnext: 2026-11-27\n---\n# 1:1\n- x\n")])
        #expect(try agenda("alice", in: notes).date == exampleDay)
        #expect(try agenda("alice", in: notes, asOf: Day(iso: "2026-11-05")!).date == Day(iso: "2026-11-11"))
        #expect(try agenda("bob", in: notes).date == Day(iso: "2026-11-27"))
        #expect(try agenda("bob", in: notes, date: Day(iso: "2026-12-01")).date == Day(iso: "2026-12-01"))
        // A meeting still to come (an agenda prepared ahead) is the next one; a cancelled one is not.
        let ahead = notebook([("alice/2026-11-04.md", "# 1:1\n\n- shipped\n"), ("alice/2026-11-25.md", "---\nnext: 2026-12-02\n---\n# 1:1\n"),
                              ("bob/2026-11-18.md", "# 1:1\n- x\n"), ("bob/2026-11-23.md", "---\nstatus: cancelled\n---\n# 1:1\n")])
        #expect(try agenda("alice", in: ahead).date == Day(iso: "2026-11-25"))
        #expect(try agenda("alice", in: ahead, asOf: Day(iso: "2026-11-26")!).date == Day(iso: "2026-12-02"))
        #expect(try agenda("bob", in: ahead).date == Day(iso: "2026-11-30"))
        // Dates end at 9999-12-31: an agenda that would pass it is an error, not a `next:` no note can hold.
        #expect(throws: AgendaError("a note's dates end at 9999-12-31, and this meeting (9999-12-31) or the next (10000-01-07) falls after that: pass an earlier --date")) {
            try agenda("alice", in: notes, date: Day(iso: "9999-12-31"))
        }
    }

    @Test("open items are carried forward once, as last written (a reworded carry-over is one item), with owner, due and origin; overdue ones marked")
    func followUps() throws {
        let notes = notebook([
            ("alice/2026-10-07.md", "# 1:1\n\n## Action items\n- [ ] Alice to book a venue for the team offsite\n- [ ] Sam to send the Q4 plan due 2026-10-20\n- [x] Alice to file the expense report\n"),
            ("alice/2026-10-14.md", "# 1:1\n\n## Action items\n- [ ] Alice to book the offsite venue for the team, two options @alice\n- [ ] Sam to send the Q4 plan\n"),
        ])
        let made = try agenda("alice", in: notes, date: Day(iso: "2026-10-21"))
        #expect(made.followUps.map(\.line) == [
            "Alice to book the offsite venue for the team, two options @alice (from 2026-10-07)",
            "Sam to send the Q4 plan due 2026-10-20 (from 2026-10-07, overdue)",
        ])
        #expect(made.followUps.map(\.carried) == [1, 1])

        // Carried by an earlier agenda and filled in since, an item keeps one note of where it came from.
        let again = notebook([
            ("alice/2026-10-07.md", "# 1:1\n\n## Action items\n- [ ] Alice to send the plan\n"),
            ("alice/2026-10-14.md", "# 1:1\n\n## Check-in\n- ok\n\n## Follow-ups\n- [ ] Alice to send the plan (from 2026-10-07)\n"),
        ])
        #expect(try agenda("alice", in: again).followUps.map(\.line) == ["Alice to send the plan (from 2026-10-07)"])
    }

    @Test("the focus goes to the area the series has gone longest without, and never-covered ones first")
    func rotation() throws {
        let covered = "## Check-in\n- good week\n\n## Career\n- wants to mentor\n\n## Strategy\n- roadmap is clear\n\n## Feedback for Sam\n- more context on priorities\n"
        let neglected = notebook([("alice/2026-10-07.md", "# 1:1\n\n" + covered)])
        #expect(try agenda("alice", in: neglected).focus == .blockers)
        let all = notebook([
            ("alice/2026-10-07.md", "# 1:1\n\n## Blockers\n- waiting on legal\n\n## Check-in\n- tired\n"),
            ("alice/2026-10-14.md", "# 1:1\n\n" + covered),
        ])
        let made = try agenda("alice", in: all)
        #expect(made.focus == .blockers)
        #expect(made.note.contains("## 🚧 Blockers\n### What is slowing you down that I could remove?\n"))
    }

    @Test("no question asked in the last four meetings is asked again")
    func questions() throws {
        let bank = QuestionBank.shipped.questions["blockers"]?.manager ?? []
        try #require(bank.count >= 5)
        // The first two blocker questions were asked three meetings ago, as headings and as an item.
        let notes = notebook([
            ("alice/2026-10-07.md", "# 1:1\n\n## Check-in\n- fine\n\n### \(bank[0])\n- the build\n\n- \(bank[1])\n"),
            ("alice/2026-10-14.md", "# 1:1\n\n## Check-in\n- fine\n"),
            ("alice/2026-10-21.md", "# 1:1\n\n## Check-in\n- fine\n"),
            ("alice/2026-10-28.md", "# 1:1\n\n## Check-in\n- fine\n"),
        ])
        let made = try agenda("alice", in: notes)
        #expect(made.focus == .development)
        #expect(QuestionBank.shipped.pick("blockers", forReport: false, leavingOut: []) == Array(bank.prefix(3)))
        let recent = AgendaMaker.recentWords(Timeline(try #require(notes.series.first)))
        #expect(QuestionBank.shipped.pick("blockers", forReport: false, leavingOut: recent) == Array(bank[2..<5]))
        // Five meetings later, they may come back.
        let later = notebook([
            ("alice/2026-10-07.md", "# 1:1\n\n### \(bank[0])\n- the build\n"),
            ("alice/2026-10-14.md", "# 1:1\n- a\n"), ("alice/2026-10-21.md", "# 1:1\n- b\n"),
            ("alice/2026-10-28.md", "# 1:1\n- c\n"), ("alice/2026-11-04.md", "# 1:1\n- d\n"),
        ])
        let afterFour = AgendaMaker.recentWords(Timeline(try #require(later.series.first)))
        #expect(QuestionBank.shipped.pick("blockers", forReport: false, leavingOut: afterFour).first == bank[0])
    }

    @Test("nudges: no career talk, no upward feedback, cancelled twice in a row, an item carried three times, overdue items")
    func nudges() throws {
        let notes = notebook([
            ("alice/2026-08-05.md", "# 1:1\n\n## Action items\n- [ ] Sam to introduce Alice to the platform lead due 2026-08-20\n"),
            ("alice/2026-08-12.md", "# 1:1\n\n## Action items\n- [ ] Sam to introduce Alice to the platform lead\n"),
            ("alice/2026-08-19.md", "# 1:1\n\n## Action items\n- [ ] Sam to introduce Alice to the platform lead\n"),
            ("alice/2026-08-26.md", "# 1:1\n\n## Action items\n- [ ] Sam to introduce Alice to the platform lead\n"),
            ("alice/2026-09-02.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
            ("alice/2026-09-09.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
        ])
        let made = try agenda("alice", in: notes, date: Day(iso: "2026-10-07"))
        #expect(made.nudges == [
            "No career talk in 9 weeks (none since the first 1:1 on 2026-08-05): ask where Alice wants to grow.",
            "No upward feedback in 9 weeks (none since the first 1:1 on 2026-08-05): ask Alice what you could do better.",
            "The last two 1:1s were cancelled (2026-09-02, 2026-09-09): keep this one.",
            "“Sam to introduce Alice to the platform lead” has been carried over 3 times since 2026-08-05: do it, hand it over, or drop it.",
            "One follow-up is overdue (due 2026-08-20): settle it first.",
        ])
        // In the note, they are a comment: read back, they are not content.
        #expect(made.note.contains("<!-- Before you meet (from oneonone agenda, not part of the notes):\n- No career talk in 9 weeks"))
        // A rule turned off gives no nudge.
        var settings = RuleSettings()
        try settings.override(enable: [], disable: ["no-career-talk", "stale-action-item"])
        let quiet = try AgendaMaker(options: ParseOptions(manager: "sam"), settings: settings, asOf: exampleDay)
            .agenda(for: "alice", series: notes.series.first, date: Day(iso: "2026-10-07"))
        #expect(quiet.nudges.count == 3)
    }

    @Test("a series with no meetings yet gets a first-meeting note; the report's own notes are written from the report's side")
    func firstMeetingAndReportsSide() throws {
        let options = ParseOptions(manager: "sam", people: ["wes": .init(cadence: 14)])
        let first = try AgendaMaker(options: options, asOf: exampleDay).agenda(for: "wes", series: nil)
        #expect(first.date == exampleDay)
        #expect(first.note.contains("## 🤝 Getting started\n### What do you want from our 1:1s, and how often should we meet?\n"))
        #expect(first.note.contains("next: 2026-12-04\n"))
        let own = notebook([("with-sam/2026-10-07.md", "---\nwith: sam\nmanager: sam\n---\n# 1:1\n\n## Check-in\n- ok\n")])
        let made = try agenda("sam", in: own)
        #expect(made.note.contains("## My topics\n\n## Sam's topics\n"))
        #expect(made.questions.first == QuestionBank.shipped.questions[made.focus.rawValue]?.report.first)
    }

    @Test("private text is never carried, nudged or quoted")
    func privateText() throws {
        let notes = notebook([
            ("alice/2026-10-07.md", "# 1:1\n\n## Private notes\n- [ ] SECRETTASK call HR about SECRETNAME due 2026-10-01\n\n<!-- private -->\n- [ ] SECRETBLOCK item\n<!-- /private -->\n\n## Action items\n- [ ] Alice to book the venue\n"),
        ])
        let made = try agenda("alice", in: notes)
        #expect(!made.note.contains("SECRET"))
        #expect(made.followUps.map(\.text) == ["Alice to book the venue"])
    }
}
