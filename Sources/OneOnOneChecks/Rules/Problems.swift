import OneOnOneCore

/// Private notes in a document the report can read.
struct PrivateInShared: Rule {
    static let description = RuleDescription(
        id: "private-in-shared",
        name: "Private text in a shared document",
        summary: "A shared document (front matter `shared: true`, or a `shared` glob) holding a private block or section.",
        rationale: """
        The agenda lives in a shared doc, and private notes do not belong there: whatever is \
        marked private in a file the report can read is not private. Move it to your own notes. \
        The finding points at the private part by line and never quotes it.
        """,
        severity: .error,
        triggering: [
            Example("---\nshared: true\n---\n# 1:1\n\n- Onboarding went well\n\n↓<!-- private -->\nHealth issue, check in gently.\n<!-- /private -->\n"),
            Example("---\nshared: true\n---\n# 1:1\n\n- Onboarding went well\n\n↓## Private notes\n- Thinking about a team change for her\n"),
            Example("# Frank\n\n## 2026-03-04\n\n- a\n\n↓<!-- private -->\nsecret\n<!-- /private -->\n", path: "shared/frank.md", configuration: "shared: [\"shared/**\"]\n"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n<!-- private -->\nHealth issue, check in gently.\n<!-- /private -->\n"),
            Example("---\nshared: true\n---\n# 1:1\n\n- Onboarding went well\n"),
            Example("---\nshared: false\n---\n# 1:1\n\n## Private\n- a\n", path: "shared/2026-03-04.md", configuration: "shared: [\"shared/**\"]\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        let meetings = notebook.series.flatMap(\.meetings)
        return notebook.files.filter(\.isShared).flatMap { file in
            file.privateParts.map { part in
                let meeting = meetings.first { $0.file == file.path && $0.lines.contains(part.lines.lowerBound) }
                return Finding(rule: Self.description.id, severity: Self.description.severity, file: file.path, line: part.lines.lowerBound,
                               message: .privateInShared(part.lines), person: meeting?.person, date: meeting?.date, subject: "private")
            }
        }
    }
}

/// The parser's problems, each reported by the rule named for it.
protocol ProblemRule: Rule {
    static var kind: Problem.Kind { get }
}

extension ProblemRule {
    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        notebook.problems.filter { $0.kind == Self.kind }.map { problem in
            Finding(rule: Self.description.id, severity: Self.description.severity, file: problem.file, line: problem.line,
                    column: problem.column, message: problem.message, person: problem.person, subject: problem.message)
        }
    }
}

struct InvalidFrontMatter: ProblemRule {
    static let kind = Problem.Kind.invalidFrontMatter
    static let description = RuleDescription(
        id: "invalid-front-matter",
        name: "Invalid front matter",
        summary: "Front matter that is not valid YAML, or a known key with a value of the wrong kind.",
        rationale: """
        Front matter is how a note says when the meeting was, with whom, whether it was held and \
        whether the file is shared. A typo there silently changes what every other rule sees \
        (`shared: maybe` is not a yes), so it is an error, reported at the offending line.
        """,
        severity: .error,
        triggering: [
            Example("---\nwith: alice\n↓shared: maybe\n---\n# 1:1\n- a\n"),
            Example("---\nwith: alice\ntags: [oops\n↓---\n# 1:1\n- a\n"),
            Example("---\n↓status: happened-ish\n---\n# 1:1\n- a\n"),
        ],
        nonTriggering: [
            Example("---\nwith: alice\nshared: true\nmood: sunny\n---\n# 1:1\n- a\n"),
            Example("---\nduration: 1h30m\ncadence: biweekly\nstatus: canceled\n---\n# 1:1\n"),
            Example("# 1:1\n\n---\n\n- a horizontal rule is not front matter\n"),
        ]
    )
}

struct UndatedMeeting: ProblemRule {
    static let kind = Problem.Kind.undatedMeeting
    static let description = RuleDescription(
        id: "undated-meeting",
        name: "Undated meeting",
        summary: "A meeting whose date cannot be found, or is ambiguous.",
        rationale: """
        Notes are a record over time: a meeting without a date cannot be placed in its series, so \
        cadence, follow-through and every time-based rule go blind. Put the date in front matter, \
        the file name or the meeting heading. A numeric date like 03/04/2026 is ambiguous until \
        `date-order` says which comes first.
        """,
        severity: .error,
        triggering: [
            Example("↓# Ideas for the team retro\n\n- Try a sailboat retro\n", path: "misc/retro.md"),
            Example("# Bob\n\n↓## 03/04/2026\n- a\n\n## 2026-03-11\n- b\n", path: "notes/bob.md"),
            Example("---\n↓date: 03/04/2026\n---\n# 1:1\n", path: "alice/sync.md"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n- a\n"),
            Example("# Bob\n\n## 03/04/2026\n- a\n", path: "notes/bob.md", configuration: "date-order: mdy\n"),
            Example("", path: "misc/empty.md"),
        ]
    )
}

struct UnreadableFile: ProblemRule {
    static let kind = Problem.Kind.unreadableFile
    static let description = RuleDescription(
        id: "unreadable-file",
        name: "Unreadable file",
        summary: "A Markdown file that cannot be read as UTF-8 text (binary, bad encoding, no permission).",
        rationale: """
        A note that cannot be read is a note the tool cannot check, and a silent skip would hide \
        it. Save notes as UTF-8; keep binary files out of `.md` names. The rest of the run goes \
        on. (The examples here are text, so they never trigger it; the tests cover binary and \
        Latin-1 files.)
        """,
        severity: .error,
        triggering: [],
        nonTriggering: [
            Example("# 1:1\n\n- café, naïve, 東京 — UTF-8 is fine\n"),
            Example("# 1:1\n\n- emoji 🎉 too\n"),
            Example("\u{FEFF}# 1:1\n\n- a byte-order mark is fine\n"),
        ]
    )
}

/// A suppression comment that silences nothing.
struct UnusedSuppression: Rule {
    static let description = RuleDescription(
        id: "unused-suppression",
        name: "Unused suppression",
        summary: "An `oneonone-disable…` comment that silences no finding.",
        rationale: """
        Suppressions should say why a finding does not apply, and go when it no longer does. One \
        that silences nothing is stale — the note changed, or the rule id is mistyped — and \
        hides the next real finding. Reported by the linter after the other rules have run.
        """,
        severity: .info,
        triggering: [
            Example("# 1:1\n\n## Check-in\n- Good\n\n↓<!-- oneonone-disable-next-line action-item-owner -->\n- Talked about the roadmap\n- [ ] @alice draft it due 2026-03-10\n"),
            Example("↓<!-- oneonone-disable-file no-chek-in -->\n# 1:1\n\n- [ ] @alice draft it due 2026-03-10\n"),
            Example("# 1:1\n\n## Check-in\n- Good\n\n↓<!-- oneonone-disable status-only -->\n- [ ] @alice draft it due 2026-03-10\n<!-- oneonone-enable status-only -->\n"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## Check-in\n- Good\n\n<!-- oneonone-disable-next-line action-item-owner -->\n- [ ] draft it due 2026-03-10\n"),
            Example("<!-- oneonone-disable-file no-check-in -->\n# 1:1\n\n- [ ] @alice draft it due 2026-03-10\n"),
            Example("# 1:1\n\n## Check-in\n- Good\n\n<!-- oneonone-disable action-item-owner action-item-due -->\n- [ ] draft it\n<!-- oneonone-enable -->\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] { [] }
}

extension String {
    fileprivate static func privateInShared(_ lines: ClosedRange<Int>) -> String {
        let span = lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)–\(lines.upperBound)"
        return "this shared document holds private notes (\(span)): the report can read this file; move them to your own notes"
    }
}
