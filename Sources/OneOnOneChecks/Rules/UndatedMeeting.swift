import OneOnOneCore

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
            Example("---\ndate: ↓03/04/2026\n---\n# 1:1\n", path: "alice/sync.md"),
            // Ambiguous wherever it is written: a heading's date is no more month-first than a file name's.
            Example("↓# 1:1 catch-up 06/05/2026\n- a\n", path: "alice/catch-up.md"),
            Example("↓# 1:1\n- a\n", path: "alice/3-9-20.md"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n- a\n"),
            Example("# Bob\n\n## 03/04/2026\n- a\n", path: "notes/bob.md", configuration: "date-order: mdy\n"),
            Example("", path: "misc/empty.md"),
            Example("# 1:1\n- a\n", path: "alice/04.23.20-sync.md"),
        ]
    )
}

extension UndatedReason {
    /// What the finding says: why the date is missing and how to write it.
    public var message: String {
        switch self {
        case .notFound:
            return "no meeting date found: add front matter `date: 2026-03-04`, name the file 2026-03-04.md, or start each meeting with a dated heading such as `## 2026-03-04`"
        case .ambiguous(.frontMatter):
            return "front matter `date` could be month/day or day/month; write 2026-03-04, or set `date-order: mdy` or `dmy` in .oneonone.yml"
        case .ambiguous(let place):
            return "the date in \(place.name) could be month/day or day/month; write it as 2026-03-04, or set `date-order: mdy` or `dmy` in .oneonone.yml"
        case .noYear:
            return "the meeting date has no year and none could be found from git or the file; write the year in the date"
        case .yearGuessed(let year, let source):
            return "the meeting date has no year; took \(year) from \(source): write the year in the date"
        }
    }
}

extension DatePlace {
    fileprivate var name: String {
        switch self {
        case .frontMatter: return "front matter `date`"
        case .fileName: return "the file name"
        case .label(let key): return "the `\(key)` line"
        case .heading(let text): return "the heading `\(text)`"
        }
    }
}
