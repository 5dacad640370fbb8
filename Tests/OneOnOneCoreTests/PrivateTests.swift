import Testing
@testable import OneOnOneCore

@Suite("Private text")
struct PrivateTests {
    static let note = """
    ---
    with: alice
    date: 2026-03-04
    ---
    # 1:1

    ## Check-in
    - fine <!-- private -->SECRET-INLINE<!-- /private --> today

    **Private**
    SECRET-BOLD

    ## Notes

    <!-- private -->
    - SECRET-BLOCK item
    - [ ] SECRET-ACTION to call HR
    <!-- /private -->

    ## Private notes
    - SECRET-SECTION one
    ### SECRET-HEADING
    - SECRET-SUB

    ## Action items
    - [ ] send the doc
    """

    @Test("private blocks, inline spans and sections are counted, and their words are nowhere in the model or JSON")
    func neverKept() throws {
        let book = notebook([("alice/2026-03-04.md", PrivateTests.note)])
        let found = try #require(book.series.first?.meetings.first)
        #expect(found.items.map(\.text) == ["fine today", "send the doc"])
        #expect(found.privateParts.map(\.lines) == [8...8, 10...12, 15...18, 20...24])
        #expect(found.privateParts.map(\.items) == [1, 1, 2, 3])
        #expect(book.files.first?.privateParts.count == 4)
        #expect(!strings(in: book).contains { $0.contains("SECRET") })
    }

    @Test("a private marker swallowed by an earlier unclosed comment still opens a private part")
    func swallowedMarker() {
        let note = parse("# 1:1\n\n<!--\nold draft\n<!-- private -->\nSECRET\n<!-- /private -->\n\n- shown\n")
        #expect(note.meetings.first?.items.map(\.text) == ["shown"])
        #expect(note.file.privateParts.map(\.lines) == [5...7])
    }

    @Test("an unclosed private block hides everything after it")
    func unclosed() {
        let note = parse("# 1:1\n- shown\n<!-- private -->\n- hidden\n\n## Action items\n- [ ] hidden too\n")
        #expect(note.meetings.first?.items.map(\.text) == ["shown"])
        #expect(note.file.privateParts.first?.lines.lowerBound == 3)
    }
}
