/// A series' meetings as every reader of the notes sees them (PRODUCT.md, end of "The rule
/// catalogue"): notes of one day are one occasion, cancelled and rescheduled meetings are not
/// held, and content looks past empty meetings. The rules, the agenda and the report all read
/// these facts here, so they never disagree.
public struct Timeline: Sendable {
    /// All the notes of one date.
    public struct Occasion: Sendable {
        public var date: Day
        /// Indexes into the series' meetings; the first is where findings are reported.
        public var meetings: [Int]
        public var isHeld: Bool
        public var isEmpty: Bool
    }

    /// The days between two consecutive held occasions.
    public struct Gap: Sendable {
        public var previous: Occasion
        public var next: Occasion
        public var days: Int
    }

    /// A stretch of held meetings without something that should come up regularly.
    public struct DrySpell: Sendable {
        /// The first meeting past the window: where the spell is reported.
        public var meeting: Meeting
        /// The last meeting that had it, or the series' first.
        public var since: Day
        /// Days from `since` to `meeting`.
        public var days: Int
    }

    public let series: Series
    public let occasions: [Occasion]

    public init(_ series: Series) {
        self.series = series
        var occasions: [Occasion] = []
        for (index, meeting) in series.meetings.enumerated() {
            if let last = occasions.last, last.date == meeting.date {
                occasions[occasions.count - 1].meetings.append(index)
                occasions[occasions.count - 1].isHeld = last.isHeld || meeting.status.isHeld
                occasions[occasions.count - 1].isEmpty = last.isEmpty && (meeting.isEmpty || !meeting.status.isHeld)
            } else {
                occasions.append(Occasion(date: meeting.date, meetings: [index], isHeld: meeting.status.isHeld,
                                          isEmpty: meeting.isEmpty || !meeting.status.isHeld))
            }
        }
        self.occasions = occasions
    }

    /// Held occasions, empty ones included: what cadence is measured on.
    public var held: [Occasion] { occasions.filter(\.isHeld) }

    /// Held occasions with content: what content and follow-through read.
    public var withContent: [Occasion] { occasions.filter { $0.isHeld && !$0.isEmpty } }

    /// The gaps between consecutive held occasions, in order.
    public var gaps: [Gap] {
        let held = self.held
        return zip(held, held.dropFirst()).map { Gap(previous: $0, next: $1, days: $1.date.days(since: $0.date)) }
    }

    /// The meeting findings about an occasion are reported at: its first held note.
    public func primary(_ occasion: Occasion) -> Meeting {
        let index = occasion.meetings.first { series.meetings[$0].status.isHeld } ?? occasion.meetings[0]
        return series.meetings[index]
    }

    /// The held notes of an occasion.
    public func heldMeetings(_ occasion: Occasion) -> [Meeting] {
        occasion.meetings.map { series.meetings[$0] }.filter(\.status.isHeld)
    }

    /// The items of an occasion's held notes.
    public func items(_ occasion: Occasion) -> [Item] {
        var items: [Item] = []
        for index in occasion.meetings where series.meetings[index].status.isHeld { items += series.meetings[index].items }
        return items
    }

    /// The sections of an occasion's held notes.
    public func sections(_ occasion: Occasion) -> [Section] {
        heldMeetings(occasion).flatMap(\.sections)
    }

    /// Topics that are not discussion: what was agreed, summed up or scheduled.
    public static let setAsideTopics: Set<Topic> = [.actionItems, .recap, .nextMeeting]

    /// What was discussed at an occasion: its items, prompts, action items and the action-items,
    /// recap and next-meeting sections aside (`status-only`, and the report's topic balance).
    public func discussion(_ occasion: Occasion) -> [Item] {
        items(occasion).filter { !$0.isPrompt && !$0.isActionItem && !Timeline.setAsideTopics.contains($0.topic) }
    }

    /// Whether an occasion has an item, not a template prompt, that `counts`.
    public func has(_ occasion: Occasion, _ counts: (Item, Meeting) -> Bool) -> Bool {
        // Read in place: the dry-spell rules ask this of every occasion, and copying each
        // meeting and item to ask it was a good part of their cost.
        for index in occasion.meetings where series.meetings[index].status.isHeld {
            for item in series.meetings[index].items.indices
            where !series.meetings[index].items[item].isPrompt && counts(series.meetings[index].items[item], series.meetings[index]) {
                return true
            }
        }
        return false
    }

    /// The latest held occasion with content that has an item that `counts` (the last career
    /// talk, the last upward feedback), or nil.
    public func lastHeld(until: Day? = nil, where counts: (Item, Meeting) -> Bool) -> Day? {
        withContent.last { occasion in until.map { occasion.date <= $0 } ?? true && has(occasion, counts) }?.date
    }

    /// The spell without an item that `counts` still running on `date`: when it is longer than
    /// `window` days (stretched to twice the cadence, as for `drySpells`), the last held meeting
    /// with such an item (nil: none since the series began) and the days since it, or the first.
    public func drySpell(on date: Day, window: Int, counts: (Item, Meeting) -> Bool) -> (last: Day?, days: Int)? {
        guard let first = occasions.first?.date else { return nil }
        let last = lastHeld(until: date, where: counts)
        let days = date.days(since: last ?? first)
        return days > max(window, 2 * series.cadence.days) ? (last, days) : nil
    }

    /// The first meeting of each spell longer than `window` days (stretched to twice the
    /// cadence) without an item that `counts`, counted from the series' first meeting.
    public func drySpells(window: Int, counts: (Item, Meeting) -> Bool) -> [DrySpell] {
        guard let first = occasions.first?.date else { return [] }
        let limit = max(window, 2 * series.cadence.days)
        var since = first
        var reported = false
        var found: [DrySpell] = []
        for occasion in withContent {
            if has(occasion, counts) {
                since = occasion.date
                reported = false
            } else if occasion.date.days(since: since) > limit, !reported {
                found.append(DrySpell(meeting: primary(occasion), since: since, days: occasion.date.days(since: since)))
                reported = true
            }
        }
        return found
    }
}

extension Timeline {
    /// Career talk: a career item, or anything said in a career conversation.
    public static func isCareerTalk(_ item: Item, in meeting: Meeting) -> Bool {
        item.topic == .career || meeting.kind == .career
    }

    /// Upward feedback: feedback from the report to the manager.
    public static func isUpwardFeedback(_ item: Item, in meeting: Meeting) -> Bool {
        item.topic == .feedback && item.feedback == .upward
    }

    /// The latest held meeting with career talk (`no-career-talk`, the report's `lastCareerTalk`).
    public var lastCareerTalk: Day? { lastHeld(where: Timeline.isCareerTalk) }

    /// The latest held meeting with upward feedback.
    public var lastUpwardFeedback: Day? { lastHeld(where: Timeline.isUpwardFeedback) }
}
