import Testing
@testable import OneOnOneCore

/// The byte-level helpers must answer exactly as the `Character`-based code they replaced.
@Suite("Text bytes")
struct TextBytesTests {
    /// Ends that decide trimming: ASCII and non-ASCII white space, a combining mark after a
    /// space, CR LF, a no-break space, and text with no white space at all.
    static let trimmed = [
        "plain", "  both ends  ", "\ttab\n", "\u{00A0}nbsp\u{2003}", " \u{0301}mark", "end\r\n", "\r\n", "", "   ",
        "é", "x\u{0301} ", "\u{3000}ideographic\u{3000}",
    ]

    @Test("trimming white space matches the character-based answer", arguments: trimmed)
    func trimming(text: String) {
        let expected: String
        if let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) {
            expected = String(text[first...last])
        } else {
            expected = ""
        }
        #expect(text.trimmingWhitespace == expected)
        #expect(text[...].trimmingWhitespace == expected)
    }

    @Test("lines and newline counts are the ones splitting at every newline gives", arguments: [
        "", "one", "one\n", "\n", "\n\n", "a\nb", "a\n\nb\n", "ü\n→\r\nend", String(repeating: "line\n", count: 40),
    ])
    func lines(text: String) {
        let split = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map(Substring.init)
        #expect(MeetingReader.lines(of: text) == split)
        #expect(text.count(ofByte: 10) == split.count - 1)
    }

    @Test("a non-ASCII byte is seen wherever it stands, in the eight-byte steps and in the tail")
    func ascii() {
        let plain = String(repeating: "abcdefgh", count: 2) + "xyz"
        #expect(plain.isASCII)
        for offset in 0..<plain.utf8.count {
            var bytes = Array(plain.utf8)
            bytes[offset] = 0xC3
            #expect(!bytes.withUnsafeBufferPointer(\.isASCII), "byte \(offset)")
        }
        #expect([UInt8]().withUnsafeBufferPointer(\.isASCII))
    }

    @Test("an item is one line: breaks, tabs and runs of spaces become one space, other text is kept as written", arguments: [
        ("send the doc", "send the doc"), ("send\nthe doc", "send the doc"), ("send\r\nthe\tdoc ", "send the doc"),
        ("send  the doc", "send the doc"), (" send the doc ", " send the doc "), ("naïve\u{00A0}café", "naïve\u{00A0}café"),
    ] as [(String, String)])
    func oneLine(text: String, line: String) {
        #expect(text.replacingNewlines == line)
    }

    @Test("an action prefix is found from the bytes exactly as from the lowercased text", arguments: [
        "TODO: send", "todo send", "Todo:send", "[AI] book", "[ai]", "Action Items: x", "action item:", "AI:x", "Next Step: y",
        "done later", "todo:\u{301} x", "todo é", "To-Do: ü", "tod", "", "aİ: x", "ACTION:🎯", "todo", "TODO",
    ])
    func actionPrefix(text: String) {
        let lower = text.lowercased()
        let expected = ItemReader.actionPrefixes.first { $0 != "done " && lower.hasPrefix($0) }
        #expect(ItemReader.actionPrefix(of: text) == expected)
        #expect(ItemReader.startsAction(text) == (expected != nil || lower == "todo"))
    }

    @Test("finding a needle, at the start, the end, twice, never, and beyond non-ASCII text")
    func finding() throws {
        let text = "owner: alice → bob, owner: carol"
        let first = try #require(text.utf8Range(of: "owner:"))
        #expect(text[first] == "owner:" && first.lowerBound == text.startIndex)
        let arrow = try #require(text.utf8Range(of: "→"))
        #expect(text[arrow.upperBound...] == " bob, owner: carol")
        #expect(text.utf8Range(of: "carol").map { text[$0.upperBound...] } == "")
        #expect(text.utf8Range(of: "dave") == nil)
        #expect(text.utf8Range(of: "") == nil)
        #expect("ow".utf8Range(of: "owner") == nil)
        #expect("oooowner".includes("owner"))
        #expect(text.dropFirst(7).includes("owner:"))
        #expect(!text.dropFirst(28).includes("owner:"))
        let last = try #require(text.lastUTF8Range(of: "owner:"))
        #expect(text[last.upperBound...] == " carol")
        #expect("aaa".lastUTF8Range(of: "aa").map { "aaa".utf8.distance(from: "aaa".startIndex, to: $0.lowerBound) } == 1)
        #expect(text.lastUTF8Range(of: "dave") == nil)
    }

    @Test("bytes and ASCII")
    func bytes() {
        #expect("a@b".hasByte(UInt8(ascii: "@")))
        #expect(!"ab".hasByte(UInt8(ascii: "@")))
        #expect("plain text".isASCII)
        #expect(!"café".isASCII)
    }

    @Test("an item's first word, and whether more follow", arguments: [
        ("Sam to send it", "Sam", true), ("  Sam  ", "Sam", false), ("Sam \t", "Sam", true), ("Zoë to send", "Zoë", true),
        ("Zoë", "Zoë", false), ("Zoë  ", "Zoë", false),
    ])
    func firstWord(text: String, word: String, hasMore: Bool) throws {
        let found = try #require(ItemReader.firstWord(of: text))
        #expect(found.word == word && found.hasMore == hasMore)
        #expect(ItemReader.firstWord(of: "   ") == nil)
    }

    @Test("@mentions: not in an e-mail address, in ASCII and non-ASCII text", arguments: [
        ("ask @alice", "alice"), ("mail ops@example.com", nil), ("@bob: here", "bob"), ("é @zoë.", "zoë"), ("x@y @carol", "carol"),
        ("@ alone", nil),
    ] as [(String, String?)])
    func mentions(text: String, name: String?) {
        #expect(ItemReader.atMention(in: text) == name)
    }

    @Test("a placeholder: wrapped words, long text, separators", arguments: [
        ("[TODO]", true), ("**TBD**", true), ("`n/a`", true), ("< ----|---- >", true), ("todo: write the doc", false),
        ("(fill me in)", true), ("a long item that says something", false),
    ])
    func placeholders(text: String, isPlaceholder: Bool) {
        #expect(ItemReader.isPlaceholder(text) == isPlaceholder)
    }
}

