#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Follows each open action item through a series' later meetings (PRODUCT.md: an item is
/// followed through when a later meeting carries it over, marks it done, or mentions it).
///
/// Items are compared by their distinctive words: stemmed, without stop words, names, dates
/// and owners, so rewording, reordering, a changed owner or date, or an added word still match.
enum ItemThreads {
    /// How many later held meetings are searched for an item before it is taken as dropped.
    static let horizon = 6

    static func link(_ series: inout Series, ignoring names: Set<String>) {
        guard series.meetings.count > 1 else { return }
        // An item's key words are worked out when it is first compared, and once: an item that
        // is neither open nor looked at in a later meeting is never read. Each word becomes a
        // small number, so comparing two items hashes nothing.
        var cache: [[KeyWords?]] = series.meetings.map { Array(repeating: nil, count: $0.items.count) }
        var reader = KeyWordReader(names: names)
        func key(_ meeting: Int, _ item: Int) -> KeyWords {
            if let known = cache[meeting][item] { return known }
            let computed = reader.keyWords(of: series.meetings[meeting].items[item].text)
            cache[meeting][item] = computed
            return computed
        }
        // Content looks past empty meetings: an agenda left unfilled neither follows an item
        // through nor drops it. Its copies only learn where they came from (below).
        let linked = series.meetings.indices.filter { series.meetings[$0].status.isHeld && !series.meetings[$0].isEmpty }
        for i in linked {
            for k in series.meetings[i].items.indices {
                guard let action = series.meetings[i].items[k].action, !action.isDone else { continue }
                let words = key(i, k)
                guard !words.isEmpty else { continue }
                var searched = 0
                for j in linked where j > i {
                    let later = series.meetings[j]
                    guard later.date > series.meetings[i].date, !later.items.isEmpty else { continue }
                    if let found = match(words, in: later, key: { key(j, $0) }) {
                        series.meetings[i].items[k].action?.next = ThreadLink(kind: found.kind, meeting: j, item: found.item)
                        if found.kind != .mentioned, var carried = series.meetings[j].items[found.item].action {
                            carried.previous = ThreadLink(kind: found.kind, meeting: i, item: k)
                            // A carry-over that leaves out the owner or date keeps the ones first written.
                            carried.owner = carried.owner ?? action.owner
                            carried.due = carried.due ?? action.due
                            series.meetings[j].items[found.item].action = carried
                        }
                        break
                    }
                    searched += 1
                    if searched == horizon { break }
                }
            }
        }
        // Each item an unfilled agenda carried forward learns its latest earlier occurrence, and
        // does not become that occurrence's follow-through.
        for j in series.meetings.indices where series.meetings[j].status.isHeld && series.meetings[j].isEmpty {
            let earlier = linked.reversed().filter { series.meetings[$0].date < series.meetings[j].date }.prefix(horizon)
            for k in series.meetings[j].items.indices where series.meetings[j].items[k].isCarriedForward {
                let words = key(j, k)
                guard !words.isEmpty else { continue }
                for i in earlier {
                    let candidates = series.meetings[i].items.indices.filter { series.meetings[i].items[$0].action?.isDone == false }
                    let scores = candidates.map { carryScore(words, key(i, $0)) }
                    guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] >= 0.6,
                          case let origin = candidates[best], let first = series.meetings[i].items[origin].action,
                          var copy = series.meetings[j].items[k].action else { continue }
                    copy.previous = ThreadLink(kind: .carriedOver, meeting: i, item: origin)
                    copy.owner = copy.owner ?? first.owner
                    copy.due = copy.due ?? first.due
                    series.meetings[j].items[k].action = copy
                    break
                }
            }
        }
    }

    /// Numbers the key words of a series' items. Each word is looked up once an occurrence, by
    /// its bytes: its number, or -1 when it is not a key word. (A struct, so the word loop
    /// writes its own state: captured variables would cost an exclusivity check a word.)
    private struct KeyWordReader {
        let names: Set<String>
        /// Stemmed words, numbered.
        var vocabulary = WordTable()
        /// Words as written (`Booked`, `room's`), with the number of the word each reads as: a
        /// series repeats its words, so each spelling is lowercased and stemmed once.
        var spellings = WordTable()
        var nextID: Int32 = 0

        init(names: Set<String>) {
            self.names = names
        }

        mutating func keyWords(of text: String) -> KeyWords {
            var ids: [Int32] = []
            ids.reserveCapacity(16)
            let read = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard bytes.isASCII else { return false }
                Words.forEachSpelling(in: bytes) { spelling in
                    let id = number(ofSpelling: spelling)
                    if id >= 0 { ids.append(id) }
                }
                return true
            }
            if read != true {
                Words.forEach(in: text) { word in
                    let id = number(of: word)
                    if id >= 0 { ids.append(id) }
                }
            }
            return KeyWords(ids)
        }

        private mutating func number(ofSpelling spelling: UnsafeBufferPointer<UInt8>) -> Int32 {
            if let known = spellings.number(of: spelling) { return known }
            var id: Int32 = -1
            _ = Words.forEachASCII(in: spelling, stemming: true) { id = number(of: $0) }
            _ = spellings.id(of: spelling) { _ in id }
            return id
        }

        /// The number of a word as `Words` reads it, new for a key word; -1 for a word that does
        /// not make an item that item: a stop word, a name or a number. (Dates drop out without
        /// a scan: numbers are skipped, month and weekday names are stop words.)
        private mutating func number(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
            vocabulary.id(of: word) { text in
                guard ItemThreads.stopWords.number(of: word) == nil, !names.contains(text), !ItemThreads.isNumber(text) else { return -1 }
                nextID += 1
                return nextID - 1
            }
        }
    }

    /// The best occurrence of an item with `words` in `meeting`: an action item written again
    /// (and not already claimed by another item), else any item that mentions it.
    private static func match(_ words: KeyWords, in meeting: Meeting, key: (Int) -> KeyWords) -> (kind: ThreadLink.Kind, item: Int)? {
        var best: (score: Double, item: Int)?
        for (index, item) in meeting.items.enumerated() {
            guard let action = item.action, action.previous == nil else { continue }
            let score = carryScore(words, key(index))
            if score >= 0.6, score > (best?.score ?? 0) { best = (score, index) }
        }
        if let best {
            return (meeting.items[best.item].action?.isDone == true ? .completed : .carriedOver, best.item)
        }
        for index in meeting.items.indices where mentions(key(index), words) {
            // “The offsite venue is booked” reports the work done; “the venue is still open” does not.
            let reportsDone = meeting.items[index].action?.isDone == true
                || !completionWords.isDisjoint(with: Words.of(meeting.items[index].text, stemming: false))
            return (reportsDone ? .completed : .mentioned, index)
        }
        return nil
    }

    /// Words that say a mentioned task is finished.
    static let completionWords: Set<String> = [
        "done", "booked", "sent", "shipped", "merged", "finished", "completed", "written", "published", "posted",
        "resolved", "fixed", "closed", "delivered", "signed", "submitted", "approved", "scheduled", "shared", "landed",
    ]

    /// Dice similarity, requiring two shared words unless the item has only one.
    static func carryScore(_ a: KeyWords, _ b: KeyWords) -> Double {
        let shared = a.sharedCount(b)
        guard shared >= min(2, a.count), !b.isEmpty else { return 0 }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    /// `text` mentions an item when it holds most of the item's distinctive words.
    static func mentions(_ text: KeyWords, _ item: KeyWords) -> Bool {
        let shared = item.sharedCount(text)
        guard shared >= min(2, item.count) else { return false }
        return Double(shared) / Double(item.count) >= 0.6
    }

    /// `2026`, or a number in another script (`Ⅻ`); checked byte by byte when the word is ASCII.
    private static func isNumber(_ word: String) -> Bool {
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte < 48 || byte > 57 { return false }
        }
        return ascii || word.allSatisfy(\.isNumber)
    }

    /// Words that say nothing of what an item is about, looked up by their bytes.
    private static let stopWords: WordTable = {
        var table = WordTable()
        Words.forEach(in: stopWordList) { _ = table.id(of: $0) { _ in 0 } }
        return table
    }()

    private static let stopWordList = """
        a an the to for of on in at by with and or but is are was were be been being it its this that these those \
        i we you he she they me us my our your his her their them will would should could can may might must shall \
        do does did done has have had not no yes from as up about into out over so then than also just still again \
        next week weeks today tomorrow todo ai action item items owner due overdue follow re via all any some more get got \
        make made need needs let lets s t d ll ve x eod eow asap please what when who how \
        jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august \
        september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday \
        wednesday thursday friday saturday sunday st nd rd th
        """
}

/// An item's key words as sorted, distinct numbers (one per word of the series' vocabulary).
struct KeyWords {
    private let ids: [Int32]

    init(_ ids: consuming [Int32]) {
        // Sorted and made distinct in place: the list is handed over, so no copy is made.
        ids.sort()
        var kept = 0
        for index in ids.indices where kept == 0 || ids[kept - 1] != ids[index] {
            ids[kept] = ids[index]
            kept += 1
        }
        ids.removeLast(ids.count - kept)
        self.ids = ids
    }

    var count: Int { ids.count }
    var isEmpty: Bool { ids.isEmpty }

    /// How many words the two share: one merge of the sorted lists.
    func sharedCount(_ other: KeyWords) -> Int {
        var i = 0, j = 0, shared = 0
        let a = ids, b = other.ids
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
