import OneOnOneCore

/// Runs the rules over a notebook: configured severities and options, suppressions, and the
/// report of suppressions that silence nothing.
public struct Linter: Sendable {
    public var settings: RuleSettings {
        didSet { resolved = Linter.resolve(settings) }
    }
    /// Each enabled rule with its severity and options (configured over defaults): worked out
    /// once, not at every part of a run or every note of a hook.
    private var resolved: [(rule: any Rule.Type, severity: Severity, options: [String: Double])]

    public init(settings: RuleSettings = RuleSettings()) {
        self.settings = settings
        resolved = Linter.resolve(settings)
    }

    private static func resolve(_ settings: RuleSettings) -> [(rule: any Rule.Type, severity: Severity, options: [String: Double])] {
        RuleCatalogue.all.filter { settings.isEnabled($0.description.id) }.map { rule in
            let description = rule.description
            var options: [String: Double] = [:]
            for option in description.options { options[option.name] = option.defaultValue }
            options.merge(settings.options[description.id] ?? [:]) { _, configured in configured }
            return (rule, settings.severity(of: description), options)
        }
    }

    /// The findings in `notebook` as of `asOf`, in file and line order.
    public func lint(_ notebook: Notebook, asOf: Day) -> [Finding] {
        let timelines = notebook.series.map(Timeline.init)
        // The rules are independent: they run side by side, and their findings keep rule order.
        // A few notes (a hook run, one fuzz input) are checked on this thread: waking the pool
        // would cost more than the rules.
        let check = { @Sendable (rule: any Rule.Type, severity: Severity, options: [String: Double]) -> [Finding] in
            rule.init().check(notebook, RuleContext(asOf: asOf, options: options, timelines: timelines)).map { finding in
                var finding = finding
                finding.severity = severity
                return finding
            }
        }
        let perRule = notebook.meetingCount >= 64 ? resolved.parallelMap(check) : resolved.map(check)
        return Linter.sorted(suppress(Array(perRule.joined()), in: notebook))
    }

    /// `findings` in `order`. Files are ranked once, so the sort compares numbers where
    /// `order` would compare paths, and moves indices rather than findings.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        // Findings already in order (one part's, sorted when it was linted) are checked, not sorted again.
        guard findings.indices.dropFirst().contains(where: { Linter.order(findings[$0], findings[$0 - 1]) }) else { return findings }
        var rankOfFile: [String: Int] = [:]
        for finding in findings { rankOfFile[finding.file] = 0 }
        for (rank, file) in rankOfFile.keys.sorted().enumerated() { rankOfFile[file] = rank }
        // Findings come grouped by file: the last file's rank is reused without hashing.
        var fileRanks: [Int] = []
        fileRanks.reserveCapacity(findings.count)
        var last: (file: String, rank: Int)?
        for finding in findings {
            if let last, last.file == finding.file {
                fileRanks.append(last.rank)
            } else {
                let rank = rankOfFile[finding.file] ?? 0
                fileRanks.append(rank)
                last = (finding.file, rank)
            }
        }
        // Within a file, `order` decides; the sort is stable, so equal findings keep their order.
        let indices = findings.indices.sorted { a, b in
            fileRanks[a] != fileRanks[b] ? fileRanks[a] < fileRanks[b] : Linter.order(findings[a], findings[b])
        }
        return indices.map { findings[$0] }
    }

    /// By file, line, column, rule and subject; field by field, so that the common case (the
    /// same file) compares no text.
    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.subject < b.subject
    }

    private func suppress(_ findings: [Finding], in notebook: Notebook) -> [Finding] {
        var byFile = Dictionary(grouping: findings, by: \.file)
        var kept: [Finding] = []
        let unusedID = UnusedSuppression.description.id
        let filesWithDirectives = Set(notebook.files.lazy.filter { !$0.directives.isEmpty }.map(\.path))
        let meetingsByFile = Dictionary(grouping: notebook.series.lazy.flatMap(\.meetings).filter { filesWithDirectives.contains($0.file) }, by: \.file)
        for file in notebook.files where !file.directives.isEmpty {
            // A comment directly under a meeting's heading (or at the top of a one-meeting file)
            // covers the meeting's own findings, reported at the heading.
            let meetings = meetingsByFile[file.path] ?? []
            var suppressions = Suppressions(file.directives) { line in
                meetings.first { meeting in
                    meeting.lines.contains(line) && meeting.line <= line
                        && meeting.items.allSatisfy { $0.line > line } && meeting.sections.allSatisfy { $0.line > line }
                }?.line
            }
            var remaining = (byFile.removeValue(forKey: file.path) ?? []).filter { !suppressions.silences($0) }
            if settings.isEnabled(unusedID) {
                let severity = settings.severity(of: UnusedSuppression.description)
                var unused: [Finding] = []
                // A comment in a private part still acts, but its words are private: they are never quoted.
                func isPrivate(_ line: Int) -> Bool { file.privateParts.contains { $0.lines.contains(line) } }
                for comment in suppressions.comments where !comment.used && comment.kind != .enable && comment.kind != .enableFile {
                    let hidden = isPrivate(comment.line)
                    unused.append(Finding(rule: unusedID, severity: severity, file: file.path, line: comment.line,
                                          message: Linter.unusedMessage(comment, quoting: !hidden), subject: hidden ? "" : comment.rules.joined(separator: " ")))
                }
                for directive in suppressions.malformed {
                    let hidden = isPrivate(directive.line)
                    unused.append(Finding(rule: unusedID, severity: severity, file: file.path, line: directive.line,
                                          message: hidden ? "a comment in a private part is not a suppression comment" : Linter.malformedMessage(directive),
                                          subject: hidden ? "" : directive.text))
                }
                // An unused-suppression finding can itself be silenced (`disable-file unused-suppression`).
                remaining += unused.filter { !suppressions.silences($0) }
            }
            kept += remaining
        }
        return kept + byFile.values.flatMap { $0 }
    }

    /// What is wrong with an unused comment; with `quoting` false (a comment in a private part),
    /// without the rule names it was written with.
    private static func unusedMessage(_ comment: Suppressions.Comment, quoting: Bool) -> String {
        let unknown = comment.rules.filter { RuleCatalogue.description(of: $0) == nil }
        if let id = unknown.first {
            guard quoting else { return "`oneonone-\(comment.kind.rawValue)` in a private part names an unknown rule" }
            var message = "`oneonone-\(comment.kind.rawValue)` names an unknown rule `\(id)`"
            message += Suggestion.didYouMean(id, among: RuleCatalogue.ids)
            return message
        }
        guard quoting else { return "`oneonone-\(comment.kind.rawValue)` in a private part silences nothing here: remove it" }
        let what = comment.rules.isEmpty ? "any rule" : comment.rules.joined(separator: ", ")
        return "`oneonone-\(comment.kind.rawValue)` silences nothing here (\(what)): remove it"
    }

    private static func malformedMessage(_ directive: Directive) -> String {
        let word = directive.text.split(separator: " ").first.map(String.init) ?? directive.text
        let kinds = ["disable", "enable", "disable-next-line", "disable-line", "disable-file", "enable-file"].map { "oneonone-" + $0 }
        var message = "`\(word)` is not a suppression comment"
        message += Suggestion.didYouMean(word, among: kinds)
        return message
    }
}