/// The flat front matter reader must read exactly what libyaml reads, positions included.
@Suite("Flat YAML")
struct FlatYAMLTests {
    @Test("a flat mapping reads as libyaml reads it", arguments: [
        "date: 2025-03-12\nwith: Alice Kowalski\nmanager: Avery Adams\n",
        "date: 2025-03-12\n\nstatus: held\nduration: 45m\n",
        "with:   Zoe (skip-level)\nkind: one-on-one\ncadence: 2w\ntags: career, growth\n",
        "person_name: Bob\nnext-meeting: 2026/03/04\n",
        "a: b",
    ])
    func sameAsLibyaml(text: String) throws {
        let flat = try #require(YAMLValue.flatMapping(text, lineOffset: 1))
        #expect(flat == (try YAMLValue.composed(text, lineOffset: 1)))
    }

    @Test("anything YAML gives a meaning is left to libyaml", arguments: [
        "date: 2025-03-12 # a comment\n", "with: \"Alice\"\n", "tags: [a, b]\n", "a: &x b\n", "time: 10:30\n", "a: b\na: c\n",
        "- a\n- b\n", "a:\n  b: c\n", "a: -b\n", "a: b \n", "# only a comment\n", "", "a:\tb\n", "with: Zoë\n", "a: b\r\n", "a: |\n  b\n",
    ])
    func leftToLibyaml(text: String) {
        #expect(YAMLValue.flatMapping(text, lineOffset: 1) == nil)
    }

    @Test("text written into YAML reads back as itself, as a value and as a key; plain when it can be", arguments: [
        ("alice", "alice"), ("ana lee", "ana lee"), ("dr. who #2: the return", "\"dr. who #2: the return\""),
        ("@bob \"b\"", "\"@bob \\\"b\\\"\""), ("[weird]", "\"[weird]\""), ("- x", "\"- x\""), ("a\u{1}b", "\"a\\x01b\""),
        ("yes", "yes"), ("~", "~"), ("2026-03-04", "2026-03-04"), ("x: ", "\"x: \""), ("back\\slash", "back\\slash"), ("zoë", "zoë"),
        ("", ""), (" lead", "\" lead\""), ("*alias", "\"*alias\""), ("a #b", "\"a #b\""), ("'q'", "\"'q'\""),
    ])
    func written(text: String, plain: String) throws {
        #expect(YAMLValue.written(text) == plain)
        guard case .mapping(let value, _)? = try YAMLValue.parse("key: " + YAMLValue.written(text)),
              case .mapping(let key, _)? = try YAMLValue.parse(YAMLValue.written(text, asKey: true) + ": x") else {
            Issue.record("\(text) does not read back")
            return
        }
        #expect(value.first?.value.scalar == text)
        #expect(key.first?.key == text)
    }
}

@Suite("Words")
struct WordsTests {
    /// ASCII text is read off its bytes; the same text with one non-ASCII word after it goes
    /// the scalar way. Both must make the same words.
    @Test("ASCII words are the words the scalar reading makes", arguments: [
        "don't stop", "Alice's plans: booked", "plans' owner", "'quoted' word", "rock'n'roll", "A1B2 c3-d4", "UPPER lower MiXeD",
        "x'", "''", "it''s", "Priorities: updates, planning; PLANNED", "trailing '", "  spaced   out  ", "", "end's",
        "ties classes bosses status analysis hopping fills stopped agreed notes plan", "fixes hired rides tried",
    ])
    func asciiWords(text: String) {
        for stemming in [true, false] {
            #expect(Words.of(text, stemming: stemming) == Array(Words.of(text + " é", stemming: stemming).dropLast()))
        }
    }
}

