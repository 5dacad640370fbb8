/// The words that tell what a section or an item is about.
///
/// Titles are matched by phrase, first phrase in the title wins (`Wins & status` is wins);
/// items are scored by how many of each topic's words they use. Phrases are compared as
/// stemmed words, so emoji, punctuation, case and plurals do not matter.
public struct Vocabulary: Sendable {
    private var titlePhrases = PhraseTable()
    private var itemPhrases = PhraseTable()

    /// The vocabulary that ships with the tool.
    public static let standard = Vocabulary()

    private init() {
        for (topic, phrases) in Vocabulary.titles { titlePhrases.add(phrases, as: topic) }
        for (topic, phrases) in Vocabulary.itemWords { itemPhrases.add(phrases, as: topic) }
    }

    /// This vocabulary with more phrases for some topics (the config's `vocabulary:`), used for
    /// both titles and items.
    public func extended(with extra: [Topic: [String]]) -> Vocabulary {
        var copy = self
        for (topic, phrases) in extra {
            copy.titlePhrases.add(phrases, as: topic)
            copy.itemPhrases.add(phrases, as: topic)
        }
        return copy
    }

    /// The topic a section title names, if it names one.
    public func topic(forTitle title: String) -> Topic? {
        let words = titlePhrases.numbers(of: title)
        for index in words.indices {
            if let phrase = titlePhrases.longestMatch(in: words, at: index) { return phrase.topic }
        }
        return nil
    }

    /// The topic an item's words point to, if any: the topic with the most matching phrases.
    func inferredTopic(for text: String) -> Topic? {
        // A topic and its count, on the stack: an item names one or two topics, so a list beats hashing.
        withUnsafeTemporaryAllocation(of: (topic: Topic, count: Int).self, capacity: Vocabulary.topicCount) { scores in
            var used = 0
            func score(_ topic: Topic) {
                if let at = scores[..<used].firstIndex(where: { $0.topic == topic }) {
                    scores[at].count += 1
                } else {
                    scores.initializeElement(at: used, to: (topic, 1))
                    used += 1
                }
            }
            let words = itemPhrases.numbers(of: text)
            var index = words.startIndex
            while index < words.endIndex {
                if let phrase = itemPhrases.longestMatch(in: words, at: index) {
                    score(phrase.topic)
                    index += phrase.words.count
                } else {
                    index += 1
                }
            }
            if Vocabulary.hasStatusMarks(text) { score(.status) }
            let best = scores[..<used].max { a, b in a.count != b.count ? a.count < b.count : Vocabulary.precedence(a.topic) > Vocabulary.precedence(b.topic) }
            return best?.topic
        }
    }

    /// How many topics there are: the most an item can score.
    private static let topicCount = Topic.allCases.count

    /// Ties go to the topics that say most about a 1:1's health.
    private static func precedence(_ topic: Topic) -> Int {
        [.feedback, .career, .checkIn, .blockers, .strategy, .wins, .status].firstIndex(of: topic) ?? 99
    }

    /// Ticket ids (`PROJ-123`) and percentages are status talk.
    static func hasStatusMarks(_ text: String) -> Bool {
        guard text.hasByte(UInt8(ascii: "%")) || text.hasByte(UInt8(ascii: "-")) else { return false }
        // Read on UTF-8 bytes: every test is of ASCII, and each byte of a non-ASCII character
        // fails it just as the character would.
        return text.utf8.withContiguousStorageIfAvailable(hasStatusMarks) ?? Array(text.utf8).withUnsafeBufferPointer(hasStatusMarks)
    }

