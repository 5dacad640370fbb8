import OneOnOneCore

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
            Example("---\nwith: alice\nshared: ↓maybe\n---\n# 1:1\n- a\n"),
            Example("---\nwith: alice\ntags: [oops\n↓---\n# 1:1\n- a\n"),
            Example("---\nstatus: ↓happened-ish\n---\n# 1:1\n- a\n"),
        ],
        nonTriggering: [
            Example("---\nwith: alice\nshared: true\nmood: sunny\n---\n# 1:1\n- a\n"),
            Example("---\nduration: 1h30m\ncadence: biweekly\nstatus: canceled\n---\n# 1:1\n"),
            Example("# 1:1\n\n---\n\n- a horizontal rule is not front matter\n"),
        ]
    )
}
