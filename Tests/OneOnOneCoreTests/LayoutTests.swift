import Testing
@testable import OneOnOneCore

@Suite("Layouts, sections and dates")
struct LayoutTests {
    @Test("a running doc newest first and oldest first gives the same meetings")
    func runningDocs() {
        let meetings = [
            "## 2026-03-11\n\n- Release shipped\n",
            "## Mar 4, 2026 — cancelled\n\nNo 1:1, Bob on PTO.\n",
            "## 25 Feb 2026\n\n- [ ] Bob to send the checklist\n",
        ]
        let newestFirst = parse("# Bob\n\n" + meetings.joined(separator: "\n"), at: "notes/bob.md")
        let oldestFirst = parse("# Bob\n\n" + meetings.reversed().joined(separator: "\n"), at: "notes/bob.md")
        for note in [newestFirst, oldestFirst] {
            #expect(note.problems.isEmpty)
            let sorted = note.meetings.sorted { $0.date < $1.date }
            #expect(sorted.map(\.date.description) == ["2026-02-25", "2026-03-04", "2026-03-11"])
            #expect(sorted.map(\.status) == [.held, .cancelled, .held])
            #expect(sorted.map(\.person) == ["bob", "bob", "bob"])
        }
        #expect(newestFirst.meetings.map(\.line) == [3, 7, 11])
        #expect(newestFirst.meetings.map(\.lines.upperBound) == [6, 10, 13])
        #expect(newestFirst.meetings[2].items.map(\.text) == ["Bob to send the checklist"])
    }

    @Test("a running doc says how it writes its meetings: heading level, order, and the newest heading's date style")
    func runningDocLayout() throws {
        let newestFirst = parse("# Bob\n\n### Mar 18, 2026\n- a\n\n### Mar 11, 2026\n- b\n", at: "notes/bob.md")
        let doc = try #require(newestFirst.file.runningDoc)
        #expect(doc.headingLevel == 3)
        #expect(doc.newestFirst)
        #expect(doc.dateStyle.format(Day(year: 2026, month: 3, day: 25)!) == "Mar 25, 2026")
        let oldestFirst = parse("## 2026-03-04\n- a\n\n## Tue Mar 10 2026 — cancelled\n\n## 17 March 2026\n- c\n", at: "notes/bob.md")
        let other = try #require(oldestFirst.file.runningDoc)
        #expect(other.headingLevel == 2)
        #expect(!other.newestFirst)
        #expect(other.dateStyle.format(Day(year: 2026, month: 3, day: 24)!) == "24 March 2026")
        #expect(parse("# 1:1\n- a\n").file.runningDoc == nil)
    }

    @Test("a new date is written the way a sample date was: names, case, padding, separators, ordinals, weekday")
    func dateStyles() throws {
        let day = try #require(Day(year: 2026, month: 12, day: 3))
        func restyled(_ text: String, order: DateOrder? = nil) -> String? {
            guard let (range, style) = DateStyle.first(in: text, order: order) else { return nil }
            return text.replacingCharacters(in: range, with: style.format(day))
        }
        #expect(DateStyle.iso.format(day) == "2026-12-03")
        #expect(restyled("2026-03-16.md") == "2026-12-03.md")
        #expect(restyled("2026-03-16-alice.md") == "2026-12-03-alice.md")
        #expect(restyled("notes-April-01-2024.md") == "notes-December-03-2026.md")
        #expect(restyled("notes-March-16-2026.md") == "notes-December-3-2026.md")
        #expect(restyled("Thu Sep 17, 2026") == "Thu Dec 3, 2026")
        #expect(restyled("Tuesday, 1 September 2026") == "Thursday, 3 December 2026")
        #expect(restyled("Sep 21st, 2026 — 1:1") == "Dec 3rd, 2026 — 1:1")
        #expect(restyled("SEP 21 2026") == "DEC 3 2026")
        #expect(restyled("Sept 21, 2026") == "Dec 3, 2026")
        #expect(restyled("04.23.26") == "12.03.26")
        #expect(restyled("23/04/2026") == "03/12/2026")
        #expect(restyled("4-5-2026", order: .dmy) == "3-12-2026")
        #expect(restyled("2026/3/4") == "2026/12/3")
        #expect(restyled("no date here") == nil)
    }

