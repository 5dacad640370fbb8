/// Whether a scheduled 1:1 took place.
public enum MeetingStatus: String, Sendable, Codable, CaseIterable {
    case held
    case cancelled
    case rescheduled

    /// Cancelled and rescheduled meetings are never held: content rules skip them.
    public var isHeld: Bool { self == .held }
}

/// The kind of 1:1.
public enum MeetingKind: String, Sendable, Codable, CaseIterable {
    case oneOnOne = "one-on-one"
    case skipLevel = "skip-level"
    case career
}

/// A heading or bold pseudo-heading that groups a meeting's items.
public struct Section: Sendable, Hashable {
    public var title: String
    public var topic: Topic
    public var level: Int
    public var line: Int
    public var feedback: FeedbackDirection?
}

/// A duration as recorded in the notes, with the line that records it.
public struct RecordedDuration: Sendable, Hashable {
    public var minutes: Int
    public var line: Int
}

/// A part of a note marked private: only where it is and how much it holds, never its words.
public struct PrivatePart: Sendable, Hashable {
    public var lines: ClosedRange<Int>
    /// How many items it holds (counted, never kept).
    public var items: Int
}

/// One 1:1 meeting as its note records it.
public struct Meeting: Sendable {
    public var date: Day
    /// The series' person, as the series is keyed (lowercased, aliases resolved).
    public var person: String
    public var status: MeetingStatus
    public var kind: MeetingKind
    public var duration: RecordedDuration?
    /// The path as reached from the arguments.
    public var file: String
    /// The meeting's heading (line 1 for a one-meeting file).
    public var line: Int
    public var lines: ClosedRange<Int>
    public var isShared: Bool
    /// The manager, as front matter names them.
    public var manager: String?
    /// The cadence front matter gives, in days.
    public var cadence: Int?
    /// The next meeting's date, where the note gives it.
    public var next: Day?
    public var tags: [String]
    /// Front-matter keys the tool does not know, kept as written.
    public var otherFields: [String: String]
    public var sections: [Section]
    /// Every item in document order; action items carry an `action`.
    public var items: [Item]
    public var privateParts: [PrivatePart]

    public var actionItems: [Item] { items.filter(\.isActionItem) }

    /// Empty: nothing written but a template's prompts (PRODUCT.md, `empty-meeting`).
    /// Items carried forward by an agenda and left as they were are not content either.
    public var isEmpty: Bool {
        items.allSatisfy { $0.isPrompt || $0.isCarriedForward } && privateParts.allSatisfy { $0.items == 0 }
    }
}
