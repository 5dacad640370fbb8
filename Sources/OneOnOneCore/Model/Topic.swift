/// What a section or an item of a 1:1 is about (PRODUCT.md, "Sections").
public enum Topic: String, Sendable, CaseIterable, Codable, Hashable {
    case checkIn = "check-in"
    case wins
    case status
    case blockers
    case career
    case feedback
    case strategy
    case agenda
    case actionItems = "action-items"
    case recap
    case nextMeeting = "next-meeting"
    case `private`
    case notes

    /// Sections whose title only groups what follows (`Agenda`, `Notes`): their items keep the
    /// topic their own words say, where they say one.
    var isGeneral: Bool { self == .agenda || self == .notes }
}

/// Which way feedback flows: to the report, or from the report to the manager.
public enum FeedbackDirection: String, Sendable, Codable, Hashable {
    case downward, upward
}
