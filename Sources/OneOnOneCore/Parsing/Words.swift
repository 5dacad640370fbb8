/// Words as the tool compares them: lowercased, split on anything that is not a letter or a
/// digit, possessives dropped and endings stemmed, so `Priorities`, `priority` and `🎯 priority:`
/// are one word, and `booked` matches `book`.
enum Words {
    static func of(_ text: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        func finish() {
            guard !current.isEmpty else { return }
            if current.hasSuffix("'s") || current.hasSuffix("’s") { current.removeLast(2) }
            current = current.trimmingCharacters(in: "'’")
            if !current.isEmpty { words.append(stem(current)) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.isASCIIDigit {
                current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if (scalar == "'" || scalar == "’"), !current.isEmpty {
                current.unicodeScalars.append(scalar)
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
        var w = word
        guard w.count > 3, w.unicodeScalars.allSatisfy(\.isASCII) else { return w }
        if w.hasSuffix("ies"), w.count > 4 {
            w.removeLast(3)
            w += "y"
        } else if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        for suffix in ["ing", "ed"] where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            w.removeLast(suffix.count)
            let chars = Array(w.utf8)
            if chars.count >= 2, chars[chars.count - 1] == chars[chars.count - 2], !"aeiouls".utf8.contains(chars[chars.count - 1]) {
                w.removeLast()
            }
            break
        }
        if w.hasSuffix("e"), w.count > 3 { w.removeLast() }
        return w
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
