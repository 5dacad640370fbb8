/// Words as the tool compares them: lowercased, split on anything that is not a letter or a
/// digit, possessives dropped and endings stemmed, so `Priorities`, `priority` and `🎯 priority:`
/// are one word, and `booked` matches `book`.
public enum Words {
    /// - Parameter stemming: false for names, which must stay as written (`alice`, not `alic`).
    public static func of(_ text: some StringProtocol, stemming: Bool = true) -> [String] {
        var words: [String] = []
        words.reserveCapacity(text.utf8.count / 6 + 1)
        forEach(in: text, stemming: stemming) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// The first of `of(text)`, reading no further than the space after it.
    static func first(of text: String, stemming: Bool = true) -> String? {
        if let read = text.utf8.withContiguousStorageIfAvailable({ firstASCII(in: $0, stemming: stemming) }), let first = read { return first }
        // A space ends a word, so the text splits at spaces into pieces that are read alone;
        // the first piece with a word holds the first word.
        var start = text.startIndex
        while start < text.endIndex {
            let end = text.firstIndex(ofByte: 0x20, from: start) ?? text.endIndex
            var first: String?
            forEach(in: text[start..<end], stemming: stemming) { word in
                if first == nil { first = String(decoding: word, as: UTF8.self) }
            }
            if let first { return first }
            guard end < text.endIndex else { return nil }
            start = text.utf8.index(after: end)
        }
        return nil
    }

    /// `first(of:)` read straight off the bytes when the first word is ASCII letters and digits
    /// (as nearly every item's is); nil when only the full reading can say (non-ASCII, an apostrophe).
    private static func firstASCII(in bytes: UnsafeBufferPointer<UInt8>, stemming: Bool) -> String?? {
        // The word is read into a scratch buffer on the stack: no array grows a byte at a time.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { scratch -> String?? in
            let word = scratch.baseAddress!
            var length = 0
            for byte in bytes {
                if byte >= 0x80 || (byte == 39 && length > 0) { return nil }
                if let kept = wordByte(byte) {
                    word[length] = kept
                    length += 1
                } else if length > 0 {
                    break
                }
            }
            guard length > 0 else { return .some(nil) }
            if stemming { length = stemASCII(word, count: length) }
            return .some(String(decoding: UnsafeBufferPointer(start: word, count: length), as: UTF8.self))
        }
    }

