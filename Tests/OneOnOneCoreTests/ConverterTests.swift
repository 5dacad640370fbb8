import Testing
@testable import OneOnOneCore

/// The cmark-gfm converter as swift-markdown tests its own: one printed dump of every block with
/// its position, compared with a reviewed golden file, catches many bugs at once.
@Suite("The cmark-gfm converter")
struct ConverterTests {
    static let note = """
    # 1:1 — Mar 4, 2026

    **Check-in** 🙂
    Good week, tired.

    ## Wins
    - Shipped **the importer**
      - nested detail
    - [x] ~~book the room~~
    - [ ] @alice draft the plan due 2026-03-10

    > ## quoted heading
    > quoted text

    | Action | Owner | Due |
    |---|---|---|
    | Send the doc | @sam | Mar 12 |
    | ~~Old task~~ | bob | |

    ```
    - not an item
    ```

    <!-- oneonone-disable-next-line no-check-in -->
    Ünïcödé — **Blockers:** waiting on legal
    <!-- private -->
    - hidden
    <!-- private -->
    - hidden too
    <!-- /private -->
    - still hidden
    <!-- end private -->
    - - - deep

    """

    /// One line a block: kind, lines, column, then its text; private parts after.
    static func dump(_ document: MarkdownDocument) -> String {
        var out = ""
        for block in document.blocks {
            let kind: String
            switch block.kind {
            case .heading(let level): kind = "heading(\(level))"
            case .paragraph: kind = block.isBoldOnly ? "paragraph(bold)" : "paragraph"
            case .listItem(let task): kind = task.map { "task(\($0 ? "x" : " "))" } ?? "item"
            case .tableRow(let table, let isHeader): kind = "row(\(table)\(isHeader ? ", header" : ""))"
            case .directive: kind = "directive"
            }
            var line = "\(kind) \(block.line)-\(block.endLine):\(block.column) \(block.text.replacingOccurrences(of: "\n", with: "⏎"))"
            if block.isStruckThrough { line += " [struck]" }
            if let bold = block.leadingBold, !block.isBoldOnly { line += " [bold: \(bold)]" }
            if !block.cells.isEmpty { line += " cells=\(block.cells) struck=\(block.struckCells)" }
            out += line + "\n"
        }
        for part in document.privateParts { out += "private \(part.lines.lowerBound)-\(part.lines.upperBound) items=\(part.items)\n" }
        return out
    }

    @Test("every block kind, position and flag matches the reviewed dump")
    func blocks() throws {
        let dump = ConverterTests.dump(MarkdownDocument(parsing: ConverterTests.note))
        let expected = try #require(golden("converter.dump", dump), "missing golden file: run ONEONONE_UPDATE_GOLDEN=1 swift test")
        #expect(dump == expected)
    }

    @Test("a note converts the same in the parse arena, after other notes used it, and with the system allocator")
    func allocators() {
        let first = MarkdownDocument(parsing: ConverterTests.note)
        // Another note fills the thread's arena between two readings of the same one.
        let other = MarkdownDocument(parsing: "| a | b |\n|---|---|\n| x | ~~y~~ |\n\n" + String(repeating: "- [ ] item *em* `code`\n", count: 3000))
        #expect(other.blocks.count == 3002)
        let again = MarkdownDocument(parsing: ConverterTests.note)
        #expect(again.blocks == first.blocks)
        #expect(again.privateParts == first.privateParts)
        // Past `largestNote` bytes a note is parsed with the system allocator.
        let padding = String(repeating: "padding ", count: CmarkArena.largestNote / 8 + 1)
        let small = MarkdownDocument(parsing: ConverterTests.note + "\npadding\n")
        let large = MarkdownDocument(parsing: ConverterTests.note + "\n" + padding + "\n")
        #expect(large.blocks.dropLast() == small.blocks.dropLast())
        #expect(large.privateParts == first.privateParts)
        #expect(large.blocks.last?.text == padding.trimmingWhitespace)
    }
}
