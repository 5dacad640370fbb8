import CCmarkGFM
import Foundation

/// A block of a Markdown document as the note reader needs it.
///
/// Blocks are flat and in document order: a 1:1 note is read top to bottom, so a list of
/// headings, paragraphs, list items and table rows serves every later step, and building it
/// needs no recursion however deeply the input nests.
struct MarkdownBlock: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case heading(level: Int)
        case paragraph
        /// `task` is nil for a plain item, else whether its box is checked.
        case listItem(task: Bool?)
        /// `table` numbers the tables of a document, so rows can be grouped.
        case tableRow(table: Int, isHeader: Bool)
        /// An `<!-- oneonone-… -->` comment; `text` is its inside.
        case directive
    }

    var kind: Kind
    var line: Int
    var endLine: Int
    /// 1-based, in characters.
    var column: Int
    /// Plain text of the inline content; `\n` where the source breaks a line.
    var text: String
    var cells: [String] = []
    /// For table rows: whether each cell's letters are all struck through.
    var struckCells: [Bool] = []
    /// Every letter is bold (`**Action items**`, `**Blockers** 🚧`): a pseudo-heading.
    var isBoldOnly = false
    /// The bold text the block opens with (`**Wins:** shipped` gives `Wins:`).
    var leadingBold: String?
    /// Every letter is struck through (`~~send the doc~~`).
    var isStruckThrough = false
}

/// What a Markdown document holds, converted once from cmark-gfm's tree into Swift values.
struct MarkdownDocument: Sendable {
    var blocks: [MarkdownBlock] = []
    /// Regions marked `<!-- private -->` … `<!-- /private -->`, with how many blocks they hid.
    var privateParts: [PrivatePart] = []

    /// Parses `text` with GitHub-flavoured extensions; line numbers are shifted by `lineOffset`
    /// (the front matter above the body). This function owns all C memory: the parser, tree and
    /// iterator are freed before it returns, so no C pointer outlives a parse.
    init(parsing text: String, lineOffset: Int = 0) {
        var source = text
        let converted = source.utf8.count <= CmarkArena.largestNote
            ? CmarkArena.withAllocator { MarkdownDocument.convert(&source, lineOffset: lineOffset, memory: $0) }
            : MarkdownDocument.convert(&source, lineOffset: lineOffset, memory: nil)
        guard let converted else { return }
        blocks = converted.blocks
        privateParts = converted.privateParts
    }

    /// Parses and converts `source`, with cmark's memory in `memory` (an arena, which takes the
    /// whole tree back at once) or, when nil, the system's (freed here node by node).
    private static func convert(_ source: inout String, lineOffset: Int, memory: UnsafeMutablePointer<cmark_mem>?) -> Converter? {
        let made = memory.map { cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, $0) } ?? cmark_parser_new(CMARK_OPT_DEFAULT)
        guard let parser = made else { return nil }
        defer { if memory == nil { cmark_parser_free(parser) } }
        for ext in MarkdownDocument.extensions { cmark_parser_attach_syntax_extension(parser, ext) }
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let root = MarkdownDocument.inlineLock.withLock({ cmark_parser_finish(parser) }) else { return nil }
        defer { if memory == nil { cmark_node_free(root) } }
        var converter = Converter(source: source, lineOffset: lineOffset)
        converter.walk(root)
        return converter
    }
}

extension MarkdownDocument {
    /// Serializes inline parsing. libcmark-gfm 0.29 switches an extension's characters (`~` for
    /// strikethrough) on in a process-wide table before parsing a document's inlines and off
    /// after, so one file finishing would switch `~` off for a file still parsing on the other
    /// core. Inline parsing is a small part of a file's cost; block parsing and conversion stay
    /// parallel.
    static let inlineLock = NSLock()

    /// GitHub's extensions, registered and looked up once: cmark-gfm's registry is a global list
    /// filled on first use without a lock. Swift runs this initializer once, safely.
    nonisolated(unsafe) static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        let names: [String] = ["table", "tasklist", "strikethrough", "autolink"]
        return names.compactMap { name in cmark_find_syntax_extension(name) }
    }()
}

/// cmark node kinds, from the type strings (extension nodes have no public constants).
private enum NodeKind {
    case list, item, paragraph, heading, codeBlock, htmlBlock
    case text, code, softBreak, lineBreak, htmlInline, strong, strikethrough
    case table, tableRow, tableCell
    case other

