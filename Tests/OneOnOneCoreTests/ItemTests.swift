import Testing
@testable import OneOnOneCore

@Suite("Action items")
struct ItemTests {
    private func action(_ line: String, section: String = "Notes") throws -> Action {
        let note = "# 1:1\n\n## \(section)\n\n\(line)\n"
        let found = try #require(meeting(note, options: ParseOptions(manager: "sam", people: ["bob": .init(aliases: ["bobby"])])))
        let item = try #require(found.items.first)
        return try #require(item.action, "not an action item: \(item.text)")
    }

    @Test("owner forms", arguments: [
        ("- [ ] @alice send the doc", "alice"),
        ("- [ ] send the doc (owner: alice)", "alice"),
        ("- [ ] send the doc owner: alice", "alice"),
        ("- [ ] send the doc → alice", "alice"),
        ("- [ ] send the doc -> alice", "alice"),
        ("- [ ] Alice: send the doc", "alice"),
        ("- [ ] Alice to send the doc", "alice"),
        ("- [ ] Sam will send the doc", "sam"),
        ("- [ ] Bobby to send the doc", "bob"),
        ("- [ ] Bob: send the doc", "bob"),
        ("- [ ] Sam — send the doc", "sam"),
        ("TODO: Alice - send the doc", "alice"),
        ("- [ ] Sam book the architecture review", "sam"),
    ])
    func owners(line: String, owner: String) throws {
        #expect(try action(line).owner == owner)
    }

    @Test("no owner: an unknown leading name, an e-mail address", arguments: [
        "- [ ] Priya to send the doc", "- [ ] mail ops@example.com about the doc", "- [ ] Send the doc",
    ])
    func noOwner(line: String) throws {
        #expect(try action(line).owner == nil)
    }

    @Test("due forms", arguments: [
        ("- [ ] send the doc due 2026-03-10", "2026-03-10"),
        ("- [ ] send the doc due: 2026-03-10", "2026-03-10"),
        ("- [ ] send the doc due:2026-03-10", "2026-03-10"),
        ("- [ ] send the doc by 2026-03-10", "2026-03-10"),
        ("- [ ] send the doc by March 10", "2026-03-10"),
        ("- [ ] send the doc 📅 2026-03-10", "2026-03-10"),
        ("- [ ] send the doc [due:: 2026-03-10]", "2026-03-10"),
        ("- [ ] send the doc (due Mar 10)", "2026-03-10"),
        ("- [ ] send the doc due 3/24", "2026-03-24"),
    ])
    func dues(line: String, due: String) throws {
        #expect(try action(line).due?.description == due)
    }

    @Test("a date that is not a due date is not one", arguments: [
        "- [ ] follow up on the 2026-03-01 incident", "- [ ] standby 2026-03-10 rota",
    ])
    func notDue(line: String) throws {
        #expect(try action(line).due == nil)
    }

    @Test("an ambiguous numeric due date is no due date, unless the config orders it")
    func ambiguousDue() throws {
        #expect(try action("- [ ] send the doc due 3/10").due == nil)
        let ordered = parse("- [ ] send the doc due 3/10\n", options: ParseOptions(dateOrder: .dmy))
        #expect(ordered.meetings.first?.items.first?.action?.due?.description == "2026-10-03")
    }

    @Test("a year-less due date in December that falls in January is next year's")
    func dueNextYear() throws {
        let note = parse("- [ ] send the doc by Jan 8\n", at: "alice/2026-12-16.md")
        #expect(note.meetings.first?.items.first?.action?.due?.description == "2027-01-08")
    }

    @Test("done forms", arguments: [
        ("- [x] send the doc", true),
        ("- [X] send the doc", true),
        ("- [ ] ~~send the doc~~", true),
        ("- [ ] send the doc ✅ 2026-03-05", true),
        ("- [ ] send the doc (done)", true),
        ("- DONE send the doc", true),
        ("- TODO send the doc", false),
        ("- [ ] send the doc", false),
        ("- [ ] send the ~~old~~ doc", false),
    ])
    func done(line: String, done: Bool) throws {
        #expect(try action(line).isDone == done)
    }

    @Test("action items are task items, items of an action-items section, and prefixed lines", arguments: [
        ("- [ ] send the doc", "Notes"),
        ("- send the doc", "✅ Next steps"),
        ("send the doc", "Follow-ups:"),
        ("TODO send the doc", "Notes"),
        ("TODO: send the doc", "Notes"),
        ("AI: send the doc", "Notes"),
        ("ACTION: send the doc", "Notes"),
        ("Action: send the doc", "Notes"),
        ("Action item: send the doc", "Notes"),
    ])
    func actionForms(line: String, section: String) throws {
        let found = try action(line, section: section)
        #expect(found.isDone == false)
    }

    @Test("prefixed lines in one paragraph are separate items, each on its own line")
    func prefixedLines() throws {
        let found = try #require(meeting("# 1:1\n\nAI: Carol to send the rubric by Oct 1\nAI: Sam to book the room\nsome trailing words\n", options: ParseOptions(manager: "sam", people: ["carol": .init()])))
        #expect(found.items.map(\.text) == ["Carol to send the rubric by Oct 1", "Sam to book the room some trailing words"])
        #expect(found.items.map(\.line) == [3, 4])
        #expect(found.items.map { $0.action?.owner } == ["carol", "sam"])
    }

    @Test("a table with an Action column is a list of action items with owner, due and status")
    func table() throws {
        let note = """
        # 1:1

        | Action | Owner | Due | Status |
        |---|---|---|---|
        | Write the postmortem | Carol | Sep 24 | open |
        | Book the room | @sam | 2026-09-18 | done |
        | ~~Order the swag~~ | Sam | | |
        """
        let found = try #require(meeting(note, at: "carol/2026-09-17.md"))
        let actions = found.items.compactMap(\.action)
        #expect(found.items.map(\.text) == ["Write the postmortem", "Book the room", "Order the swag"])
        #expect(found.items.map(\.line) == [5, 6, 7])
        #expect(actions.map(\.owner) == ["carol", "sam", "sam"])
        #expect(actions.map { $0.due?.description } == ["2026-09-24", "2026-09-18", nil])
        #expect(actions.map(\.isDone) == [false, true, true])
    }

    @Test("a table without an action column holds plain items")
    func plainTable() throws {
        let found = try #require(meeting("# 1:1\n\n| Project | State |\n|---|---|\n| Billing | shipped |\n"))
        #expect(found.items.map(\.text) == ["Billing | shipped"])
        #expect(found.items.first?.isActionItem == false)
    }

    @Test("nothing inside code blocks or HTML comments is an item")
    func codeAndComments() throws {
        let note = """
        # 1:1

        ```
        - [ ] not an item
        TODO: not this either
        ```

            - [ ] indented code

        <!--
        - [ ] commented out
        -->

        - [ ] the real one
        """
        let found = try #require(meeting(note))
        #expect(found.items.map(\.text) == ["the real one"])
        #expect(found.items.first?.line == 14)
    }
}