    @Test("a running doc's person is front matter `with:`, else its file name without 1:1 words")
    func runningDocPerson() {
        #expect(parse("## 2026-03-04\n- a\n## 2026-03-11\n- b\n", at: "notes/alice-1on1.md").meetings.first?.person == "alice")
        #expect(parse("---\nwith: Bob\n---\n## 2026-03-04\n- a\n## 2026-03-11\n- b\n", at: "notes/weekly.md").meetings.first?.person == "bob")
    }

    @Test("a file named for a date is one meeting, whatever dates its headings mention")
    func subHeadingDate() throws {
        let note = parse("# 1:1 Alice\n\n## Plan for 2026-03-11\n- prepare the demo\n\n## 2026-03-18 review\n- nothing yet\n", at: "alice/2026-03-04.md")
        let found = try #require(note.meetings.first)
        #expect(note.meetings.count == 1)
        #expect(found.date.description == "2026-03-04")
        #expect(found.line == 1)
        #expect(found.sections.map(\.title) == ["Plan for 2026-03-11", "2026-03-18 review"])
        #expect(found.items.count == 2)
    }

    @Test("where a one-meeting file's date comes from", arguments: [
        ("---\ndate: 2026-03-04\n---\n# 1:1\n", "alice/weekly.md"),
        ("# 1:1\n", "alice/2026-03-04-one-to-one.md"),
        ("# 1:1\n", "alice/notes-March-04-2026.md"),
        ("# 1:1 Alice\n\nDate: March 4, 2026\n\n- a\n", "alice/sync.md"),
        ("**When**: Wed Mar 4, 2026\n\n- a\n", "alice/sync.md"),
        ("# 1:1 — Week of March 4, 2026\n\n## Wins\n- a\n", "alice/sync.md"),
    ])
    func dateSources(text: String, path: String) throws {
        let note = parse(text, at: path)
        #expect(note.problems.isEmpty)
        #expect(note.meetings.map(\.date.description) == ["2026-03-04"])
        #expect(note.meetings.first?.person == "alice")
    }

    @Test("a meeting date without a year takes the year given for the file")
    func yearless() {
        let note = parse("- talked\n", at: "notes/3-24-ismail.md", options: ParseOptions(people: ["ismail": .init()]), year: 2025)
        #expect(note.meetings.map(\.date.description) == ["2025-03-24"])
        #expect(note.meetings.first?.person == "ismail")
        #expect(note.problems.isEmpty)
    }

    @Test("a year guessed from anything but git is said out loud")
    func guessedYear() {
        let note = NoteParser().parse(NoteSource(path: "notes/3-24-ismail.md", folderName: "notes", text: "- talked\n")) {
            YearHint(year: 2024, guessedFrom: "the file's modification time (it has no git history)")
        }
        #expect(note.meetings.map(\.date.description) == ["2024-03-24"])
        #expect(note.problems.map(\.undated) == [.yearGuessed(year: 2024, source: "the file's modification time (it has no git history)")])
    }

    @Test("an ambiguous date in a one-meeting file's heading is an error, as in its name or front matter")
    func ambiguousHeading() {
        let note = parse("# 1:1 catch-up 06/05/2026\n- a\n", at: "alice/catch-up.md")
        #expect(note.meetings.isEmpty)
        #expect(note.problems.map(\.undated) == [.ambiguous(place: .heading("1:1 catch-up 06/05/2026"))])
        #expect(parse("# 1:1 catch-up 06/05/2026\n- a\n", at: "alice/catch-up.md", options: ParseOptions(dateOrder: .dmy)).meetings.map(\.date.description) == ["2026-05-06"])
    }