    /// Core node types by their number; only extension nodes (tables, strikethrough) need
    /// their type string, which costs a `String` per node.
    init(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_LIST: self = .list
        case CMARK_NODE_ITEM: self = .item
        case CMARK_NODE_PARAGRAPH: self = .paragraph
        case CMARK_NODE_HEADING: self = .heading
        case CMARK_NODE_CODE_BLOCK: self = .codeBlock
        case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
        case CMARK_NODE_TEXT: self = .text
        case CMARK_NODE_CODE: self = .code
        case CMARK_NODE_SOFTBREAK: self = .softBreak
        case CMARK_NODE_LINEBREAK: self = .lineBreak
        case CMARK_NODE_HTML_INLINE: self = .htmlInline
        case CMARK_NODE_STRONG: self = .strong
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_EMPH, CMARK_NODE_LINK, CMARK_NODE_IMAGE,
             CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE, CMARK_NODE_FOOTNOTE_DEFINITION,
             CMARK_NODE_FOOTNOTE_REFERENCE:
            self = .other
        default: self.init(extension: String(cString: cmark_node_get_type_string(node)))
        }
    }

    /// Extension nodes have no public type constants: their type strings name them.
    private init(extension name: String) {
        switch name {
        case "strikethrough": self = .strikethrough
        case "table": self = .table
        case "table_row", "table_header": self = .tableRow
        case "table_cell": self = .tableCell
        default: self = .other
        }
    }
}

/// Inline text being gathered for one block, with what the note reader needs to know of it.
/// The text is kept as UTF-8 bytes copied straight from cmark's literals: a block makes one
/// `String`, when it is emitted, however many pieces its text came in.
private struct InlineText {
    var bytes: [UInt8] = []
    /// Letters and digits in bold and struck through, counted as they come; all the text's
    /// letters are counted only when these make it matter.
    var boldLetters = 0
    var struckLetters = 0
    var boldDepth = 0
    var strikeDepth = 0
    var leadingBold: [UInt8]?
    var capturingLeadingBold = false
    var droppedPrivate = false

    var isEmpty: Bool { bytes.isEmpty }
    /// The text without white space at either end.
    var trimmed: String { String(decoding: bytes, as: UTF8.self).trimmingWhitespace }
    var trimmedLeadingBold: String? { leadingBold.map { String(decoding: $0, as: UTF8.self).trimmingWhitespace } }

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: piece)
        if capturingLeadingBold { leadingBold = (leadingBold ?? []) + piece }
        guard boldDepth > 0 || strikeDepth > 0 else { return }
        let count = InlineText.letters(in: piece)
        if boldDepth > 0 { boldLetters += count }
        if strikeDepth > 0 { struckLetters += count }
    }

    /// The letters and digits of the whole text.
    var letters: Int { bytes.withUnsafeBufferPointer(InlineText.letters) }

    /// ASCII, most text, is counted in one pass over its bytes; other text scalar by scalar.
    private static func letters(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes {
            if byte >= 0x80 { return lettersAndDigits(in: String(decoding: bytes, as: UTF8.self)) }
            if byte.isASCIILetterOrDigit { count += 1 }
        }
        return count
    }

    /// A line break in the text.
    mutating func appendNewline() {
        bytes.append(10)
        if capturingLeadingBold { leadingBold = (leadingBold ?? []) + [10] }
    }

    private static func lettersAndDigits(in text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where scalar.value < 0x80 ? UInt8(scalar.value).isASCIILetterOrDigit
            : scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            count += 1
        }
        return count
    }

    /// Whether the bytes hold nothing but white space (`Character.isWhitespace`).
    static func isBlank(_ bytes: some Collection<UInt8>) -> Bool {
        for byte in bytes where !byte.isASCIISpace {
            return byte < 0x80 ? false : String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace)
        }
        return true
    }

    mutating func enterStrong() {
        if boldDepth == 0, leadingBold == nil, InlineText.isBlank(bytes) { capturingLeadingBold = true }
        boldDepth += 1
    }

    mutating func exitStrong() {
        boldDepth -= 1
        if boldDepth == 0 { capturingLeadingBold = false }
    }
}

/// A list item whose own paragraphs are still being read.
private struct OpenItem {
    var node: OpaquePointer
    var block: MarkdownBlock
    var text = InlineText()
    var emitted = false
}

private struct Converter {
    let source: String
    let lineOffset: Int
    var blocks: [MarkdownBlock] = []
    var privateParts: [PrivatePart] = []

