import OneOnOneCore

/// The parser's problems, each reported by the rule named for it.
protocol ProblemRule: Rule {
    static var kind: Problem.Kind { get }
}

extension ProblemRule {
    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        notebook.problems.filter { $0.kind == Self.kind }.map { problem in
            Finding(rule: Self.description.id, severity: Self.description.severity, file: problem.file, line: problem.line,
                    column: problem.column, message: problem.described, person: problem.person, subject: problem.described)
        }
    }
}

extension Problem {
    /// The problem in words: its message, or for an undated meeting the `undated-meeting` rule's wording.
    public var described: String { undated?.message ?? message }
}