    @Test("without date-order, the run's unambiguous numeric dates settle the ambiguous ones; conflicting ones do not")
    func inferredOrder() {
        func load(_ names: [String], order: DateOrder? = nil) -> Notebook {
            NotebookLoader(options: ParseOptions(dateOrder: order)).load(sources: names.map {
                NoteSource(path: "1-1/week/\($0)-ismail.md", folderName: "week", text: "# 1:1\n- a\n")
            }) { _ in YearHint(year: 2026) }
        }
        let monthFirst = load(["3-24", "3-28", "4-15", "4-3"])
        #expect(monthFirst.series.flatMap(\.meetings).map(\.date.description).sorted() == ["2026-03-24", "2026-03-28", "2026-04-03", "2026-04-15"])
        #expect(monthFirst.problems.isEmpty)
        #expect(monthFirst.dateOrder == DateOrderChoice(order: .mdy, source: .notes))
        let conflicting = load(["3-24", "24-3", "4-3"])
        #expect(conflicting.problems.map(\.undated) == [.ambiguous(place: .fileName)])
        #expect(conflicting.dateOrder == nil)
        let configured = load(["3-24", "4-3"], order: .dmy)
        #expect(configured.series.flatMap(\.meetings).map(\.date.description).sorted() == ["2026-03-04", "2026-03-24"])
        #expect(configured.dateOrder == DateOrderChoice(order: .dmy, source: .configuration))
    }

