/// Reads one meeting's blocks into sections and items (PRODUCT.md, "Sections" and "Items").
struct MeetingReader {
    let options: ParseOptions
    let reader: ItemReader
    /// The two sides of the series, for attribution, owners and feedback direction.
    let sides: Sides
    /// The meeting's date, for year-less due dates; nil while the date is not yet known.
    var anchor: Day?

    private(set) var sections: [Section] = []
    private(set) var items: [Item] = []
    private(set) var privateParts: [PrivatePart] = []
    private(set) var duration: RecordedDuration?
    private(set) var next: Day?
    private(set) var status: MeetingStatus?

    private struct Frame {
        var level: Int
        var topic: Topic
        var feedback: FeedbackDirection?
        var attribution: Attribution?
        /// The heading's words, so that an item copying its question (`### What can we
        /// celebrate?` over `- What can we celebrate?`) is known for a placeholder.
        var titleWords: [String] = []
        /// Set for a private section: where it started and how many blocks it hid.
        var privateStart: Int?
        var privateItems = 0
    }

    private var frames: [Frame] = []
    private var tables: [Int: TableColumns] = [:]
    /// The note's headings as read so far, shared by its meetings; nil for a one-meeting note.
    private let titles: TitleReadings?

    init(options: ParseOptions, reader: ItemReader, sides: Sides, anchor: Day?, titles: TitleReadings? = nil) {
        self.options = options
        self.reader = reader
        self.sides = sides
        self.anchor = anchor
        self.titles = titles
    }

    /// Bold paragraphs act as headings one level below any real heading.
    private static let pseudoHeadingLevel = 7

    mutating func read(_ blocks: ArraySlice<MarkdownBlock>, endLine: Int) {
        for block in blocks {
            switch block.kind {
            case .heading(let level):
                openSection(block.text, level: level, line: block.line)
            case .paragraph where MeetingReader.isPseudoHeading(block):
                openSection(block.text, level: MeetingReader.pseudoHeadingLevel, line: block.line)
            case _ where isPrivate:
                if block.kind != .directive { frames[frames.count - 1].privateItems += 1 }
            case .paragraph:
                readParagraph(block)
            case .listItem(let task):
                addItem(block.text, line: block.line, column: block.column, task: task, struck: block.isStruckThrough)
            case .tableRow(let table, let isHeader):
                readRow(block, table: table, isHeader: isHeader)
            case .directive:
                break
            }
        }
        closeSections(downTo: 0, before: endLine + 1)
    }

    private var isPrivate: Bool { frames.last?.privateStart != nil }

    /// A one-line paragraph that titles what follows: all bold (`**Action items**`), or a few
    /// words ending in a colon (`Next steps:`, `Talked about:`).
    static func isPseudoHeading(_ block: MarkdownBlock) -> Bool {
        guard !block.text.hasByte(10) else { return false }
        let most: Int
        if block.isBoldOnly {
            most = 8
        } else if block.text.hasSuffix(":") || block.text.hasSuffix("：") {
            most = 6
        } else {
            return false
        }
        return block.text.split(separator: " ").count <= most
    }

    // MARK: Sections

    private mutating func openSection(_ title: String, level: Int, line: Int) {
        closeSections(downTo: level, before: line)
        if isPrivate {
            // A heading inside a private section is private too.
            frames[frames.count - 1].privateItems += 1
            return
        }
        let named: Topic?, titleWords: [String]
        if let titles {
            (named, titleWords) = titles.reading(title) { (options.vocabulary.topic(forTitle: title), Words.of(title)) }
        } else {
            (named, titleWords) = (options.vocabulary.topic(forTitle: title), Words.of(title))
        }
        if named == .private {
            frames.append(Frame(level: level, topic: .private, privateStart: line))
            // Only the heading's first word is ever shown (`Private`, never `Private: Sam's review`).
            let shown = title.split(whereSeparator: \.isWhitespace).first.map { String($0.prefix { $0.isLetter }) } ?? ""
            sections.append(Section(title: shown.isEmpty ? "Private" : shown, topic: .private, level: level, line: line))
            return
        }
        let parent = frames.last
        var topic = named ?? parent?.topic ?? .notes
        if named?.isGeneral == true, let parentTopic = parent?.topic, !parentTopic.isGeneral { topic = parentTopic }
        let attribution = (named == nil || named == .agenda) ? attribution(forTitleWords: Words.of(title, stemming: false)) : nil
        let feedback = topic == .feedback ? (feedbackDirection(title) ?? parent?.feedback) : nil
        frames.append(Frame(level: level, topic: topic, feedback: feedback, attribution: attribution ?? parent?.attribution,
                            titleWords: titleWords))
        sections.append(Section(title: title, topic: topic, level: level, line: line, feedback: feedback))
    }