    /// An ASCII byte as a word holds it: letters lowercased, digits kept; nil for any other byte.
    @inline(__always)
    private static func wordByte(_ byte: UInt8) -> UInt8? {
        if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) { return byte }
        if byte >= 65 && byte <= 90 { return byte + 32 }
        return nil
    }

    /// Hands `body` each word's UTF-8 bytes, as `of` would make them, without making a `String`
    /// of it (the bytes are valid during the call only): for callers that look words up.
    static func forEach(in text: some StringProtocol, stemming: Bool = true, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Most text is ASCII: its words are read straight off its bytes.
        if let done = text.utf8.withContiguousStorageIfAvailable({ forEachASCII(in: $0, stemming: stemming, body) }), done { return }
        forEachScalar(in: text, stemming: stemming, body)
    }

    /// `forEach` over any text, scalar by scalar.
    private static func forEachScalar(in text: some StringProtocol, stemming: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Every word's bytes go, lowercased, into one buffer; the word being read is its tail.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        var start = 0
        var hasApostrophe = false
        func finish() {
            guard bytes.count > start else { return }
            if hasApostrophe {
                hasApostrophe = false
                var word = String(decoding: bytes[start...], as: UTF8.self)
                if word.hasSuffix("'s") || word.hasSuffix("’s") { word.removeLast(2) }
                word = word.trimmingCharacters(in: "'’")
                if !word.isEmpty {
                    var made = stemming ? stem(word) : word
                    made.withUTF8 { body($0) }
                }
            } else {
                if stemming { stemBytes(&bytes, from: start) }
                bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
            }
            start = bytes.count
        }
        func ascii(_ value: UInt8) {
            if let kept = wordByte(value) {
                bytes.append(kept)
            } else if value == 39, bytes.count > start {
                bytes.append(39)
                hasApostrophe = true
            } else {
                finish()
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                ascii(UInt8(scalar.value))
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { bytes.append(contentsOf: UTF8.encode(lower)!) }
            } else if scalar == "’", bytes.count > start {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
                hasApostrophe = true
            } else {
                finish()
            }
        }
        finish()
    }

    /// A light suffix stemmer: enough to join `plan`/`planned`/`planning`, `update`/`updates`,
    /// `priority`/`priorities`; both sides of every comparison go through it.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stemBytes(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `stem` on a lowercased word's UTF-8 bytes, the tail of `w` from `start`; words with
    /// non-ASCII letters are left alone.
    static func stemBytes(_ w: inout [UInt8], from start: Int = 0) {
        guard w.count - start > 3, !w[start...].contains(where: { $0 >= 0x80 }) else { return }
        let count = w.count - start
        let stemmed = w.withUnsafeMutableBufferPointer { stemASCII($0.baseAddress! + start, count: count) }
        w.removeLast(count - stemmed)
    }

    /// The stemmer on a lowercased ASCII word of `count` bytes at `w`, in place (a stem is never
    /// longer than its word): the stem's length.
    private static func stemASCII(_ w: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        guard count > 3 else { return count }
        func ends(_ suffix: StaticString, _ n: Int) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n >= k else { return false }
            let tail = suffix.utf8Start
            for index in 0..<k where w[n - k + index] != tail[index] { return false }
            return true
        }
        var n = count
        if ends("ies", n), n > 4 {
            n -= 2
            w[n - 1] = UInt8(ascii: "y")
        } else if ends("sses", n) {
            n -= 2
        } else if w[n - 1] == UInt8(ascii: "s"), !ends("ss", n), !ends("us", n), !ends("is", n) {
            n -= 1
        }
        for suffix: StaticString in ["ing", "ed"] where ends(suffix, n) && n - suffix.utf8CodeUnitCount >= 3 {
            n -= suffix.utf8CodeUnitCount
            if n >= 2, w[n - 1] == w[n - 2], !"aeiouls".utf8.contains(w[n - 1]) { n -= 1 }
            break
        }
        if w[n - 1] == UInt8(ascii: "e"), n > 3 { n -= 1 }
        return n
    }

    /// Hands `body` each spelling of ASCII text: each run of letters, digits and apostrophes, as
    /// written. `forEachASCII` reads a spelling as at most one word, the same word wherever it
    /// stands, so a caller can look spellings up and read each new one once.
    static func forEachSpelling(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for end in 0...text.count where end == text.count || (wordByte(text[end]) == nil && text[end] != 39) {
            if end > start { body(UnsafeBufferPointer(rebasing: text[start..<end])) }
            start = end + 1
        }
    }

    /// `forEach` over ASCII text, read off its bytes into one scratch buffer that each word
    /// overwrites: no copy of the text, no `String`. False, having read nothing, when the text
    /// is not all ASCII.
    static func forEachASCII(in text: UnsafeBufferPointer<UInt8>, stemming: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard text.isASCII else { return false }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + 1) { scratch in
            let word = scratch.baseAddress!
            var length = 0
            var hasApostrophe = false
            func finish() {
                guard length > 0 else { return }
                var start = 0
                if hasApostrophe {
                    // `Alice's` is `alice`; quotes around a word are not part of it.
                    hasApostrophe = false
                    if length >= 2, word[length - 2] == 39, word[length - 1] == UInt8(ascii: "s") { length -= 2 }
                    while length > start, word[length - 1] == 39 { length -= 1 }
                    while start < length, word[start] == 39 { start += 1 }
                }
                if length > start {
                    let count = stemming ? stemASCII(word + start, count: length - start) : length - start
                    body(UnsafeBufferPointer(start: word + start, count: count))
                }
                length = 0
            }
            for byte in text {
                if let kept = wordByte(byte) {
                    word[length] = kept
                    length += 1
                } else if byte == 39, length > 0 {
                    word[length] = 39
                    length += 1
                    hasApostrophe = true
                } else {
                    finish()
                }
            }
            finish()
        }
        return true
    }
}