    @Test("a file named DATE-Name.md belongs to Name's series, wherever its folder is; months and meeting words are not names")
    func nameInFileName() {
        let book = NotebookLoader(options: ParseOptions(manager: "sam")).load(sources: [
            ("1-1/Week-1/3-31-Sarah.md", "Week-1"), ("1-1/Week-1/4-1-Michelle.md", "Week-1"), ("1-1/Week-1/4-3-Ismail.md", "Week-1"),
            ("1-1/Misc/3-24-Ismail.md", "Misc"), ("bob/notes-April-01-2026.md", "bob"), ("bob/2026-04-08-Skip-Level.md", "bob"),
            ("bob/2026-04-15-Sam.md", "bob"),
        ].map { NoteSource(path: $0.0, folderName: $0.1, text: "# 1:1\n- a\n") }) { _ in YearHint(year: 2026) }
        let people = Dictionary(uniqueKeysWithValues: book.series.map { ($0.person, $0.meetings.map(\.date.description)) })
        #expect(people == ["sarah": ["2026-03-31"], "michelle": ["2026-04-01"], "ismail": ["2026-03-24", "2026-04-03"],
                           "bob": ["2026-04-01", "2026-04-08", "2026-04-15"]])
    }

    @Test("sides: with no manager named, `Feedback for Sam` and `Sam's topics` are the manager's side")
    func sidesWithoutManager() throws {
        let found = try #require(meeting("# 1:1\n\n## Feedback for Sam\n- more context on priorities\n\n## Sam's topics\n- reorg\n\n## Frank's topics\n- promo\n",
                                         at: "frank/2026-03-04.md", options: ParseOptions()))
        #expect(found.items.map(\.feedback) == [.upward, nil, nil])
        #expect(found.items.map(\.attribution) == [nil, .manager, .report])
        let improvement = try #require(meeting("# 1:1\n\n## Feedback for improvement\n- more context\n", at: "frank/2026-03-04.md", options: ParseOptions()))
        #expect(improvement.items.map(\.feedback) == [nil])
    }

    @Test("sides: in a report's own notes (`with: sam`, `manager: sam`), @sam is the manager and feedback for me is downward")
    func sidesInReportsNotes() throws {
        let note = "---\nwith: sam\n---\n# 1:1\n\n- @sam: reorg plans\n- @wes: promo case\n\n## Feedback for me\n- ship smaller PRs\n\n## Feedback for Sam\n- more context on priorities\n"
        let found = try #require(meeting(note, at: "wes/2026-03-04.md", options: ParseOptions(manager: "sam", me: "wes")))
        #expect(found.person == "sam")
        #expect(found.items.map(\.attribution) == [.manager, .report, nil, nil])
        #expect(found.items.map(\.feedback) == [nil, nil, .downward, .upward])
    }

    @Test("no date, an ambiguous date: an undated-meeting problem naming the line")
    func undated() {
        let none = parse("# Retro ideas\n\n- sailboat\n", at: "misc/ideas.md")
        #expect(none.meetings.isEmpty)
        #expect(none.problems.map(\.kind) == [.undatedMeeting])
        #expect(none.problems.map(\.line) == [1])
        #expect(none.problems.map(\.undated) == [.notFound])
        let ambiguous = parse("# Bob\n\n## 03/04/2026\n- a\n\n## 03/11/2026\n- b\n\n## 03/24/2026\n- c\n", at: "notes/bob.md")
        #expect(ambiguous.problems.map(\.line) == [3, 6])
        #expect(ambiguous.problems.map(\.undated) == [.ambiguous(place: .heading("03/04/2026")), .ambiguous(place: .heading("03/11/2026"))])
        #expect(ambiguous.meetings.map(\.date.description) == ["2026-03-24"])
        let ordered = parse("# Bob\n\n## 03/04/2026\n- a\n", at: "notes/bob.md", options: ParseOptions(dateOrder: .dmy))
        #expect(ordered.meetings.map(\.date.description) == ["2026-04-03"])
    }

    @Test("sections: emoji, punctuation and bold pseudo-headings map to topics by their words")
    func sections() throws {
        let note = """
        # 1:1

        ## 👋 Check-in
        - tired

        ## Blockers / challenges
        - waiting on legal

        **Action items**
        - send the doc

        **Next steps:**
        - book the room

        **Blockers** 🚧
        - build agents

        ### 🌱 Growth & learning
        - conference talk

        ## Feedback for Sam
        - more context please

        ## Feedback for Alice
        - great demo

        **Wins:** shipped the billing migration
        """
        let found = try #require(meeting(note))
        #expect(found.sections.map(\.topic) == [.checkIn, .blockers, .actionItems, .actionItems, .blockers, .career, .feedback, .feedback])
        #expect(found.sections.map(\.feedback) == [nil, nil, nil, nil, nil, nil, .upward, .downward])
        #expect(found.items.map(\.topic) == [.checkIn, .blockers, .actionItems, .actionItems, .blockers, .career, .feedback, .feedback, .wins])
        #expect(found.items.map(\.isActionItem) == [false, false, true, true, false, false, false, false, false])
    }

    @Test("a short line ending in a colon titles the list under it")
    func colonHeadings() throws {
        let found = try #require(meeting("# 1:1\n\nTalked about:\n\n* the roadmap\n\nNext steps:\n- send the doc\n\nFeedback for me: I interrupt in reviews.\n"))
        #expect(found.sections.map(\.title) == ["Talked about:", "Next steps:"])
        #expect(found.items.map(\.text) == ["the roadmap", "send the doc", "Feedback for me: I interrupt in reviews."])
        #expect(found.items.map(\.isActionItem) == [false, true, true])
    }

    @Test("items outside a telling section take their topic from their words; a hashtag overrides both")
    func inferred() throws {
        let note = """
        # 1:1

        ## Notes
        - PROJ-123 merged, rollout at 40%
        - wants to work toward a promotion next cycle
        - set up the development environment
        - kids are sick this week
        - the roadmap for next year #career

        ## Updates
        - thinking about the staff engineer path #career
        """
        let found = try #require(meeting(note))
        #expect(found.items.map(\.topic) == [.status, .career, .notes, .checkIn, .career, .career])
    }

    @Test("agenda items are attributed by @name:, a trailing (name), or a sub-section titled for them")
    func attribution() throws {
        let note = """
        # 1:1

        ## Agenda
        - @alice: conference budget
        - team offsite dates (sam)
        - unclaimed topic

        ### Alice's topics
        - promo packet

        ### Sam
        - reorg

        ### Manager topics
        - budget
        """
        let found = try #require(meeting(note))
        #expect(found.items.map(\.attribution) == [.report, .manager, nil, .report, .manager, .manager])
    }

    @Test("front matter: known keys typed, unknown keys kept, wrong values reported at their line")
    func frontMatter() throws {
        let note = parse("""
        ---
        with: alice
        date: 2026-03-04
        kind: skip-level
        status: canceled
        duration: 1h30m
        cadence: biweekly
        next: 2026-03-18
        tags: [q1, promo]
        mood: sunny
        shared: maybe
        ---
        # Skip-level
        """, at: "notes/x.md")
        let found = try #require(note.meetings.first)
        #expect(found.kind == .skipLevel)
        #expect(found.status == .cancelled)
        #expect(found.duration == RecordedDuration(minutes: 90, line: 6))
        #expect(found.cadence == 14)
        #expect(found.next?.description == "2026-03-18")
        #expect(found.tags == ["q1", "promo"])
        #expect(found.otherFields == ["mood": "sunny"])
        #expect(note.problems.map(\.kind) == [.invalidFrontMatter])
        #expect(note.problems.map(\.line) == [11])
    }

    @Test("front matter that is not YAML is reported at its line, and the note is still read")
    func badYAML() {
        let note = parse("---\nwith: alice\ntags: [oops\n---\n# 1:1\n- talked\n", at: "alice/2026-03-04.md")
        #expect(note.problems.map(\.kind) == [.invalidFrontMatter])
        #expect(note.problems.first?.line == 4)
        #expect(note.meetings.first?.items.map(\.text) == ["talked"])
    }

    @Test("cancelled markers in a meeting heading", arguments: [
        ("## 2026-03-04 — cancelled", MeetingStatus.cancelled), ("## 2026-03-04 (canceled)", .cancelled),
        ("## 2026-03-04 skipped", .cancelled), ("## 2026-03-04 no 1:1", .cancelled),
        ("## 2026-03-04 rescheduled to Thursday", .rescheduled), ("## 2026-03-04 skip-level", .held),
    ])
    func cancelled(heading: String, status: MeetingStatus) {
        let note = parse("# Bob\n\n\(heading)\n\n## 2026-03-11\n- a\n", at: "notes/bob.md")
        #expect(note.meetings.first?.status == status)
    }
}

