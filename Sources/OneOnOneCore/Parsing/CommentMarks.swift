/// What a note says in its HTML comments (PRODUCT.md, "Private text" and "Suppressions"):
/// where private regions open and close, and the `<!-- oneonone-… -->` directives.
///
/// The converter hands it every comment in document order and asks it whether text is being
/// hidden; what a comment means is decided here, in the note layer.
struct CommentMarks {
    /// Closed (and, after `finish`, unclosed) private regions, with how many blocks each hid.
    private(set) var privateParts: [PrivatePart] = []
    private var since: Int?
    private var depth = 0
    private var items = 0

    /// Whether a private region is open: text met now is hidden.
    var isHiding: Bool { since != nil }

    /// Counts a block that a private region hid (some of): in the open region, else the last one.
    mutating func countHidden() {
        if since != nil { items += 1 } else if !privateParts.isEmpty { privateParts[privateParts.count - 1].items += 1 }
    }

    /// An unclosed private block hides everything to the end: better too much than a leak.
    mutating func finish(lastLine: Int) {
        guard let start = since else { return }
        privateParts.append(PrivatePart(lines: start...max(start, lastLine), items: items))
        since = nil
    }

    /// Reads `<!-- … -->` comments: private markers open and close hidden regions, `oneonone-…`
    /// become directives. Every `<!--` counts as an opener, even inside another comment (a
    /// `<!-- private -->` swallowed by an earlier unclosed `<!--` still opens a private part:
    /// when in doubt, hide), and each runs to the first `-->` after it.
    ///
    /// One pass over the bytes, however many openers share a closer: openers and closers are
    /// found once, and only the first `maximumCommentBytes` of a comment are read.
    mutating func read(_ html: String, startingAt firstLine: Int) -> [Directive] {
        var found: [Directive] = []
        var html = html
        html.withUTF8 { bytes in
            var openers: [Int] = [], closers: [Int] = []
            if bytes.count >= 4 {
                for i in 0...(bytes.count - 3) where bytes[i] == 0x2D && bytes[i + 1] == 0x2D {
                    if i >= 2, bytes[i - 2] == 0x3C, bytes[i - 1] == 0x21 { openers.append(i - 2) }
                    if bytes[i + 2] == 0x3E { closers.append(i) }
                }
            }
            var line = firstLine
            var counted = 0
            var next = 0
            for open in openers {
                while next < closers.count, closers[next] < open + 4 { next += 1 }
                guard next < closers.count else { break }
                // Lines are counted from the block's start, across every comment before this one.
                while counted < open { if bytes[counted] == 10 { line += 1 }; counted += 1 }
                let end = min(closers[next], open + 4 + CommentMarks.maximumCommentBytes)
                let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 4)..<end]), as: UTF8.self).trimmingWhitespace
                if let directive = comment(body, line: line) { found.append(directive) }
            }
        }
        return found
    }

    /// A comment longer than this is read for its first words only: markers and directives are short.
    static let maximumCommentBytes = 1024

    private mutating func comment(_ body: String, line: Int) -> Directive? {
        switch PrivateMarker(comment: body) {
        case .open:
            if depth == 0 { since = line; items = 0 }
            depth += 1
        case .close:
            guard depth > 0 else { break }
            depth -= 1
            // Blocks nest: the text stays hidden until the outermost one closes.
            if depth == 0, let start = since {
                privateParts.append(PrivatePart(lines: start...max(start, line), items: items))
                since = nil
            }
        case nil:
            if body.lowercased().hasPrefix("oneonone-") { return Directive(text: body, line: line) }
        }
        return nil
    }
}

/// What a comment says about privacy (PRODUCT.md, "Private text"). When in doubt, hide: any
/// comment whose first word is `private` opens a region (`<!--- private --->`, `<!-- private:
/// manager only -->`, `<!-- Private notes -->`); `/private` and `end private` close one.
enum PrivateMarker: Equatable {
    case open, close

    init?(comment: String) {
        // `<!--- private --->` leaves dashes around the words.
        var inner = Substring(comment)
        while let first = inner.first, first == "-" || first.isWhitespace { inner.removeFirst() }
        while let last = inner.last, last == "-" || last.isWhitespace { inner.removeLast() }
        let text = inner.lowercased()
        let words = text.split { !$0.isLetter }
        if text.hasPrefix("/"), words.first == "private" {
            self = .close
        } else if words.first == "endprivate" || (words.count >= 2 && words[0] == "end" && words[words.count - 1] == "private" && words.count <= 3)
                    || (words.count == 2 && words[0] == "private" && words[1] == "end") {
            self = .close
        } else if words.first == "private" {
            self = .open
        } else {
            return nil
        }
    }
}