    private mutating func closeSections(downTo level: Int, before line: Int) {
        while let top = frames.last, top.level >= level {
            frames.removeLast()
            if let start = top.privateStart {
                privateParts.append(PrivatePart(lines: start...max(start, line - 1), items: top.privateItems))
            }
        }
    }

    // MARK: Paragraphs

    private mutating func readParagraph(_ block: MarkdownBlock) {
        var lines = MeetingReader.lines(of: block.text)
        var firstLine = block.line
        // `**Check-in**` on its own line, with the text under it: a heading, then content.
        if lines.count > 1, let bold = block.leadingBold, MeetingReader.letters(of: bold) == MeetingReader.letters(of: lines[0]) {
            openSection(String(lines[0]).trimmingWhitespace, level: MeetingReader.pseudoHeadingLevel, line: block.line)
            lines.removeFirst()
            firstLine += 1
            if isPrivate {
                frames[frames.count - 1].privateItems += 1
                return
            }
        }
        // A leading bold label names the topic of what follows (`**Blockers:** waiting on legal`).
        let labelTopic = firstLine == block.line ? block.leadingBold.flatMap { options.vocabulary.topic(forTitle: $0) } : nil
        var current: (text: String, line: Int)?
        for (offset, line) in lines.enumerated() {
            let lineNumber = firstLine + offset
            let text = line.trimmingWhitespace
            if text.isEmpty { continue }
            if readLabel(text, line: lineNumber) {
                flush(&current, block: block, labelTopic: labelTopic)
                continue
            }
            if current == nil || ItemReader.startsAction(text) {
                flush(&current, block: block, labelTopic: labelTopic)
                current = (text, lineNumber)
            } else {
                current?.text += " " + text
            }
        }
        flush(&current, block: block, labelTopic: labelTopic)
    }

