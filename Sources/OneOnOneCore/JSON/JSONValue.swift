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
    /// A value written out already, at the indent it stands at (`rendered(_:indent:)`): large
    /// parts of a document are written side by side, then put together in order.
    case rendered([UInt8])

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
        case (.rendered(let a), .rendered(let b)): return a == b
        default: return false
        }
    }

    /// `value` written out now, for a place `indent` levels deep.
    public static func rendered(_ value: JSONValue, indent: Int) -> JSONValue {
        var out: [UInt8] = []
        value.write(to: &out, indent: indent) { _ in }
        return .rendered(out)
    }

    /// Two-space indented JSON with a trailing newline.
    public var pretty: String {
        var out: [UInt8] = []
        write(to: &out, indent: 0) { _ in }
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same text as `pretty`, handed to `flush` in pieces of about 64 KB as it is made, so
    /// a large document is never held whole.
    public func write(chunks flush: (String) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(JSONValue.chunkSize + 4096)
        write(to: &out, indent: 0) { buffer in
            guard buffer.count >= JSONValue.chunkSize else { return }
            flush(String(decoding: buffer, as: UTF8.self))
            buffer.removeAll(keepingCapacity: true)
        }
        out.append(0x0A)
        flush(String(decoding: out, as: UTF8.self))
    }

    static let chunkSize = 64 * 1024

    /// Writes the value's UTF-8 into `out`, byte by byte rather than through `String`
    /// concatenation; `handOver` may empty `out` after each element of a lazy array.
    private func write(to out: inout [UInt8], indent: Int, handOver: (inout [UInt8]) -> Void) {
        switch self {
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                JSONValue.newline(&out, indent: indent + 1)
                JSONValue.escape(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(to: &out, indent: indent + 1, handOver: handOver)
                if index < members.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            JSONValue.newline(&out, indent: indent)
            out.append(UInt8(ascii: "}"))
        case .array(let values):
            if values.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                JSONValue.newline(&out, indent: indent + 1)
                value.write(to: &out, indent: indent + 1, handOver: handOver)
                if index < values.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            JSONValue.newline(&out, indent: indent)
            out.append(UInt8(ascii: "]"))
        case .lazyArray(let count, let element):
            if count == 0 { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for index in 0..<count {
                JSONValue.newline(&out, indent: indent + 1)
                element(index).write(to: &out, indent: indent + 1, handOver: handOver)
                if index < count - 1 { out.append(UInt8(ascii: ",")) }
                handOver(&out)
            }
            JSONValue.newline(&out, indent: indent)
            out.append(UInt8(ascii: "]"))
        case .rendered(let text): out.append(contentsOf: text)
        case .string(let text): JSONValue.escape(text, into: &out)
        case .int(let number): out.append(contentsOf: String(number).utf8)
        case .double(let number): out.append(contentsOf: (number.isFinite ? String(number) : "null").utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    /// A line break and two spaces a level.
    private static func newline(_ out: inout [UInt8], indent: Int) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    private static func escape(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Copy runs of plain text whole; escape `"`, `\`, C0 and C1 controls and DEL between them.
            var run = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes are plain: one table look-up, not six comparisons.
                if plainInJSON[Int(byte)] {
                    index += 1
                    continue
                }
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
                    if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                        escaped = unicodeEscape(UInt32(bytes[index + 1]))
                        width = 2
                    }
                default: break
                }
                if let escaped {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    out.append(contentsOf: escaped.utf8)
                    index += width
                    run = index
                } else {
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Bytes copied as they are: not `"`, `\`, a C0 control, DEL or 0xC2 (which starts the C1 controls).
    private static let plainInJSON: [Bool] = (0...255).map { byte in
        !(byte == 0x22 || byte == 0x5C || byte < 0x20 || byte == 0x7F || byte == 0xC2)
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
