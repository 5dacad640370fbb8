import OneOnOneCore

/// What one meeting goes deeper on, beyond the usual: the five areas every 1:1 guide names.
/// The agenda picks, by rotation, the one the series has gone longest without.
public enum Focus: String, CaseIterable, Sendable {
    case checkIn = "check-in"
    case development
    case strategy
    case blockers
    case feedback

    /// The section title the agenda writes; its words map to the focus' topic when the note is read back.
    public var title: String {
        switch self {
        case .checkIn: return "👋 Check-in, going deeper"
        case .development: return "🌱 Career and development"
        case .strategy: return "🧭 Strategy and priorities"
        case .blockers: return "🚧 Blockers"
        case .feedback: return "💬 Feedback, both ways"
        }
    }

    /// Whether an item of a held meeting covers this focus.
    public func isCovered(by item: Item, in meeting: Meeting) -> Bool {
        switch self {
        case .checkIn: return item.topic == .checkIn
        case .development: return Timeline.isCareerTalk(item, in: meeting)
        case .strategy: return item.topic == .strategy
        case .blockers: return item.topic == .blockers
        case .feedback: return item.topic == .feedback
        }
    }

    /// The focus least recently covered in the series' held meetings; one never covered comes
    /// first, and ties go in the order of `allCases`.
    public static func next(in timeline: Timeline) -> Focus {
        let last = allCases.map { focus in (focus, timeline.lastHeld(where: focus.isCovered)?.ordinal ?? Int.min) }
        return last.min { $0.1 < $1.1 }?.0 ?? .checkIn
    }
}
