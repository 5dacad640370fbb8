/// The two sides of a 1:1 series (PRODUCT.md, "Who is who"): the manager and the report, and
/// whose notes these are. Decided once per series; every "whose" question (agenda share,
/// feedback direction, owners) asks it rather than matching names.
public struct Sides: Sendable, Hashable {
    /// The series' person, canonical.
    public var person: String
    /// The manager, canonical: front matter `manager:`, else the configuration's; nil when no
    /// manager is named anywhere.
    public var manager: String?
    /// The report, in the report's own notes: the configuration's `me:`, when set.
    public var me: String?
    /// Configured people other than the two sides.
    public var others: Set<String>

    public init(person: String, manager: String?, me: String?, others: Set<String>) {
        self.person = person
        self.manager = manager
        self.me = me
        self.others = others
    }

    /// Notes kept by the report about their 1:1s with their manager: the series' person *is*
    /// the manager. Then "I", "me" and "my" mean the report.
    public var isReportsNotes: Bool { manager != nil && manager == person }

    /// The side a name (canonical) stands for, or nil for a third person.
    public func side(of name: String) -> Attribution? {
        let firstPerson = ["me", "i", "my", "myself"].contains(name)
        if isReportsNotes {
            if name == person || name == "manager" { return .manager }
            if name == me || firstPerson || name == "report" { return .report }
            // With no `me:`, any other name the notes attribute items to is the report's.
            return me == nil && !others.contains(name) ? .report : nil
        }
        if name == person || name == "report" { return .report }
        if name == manager || name == "manager" || firstPerson { return .manager }
        // With no manager named anywhere, another name stands for the manager's side: in a
        // 1:1 there are only two people at the table.
        return manager == nil && !others.contains(name) ? .manager : nil
    }

    /// The name of a side's person, where known.
    public func name(of side: Attribution) -> String? {
        switch side {
        case .report: return isReportsNotes ? me : person
        case .manager: return isReportsNotes ? person : manager
        case .other(let name): return name
        }
    }

    /// Which way "feedback for me / to me / on my …" flows: to the manager in the manager's
    /// notes, to the report in the report's own notes.
    public var firstPersonFeedback: FeedbackDirection { isReportsNotes ? .downward : .upward }
}