    /// The text's lines, empty ones too, found by memchr (most paragraphs are one line).
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        while let newline = text.firstIndex(ofByte: 10, from: start) {
            lines.append(text[start..<newline])
            start = text.utf8.index(after: newline)
        }
        lines.append(text[start...])
        return lines
    }

    private mutating func flush(_ current: inout (text: String, line: Int)?, block: MarkdownBlock, labelTopic: Topic?) {
        guard let pending = current else { return }
        current = nil
        // Only a paragraph's first line starts at the block's column; the lines under it start the line.
        let column = pending.line == block.line ? block.column : 1
        addItem(pending.text, line: pending.line, column: column, task: nil, struck: block.isStruckThrough, labelTopic: labelTopic, inParagraph: true)
    }

    static func letters(of text: some StringProtocol) -> String {
        String(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.isASCIIDigit }.map(Character.init))
    }

    /// A `Key: value` line that records something about the meeting rather than discussing
    /// anything (`Date: …`, `Duration: 45m`, `Attendees: …`). Returns false when the line is content.
    private mutating func readLabel(_ text: String, line: Int) -> Bool {
        guard let colon = MeetingReader.labelColon(in: text), MeetingReader.mayBeLabelKey(text[..<colon.lowerBound]) else { return false }
        let key = Words.of(text[..<colon.lowerBound], stemming: false).joined(separator: " ")
        let value = text[colon.upperBound...].trimmingWhitespace
        switch key {
        case "date", "when", "meeting date", "day":
            return DateScanner.mentions(in: value, order: options.dateOrder).first != nil
        case "with", "attendees", "participants", "location", "where", "time", "manager", "cadence", "tags", "kind", "type", "meeting", "room", "link", "zoom", "calendar":
            return true
        case "duration", "length":
            guard let minutes = FrontMatter.minutes(value) else { return false }
            duration = RecordedDuration(minutes: minutes, line: line)
            return true
        case "status":
            guard let parsed = FrontMatter.status(value) else { return false }
            status = parsed
            return true
        case "next", "next meeting", "next 1 1", "next one on one", "next sync":
            guard let date = DateScanner.mentions(in: value, order: options.dateOrder).first(where: { !$0.isAmbiguous }) else { return false }
            next = next ?? date.resolved(near: anchor)
            return true
        default:
            return false
        }
    }

    /// Every key below has at most 12 letters and digits and 4 words, each of which may lose a
    /// possessive `s`: text before a colon with more than 20 ASCII letters and digits is no key.
    private static func mayBeLabelKey(_ text: Substring) -> Bool {
        var count = 0
        for byte in text.utf8 where byte.isASCIILetterOrDigit {
            count += 1
            if count > 20 { return false }
        }
        return true
    }

    /// The first `:` or `：` of a line.
    private static func labelColon(in text: String) -> Range<String.Index>? {
        if text.isASCII {
            return text.firstIndex(ofByte: UInt8(ascii: ":"), from: text.startIndex).map { $0..<text.utf8.index(after: $0) }
        }
        return text.firstIndex { $0 == ":" || $0 == "：" }.map { $0..<text.index(after: $0) }
    }

    // MARK: Tables

    private struct TableColumns {
        var action: Int?
        var owner: Int?
        var due: Int?
        var status: Int?
    }

    private static let actionHeaders = Set(Words.of("action task item todo what next step commitment"))
    private static let ownerHeaders = Set(Words.of("owner who assignee responsible"))
    private static let dueHeaders = Set(Words.of("due deadline when date by"))
    private static let statusHeaders = Set(Words.of("status done state complete"))

    private mutating func readRow(_ block: MarkdownBlock, table: Int, isHeader: Bool) {
        if isHeader {
            var columns = TableColumns()
            for (index, cell) in block.cells.enumerated() {
                let words = Set(Words.of(cell))
                if columns.action == nil, !words.isDisjoint(with: MeetingReader.actionHeaders) {
                    columns.action = index
                } else if columns.owner == nil, !words.isDisjoint(with: MeetingReader.ownerHeaders) {
                    columns.owner = index
                } else if columns.due == nil, !words.isDisjoint(with: MeetingReader.dueHeaders) {
                    columns.due = index
                } else if columns.status == nil, !words.isDisjoint(with: MeetingReader.statusHeaders) {
                    columns.status = index
                }
            }
            tables[table] = columns
            return
        }
        guard let columns = tables[table], let actionColumn = columns.action else {
            addItem(block.text, line: block.line, column: block.column, task: nil, struck: block.isStruckThrough)
            return
        }
        func cell(_ index: Int?) -> String? {
            guard let index, index < block.cells.count, !block.cells[index].isEmpty else { return nil }
            return block.cells[index]
        }
        guard let text = cell(actionColumn) else { return }
        let struck = block.struckCells.indices.contains(actionColumn) && block.struckCells[actionColumn]
        let owner = cell(columns.owner).flatMap { ItemReader.firstName($0.hasPrefix("@") ? String($0.dropFirst()) : $0) }.map(options.canonicalName)
        let due = cell(columns.due).flatMap { DateScanner.mentions(in: $0, order: options.dateOrder, numericWithoutYear: true).first { !$0.isAmbiguous } }
        let done = cell(columns.status).map(MeetingReader.meansDone) ?? false
        addItem(text, line: block.line, column: block.column, task: nil, struck: struck || block.isStruckThrough,
                table: TableAction(owner: owner, due: due, isDone: done))
    }

    private static let doneWords = Set(Words.of("done complete completed closed finished yes x true shipped resolved"))

    static func meansDone(_ cell: String) -> Bool {
        ItemReader.hasDoneMarker(cell) || cell.includes("☑") || cell.includes("✓")
            || !Set(Words.of(cell)).isDisjoint(with: doneWords)
    }

    private struct TableAction {
        var owner: String?
        var due: DateMention?
        var isDone: Bool
    }

    // MARK: Items

    private mutating func addItem(_ raw: String, line: Int, column: Int, task: Bool?, struck: Bool,
                                  labelTopic: Topic? = nil, table: TableAction? = nil, inParagraph: Bool = false) {
        let reading = reader.read(raw)
        guard !reading.text.isEmpty else { return }
        let frame = frames.last
        let sectionTopic = frame?.topic ?? .notes
        // The item's words, made only when something needs all of them: most items are told
        // apart from prompts and their section's question by their first word alone.
        var madeWords: [String]?
        func words() -> [String] {
            if let madeWords { return madeWords }
            let made = Words.of(reading.text)
            madeWords = made
            return made
        }
        let firstWord = Words.first(of: reading.text)
        let topic = topic(reading: reading, labelTopic: labelTopic, sectionTopic: sectionTopic)
        var item = Item(text: reading.text, line: line, column: column, topic: topic)
        if topic == .feedback { item.feedback = frame?.feedback ?? feedbackDirection(reading.text) }
        item.attribution = reading.attributedTo.map(attribution(forName:)) ?? frame?.attribution
        // Placeholders are not content (PRODUCT.md, "Unfilled notes"): a template's prompt, a
        // `[TODO]`, a separator, or a copy of the section's question.
        item.isPrompt = options.prompts.contains(first: firstWord, words: words) || ItemReader.isPlaceholder(reading.text)
            || (firstWord != nil && firstWord == frame?.titleWords.first && words() == frame?.titleWords)
        // A list item struck through whole is a finished to-do, whatever section it is in.
        let isAction = task != nil || reading.isActionByPrefix || table != nil || sectionTopic == .actionItems || (struck && task == nil && !inParagraph)
        if isAction {
            let said = reader.action(reading)
            var owner = table?.owner ?? said.owner
            if owner == nil, let attribution = frame?.attribution { owner = name(of: attribution) }
            let due = (table?.due ?? said.due)?.resolved(near: anchor)
            item.action = Action(owner: owner, due: due, isDone: task == true || struck || said.isDone || table?.isDone == true)
            item.carriedFrom = said.carriedFrom
        } else if sectionTopic == .nextMeeting, next == nil {
            next = DateScanner.mentions(in: reading.text, order: options.dateOrder).first { !$0.isAmbiguous }?.resolved(near: anchor)
        }
        items.append(item)
    }

    private func topic(reading: ItemReader.Reading, labelTopic: Topic?, sectionTopic: Topic) -> Topic {
        // A loop, not a lazy map: a closure would copy the whole reader an item.
        for tag in reading.hashtags {
            if let tagged = options.vocabulary.topic(forTitle: tag) { return tagged }
        }
        if let labelTopic, !labelTopic.isGeneral { return labelTopic }
        if !sectionTopic.isGeneral { return sectionTopic }
        return options.vocabulary.inferredTopic(for: reading.text) ?? sectionTopic
    }

    // MARK: People

    private func attribution(forName name: String) -> Attribution {
        let key = options.canonicalName(name)
        return sides.side(of: key) ?? .other(key)
    }

    private func name(of attribution: Attribution) -> String? {
        sides.name(of: attribution)
    }

    /// A sub-section titled for a person: `### Alice's topics`, `### Sam`, `### Manager topics`.
    private func attribution(forTitleWords words: [String]) -> Attribution? {
        for word in words {
            if word == "your" { return .report }
            let key = options.canonicalName(word)
            if key == sides.person || key == sides.manager || key == sides.me || word == "manager" || word == "report" { return sides.side(of: key) }
            if options.people[key] != nil { return .other(key) }
        }
        // `### Sam's topics` with no manager named: a possessive name is someone's.
        let rest = words.dropFirst(words.count >= 2 && words[1] == "s" ? 2 : 1)
        if words.count >= 2, words.count <= 3, !rest.isEmpty, rest.allSatisfy(MeetingReader.titleWordsAfterName.contains) {
            return sides.side(of: options.canonicalName(words[0]))
        }
        return nil
    }

    private static let titleWordsAfterName: Set<String> = ["topics", "topic", "items", "agenda", "points", "questions"]

    /// Feedback to the manager (`feedback for you`, `for Sam`, `upward`) or to the report.
    private func feedbackDirection(_ text: String) -> FeedbackDirection? {
        // One pass over the words' bytes. `upward` or `downward` anywhere decides; else an
        // upward phrase anywhere outranks a first-person one; else the first word naming a side.
        let sideWords = options.words(naming: [sides.person, sides.manager, sides.me].compactMap { $0 })
        var upward = false, downward = false, upwardPhrase = false, firstPerson = false
        var named: String?
        // The three words before this one, nearest first.
        var before: (FeedbackWord, FeedbackWord, FeedbackWord) = (.other, .other, .other)
        Words.forEach(in: text, stemming: false) { bytes in
            let word = FeedbackWord(bytes)
            switch (before.0, word) {
            case (_, .upward): upward = true
            case (_, .downward): downward = true
            case (.for, .you), (.for, .manager), (.support, .you): upwardPhrase = true
            case (.for, .me), (.to, .me), (.on, .my), (.of, .my): firstPerson = true
            case (.i, .doing) where before.1 == .am && before.2 == .how: firstPerson = true
            default: break
            }
            if named == nil, word == .report || sideWords.contains(where: { $0.hasUTF8(bytes) }) {
                named = String(decoding: bytes, as: UTF8.self)
            }
            before = (word, before.0, before.1)
        }
        if upward { return .upward }
        if downward { return .downward }
        if upwardPhrase { return .upward }
        if firstPerson { return sides.firstPersonFeedback }
        if let named {
            // A word is lowercased and trimmed already: only an alias can change it.
            return sides.side(of: options.canonicalWord(named)) == .manager ? .upward : .downward
        }
        // `Feedback for Sam` in Frank's series with no manager named: a capitalised name after
        // "for" that is not Frank's stands for the manager's side.
        guard let name = MeetingReader.wordAfterForOrTo(text), let first = name.first, first.isUppercase,
              let side = sides.side(of: options.canonicalName(String(name))) else { return nil }
        return side == .manager ? .upward : .downward
    }

    /// The words feedback phrases are made of, told by their bytes packed into one number.
    private enum FeedbackWord {
        case upward, downward, `for`, you, manager, me, support, to, on, of, my, how, am, i, doing, report, other

        private static let spelled: [(UInt64, FeedbackWord)] = ([
            ("upward", .upward), ("downward", .downward), ("for", .for), ("you", .you), ("manager", .manager),
            ("me", .me), ("support", .support), ("to", .to), ("on", .on), ("of", .of), ("my", .my), ("how", .how),
            ("am", .am), ("i", .i), ("doing", .doing), ("report", .report),
        ] as [(String, FeedbackWord)]).map { (packed($0.0.utf8), $0.1) }

        /// Up to eight bytes as one number: no word holds a zero byte, so no two words share one.
        private static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
            bytes.reduce(0) { $0 << 8 | UInt64($1) }
        }

        /// `foldingCase` lowercases ASCII letters, for a run of letters as written.
        init(_ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) {
            self = .other
            guard bytes.count <= 8 else { return }
            let number = foldingCase ? FeedbackWord.packed(bytes.lazy.map { $0 | 0x20 }) : FeedbackWord.packed(bytes)
            for (spelling, word) in FeedbackWord.spelled where spelling == number {
                self = word
                return
            }
        }
    }

    /// The word after the first `for` or `to`, words being runs of letters.
    private static func wordAfterForOrTo(_ text: String) -> Substring? {
        if text.isASCII, let found = text.utf8.withContiguousStorageIfAvailable(wordAfterForOrTo(inASCII:)) {
            let utf8 = text.utf8
            return found.map { text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
        }
        let written = text.split(whereSeparator: { !$0.isLetter })
        guard let at = written.firstIndex(where: { $0.lowercased() == "for" || $0.lowercased() == "to" }), at + 1 < written.count else { return nil }
        return written[at + 1]
    }

    /// `wordAfterForOrTo` on ASCII text's bytes: where the word stands.
    private static func wordAfterForOrTo(inASCII bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var index = 0
        var afterForOrTo = false
        while index < bytes.count {
            guard bytes[index].isASCIILetter else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, bytes[index].isASCIILetter { index += 1 }
            if afterForOrTo { return start..<index }
            afterForOrTo = index - start <= 3 && [.for, .to].contains(FeedbackWord(UnsafeBufferPointer(rebasing: bytes[start..<index]), foldingCase: true))
        }
        return nil
    }
}

/// A note's section headings, each read once for its topic and words: a running doc repeats the
/// same headings (`Check-in`, `Action items`) meeting after meeting. One note's, on one thread.
final class TitleReadings {
    private var known: [String: (topic: Topic?, words: [String])] = [:]

    func reading(_ title: String, _ read: () -> (Topic?, [String])) -> (topic: Topic?, words: [String]) {
        if let reading = known[title] { return reading }
        let reading = read()
        known[title] = reading
        return reading
    }
}
