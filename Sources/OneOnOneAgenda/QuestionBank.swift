import OneOnOneCore

/// The questions an agenda draws from, by focus (`templates/questions.yml`, extended by a
/// repository's `.oneonone/questions.yml`).
public struct QuestionBank: Sendable, Equatable {
    /// The questions of one focus, for each side of the table.
    public struct Questions: Sendable, Equatable {
        /// For the manager to ask.
        public var manager: [String] = []
        /// For the report to bring, when the notes are the report's own.
        public var report: [String] = []
    }

    /// By focus id (`check-in` … `feedback`, and `first-meeting`).
    public var questions: [String: Questions]

    /// The focus ids a bank may use.
    public static let keys = Focus.allCases.map(\.rawValue) + ["first-meeting"]

    /// The bank that ships with the tool.
    public static let shipped: QuestionBank = {
        // The shipped file is tested to read without error; an empty bank is the fallback.
        (try? QuestionBank(yaml: String(decoding: PackageResources.questions_yml, as: UTF8.self), file: "templates/questions.yml")) ?? QuestionBank(questions: [:])
    }()

    public init(questions: [String: Questions]) {
        self.questions = questions
    }

    /// Reads a bank: focus ids mapping to `manager:` and `report:` lists, or to a plain list
    /// (the manager's). Mistakes are named with the file and line.
    public init(yaml text: String, file: String) throws(AgendaError) {
        let document: YAMLValue?
        do {
            document = try YAMLValue.parse(text)
        } catch {
            throw AgendaError("\(file):\(error.position.line): \(error.message)")
        }
        guard let document else { self.init(questions: [:]); return }
        guard case .mapping(let entries, _) = document else {
            throw AgendaError("\(file):\(document.position.line): expected focus areas (\(QuestionBank.keys.joined(separator: ", "))) mapping to lists of questions")
        }
        var questions: [String: Questions] = [:]
        for entry in entries {
            guard QuestionBank.keys.contains(entry.key) else {
                throw AgendaError("\(file):\(entry.keyPosition.line): unknown focus `\(entry.key)`\(Suggestion.didYouMean(entry.key, among: QuestionBank.keys)); the focus areas are \(QuestionBank.keys.joined(separator: ", "))")
            }
            var found = Questions()
            switch entry.value {
            case .sequence:
                found.manager = try QuestionBank.list(entry.value, file: file)
            case .mapping(let sides, _):
                for side in sides {
                    switch side.key {
                    case "manager": found.manager = try QuestionBank.list(side.value, file: file)
                    case "report": found.report = try QuestionBank.list(side.value, file: file)
                    default: throw AgendaError("\(file):\(side.keyPosition.line): `\(side.key)` is neither `manager` nor `report`")
                    }
                }
            case .scalar(let text, let position):
                guard text.isEmpty else { throw AgendaError("\(file):\(position.line): `\(entry.key)` takes a list of questions") }
            }
            questions[entry.key] = found
        }
        self.init(questions: questions)
    }

    private static func list(_ value: YAMLValue, file: String) throws(AgendaError) -> [String] {
        guard case .sequence(let items, _) = value else {
            throw AgendaError("\(file):\(value.position.line): expected a list of questions")
        }
        return try items.map { item throws(AgendaError) in
            guard let text = item.scalar?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                throw AgendaError("\(file):\(item.position.line): a question is a line of text")
            }
            return text
        }
    }

    /// This bank with `other`'s questions added after its own, focus by focus.
    public func adding(_ other: QuestionBank) -> QuestionBank {
        var merged = questions
        for (key, more) in other.questions {
            var current = merged[key] ?? Questions()
            current.manager += more.manager.filter { !current.manager.contains($0) }
            current.report += more.report.filter { !current.report.contains($0) }
            merged[key] = current
        }
        return QuestionBank(questions: merged)
    }

    /// Up to `count` questions of a focus for one side, in the bank's order, leaving out those
    /// `recent` holds (as `Words.of` gives them). The report's own notes fall back to the
    /// manager's questions when the bank has none for the report.
    public func pick(_ key: String, forReport: Bool, leavingOut recent: Set<[String]>, count: Int = 3) -> [String] {
        let entry = questions[key] ?? Questions()
        let pool = forReport && !entry.report.isEmpty ? entry.report : entry.manager
        return Array(pool.filter { !recent.contains(Words.of($0)) }.prefix(count))
    }
}

/// A mistake in a template or question file, or a request the agenda cannot meet; the message
/// names the file and line where there is one.
public struct AgendaError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// The note was not written because a file or meeting is already there (exit 1, not 2).
    public var isRefusal: Bool
    public init(_ message: String, isRefusal: Bool = false) {
        self.message = message
        self.isRefusal = isRefusal
    }
    public var description: String { message }
}
