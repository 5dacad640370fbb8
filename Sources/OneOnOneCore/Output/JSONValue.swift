/// A JSON document with keys in the order they were written, printed the same way every time,
/// so outputs can be compared byte for byte with reviewed golden files.
public indirect enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    /// An array whose elements are made one at a time as it is written, so a long list of
    /// findings never exists as one tree (see `write(chunks:)`).
    case lazyArray(count: Int, element: @Sendable (Int) -> JSONValue)

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// A string, or null when absent.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.array(let a), .array(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        case (.lazyArray(let n, let a), .lazyArray(let m, let b)): return n == m && (0..<n).allSatisfy { a($0) == b($0) }
        default: return false
        }
    }

    /// Two-space indented JSON with a trailing newline.
    public var pretty: String {
        var out = ""
        write(to: &out, indent: 0, flush: nil)
        out += "\n"
        return out
    }

    /// The same text as `pretty`, handed to `flush` in pieces of about 64 KB as it is made, so
    /// a large document is never held whole.
    public func write(chunks flush: (String) -> Void) {
        var out = ""
        out.reserveCapacity(JSONValue.chunkSize + 4096)
        withoutActuallyEscaping(flush) { flush in
            write(to: &out, indent: 0, flush: flush)
        }
        out += "\n"
        flush(out)
    }

    static let chunkSize = 64 * 1024

    private func write(to out: inout String, indent: Int, flush: ((String) -> Void)?) {
        let newline = "\n"
        let pad = JSONValue.indentation(indent + 1)
        let closePad = JSONValue.indentation(indent)
        switch self {
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (index, (key, value)) in members.enumerated() {
                out += pad
                JSONValue.escape(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1, flush: flush)
                out += (index < members.count - 1 ? "," : "") + newline
            }
            out += closePad + "}"
        case .array(let values):
            if values.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (index, value) in values.enumerated() {
                out += pad
                value.write(to: &out, indent: indent + 1, flush: flush)
                out += (index < values.count - 1 ? "," : "") + newline
            }
            out += closePad + "]"
        case .lazyArray(let count, let element):
            if count == 0 { out += "[]"; return }
            out += "[" + newline
            for index in 0..<count {
                out += pad
                element(index).write(to: &out, indent: indent + 1, flush: flush)
                out += (index < count - 1 ? "," : "") + newline
                if let flush, out.utf8.count >= JSONValue.chunkSize {
                    flush(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
            out += closePad + "]"
        case .string(let text): JSONValue.escape(text, into: &out)
        case .int(let number): out += String(number)
        case .double(let number): out += number.isFinite ? String(number) : "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        }
    }

    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private static func indentation(_ depth: Int) -> String {
        depth < indents.count ? indents[depth] : String(repeating: "  ", count: depth)
    }

    private static func escape(_ text: String, into out: inout String) {
        out += "\""
        // Most text needs no escaping: append it whole.
        // (0xC2 leads the UTF-8 of U+0080…U+00BF, among them the C1 controls, escaped below.)
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F):
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
