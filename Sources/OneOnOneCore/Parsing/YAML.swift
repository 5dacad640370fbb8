internal import CYaml
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

    /// `text` as a tool writes it into YAML (a note's front matter, a starter configuration), as
    /// a value or, with `asKey`, a mapping key, so that it reads back as `text`: plain when it
    /// can be (`alice`, `ana lee`), else double-quoted (`"dr. who #2: the return"`).
    public static func written(_ text: String, asKey: Bool = false) -> String {
        let line = asKey ? text + ": x" : "key: " + text
        if !text.contains("\n"), case .mapping(let entries, _)? = try? parse(line), entries.count == 1,
           (asKey ? entries[0].key : entries[0].value.scalar) == text { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: quoted += (scalar.value < 0x10 ? "\\x0" : "\\x") + String(scalar.value, radix: 16, uppercase: true)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// A YAML error with where it happened.
    public struct ParseError: Error, Sendable, Equatable {
        public var message: String
        public var position: Position
    }

    /// How many values any document may expand to, however short. Aliases can make a few lines
    /// stand for billions of values ("billion laughs"); front matter and configuration need a few dozen.
    public static let maximumValues = 10_000

    /// Values counted against a document's limit as they are read: `maximumValues`, or one a byte
    /// when that is more. A value takes a byte at least, so a document without aliases never
    /// reaches its limit (a configuration listing thousands of people is read), and with aliases
    /// it expands to a size in proportion to its own.
    private struct ValueBudget {
        let limit: Int
        private var used = 0

        init(bytes: Int) { limit = max(YAMLValue.maximumValues, bytes + 1) }

        /// Counts `count` more values; past the limit, the error saying `what` (`it expands`) at `position`.
        mutating func spend(_ count: Int, _ what: String, at position: Position) -> ParseError? {
            used = min(used + count, limit + 1)
            guard used > limit else { return nil }
            return ParseError(message: "\(what) to more than \(limit) values (aliases repeating aliases?)", position: position)
        }
    }

    /// Parses one YAML document; nil when it is empty. Lines are shifted by `lineOffset`.
    /// Error messages name what is wrong and where, never the document's text.
    public static func parse(_ text: String, lineOffset: Int = 0) throws(ParseError) -> YAMLValue? {
        if let simple = flatMapping(text, lineOffset: lineOffset) { return simple }
        return try composed(text, lineOffset: lineOffset)
    }

    /// The document as libyaml reads it.
    static func composed(_ text: String, lineOffset: Int = 0) throws(ParseError) -> YAMLValue? {
        try checkKeys(text, lineOffset: lineOffset)
        let node: Node?
        do {
            // The basic resolver and an explicit encoding: tags are not needed (scalars are read
            // as written), and the defaults cost a regex pass and an environment lookup per parse.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw describe(error, in: text, lineOffset: lineOffset)
        } catch {
            throw ParseError(message: "it could not be read", position: Position(line: lineOffset + 1, column: 1))
        }
        guard let node else { return nil }
        var budget = ValueBudget(bytes: text.utf8.count)
        return try convert(node, lineOffset: lineOffset, budget: &budget)
    }

    /// Yams hashes every mapping key to find duplicates, and hashes an alias as the whole value it
    /// names: a key that is an alias of nested aliases would hash billions of values before any
    /// budget is checked. So the keys' expanded sizes are added up from libyaml's events first.
    /// Only a document with an alias (`*`) can expand; errors are left to Yams to describe.
    private static func checkKeys(_ text: String, lineOffset: Int) throws(ParseError) {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return }
        var text = text
        let tooBig: ParseError? = text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var sizes = KeySizes(keys: ValueBudget(bytes: bytes.count))
            return sizes.firstTooBig(&parser, lineOffset: lineOffset)
        }
        if let tooBig { throw tooBig }
    }

    /// The values each anchored node and each open collection expand to, as events arrive.
    private struct KeySizes {
        struct Open { var anchor: String?; var size = 1; var isMapping: Bool; var children = 0 }
        var anchored: [String: Int] = [:]
        var open: [Open] = []
        /// What the keys expand to, all together.
        var keys: ValueBudget
        /// Sizes stop growing here, so that doubling aliases cannot overflow.
        let ceiling = 1 << 40

        mutating func firstTooBig(_ parser: inout yaml_parser_t, lineOffset: Int) -> ParseError? {
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let size: Int, anchor: String?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    (size, anchor) = (1, name(event.data.scalar.anchor))
                case YAML_ALIAS_EVENT:
                    (size, anchor) = (name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1, nil)
                case YAML_SEQUENCE_START_EVENT:
                    open.append(Open(anchor: name(event.data.sequence_start.anchor), isMapping: false))
                    continue
                case YAML_MAPPING_START_EVENT:
                    open.append(Open(anchor: name(event.data.mapping_start.anchor), isMapping: true))
                    continue
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { return nil }
                    (size, anchor) = (closed.size, closed.anchor)
                default:
                    continue
                }
                if let anchor { anchored[anchor] = size }
                guard var parent = open.popLast() else { continue }
                parent.size = min(parent.size + size, ceiling)
                if parent.isMapping, parent.children % 2 == 0 {
                    let mark = event.start_mark
                    if let error = keys.spend(size, "its keys expand", at: Position(line: mark.line + 1 + lineOffset, column: mark.column + 1)) {
                        return error
                    }
                }
                parent.children += 1
                open.append(parent)
            }
        }

        private func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }
    }

    /// Most front matter is a few `key: value` lines of plain words, dates and names: such a
    /// document is read here, as libyaml would read it (a test holds the two to the same
    /// values and positions), at a fraction of the cost. Anything else is nil and goes to libyaml.
    static func flatMapping(_ text: String, lineOffset: Int) -> YAMLValue? {
        var entries: [Entry] = []
        var keys: Set<String> = []
        var line = 0
        for row in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            line += 1
            if row.isEmpty { continue }
            // key: letters, digits, `_` and `-`, from the first column, then `: ` and the value.
            guard let first = row.first, first.isASCIILetter,
                  let colon = row.firstIndex(of: UInt8(ascii: ":")), row[row.startIndex..<colon].allSatisfy(isKeyByte) else { return nil }
            var valueStart = row.index(after: colon)
            guard valueStart < row.endIndex, row[valueStart] == 0x20 else { return nil }
            while valueStart < row.endIndex, row[valueStart] == 0x20 { valueStart = row.index(after: valueStart) }
            let value = row[valueStart...]
            // A plain value: starting with a letter or digit, of safe characters, not ending in a space.
            guard let head = value.first, head.isASCIILetterOrDigit, value.last != 0x20,
                  value.allSatisfy(isPlainValueByte) else { return nil }
            let key = String(Substring(row[row.startIndex..<colon]))
            guard keys.insert(key).inserted else { return nil }
            let keyColumn = 1, valueColumn = 1 + row.distance(from: row.startIndex, to: valueStart)
            entries.append(Entry(key: key, keyPosition: Position(line: line + lineOffset, column: keyColumn),
                                 value: .scalar(String(Substring(value)), Position(line: line + lineOffset, column: valueColumn))))
        }
        guard let firstKey = entries.first?.keyPosition else { return nil }
        return .mapping(entries, firstKey)
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetterOrDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// Letters, digits, space and `. , / ( ) + - _`: nothing YAML gives a meaning in a plain scalar.
    private static func isPlainValueByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetterOrDigit || " .,/()+-_".utf8.contains(byte)
    }

    private static func convert(_ node: Node, lineOffset: Int, budget: inout ValueBudget) throws(ParseError) -> YAMLValue {
        let position = Position(line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
        if let error = budget.spend(1, "it expands", at: position) { throw error }
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, position)
        case .sequence(let sequence):
            var values: [YAMLValue] = []
            for child in sequence { values.append(try convert(child, lineOffset: lineOffset, budget: &budget)) }
            return .sequence(values, position)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                let keyPosition = Position(line: (key.mark?.line ?? 1) + lineOffset, column: key.mark?.column ?? 1)
                entries.append(Entry(key: key.string ?? "", keyPosition: keyPosition, value: try convert(value, lineOffset: lineOffset, budget: &budget)))
            }
            return .mapping(entries, position)
        case .alias:
            return .scalar("", position)
        }
    }

    /// libyaml's own words (fixed texts such as "mapping values are not allowed in this
    /// context") and the place; never the YAML itself, which Yams' descriptions quote.
    private static func describe(_ error: YamlError, in text: String, lineOffset: Int) -> ParseError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            // libyaml names its C function here, which says nothing to someone writing notes.
            if problem.hasPrefix("Maximum nesting level reached") {
                return ParseError(message: "it nests lists and mappings more than 1000 levels deep", position: Position(line: mark.line + lineOffset, column: mark.column))
            }
            let words = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return ParseError(message: words, position: Position(line: mark.line + lineOffset, column: mark.column))
        case .reader(let problem, let offset, _, _):
            let line = offset.map { offset in text.utf8.prefix(offset).reduce(1) { $1 == 10 ? $0 + 1 : $0 } } ?? 1
            return ParseError(message: problem, position: Position(line: line + lineOffset, column: 1))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\(YAMLValue.shownKey($0))`" }.joined(separator: ", ")
            return ParseError(message: "a key is written twice: \(keys)", position: Position(line: context.mark.line + lineOffset, column: context.mark.column))
        default:
            return ParseError(message: "it could not be read", position: Position(line: lineOffset + 1, column: 1))
        }
    }

    /// A key as an error message shows it: its first line, at most 40 characters.
    static func shownKey(_ key: String) -> String {
        let line = key.prefix { $0 != "\n" && $0 != "\r" }
        return line.count > 40 ? line.prefix(40) + "…" : String(line)
    }
}