    private static func hasStatusMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "%"), i > 0, isDigit(bytes[i - 1]) { return true }
            if byte == UInt8(ascii: "-"), i >= 2, i + 1 < bytes.count, isDigit(bytes[i + 1]) {
                var j = i - 1, letters = 0
                while j >= 0, isUpper(bytes[j]) { letters += 1; j -= 1 }
                if letters >= 2, j < 0 || !bytes[j].isASCIILetter, isUpper(bytes[j + 1]) { return true }
            }
        }
        return false
    }

    /// Section titles.
    static let titles: [Topic: [String]] = [
        .checkIn: ["check-in", "checkin", "check in", "how are you", "how are things", "how's it going", "personal", "wellbeing", "well-being", "life", "catch up", "catch-up", "mood", "icebreaker"],
        .wins: ["wins", "win", "highlights", "celebrations", "celebrate", "kudos", "shout-outs", "shoutouts", "accomplishments", "achievements", "good news", "proud of"],
        .status: ["status", "updates", "update", "progress", "projects", "project", "work in progress", "what i worked on", "current work", "metrics"],
        .blockers: ["blockers", "blocker", "blocked", "challenges", "challenge", "roadblocks", "obstacles", "help needed", "need help", "problems", "issues", "concerns", "risks", "struggles", "impediments"],
        .career: ["career", "growth", "development", "learning", "goals", "promotion", "skills", "aspirations", "professional development", "mentoring", "coaching"],
        .feedback: ["feedback", "upward feedback", "downward feedback", "how can i support you better", "how can i support you", "how am i doing", "praise", "constructive"],
        .strategy: ["strategy", "strategic", "priorities", "priority", "alignment", "okr", "okrs", "roadmap", "vision", "direction", "big picture", "planning"],
        .agenda: ["agenda", "topics", "talking points", "to discuss", "discussion", "discussion points", "items"],
        .actionItems: ["action items", "action item", "actions", "next steps", "follow-ups", "follow ups", "followups", "follow up", "todos", "todo", "to-do", "to do", "tasks", "commitments"],
        .recap: ["recap", "takeaways", "takeaway", "summary", "key points", "decisions", "outcomes", "tl;dr", "tldr"],
        .nextMeeting: ["next meeting", "next 1:1", "next one-on-one", "next one on one", "next time", "next session", "next sync", "for next time"],
        .private: ["private", "private notes", "manager only", "manager notes", "personal notes", "confidential"],
        .notes: ["notes", "misc", "other", "anything else", "aob"],
    ]

    /// Words that give an item away when its section does not.
    static let itemWords: [Topic: [String]] = [
        .status: ["shipped", "ship", "merged", "merge", "deployed", "deploy", "released", "release", "launched", "launch", "on track", "off track", "behind schedule", "ahead of schedule", "progress", "status", "update", "pr", "pull request", "code review", "finished", "completed", "sprint", "milestone", "eta", "demo", "rollout", "rolled out", "in review", "qa", "bug", "fixed", "ticket", "jira", "standup", "working on"],
        .career: ["career", "promotion", "promo", "growth", "learning", "course", "training", "conference", "mentor", "mentorship", "mentoring", "skills", "skill", "career goals", "next level", "staff engineer", "senior", "performance review", "brag doc", "development plan", "professional development", "career development", "personal development", "idp", "stretch", "next role", "aspiration", "certification", "leadership", "tech lead", "lead role"],
        .feedback: ["feedback", "praise", "constructive", "criticism", "how am i doing", "support you", "could do better", "do differently", "kudos for"],
        .checkIn: ["how are you", "how's it going", "weekend", "vacation", "holiday", "family", "kids", "health", "sick", "feeling", "energy", "stress", "stressed", "burnout", "burned out", "wellbeing", "well-being", "mood", "personal", "pto", "time off", "trip", "parental leave", "tired", "morale"],
        .blockers: ["blocked", "blocker", "blocking", "stuck", "waiting on", "need help", "help with", "roadblock", "obstacle", "impediment", "challenge", "risk", "concern", "bottleneck", "dependency"],
        .strategy: ["strategy", "strategic", "roadmap", "priorities", "prioritize", "prioritise", "okr", "okrs", "alignment", "vision", "long term", "long-term", "planning", "reorg", "headcount", "hiring plan", "north star", "quarterly plan", "direction"],
        .wins: ["win", "wins", "proud", "celebrate", "shout out", "shout-out", "kudos", "great job", "well done", "nailed"],
    ]
}

/// Phrases found by their words' numbers: a text's words are looked up straight off its bytes,
/// with no `String` a word, and a phrase matches when the numbers do.
struct PhraseTable: Sendable {
    /// One phrase, as the numbers of its stemmed words.
    struct Phrase: Sendable {
        var words: [Int32]
        var topic: Topic
    }

    private var vocabulary = WordTable()
    /// The phrases each word starts, by the word's number, longest first.
    private var phrasesStarting: [[Phrase]] = []

    mutating func add(_ phrases: [String], as topic: Topic) {
        var touched: Set<Int32> = []
        for phrase in phrases {
            var words: [Int32] = []
            for word in Words.of(phrase) {
                var word = word
                let next = Int32(phrasesStarting.count)
                let number = word.withUTF8 { vocabulary.id(of: $0) { _ in next } }
                if number == next { phrasesStarting.append([]) }
                words.append(number)
            }
            guard let first = words.first else { continue }
            phrasesStarting[Int(first)].append(Phrase(words: words, topic: topic))
            touched.insert(first)
        }
        // Longest phrase first, so `next meeting` wins over `next`; the sort is stable, so among
        // phrases of one length the first added wins. Sorted once, not once a phrase: a
        // vocabulary of thousands of phrases that start alike is read in linear time.
        for first in touched {
            phrasesStarting[Int(first)].sort { $0.words.count > $1.words.count }
        }
    }

    /// The number of each of the text's words (as `Words.of` reads them); -1 for a word no
    /// phrase uses.
    func numbers(of text: some StringProtocol) -> [Int32] {
        var numbers: [Int32] = []
        numbers.reserveCapacity(text.utf8.count / 4 + 1)
        Words.forEach(in: text) { numbers.append(vocabulary.number(of: $0) ?? -1) }
        return numbers
    }

    func longestMatch(in words: [Int32], at index: Int) -> Phrase? {
        guard words[index] >= 0 else { return nil }
        return phrasesStarting[Int(words[index])].first { phrase in
            index + phrase.words.count <= words.count && words[index..<index + phrase.words.count].elementsEqual(phrase.words)
        }
    }
}