@Suite("First word")
struct FirstWordTests {
    @Test("the first word is the first of all the words", arguments: [
        "Alice's plans: booked", "- - - the venue", "   ", "", "don't stop", "’tis here", "a", "🎯 priority: ship", "x  y", "2026-03-04 review",
        "Priorities for Q3", "UPDATES, then more", "plan—the rest", "Zoë's notes", "plans' owner", "Café time", "(Budgets) first", "…then ideas",
    ])
    func first(text: String) {
        #expect(Words.first(of: text) == Words.of(text).first)
        #expect(Words.first(of: text, stemming: false) == Words.of(text, stemming: false).first)
    }
}

@Suite("Byte positions")
struct BytePositionTests {
    @Test("the first space at or after a position, in ASCII and non-ASCII text")
    func firstSpace() {
        let text = "Zoë to send it"
        let first = text.firstIndex(ofByte: 0x20, from: text.startIndex)
        #expect(first == text.firstIndex(of: " "))
        let second = text.firstIndex(ofByte: 0x20, from: text.index(after: first!))
        #expect(second.map { String(text[..<$0]) } == "Zoë to")
        #expect(text.firstIndex(ofByte: 0x20, from: text.index(text.endIndex, offsetBy: -2)) == nil)
        #expect(text.firstIndex(ofByte: 0x20, from: text.endIndex) == nil)
    }
}

@Suite("Path parts")
struct PathPartTests {
    @Test("the last part of a path, found from its end, is the last part splitting it gives", arguments: [
        "alice/2026-03-04.md", "bob.md", "notes/alice/", "/", "", "a//b", "./x/y.md", "dir/Zoë/ünï.md", "//", "/abs/path.md",
    ])
    func lastComponent(path: String) {
        #expect(Paths.lastComponent(of: path) == path.split(separator: "/").last)
    }

    @Test("a path's folder, and a name joined back to it, at the root too", arguments: [
        ("alice/2026-03-04.md", "alice"), ("bob.md", ""), ("/abs/notes/x.md", "/abs/notes"), ("/x.md", "/"),
    ])
    func folder(path: String, folder: String) {
        #expect(Paths.folder(path) == folder)
        #expect(Paths.joined(folder, String(Paths.lastComponent(of: path) ?? "")) == path)
    }
}

@Suite("Names")
struct NameTests {
    @Test("a leading name: letters, digits, dots, dashes and underscores, trimmed, lowercased", arguments: [
        ("Alice.", "alice"), ("bob's doc", "bob"), ("zoë-b: hi", "zoë-b"), ("a\u{301}bc x", "a\u{301}bc"), ("9lives", nil),
        ("sam_k-", "sam_k"), ("...", nil), ("", nil), ("Wes", "wes"), ("x.y@z", "x.y"),
    ] as [(String, String?)])
    func names(text: String, name: String?) {
        #expect(ItemReader.firstName(text) == name)
    }
}

@Suite("Front matter fences")
struct FrontMatterSplitTests {
    @Test("the YAML runs from a first `---` line to the next `---` or `...` line, blanks around a fence aside", arguments: [
        ("---\ndate: 2026-03-04\n---\n# 1:1\n", "date: 2026-03-04\n", "# 1:1\n", 3),
        ("---\na: b\n...\nbody", "a: b\n", "body", 3),
        ("--- \na: b\n ---\u{A0}\nbody", "a: b\n", "body", 3),
        ("---\ntags:\n- a\n-- b\n---\nbody", "tags:\n- a\n-- b\n", "body", 5),
        ("\u{FEFF}---\nzoë: ä\n---\nbody", "zoë: ä\n", "body", 3),
        ("---\n\n---\n", "\n", "", 3),
    ] as [(String, String, String, Int)])
    func fenced(text: String, yaml: String, body: String, offset: Int) {
        let split = FrontMatter.split(text)
        #expect(split.yaml.map(String.init) == yaml)
        #expect(String(split.body) == body)
        #expect(split.bodyLineOffset == offset)
    }

    @Test("no front matter without both fences", arguments: ["---\na: b\n", "----\na: b\n---\n", "# 1:1\n---\na\n---\n", "a: b\n---\n"])
    func unfenced(text: String) {
        let split = FrontMatter.split(text)
        #expect(split.yaml == nil)
        #expect(split.bodyLineOffset == 0)
    }
}
