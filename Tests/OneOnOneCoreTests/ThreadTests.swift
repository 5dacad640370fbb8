import Testing
@testable import OneOnOneCore

@Suite("Threads across meetings")
struct ThreadTests {
    /// The `next` link of the first action item of the first meeting, after reading `later` as the next meeting.
    private func link(_ first: String, _ later: String) -> (kind: ThreadLink.Kind, text: String)? {
        let book = notebook([("alice/2026-03-04.md", "# 1:1\n\n\(first)\n"), ("alice/2026-03-11.md", "# 1:1\n\n\(later)\n")])
        guard let series = book.series.first, let next = series.meetings[0].items.first?.action?.next else { return nil }
        return (next.kind, series.meetings[next.meeting].items[next.item].text)
    }

    @Test("carried over despite small edits", arguments: [
        ("- [ ] Book a venue for the offsite", "- [ ] Book a venue for the offsite"),
        ("- [ ] Book a venue for the offsite", "- [ ] Book the offsite venue"),
        ("- [ ] @alice book a venue for the offsite due Mar 10", "- [ ] @sam book a venue for the offsite by Mar 17"),
        ("- [ ] Book a venue for the offsite", "- [ ] Book a bigger venue for the offsite"),
        ("- [ ] Sam to introduce Alice to the platform lead", "- [ ] Introduce Alice to the platform lead (sam)"),
        // Spelled otherwise, and one item read scalar by scalar (non-ASCII), the other by spelling.
        ("- [ ] Book the offsite venue — café nearby", "- [ ] BOOK the Offsite's venue"),
    ])
    func carriedOver(first: String, later: String) throws {
        let found = try #require(link(first, later))
        #expect(found.kind == .carriedOver)
    }

    @Test("completed: written again as done, struck or checked", arguments: [
        "- [x] Book a venue for the offsite", "- ~~Book the offsite venue~~", "- [ ] Book a venue for the offsite ✅ 2026-03-10",
    ])
    func completed(later: String) throws {
        let found = try #require(link("- [ ] Book a venue for the offsite", later))
        #expect(found.kind == .completed)
    }

    @Test("mentioned in prose, in any form")
    func mentioned() throws {
        let found = try #require(link("- [ ] Book a venue for the offsite", "## Updates\n- the offsite venue shortlist is down to two"))
        #expect(found.kind == .mentioned)
        #expect(found.text == "the offsite venue shortlist is down to two")
    }

    @Test("a mention that says the work is done completes the item")
    func mentionedDone() throws {
        let found = try #require(link("- [ ] Book a venue for the offsite", "## Updates\n- the offsite venue is booked"))
        #expect(found.kind == .completed)
    }

    @Test("not followed: another item that shares a word or two is not the same item", arguments: [
        "- [ ] Book flights for the conference", "- the offsite was fun", "- [ ] Call the vendor",
    ])
    func notFollowed(later: String) {
        #expect(link("- [ ] Book a venue for the offsite", later) == nil)
    }

    @Test("a carried item links back, a cancelled meeting is skipped, and each carry-over is claimed once")
    func chain() throws {
        let book = notebook([
            ("alice/2026-03-04.md", "- [ ] Book a venue for the offsite\n- [ ] Book a room for the offsite dinner\n"),
            ("alice/2026-03-11.md", "---\nstatus: cancelled\n---\n- [ ] Book a venue for the offsite\n"),
            ("alice/2026-03-18.md", "- [ ] Book a venue for the offsite\n- [ ] Book a room for the offsite dinner\n"),
            ("alice/2026-03-25.md", "- [x] Book the offsite venue\n"),
        ])
        let meetings = try #require(book.series.first).meetings
        let first = meetings[0].items.map { $0.action?.next }
        #expect(first == [ThreadLink(kind: .carriedOver, meeting: 2, item: 0), ThreadLink(kind: .carriedOver, meeting: 2, item: 1)])
        #expect(meetings[2].items[0].action?.previous == ThreadLink(kind: .carriedOver, meeting: 0, item: 0))
        #expect(meetings[2].items[0].action?.next == ThreadLink(kind: .completed, meeting: 3, item: 0))
        #expect(meetings[2].items[1].action?.next == nil)
    }
}

@Suite("Word numbers")
struct WordTableTests {
    @Test("each distinct word gets one number, made once, past many growths; forEach gives the words `of` gives")
    func numbers() {
        var table = WordTable()
        var made: [String] = []
        func number(_ word: String) -> Int32 {
            var word = word
            return word.withUTF8 { bytes in
                table.id(of: bytes) { text in
                    made.append(text)
                    return Int32(made.count - 1)
                }
            }
        }
        let words = (0..<1000).map { "word\($0)" }
        let first = words.map(number)
        #expect(first == Array(0..<1000))
        #expect(words.map(number) == first)
        #expect(made == words)
        #expect(number("wörd") == 1000 && number("wörd") == 1000)

        var seen: [String] = []
        Words.forEach(in: "Alice's plans: booked the venues’ rooms") { seen.append(String(decoding: $0, as: UTF8.self)) }
        #expect(seen == Words.of("Alice's plans: booked the venues’ rooms"))
        #expect(seen == ["alic", "plan", "book", "the", "venu", "room"])
    }
}
