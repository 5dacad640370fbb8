/// Words as the tool compares them: lowercased, split on anything that is not a letter or a
/// digit, possessives dropped and endings stemmed, so `Priorities`, `priority` and `🎯 priority:`
/// are one word, and `booked` matches `book`.
public enum Words {
    /// - Parameter stemming: false for names, which must stay as written (`alice`, not `alic`).
    public static func of(_ text: some StringProtocol, stemming: Bool = true) -> [String] {
        var words: [String] = []
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        var hasApostrophe = false
        func finish() {
            guard !bytes.isEmpty else { return }
            if hasApostrophe {
                hasApostrophe = false
                var word = String(decoding: bytes, as: UTF8.self)
                bytes.removeAll(keepingCapacity: true)
                if word.hasSuffix("'s") || word.hasSuffix("’s") { word.removeLast(2) }
                word = word.trimmingCharacters(in: "'’")
                if !word.isEmpty { words.append(stemming ? stem(word) : word) }
                return
            }
            if stemming { stemBytes(&bytes) }
            words.append(String(decoding: bytes, as: UTF8.self))
            bytes.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
                    bytes.append(UInt8(value))
                } else if value >= 65 && value <= 90 {
                    bytes.append(UInt8(value + 32))
                } else if value == 39, !bytes.isEmpty {
                    bytes.append(39)
                    hasApostrophe = true
                } else {
                    finish()
                }
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { bytes.append(contentsOf: UTF8.encode(lower)!) }
            } else if scalar == "’", !bytes.isEmpty {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
                hasApostrophe = true
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    /// A light suffix stemmer: enough to join `plan`/`planned`/`planning`, `update`/`updates`,
    /// `priority`/`priorities`; both sides of every comparison go through it.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stemBytes(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `stem` on a lowercased word's UTF-8 bytes; words with non-ASCII letters are left alone.
    static func stemBytes(_ w: inout [UInt8]) {
        guard w.count > 3, !w.contains(where: { $0 >= 0x80 }) else { return }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard w.count >= n else { return false }
            let start = suffix.utf8Start
            for k in 0..<n where w[w.count - n + k] != start[k] { return false }
            return true
        }
        let s = UInt8(ascii: "s")
        if ends("ies"), w.count > 4 {
            w.removeLast(3)
            w.append(UInt8(ascii: "y"))
        } else if ends("sses") {
            w.removeLast(2)
        } else if w.last == s, !ends("ss"), !ends("us"), !ends("is") {
            w.removeLast()
        }
        for suffix: StaticString in ["ing", "ed"] where ends(suffix) && w.count - suffix.utf8CodeUnitCount >= 3 {
            w.removeLast(suffix.utf8CodeUnitCount)
            if w.count >= 2, w[w.count - 1] == w[w.count - 2], !"aeiouls".utf8.contains(w[w.count - 1]) { w.removeLast() }
            break
        }
        if w.last == UInt8(ascii: "e"), w.count > 3 { w.removeLast() }
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte: no locale, no Foundation
    /// bridging, which costs microseconds a call on the per-item hot path.
    func includes(_ needle: some StringProtocol) -> Bool { utf8Range(of: needle) != nil }

    /// Where `needle` first occurs, compared byte for byte.
    func utf8Range(of needle: some StringProtocol) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let offset: Int? = utf8.withContiguousStorageIfAvailable { haystack in
            guard haystack.count >= pattern.count else { return nil }
            var i = 0
            let last = haystack.count - pattern.count
            while i <= last {
                if haystack[i] == first {
                    var j = 1
                    while j < pattern.count, haystack[i + j] == pattern[j] { j += 1 }
                    if j == pattern.count { return i }
                }
                i += 1
            }
            return nil
        } ?? Array(utf8).withUnsafeBufferPointer { haystack in
            guard haystack.count >= pattern.count else { return nil }
            for i in 0...(haystack.count - pattern.count) where haystack[i] == first {
                if Array(haystack[i..<i + pattern.count]) == pattern { return i }
            }
            return nil
        }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: pattern.count)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
