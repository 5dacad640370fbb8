/// One thing said in a meeting: a list item, a loose paragraph, or a table row.
public struct Item: Sendable, Hashable {
    /// The item's text as written, without list markers or Markdown syntax.
    public var text: String
    public var line: Int
    public var column: Int
    public var topic: Topic
    /// Set for feedback items whose direction the notes make clear.
    public var feedback: FeedbackDirection?
    /// Who brought the item to the agenda, where the notes say.
    public var attribution: Attribution?
    /// Present when the item is an action item.
    public var action: Action?
    /// True when the item is one of a template's prompts, left as the template wrote it.
    public var isPrompt: Bool = false
    /// The meeting an agenda carried this item forward from (`… (from 2026-11-11)`), where it says.
    public var carriedFrom: Day? = nil

    /// An open item the agenda copied forward and nobody has touched yet: like a prompt, it is
    /// not something said in this meeting (PRODUCT.md, "Prompts are not content").
    public var isCarriedForward: Bool { carriedFrom != nil && action?.isDone == false }

    /// The text without an agenda's `(from …)` note: what to write when carrying it again.
    public var textWithoutCarryNote: String {
        guard carriedFrom != nil, let note = ItemReader.carryNote(in: text) else { return text }
        return String(text[..<note.lowerBound])
    }

    public var isActionItem: Bool { action != nil }

    /// The capitalised name the text opens with, as in `Wes to …` or `Wes will …`: an owner
    /// written by name, whether or not the configuration knows them.
    public var leadingName: String? {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[1] == "to" || words[1] == "will", let first = words[0].first, first.isUppercase,
              words[0].count >= 2, words[0].dropFirst().allSatisfy(\.isLowercase) else { return nil }
        return String(words[0])
    }
}

/// Who an agenda item belongs to.
public enum Attribution: Sendable, Hashable {
    /// The person the series is with.
    case report
    /// The manager.
    case manager
    /// Someone else, by name.
    case other(String)
}

/// A commitment: what an action item adds to an item.
public struct Action: Sendable, Hashable {
    /// The owner written, or else the one of the occurrence this item carries over.
    public var owner: String?
    /// The due date written, or else the one of the occurrence this item carries over.
    public var due: Day?
    public var isDone: Bool
    /// Where this item came from: an earlier item it carries over, completes or mentions.
    public var previous: ThreadLink?
    /// Where it went: the first later item that carries it over, completes or mentions it.
    public var next: ThreadLink?
}

/// A link between two occurrences of one commitment across a series' meetings.
public struct ThreadLink: Sendable, Hashable {
    /// How the later meeting dealt with the earlier item.
    public enum Kind: String, Sendable, Codable {
        /// Written again and still open.
        case carriedOver = "carried-over"
        /// Written again as done, or marked done.
        case completed
        /// Not written again, but talked about (`the offsite venue is booked`).
        case mentioned
    }

    public var kind: Kind
    /// The other end, as an index into the series' meetings and that meeting's items.
    public var meeting: Int
    public var item: Int
}