@Suite("Globs for exclude and shared")
struct GlobTests {
    @Test(".gitignore rules: *, **, ?, classes, braces, and ! to take a path back", arguments: [
        (["*.md"], "alice/2026-03-04.md", true),
        (["alice/*"], "alice/sub/2026-03-04.md", false),
        (["alice/**"], "alice/sub/2026-03-04.md", true),
        (["shared/"], "shared/frank.md", true),
        (["2026-0?-04.md"], "alice/2026-03-04.md", true),
        (["[ab]*/2026-*.md"], "bob/2026-03-04.md", true),
        (["[!ab]*/2026-*.md"], "bob/2026-03-04.md", false),
        (["{alice,bob}/**"], "bob/2026-03-04.md", true),
        (["{alice,bob}/**"], "carol/2026-03-04.md", false),
        (["drafts/**", "!drafts/keep.md"], "drafts/keep.md", false),
        (["drafts/**", "!drafts/keep.md"], "drafts/old.md", true),
        (["drafts/**", "!drafts/*.md", "drafts/secret.md"], "drafts/secret.md", true),
    ])
    func matches(patterns: [String], path: String, expected: Bool) {
        #expect(Glob.matches(any: patterns, path) == expected)
    }

    @Test("a glob that cannot be read is a configuration error naming it")
    func unreadable() {
        #expect(throws: ConfigurationError.self) { try Configuration.parse("exclude: [\"drafts/[abc\"]\n", file: ".oneonone.yml") }
        #expect(throws: ConfigurationError.self) { try Configuration.parse("shared: [\"{a,b/**\"]\n", file: ".oneonone.yml") }
        #expect(Glob.problem(in: "drafts/[abc") == "a `[` without its `]`")
        #expect(Glob.problem(in: "!{a,b}/**") == nil)
        // Twenty `{a,b}` groups would make a million patterns; ten (1,024) are already too many, nine are not.
        #expect(Glob.problem(in: String(repeating: "{a,b}", count: 20)) == "`{…}` groups that make more than 1000 patterns")
        #expect(Glob.problem(in: String(repeating: "{a,b}", count: 10)) == "`{…}` groups that make more than 1000 patterns")
        #expect(Glob.problem(in: String(repeating: "{a,b}", count: 9)) == nil)
        #expect(Glob.expansionCount("{a,{b,c}}x{d,e}") == Glob.expandingBraces("{a,{b,c}}x{d,e}").count)
    }

    @Test("stars that could each match anywhere are tried once a place: `*a*a…b` on a long name is answered at once")
    func manyStars() {
        let name = String(repeating: "a", count: 60) + "/2026-03-04.md"
        #expect(!Glob.matches(String(repeating: "*a", count: 30) + "*b", name))
        #expect(Glob.matches(String(repeating: "*a", count: 30) + "*/*.md", name))
    }
}
