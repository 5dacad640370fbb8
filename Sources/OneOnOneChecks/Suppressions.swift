import OneOnOneCore

/// `<!-- oneonone-disable … -->` comments, markdownlint style: `disable` / `enable` for a
/// region, `disable-next-line`, `disable-line`, and `disable-file` / `enable-file`. Without
/// rule ids a comment covers every rule.
struct Suppressions {
    struct Comment {
        enum Kind: String {
            case disable, enable, disableNextLine = "disable-next-line", disableLine = "disable-line", disableFile = "disable-file", enableFile = "enable-file"
        }

        var kind: Kind
        var rules: [String]
        var line: Int
        /// Where a `disable` region starts: its line, or the meeting's heading when the comment
        /// stands at the head of a meeting, so it covers that meeting's own findings too.
        var from: Int
        var used = false

        func covers(_ rule: String) -> Bool { rules.isEmpty || rules.contains(rule) }
    }

    var comments: [Comment]
    /// Directives that are not suppressions at all (`oneonone-disabel`).
    var malformed: [Directive] = []

    /// - Parameter headOfMeeting: the heading line of the meeting a comment at `line` stands at
    ///   the head of (nothing of the meeting before it), if any.
    init(_ directives: [Directive], headOfMeeting: (Int) -> Int? = { _ in nil }) {
        var comments: [Comment] = []
        for directive in directives {
            let words = directive.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).map(String.init)
            guard let first = words.first, first.hasPrefix("oneonone-"), let kind = Comment.Kind(rawValue: String(first.dropFirst("oneonone-".count))) else {
                malformed.append(directive)
                continue
            }
            let from = kind == .disable ? headOfMeeting(directive.line) ?? directive.line : directive.line
            comments.append(Comment(kind: kind, rules: Array(words.dropFirst()), line: directive.line, from: from))
        }
        self.comments = comments.sorted { $0.line < $1.line }
    }

    /// Whether `finding` is silenced; the comment that silences it is marked used.
    mutating func silences(_ finding: Finding) -> Bool {
        let rule = finding.rule
        var fileWide: Int?
        var region: Int?
        for index in comments.indices {
            let comment = comments[index]
            guard comment.covers(rule) else { continue }
            switch comment.kind {
            case .disableFile: fileWide = index
            case .enableFile: fileWide = nil
            case .disable where comment.from <= finding.line: region = index
            case .enable where comment.line <= finding.line: region = nil
            case .disableNextLine where comment.line + 1 == finding.line, .disableLine where comment.line == finding.line:
                comments[index].used = true
                return true
            default: break
            }
        }
        guard let by = region ?? fileWide else { return false }
        comments[by].used = true
        return true
    }
}
