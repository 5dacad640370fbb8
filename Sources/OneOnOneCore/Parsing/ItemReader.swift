/// Reads what an item's text says beyond its words: action prefixes, owner, due date, done
/// markers, agenda attribution and hashtags (PRODUCT.md, "Action items").
struct ItemReader {
    var order: DateOrder?
    /// Names that may lead an item as its owner (`Alice to …`): the series' person, the manager
    /// and the configured people, lowercased.
    var knownNames: Set<String>
    var canonical: (String) -> String

    /// What one item's text says about every item.
    struct Reading {
        var text: String
        var isActionByPrefix = false
        /// Written `DONE …`, as Logseq marks a finished task.
        var isDoneByPrefix = false
        var attributedTo: String?
        var hashtags: [String] = []
    }

    /// What an action item's text says about the action; asked only of action items, which are
    /// few, because finding owners and dates is most of the cost of reading an item.
    struct ActionReading {
        var owner: String?
        var due: DateMention?
        var isDone: Bool
        var carriedFrom: Day?
    }

    func read(_ raw: String) -> Reading {
        var reading = Reading(text: raw.replacingNewlines)
        stripActionPrefix(&reading)
        reading.attributedTo = attribution(in: reading.text)
        reading.hashtags = ItemReader.hashtags(in: reading.text)
        return reading
    }

    func action(_ reading: Reading) -> ActionReading {
        ActionReading(owner: owner(in: reading.text), due: due(in: reading.text),
                      isDone: reading.isDoneByPrefix || ItemReader.hasDoneMarker(reading.text),
                      carriedFrom: ItemReader.carriedFrom(reading.text))
    }

    /// The date in the note `agenda` puts at the end of a carried item: `(from 2026-11-11)` or
    /// `(from 2026-11-11, overdue)`.
    static func carriedFrom(_ text: String) -> Day? {
        guard let note = carryNote(in: text) else { return nil }
        return Day(iso: String(text[note].dropFirst(" (from ".count).prefix(10)))
    }

    /// Where the agenda's `(from …)` note stands at the end of `text`.
    static func carryNote(in text: String) -> Range<String.Index>? {
        guard text.hasSuffix(")"), let open = text.lastUTF8Range(of: " (from ") else { return nil }
        return open.lowerBound..<text.endIndex
    }

    // MARK: Prefixes

    static let actionPrefixes = ["action item:", "action items:", "action:", "ai:", "todo:", "to-do:", "todo ", "[ai]", "next step:", "done "]
    /// The prefixes read byte by byte, `done ` aside (only `DONE ` in capitals starts an action).
    private static let actionPrefixBytes = actionPrefixes.filter { $0 != "done " }.map { (text: $0, bytes: Array($0.utf8)) }

    /// True when a line starts like an action item (`TODO`, `AI:`, `ACTION:`, Logseq's `DONE` …).
    static func startsAction(_ line: some StringProtocol) -> Bool {
        let trimmed = line.trimmingWhitespace
        if trimmed.hasPrefix("DONE ") { return true }
        return actionPrefix(of: trimmed) != nil || (trimmed.utf8.count == 4 && trimmed.lowercased() == "todo")
    }

    private func stripActionPrefix(_ reading: inout Reading) {
        // Logseq writes finished tasks as `DONE …`.
        if reading.text.utf8.first == UInt8(ascii: "D"), reading.text.hasPrefix("DONE ") {
            reading.text = String(reading.text.dropFirst(5)).trimmingWhitespace
            reading.isActionByPrefix = true
            reading.isDoneByPrefix = true
            return
        }
        guard let prefix = ItemReader.actionPrefix(of: reading.text) else { return }
        reading.text = String(reading.text.dropFirst(prefix.count)).trimmingWhitespace
        reading.isActionByPrefix = true
    }

    /// The action prefix (`TODO:`, `[AI]` …) that `text` starts with, in any case. Compared byte
    /// by byte with ASCII letters folded, without a lowercased copy of the text; only a
    /// non-ASCII character right after a prefix, which may join its last character, needs the copy.
    static func actionPrefix(of text: String) -> String? {
        // Every prefix starts with `a`, `t`, `n`, `d` or `[`, in either case, and no other
        // character lowercases to one of them: most text is told by its first byte.
        guard let first = text.utf8.first, first == UInt8(ascii: "[") || "atnd".utf8.contains(first | 0x20) else { return nil }
        let byBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            func folded(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
            for prefix in actionPrefixBytes where prefix.bytes[0] == folded(bytes[0]) {
                let count = prefix.bytes.count
                guard bytes.count >= count, (1..<count).allSatisfy({ folded(bytes[$0]) == prefix.bytes[$0] }) else { continue }
                return bytes.count > count && bytes[count] >= 0x80 ? .none : .some(prefix.text)
            }
            return .some(nil)
        }
        if let decided = byBytes ?? nil { return decided }
        let lower = text.lowercased()
        return actionPrefixes.first { $0 != "done " && lower.hasPrefix($0) }
    }

