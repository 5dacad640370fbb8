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

extension String {
    fileprivate static func privateInShared(_ lines: ClosedRange<Int>) -> String {
        let span = lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)–\(lines.upperBound)"
        return "this shared document holds private notes (\(span)): the report can read this file; move them to your own notes"
    }
}
