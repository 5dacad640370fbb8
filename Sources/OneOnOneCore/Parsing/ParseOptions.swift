/// What the parser needs to know beyond the notes themselves; the configuration provides it.
public struct ParseOptions: Sendable {
    /// The order of purely numeric dates (`03/04/2026`); nil makes them ambiguous.
    public var dateOrder: DateOrder?
    /// The manager's name as written in notes.
    public var manager: String?
    /// Whose notes these are when they are a report's (`me:` in the configuration).
    public var me: String?
    /// People named in the configuration, by canonical (lowercased) name.
    public var people: [String: Person]
    /// Globs of documents shared with the report, relative to `root`.
    public var sharedGlobs: [String]
    /// The folder globs are relative to (the configuration's folder).
    public var root: String?
    public var vocabulary: Vocabulary
    /// Template prompts: an item that is only a prompt is not content.
    public var prompts: Prompts

    /// A person the configuration knows.
    public struct Person: Sendable, Equatable {
        public var aliases: [String]
        public var cadence: Int?
        public var kind: MeetingKind?

        public init(aliases: [String] = [], cadence: Int? = nil, kind: MeetingKind? = nil) {
            self.aliases = aliases
            self.cadence = cadence
            self.kind = kind
        }
    }

    public init(dateOrder: DateOrder? = nil, manager: String? = nil, me: String? = nil, people: [String: Person] = [:],
                sharedGlobs: [String] = [], root: String? = nil, vocabulary: Vocabulary = .standard,
                prompts: Prompts = .standard) {
        self.dateOrder = dateOrder
        self.manager = manager
        self.me = me
        self.people = Dictionary(people.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.sharedGlobs = sharedGlobs
        self.root = root
        self.vocabulary = vocabulary
        self.prompts = prompts
        var aliases: [String: String] = [:]
        for (name, person) in self.people {
            for alias in person.aliases { aliases[alias.lowercased()] = name }
        }
        self.aliases = aliases
    }

    private var aliases: [String: String]

    /// `canonicalName` of a word from `Words.of`, which is lowercased and trimmed already.
    func canonicalWord(_ word: String) -> String {
        aliases.isEmpty ? word : aliases[word] ?? word
    }

    /// Every word that `canonicalWord` makes one of `names`: the names no alias takes
    /// elsewhere, and the aliases of each.
    func words(naming names: [String]) -> [String] {
        guard !aliases.isEmpty else { return names }
        return names.filter { aliases[$0] == nil } + aliases.filter { names.contains($0.value) }.map(\.key)
    }

    /// The name a series is keyed by: lowercased, `@` dropped, aliases resolved.
    public func canonicalName(_ name: String) -> String {
        var key = name.trimmingWhitespace.lowercased()
        // A name is one line: `with: "Ana\nLee"` is `ana lee`, and no line break reaches a note the agenda writes.
        let isControl = { (byte: UInt8) in byte < 0x20 }
        if key.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isControl) }) ?? key.utf8.contains(where: isControl) {
            key = key.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        if key.hasPrefix("@") { key.removeFirst() }
        return aliases[key] ?? key
    }

    /// The two sides of `person`'s series when `manager` (canonical) is its manager: the parser
    /// reads each note with them, and the agenda writes from the right side.
    public func sides(person: String, manager: String?) -> Sides {
        let me = self.me.map(canonicalName)
        return Sides(person: person, manager: manager, me: me, others: Set(people.keys).subtracting([person, manager, me].compactMap { $0 }))
    }

    /// Every name the configuration knows, aliases included, lowercased.
    var knownNames: Set<String> {
        var names = Set(people.keys).union(aliases.keys)
        if let manager { names.insert(manager.lowercased()) }
        return names
    }
}

/// Template prompts, as `Words.of` gives them, with their first words: an item whose first word
/// starts no prompt is no prompt, known without hashing all its words.
public struct Prompts: Sendable {
    public let words: Set<[String]>
    private let firstWords: Set<String>

    public init(_ words: Set<[String]>) {
        self.words = words
        firstWords = Set(words.compactMap(\.first))
    }

    /// Whether an item is a prompt; its `words` are asked for only when `first` starts one.
    func contains(first: String?, words: () -> [String]) -> Bool {
        guard let first, firstWords.contains(first) else { return false }
        return self.words.contains(words())
    }

    /// The prompts of the templates that ship with the tool (`templates/`).
    public static let standard = Prompts(Set([
        "How are you doing?", "How are things going?", "What's on your mind?", "What's on your mind this week?",
        "Anything blocking you?", "What are you stuck on?", "What went well?", "Wins this week",
        "How can I support you better?", "Any feedback for me?", "Feedback for you",
        "Career: what do you want to learn next?", "What do you want to learn next?",
        "Topics", "Notes", "Action item", "Next steps", "…", "...", "TBD", "TODO",
    ].map { Words.of($0) }.filter { !$0.isEmpty }))
}
