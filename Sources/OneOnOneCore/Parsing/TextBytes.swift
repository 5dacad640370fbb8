#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level text helpers for the per-item hot path: each gives exactly the answer of its
/// `Character`-based counterpart, without grapheme breaking, locales or Foundation bridging,
/// which cost microseconds a call when run on every item of every note.
extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte.
    func includes(_ needle: some StringProtocol) -> Bool { utf8Range(of: needle) != nil }

    /// Where `needle` first occurs, compared byte for byte.
    public func utf8Range(of needle: some StringProtocol) -> Range<Index>? {
        let offset: Int?
        let searched = utf8.withContiguousStorageIfAvailable { text in
            needle.utf8.withContiguousStorageIfAvailable { pattern in byteOffset(of: pattern, in: text) ?? -1 }
        }
        if let searched, let found = searched {
            offset = found >= 0 ? found : nil
        } else {
            // Not contiguous (a bridged or lazily made string): copy once and search the copy.
            let text = Array(utf8), pattern = Array(needle.utf8)
            offset = text.withUnsafeBufferPointer { text in pattern.withUnsafeBufferPointer { byteOffset(of: $0, in: text) } }
        }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// Where `needle` last occurs, compared byte for byte.
    func lastUTF8Range(of needle: some StringProtocol) -> Range<Index>? {
        var last: Range<Index>?
        var rest = self[...]
        while let found = rest.utf8Range(of: needle) {
            last = found
            rest = self[utf8.index(after: found.lowerBound)...]
        }
        return last
    }

    /// Where `byte` first occurs at or after `start`, found with memchr.
    func firstIndex(ofByte byte: UInt8, from start: Index) -> Index? {
        let from = utf8.distance(from: utf8.startIndex, to: start)
        let offset = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let base = bytes.baseAddress, from < bytes.count, let hit = memchr(base + from, Int32(byte), bytes.count - from) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
        if let offset { return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) } }
        return utf8[start...].firstIndex(of: byte)
    }

    /// Whether the text holds `byte` (an ASCII character, or a UTF-8 lead byte).
    func hasByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        } ?? utf8.contains(byte)
    }

    /// Calls `body` with the UTF-8 offset of each occurrence of `byte`, in order: memchr from one
    /// to the next (lines are tens of bytes long, and memchr skips them many bytes at a time),
    /// not a loop over the UTF-8 view.
    func forEachOffset(ofByte byte: UInt8, _ body: (Int) -> Void) {
        let searched = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var at = 0
            while at < bytes.count, let hit = memchr(base + at, Int32(byte), bytes.count - at) {
                let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                body(offset)
                at = offset + 1
            }
            return true
        }
        guard searched == nil else { return }
        for (offset, each) in utf8.enumerated() where each == byte { body(offset) }
    }

    /// How many times `byte` occurs.
    func count(ofByte byte: UInt8) -> Int {
        var count = 0
        forEachOffset(ofByte: byte) { _ in count += 1 }
        return count
    }

    /// True when every character is ASCII, so that bytes and characters are one and the same.
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable(\.isASCII) ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// The text without leading and trailing white space and newlines.
    var trimmingWhitespace: String {
        // Most text starts and ends with an ASCII letter: trimming then keeps all of it. A
        // character's whiteness is its first scalar's, so an ASCII byte at either end decides.
        let ends = utf8.withContiguousStorageIfAvailable { bytes -> (first: UInt8, last: UInt8)? in
            guard let first = bytes.first, let last = bytes.last else { return nil }
            return (first, last)
        }
        if let ends, let (first, last) = ends, first < 0x80, last < 0x80, !first.isASCIISpace, !last.isASCIISpace {
            return String(self)
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// Whether the text's UTF-8 is exactly `bytes`, compared without making a `String` of them.
    func hasUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        return utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, base, bytes.count) == 0 } ?? utf8.elementsEqual(bytes)
    }

    func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}

/// Where `pattern` first starts in `text`: memchr to each candidate first byte, then memcmp
/// (Glibc does not export memmem to Swift).
private func byteOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !pattern.isEmpty, let base = text.baseAddress, let needle = pattern.baseAddress, text.count >= pattern.count else { return nil }
    var from = 0
    let last = text.count - pattern.count
    while from <= last, let hit = memchr(base + from, Int32(needle[0]), last - from + 1) {
        let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        if memcmp(base + at, needle, pattern.count) == 0 { return at }
        from = at + 1
    }
    return nil
}

extension UInt8 {
    /// The ASCII bytes with Unicode's White_Space property: tab, line feed, vertical tab, form
    /// feed, carriage return and space.
    var isASCIISpace: Bool { self == 32 || (self >= 9 && self <= 13) }

    var isASCIILetter: Bool { (self | 0x20) >= 97 && (self | 0x20) <= 122 }

    var isASCIILetterOrDigit: Bool { isASCIILetter || (self >= 48 && self <= 57) }
}

extension UnsafeBufferPointer<UInt8> {
    /// No byte has its high bit set: checked eight bytes at a time.
    var isASCII: Bool {
        guard let base = baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < count {
            if base[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }
}
