#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A number for each distinct word, found by the word's bytes: a word seen before costs a hash
/// and a comparison, never a `String`. Open addressing over a byte arena.
struct WordTable {
    private var arena: [UInt8] = []
    private var entries: [(start: Int, count: Int, hash: UInt64, value: Int32)] = []
    /// Entry index + 1 per slot, 0 when empty; a power of two, at most half full.
    private var slots = [Int32](repeating: 0, count: 256)

    /// The word's number; a word met for the first time gets `make(word)`.
    mutating func id(of word: UnsafeBufferPointer<UInt8>, make: (String) -> Int32) -> Int32 {
        let (found, hash, slot) = find(word)
        if let found { return found }
        let value = make(String(decoding: word, as: UTF8.self))
        entries.append((arena.count, word.count, hash, value))
        arena.append(contentsOf: word)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return value
    }

    /// The word's number, if it has one.
    func number(of word: UnsafeBufferPointer<UInt8>) -> Int32? { find(word).value }

    /// The word's number, or the empty slot it would take, with its hash.
    private func find(_ word: UnsafeBufferPointer<UInt8>) -> (value: Int32?, hash: UInt64, slot: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        // Unchecked reads: a word costs a few loads, not a bounds check and a retain each.
        let value: Int32? = slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                arena.withUnsafeBufferPointer { arena in
                    while slots[slot] != 0 {
                        let entry = entries[Int(slots[slot]) - 1]
                        if entry.hash == hash, entry.count == word.count,
                           memcmp(arena.baseAddress! + entry.start, word.baseAddress!, word.count) == 0 {
                            return entry.value
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
        return (value, hash, slot)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index + 1)
        }
    }
}
