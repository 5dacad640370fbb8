/// "Did you mean …?" for mistyped keys and rule ids.
public enum Suggestion {
    /// `; did you mean `x`?` when a known word is close to `word`, else nothing: the one
    /// wording every "unknown …" message ends with.
    public static func didYouMean(_ word: String, among known: [String]) -> String {
        closest(to: word, among: known).map { "; did you mean `\($0)`?" } ?? ""
    }

    /// The known word closest to `word`, if it is close enough to be a typo.
    public static func closest(to word: String, among known: [String]) -> String? {
        let typed = word.lowercased(), length = word.count
        // A unique completion of what was typed (`stale-action` → `stale-action-item`) is the best guess.
        let completions = known.filter { $0.lowercased().hasPrefix(typed) && $0.count > length }
        if length >= 3, completions.count == 1 { return completions[0] }
        // A word whose length differs by more than the allowance cannot be close enough: it is
        // not measured (which keeps a pasted paragraph from costing a distance per known word).
        let allowance = max(2, length / 3), typedLength = typed.count
        var best: (word: String, distance: Int)?
        for candidate in known {
            let lowered = candidate.lowercased()
            guard abs(lowered.count - typedLength) <= allowance else { continue }
            let distance = distance(typed, lowered)
            if distance <= allowance, distance < best?.distance ?? .max { best = (candidate, distance) }
        }
        return best?.word
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