    private var inline: InlineText?
    private var inlineLine = 0
    /// The byte buffer of the last text emitted, kept for the next text to fill: one buffer
    /// serves block after block instead of one allocated per block.
    private var spareBytes: [UInt8] = []
    private var cells: [String] = []
    private var struckCells: [Bool] = []
    private var tableCount = 0
    /// List items whose own paragraphs are still being read, innermost last.
    private var openItems: [OpenItem] = []
    /// What the comments say: private regions and `oneonone-` directives.
    private var marks = CommentMarks()
    /// Where the last column was counted to: line index, byte offset, characters before it.
    private var lastColumn: (line: Int, byte: Int, characters: Int)?
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        source.forEachOffset(ofByte: 10) { starts.append($0 + 1) }
        return starts
    }()

    init(source: String, lineOffset: Int) {
        self.source = source
        self.lineOffset = lineOffset
    }

    mutating func walk(_ root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, entering: event == CMARK_EVENT_ENTER)
        }
        marks.finish(lastLine: lineStarts.count + lineOffset)
        privateParts = marks.privateParts
    }

    private mutating func visit(_ node: OpaquePointer, entering: Bool) {
        let kind = NodeKind(node)
        switch kind {
        case .list:
            if entering { flushItem(before: node) }
        case .item:
            if entering {
                flushItem(before: node)
                let task: Bool? = strcmp(cmark_node_get_type_string(node), "tasklist") == 0
                    ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil
                openItems.append(OpenItem(node: node, block: block(.listItem(task: task), node)))
            } else if let item = openItems.popLast(), !item.emitted {
                emit(item.block, item.text)
                recycle(item.text)
            }
        case .paragraph:
            if entering {
                if let top = itemOwning(node) {
                    // Taken out of the item while read, so its bytes are appended to in place.
                    var text = InlineText()
                    swap(&text, &openItems[top].text)
                    if !text.isEmpty { text.appendNewline() }
                    inline = text
                } else {
                    flushItem(before: node)
                    inline = InlineText()
                }
                inlineLine = line(node)
            } else if var text = inline.take() {
                if let top = itemOwning(node) {
                    text.boldDepth = 0
                    text.strikeDepth = 0
                    openItems[top].text = text
                } else {
                    emit(block(.paragraph, node), text)
                    recycle(text)
                }
            }
        case .heading:
            if entering {
                flushItem(before: node)
                inline = InlineText()
                inlineLine = line(node)
            } else if var text = inline.take() {
                if let parent = cmark_node_parent(node), cmark_node_get_type(parent) != CMARK_NODE_DOCUMENT {
                    // A heading inside a blockquote or list item is quoted text, not the note's
                    // structure: it titles what follows like a bold line, and cannot end a section.
                    text.boldLetters = text.letters
                    emit(block(.paragraph, node), text)
                } else {
                    emit(block(.heading(level: Int(cmark_node_get_heading_level(node))), node), text)
                }
                recycle(text)
            }
        case .table:
            if entering { flushItem(before: node); tableCount += 1 }
        case .tableRow:
            if entering {
                cells = []
                struckCells = []
            } else {
                let isHeader = cmark_gfm_extensions_get_table_row_is_header(node) != 0
                var row = block(.tableRow(table: tableCount, isHeader: isHeader), node)
                row.cells = cells
                row.struckCells = struckCells
                if marks.isHiding { marks.countHidden() } else if cells.contains(where: { !$0.isEmpty }) {
                    row.text = cells.filter { !$0.isEmpty }.joined(separator: " | ")
                    blocks.append(row)
                }
            }
        case .tableCell:
            if entering {
                inline = InlineText()
                inlineLine = line(node)
            } else {
                cells.append(inline?.trimmed ?? "")
                struckCells.append(inline.map { $0.struckLetters > 0 && $0.struckLetters == $0.letters } ?? false)
                if let text = inline.take() { recycle(text) }
            }
        case .codeBlock:
            flushItem(before: node)
        case .htmlBlock:
            flushItem(before: node)
            read(comments: literal(node), startingAt: line(node))
        case .text, .code:
            guard inline != nil, let literal = cmark_node_get_literal(node) else { break }
            let count = strlen(literal)
            literal.withMemoryRebound(to: UInt8.self, capacity: count) { appendInline(UnsafeBufferPointer(start: $0, count: count)) }
        case .softBreak, .lineBreak:
            if inline != nil, !marks.isHiding { inline?.appendNewline() }
            inlineLine += 1
        case .htmlInline:
            read(comments: literal(node), startingAt: inlineLine)
        case .strong:
            if entering { inline?.enterStrong() } else { inline?.exitStrong() }
        case .strikethrough:
            inline?.strikeDepth += entering ? 1 : -1
        case .other:
            break
        }
    }

    private mutating func appendInline(_ piece: UnsafeBufferPointer<UInt8>) {
        if marks.isHiding {
            if !InlineText.isBlank(piece) { inline?.droppedPrivate = true }
        } else {
            if inline?.bytes.capacity == 0 {
                swap(&inline!.bytes, &spareBytes)
                inline?.bytes.removeAll(keepingCapacity: true)
            }
            inline?.append(piece)
        }
    }

    /// Keeps the bytes of a text that is done with for the next one.
    private mutating func recycle(_ text: borrowing InlineText) {
        if text.bytes.capacity > spareBytes.capacity { spareBytes = text.bytes }
    }

    /// The innermost open list item when `node` is one of its own blocks and its text is not
    /// emitted yet.
    private func itemOwning(_ node: OpaquePointer) -> Int? {
        guard let top = openItems.indices.last, !openItems[top].emitted, cmark_node_parent(node) == openItems[top].node else { return nil }
        return top
    }

    /// Emits a list item's own text before whatever nested block begins inside it.
    private mutating func flushItem(before node: OpaquePointer) {
        guard let top = itemOwning(node) else { return }
        openItems[top].emitted = true
        emit(openItems[top].block, openItems[top].text)
        swap(&spareBytes, &openItems[top].text.bytes)
    }

    private mutating func emit(_ block: consuming MarkdownBlock, _ text: borrowing InlineText) {
        if text.droppedPrivate {
            // Count the block once in the private part that hid (some of) it.
            marks.countHidden()
        }
        let trimmed = text.trimmed
        if trimmed.isEmpty { return }
        block.text = trimmed
        block.isBoldOnly = text.boldLetters > 0 && text.boldLetters == text.letters
        block.isStruckThrough = text.struckLetters > 0 && text.struckLetters == text.letters
        block.leadingBold = text.trimmedLeadingBold
        blocks.append(block)
    }

    /// Comments go to the note layer's `CommentMarks`; the directives it finds become blocks,
    /// in document order.
    private mutating func read(comments html: String, startingAt line: Int) {
        for directive in marks.read(html, startingAt: line) {
            blocks.append(MarkdownBlock(kind: .directive, line: directive.line, endLine: directive.line, column: 1, text: directive.text))
        }
    }

    private mutating func block(_ kind: MarkdownBlock.Kind, _ node: OpaquePointer) -> MarkdownBlock {
        var start = line(node)
        // cmark-gfm leaves some nodes without a position (a paragraph whose last line a table
        // took as its header starts at "line 0"): such a block starts after the one before it.
        if start <= lineOffset { start = (blocks.last?.endLine ?? lineOffset) + 1 }
        let end = max(start, Int(cmark_node_get_end_line(node)) + lineOffset)
        return MarkdownBlock(kind: kind, line: start, endLine: end, column: column(node), text: "")
    }

    private func line(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) + lineOffset }

    private func literal(_ node: OpaquePointer) -> String {
        guard let text = cmark_node_get_literal(node) else { return "" }
        return String(cString: text)
    }

    /// cmark counts columns in UTF-8 bytes; people count characters. Blocks on one line come in
    /// column order (`- - - x` nests three items on one line), so the count goes on from the
    /// last block's column rather than from the line's start: linear however deep the nesting.
    private mutating func column(_ node: OpaquePointer) -> Int {
        let byteColumn = Int(cmark_node_get_start_column(node))
        let lineIndex = Int(cmark_node_get_start_line(node)) - 1
        guard byteColumn > 1, lineIndex >= 0, lineIndex < lineStarts.count else { return max(1, byteColumn) }
        let utf8 = source.utf8
        let lineStart = lineStarts[lineIndex]
        let lineEnd = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] : utf8.count
        let target = min(lineStart + byteColumn - 1, lineEnd)
        var from = (byte: lineStart, characters: 0)
        if let last = lastColumn, last.line == lineIndex, last.byte <= target { from = (last.byte, last.characters) }
        let start = utf8.index(utf8.startIndex, offsetBy: from.byte)
        let end = utf8.index(utf8.startIndex, offsetBy: target)
        let prefix = utf8[start..<end]
        let characters = from.characters + (prefix.allSatisfy { $0 < 0x80 } ? prefix.count : String(decoding: prefix, as: UTF8.self).count)
        lastColumn = (lineIndex, target, characters)
        return characters + 1
    }
}
