/// Escaping for every place text from the notes lands: a terminal, XML, HTML and SVG.
///
/// Notes and file names are input: in CI they come from a pull request. Nothing in them may
/// drive a terminal (an escape sequence can retitle it or erase lines), split "one finding a
/// line", or break out of markup.
public enum Escaping {
    /// Text for a terminal or a log: control characters shown as `\n`, `\t`, `\x1B`; bidirectional
    /// overrides, which can make a line read differently from what it holds, shown as `\u{202E}`.
    public static func terminal(_ text: String) -> String {
        // Most text needs nothing, and bytes tell, without decoding: a C0 control or DEL is one
        // byte, a C1 control is C2 80–9F, an override E2 80 AA–AE or E2 81 A6–A9.
        if text.utf8.withContiguousStorageIfAvailable(Escaping.isTerminalSafe) ?? !text.unicodeScalars.contains(where: needsTerminalEscape) {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            guard needsTerminalEscape(scalar) else { out.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x100: out += "\\x" + hex(scalar.value, digits: 2)
            default: out += "\\u{" + hex(scalar.value, digits: 4) + "}"
            }
        }
        return out
    }

    /// The same, keeping line breaks: for messages that are meant to span lines (git's own errors).
    public static func terminalKeepingLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { terminal(String($0)) }.joined(separator: "\n")
    }

    /// XML text and attribute escaping; characters XML 1.0 cannot hold are dropped.
    public static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isTerminalSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Printable ASCII, most bytes, is told by one comparison (0x20...0x7E).
            if byte &- 0x20 < 0x5F {
                index += 1
                continue
            }
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
            if byte == 0xE2, index + 2 < bytes.count {
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if second == 0x80, (0xAA...0xAE).contains(third) { return false }
                if second == 0x81, (0xA6...0xA9).contains(third) { return false }
            }
            index += 1
        }
        return true
    }

    private static func needsTerminalEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
