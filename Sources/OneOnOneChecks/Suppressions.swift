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
    /// The `disable-next-line` and `disable-line` comments that name each line, in order.
    private var byLine: [Int: [Int]] = [:]
    /// What decides a rule's findings, worked out the first time one is asked about.
    private var byRule: [String: RuleComments] = [:]

    /// The comments that cover one rule, by what they act on.
    private struct RuleComments {
        /// The last `disable-file` or `enable-file`.
        var fileWide: Int?
        /// The `disable` and `enable` comments in order, with the first line each acts on:
        /// a `disable` from where it starts (`from`), an `enable` from its own line.
        var regions: [(comment: Int, from: Int)] = []
        /// The least `from` of each region comment and those after it: non-decreasing, so the
        /// last comment acting on a line is found by binary search, not by a walk.
        var leastFrom: [Int] = []

        /// The last region comment that acts on `line`, if any.
        func lastActing(on line: Int) -> Int? {
            var low = 0, high = leastFrom.count
            while low < high {
                let middle = (low + high) / 2
                if leastFrom[middle] <= line { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? nil : regions[low - 1].comment
        }
    }

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
        for (index, comment) in self.comments.enumerated() {
            switch comment.kind {
            case .disableNextLine: byLine[comment.line + 1, default: []].append(index)
            case .disableLine: byLine[comment.line, default: []].append(index)
            default: break
            }
        }
    }

    /// Whether `finding` is silenced; the comment that silences it is marked used. In comment
    /// order, the first `disable-next-line` or `disable-line` for its line decides; else the
    /// last `disable` or `enable` acting on its line; else the last `disable-file` or
    /// `enable-file`. Each is looked up, so thousands of comments cost no more a finding than a few.
    mutating func silences(_ finding: Finding) -> Bool {
        let rule = finding.rule
        if let onLine = byLine[finding.line]?.first(where: { comments[$0].covers(rule) }) {
            comments[onLine].used = true
            return true
        }
        let covering = comments(covering: rule)
        var by: Int?
        if let region = covering.lastActing(on: finding.line), comments[region].kind == .disable {
            by = region
        } else if let file = covering.fileWide, comments[file].kind == .disableFile {
            by = file
        }
        guard let by else { return false }
        comments[by].used = true
        return true
    }

    private mutating func comments(covering rule: String) -> RuleComments {
        if let known = byRule[rule] { return known }
        var covering = RuleComments()
        for (index, comment) in comments.enumerated() where comment.covers(rule) {
            switch comment.kind {
            case .disableFile, .enableFile: covering.fileWide = index
            case .disable: covering.regions.append((index, comment.from))
            case .enable: covering.regions.append((index, comment.line))
            case .disableNextLine, .disableLine: break
            }
        }
        covering.leastFrom = covering.regions.map(\.from)
        for index in covering.leastFrom.indices.dropLast().reversed() {
            covering.leastFrom[index] = min(covering.leastFrom[index], covering.leastFrom[index + 1])
        }
        byRule[rule] = covering
        return covering
    }
}
