import OneOnOneCore

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
