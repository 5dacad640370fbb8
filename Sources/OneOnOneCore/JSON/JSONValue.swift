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
        write(to: &out, indent: 0) { _ in }
        out += "\n"
        return out
    }

    /// The same text as `pretty`, handed to `flush` in pieces of about 64 KB as it is made, so
    /// a large document is never held whole.
    public func write(chunks flush: (String) -> Void) {
        var out = ""
        write(to: &out, indent: 0) { buffer in
            guard buffer.utf8.count >= JSONValue.chunkSize else { return }
            flush(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        out += "\n"
        flush(out)
    }

    static let chunkSize = 64 * 1024

    /// Writes the value into `out`; `handOver` may empty `out` after each element of a lazy array.
    private func write(to out: inout String, indent: Int, handOver: (inout String) -> Void) {
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
                value.write(to: &out, indent: indent + 1, handOver: handOver)
                out += (index < members.count - 1 ? "," : "") + newline
            }
            out += closePad + "}"
        case .array(let values):
            if values.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (index, value) in values.enumerated() {
                out += pad
                value.write(to: &out, indent: indent + 1, handOver: handOver)
                out += (index < values.count - 1 ? "," : "") + newline
            }
            out += closePad + "]"
        case .lazyArray(let count, let element):
            if count == 0 { out += "[]"; return }
            out += "[" + newline
            for index in 0..<count {
                out += pad
                element(index).write(to: &out, indent: indent + 1, handOver: handOver)
                out += (index < count - 1 ? "," : "") + newline
                handOver(&out)
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
        // Copy runs of plain text whole; escape `"`, `\`, C0 and C1 controls and DEL between them.
        let bytes = text.utf8
        var run = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var escaped: String?
            var width = 1
            switch byte {
            case 0x22: escaped = "\\\""
            case 0x5C: escaped = "\\\\"
            case 0x0A: escaped = "\\n"
            case 0x0D: escaped = "\\r"
            case 0x09: escaped = "\\t"
            case 0x00..<0x20, 0x7F: escaped = unicodeEscape(UInt32(byte))
            case 0xC2:
                let next = bytes.index(after: index)
                if next < bytes.endIndex, (0x80...0x9F).contains(bytes[next]) {
                    escaped = unicodeEscape(UInt32(bytes[next]))
                    width = 2
                }
            default: break
            }
            if let escaped {
                out += text[run..<index]
                out += escaped
                index = bytes.index(index, offsetBy: width)
                run = index
            } else {
                index = bytes.index(after: index)
            }
        }
        out += text[run..<bytes.endIndex]
        out += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

}