    // MARK: Placeholders

    /// What people and bots write where nothing was said yet.
    private static let placeholders: Set<String> = ["todo", "tbd", "tba", "n/a", "na", "…", "...", "-", "?", "xxx", "fill in", "fill me in"]

    private static let placeholderWrapping: Set<Character> = ["[", "]", "(", ")", "<", ">", "*", "_", "`", ":", " "]

    /// An item that holds no content: a placeholder word (`TODO`, `[TODO]`, `TBD`, `N/A`, `…`,
    /// `?`), or a line with no letter or digit (a separator such as `< ----|---- >`).
    static func isPlaceholder(_ text: String) -> Bool {
        // Most items start with an ASCII letter or digit and run past 36 bytes, more than a
        // placeholder and its wrapping can take (only ASCII lowercases to a placeholder word):
        // they hold content.
        if text.utf8.count > 36, let first = text.utf8.first, first.isASCIILetterOrDigit { return false }
        // More than 12 characters is no placeholder; ASCII counts them by bytes.
        if text.isASCII {
            if !text.utf8.contains(where: \.isASCIILetterOrDigit) { return true }
            guard text.utf8.count <= 12 else { return false }
        } else {
            if !text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.isASCIIDigit }) { return true }
            guard text.dropFirst(12).isEmpty else { return false }
        }
        var inner = Substring(text)
        while let first = inner.first, placeholderWrapping.contains(first) { inner.removeFirst() }
        while let last = inner.last, placeholderWrapping.contains(last) { inner.removeLast() }
        return placeholders.contains(inner.lowercased())
    }

    // MARK: Done

    static func hasDoneMarker(_ text: String) -> Bool {
        if text.includes("✅") || text.includes("✔") { return true }
        guard text.includes("done") || text.includes("Done") || text.includes("DONE") else { return false }
        let lower = text.lowercased()
        return lower.includes("(done)") || lower.includes("[done]") || lower.hasPrefix("done:")
            || lower.hasSuffix(" - done") || lower.hasSuffix(" — done") || lower.hasSuffix(" done.")
    }

    // MARK: Due

    /// Words that put a due date after them; `due` also covers `due:`, `due::` and `[due:: …]`.
    private static let dueWords = ["due", "by", "before", "deadline", "until", "📅", "⏳"]

    /// A date written after `due`, `by`, `📅` or in `[due:: …]`.
    func due(in text: String) -> DateMention? {
        // Most action items name no due date: none of the words that come before one.
        let lower = text.lowercased()
        guard ItemReader.dueWords.contains(where: { lower.includes($0) }) else { return nil }
        for mention in DateScanner.mentions(in: text, order: order, numericWithoutYear: true) where !mention.isAmbiguous {
            let before = text[..<mention.range.lowerBound].lowercased().trimmingCharacters(in: " \t([:")
            for word in ItemReader.dueWords where before.hasSuffix(word) {
                let start = before.index(before.endIndex, offsetBy: -word.count)
                if start == before.startIndex || !before[before.index(before: start)].isLetter { return mention }
            }
        }
        return nil
    }

    // MARK: Owner

    /// `@name`, `(owner: name)`, `owner: name`, `→ name`, or a leading `Name:`, `Name to …`,
    /// `Name will …` when Name is a known person.
    func owner(in text: String) -> String? {
        if let mention = ItemReader.atMention(in: text) { return canonical(mention) }
        let lower = text.lowercased()
        // Most items name no owner this way: look for the markers only where one may be.
        let mayHaveMarker = lower.includes("owner") || lower.includes("assignee") || lower.includes("->") || lower.utf8.contains(0xE2)
        for marker in ["owner:", "owner -", "owner=", "assignee:", "→", "->", "⇒"] where mayHaveMarker {
            if let range = lower.utf8Range(of: marker) {
                let after = lower[range.upperBound...].trimmingWhitespace
                if let name = ItemReader.firstName(after) { return canonical(name) }
            }
        }
        if let (first, hasMore) = ItemReader.firstWord(of: text) {
            var name = String(first).lowercased()
            if name.hasSuffix(":") {
                name.removeLast()
                if knownNames.contains(name) { return canonical(name) }
            } else if hasMore, knownNames.contains(name) {
                // `Sam to …`, `Sam will …`, `Sam — send …`, and in a task `Sam book the room`.
                return canonical(name)
            }
        }
        return nil
    }

    /// The text's first word (split at spaces), and whether another follows it.
    static func firstWord(of text: String) -> (word: Substring, hasMore: Bool)? {
        guard text.isASCII else {
            let words = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            return words.first.map { ($0, words.count > 1 && words[1].contains { $0 != " " }) }
        }
        let bytes = text.utf8
        guard let start = bytes.firstIndex(where: { $0 != 0x20 }) else { return nil }
        let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.endIndex
        return (text[start..<end], bytes[end...].contains { $0 != 0x20 })
    }

    /// The first `@name` that is not part of an e-mail address.
    static func atMention(in text: String) -> String? {
        guard text.hasByte(UInt8(ascii: "@")) else { return nil }
        if text.isASCII {
            let bytes = text.utf8
            var previous: UInt8 = 0x20
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == UInt8(ascii: "@"), !previous.isASCIILetterOrDigit,
                   let name = firstName(text[bytes.index(after: index)...]) {
                    return name
                }
                previous = byte
            }
            return nil
        }
        var previous: Character = " "
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch == "@", !(previous.isLetter || previous.isNumber) {
                let after = text[text.index(after: index)...]
                if let name = firstName(after) { return name }
            }
            previous = ch
            index = text.index(after: index)
        }
        return nil
    }

    /// A leading name: letters, digits, `.`, `-`, `_`, without trailing punctuation.
    static func firstName(_ text: some StringProtocol) -> String? {
        // An ASCII name ended by ASCII (or the end) is read by bytes: no combining mark can
        // join its characters. Anything else goes character by character.
        let bytes = text.utf8
        var end = bytes.startIndex
        while end < bytes.endIndex, ItemReader.isASCIINameByte(bytes[end]) { end = bytes.index(after: end) }
        if end == bytes.endIndex || bytes[end] < 0x80 {
            var name = String(text[bytes.startIndex..<end])
            while let last = name.utf8.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "-") || last == UInt8(ascii: "_") { name.removeLast() }
            return name.utf8.first?.isASCIILetter == true ? name.lowercased() : nil
        }
        var name = ""
        for ch in text {
            if ch.isLetter || ch.isNumber || ch == "." || ch == "-" || ch == "_" { name.append(ch) } else { break }
        }
        while let last = name.last, last == "." || last == "-" || last == "_" { name.removeLast() }
        return name.first?.isLetter == true ? name.lowercased() : nil
    }

    private static func isASCIINameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetterOrDigit || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    // MARK: Attribution

    /// A leading `@name:` or a trailing `(name)` with a known name or `manager`.
    func attribution(in text: String) -> String? {
        if text.utf8.first == UInt8(ascii: "@"), text.hasPrefix("@"), let name = ItemReader.firstName(text.dropFirst()) {
            let rest = text.dropFirst(1 + name.count)
            if rest.hasPrefix(":") { return canonical(name) }
        }
        // In ASCII text each byte is a character: the last `(` is found by its byte.
        if text.utf8.last == UInt8(ascii: ")"), text.hasSuffix(")"),
           let open = text.isASCII ? text.utf8.lastIndex(of: UInt8(ascii: "(")) : text.lastIndex(of: "(") {
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace.lowercased()
            if knownNames.contains(inside) || inside == "manager" { return canonical(inside) }
        }
        return nil
    }

    // MARK: Hashtags

    /// `#career`, `#check-in`: a `#` at a word start followed by a letter.
    static func hashtags(in text: String) -> [String] {
        guard text.hasByte(UInt8(ascii: "#")) else { return [] }
        var tags: [String] = []
        var previous: Character = " "
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "#", previous.isWhitespace || previous == "(" {
                var tag = ""
                var j = text.index(after: index)
                while j < text.endIndex, text[j].isLetter || text[j].isNumber || text[j] == "-" || text[j] == "_" {
                    tag.append(text[j])
                    j = text.index(after: j)
                }
                if tag.first?.isLetter == true { tags.append(tag.lowercased()) }
            }
            previous = text[index]
            index = text.index(after: index)
        }
        return tags
    }
}

extension String {
    /// The text on one line, with runs of white space as single spaces.
    var replacingNewlines: String {
        guard needsJoining else { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A line break, a tab or two spaces in a row, found in one pass over the bytes.
    private var needsJoining: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                // Letters and punctuation, most bytes, are told by one comparison.
                if byte <= 32, byte == 10 || byte == 13 || byte == 9 || (byte == 32 && previous == 32) { return true }
                previous = byte
            }
            return false
        } ?? (hasByte(10) || hasByte(13) || hasByte(9) || includes("  "))
    }
}
