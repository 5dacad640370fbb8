import Yams

/// A YAML value with the line and column it was written at, in plain `Sendable` Swift values.
///
/// Front matter and configuration both need positions for their error messages; Yams' nodes
/// carry them but are not `Sendable`, so a document is converted once, right after parsing.
public indirect enum YAMLValue: Sendable, Equatable {
    case scalar(String, Position)
    case sequence([YAMLValue], Position)
    case mapping([Entry], Position)

    /// A 1-based line and column in the file the YAML came from.
    public struct Position: Sendable, Equatable {
        public var line: Int
        public var column: Int
    }

    /// One `key: value` pair of a mapping.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var keyPosition: Position
        public var value: YAMLValue
    }

    public var position: Position {
        switch self {
        case .scalar(_, let p), .sequence(_, let p), .mapping(_, let p): return p
        }
    }

    public var scalar: String? {
        if case .scalar(let text, _) = self { return text }
        return nil
    }

    /// A YAML error with where it happened.
    public struct ParseError: Error, Sendable, Equatable {
        public var message: String
        public var position: Position
    }

    /// Parses one YAML document; nil when it is empty. Lines are shifted by `lineOffset`.
    public static func parse(_ text: String, lineOffset: Int = 0) throws(ParseError) -> YAMLValue? {
        do {
            // The basic resolver and an explicit encoding: tags are not needed (scalars are read
            // as written), and the defaults cost a regex pass and an environment lookup per parse.
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else { return nil }
            return convert(node, lineOffset: lineOffset)
        } catch let error as YamlError {
            throw describe(error, lineOffset: lineOffset)
        } catch {
            throw ParseError(message: "\(error)", position: Position(line: lineOffset + 1, column: 1))
        }
    }

    private static func convert(_ node: Node, lineOffset: Int) -> YAMLValue {
        let position = Position(line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, position)
        case .sequence(let sequence):
            return .sequence(sequence.map { convert($0, lineOffset: lineOffset) }, position)
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                let keyPosition = Position(line: (key.mark?.line ?? 1) + lineOffset, column: key.mark?.column ?? 1)
                return Entry(key: key.string ?? "", keyPosition: keyPosition, value: convert(value, lineOffset: lineOffset))
            }
            return .mapping(entries, position)
        case .alias:
            return .scalar("", position)
        }
    }

    private static func describe(_ error: YamlError, lineOffset: Int) -> ParseError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let text = [context.map { "\($0.text)" }, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return ParseError(message: text, position: Position(line: mark.line + lineOffset, column: mark.column))
        default:
            return ParseError(message: "\(error)", position: Position(line: lineOffset + 1, column: 1))
        }
    }
}
