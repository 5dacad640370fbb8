/// The action items of a series followed through its meetings: which are open, which is the
/// latest occurrence of a commitment, and what came before it. `ItemThreads` links the
/// occurrences once, when the notes are loaded; these queries only walk the links.
extension Series {
    /// Every open action item of a held meeting with content, template prompts aside (an agenda
    /// left unfilled holds copies, not commitments). Lazy: a note with a million items is
    /// walked, never copied into a list.
    public var openActionItems: OpenActionItems { OpenActionItems(series: [self]) }

    /// Open action items that no later meeting carries over: each commitment's latest open occurrence.
    public var latestOpenOccurrences: some Sequence<(Meeting, Item, Action)> {
        openActionItems.lazy.filter { $0.2.next?.kind != .carriedOver }
    }

    /// The commitments still open: each latest open occurrence that no later meeting reports
    /// done in passing (`the offsite venue is booked`). What is overdue, and what an agenda carries.
    public var openCommitments: some Sequence<(Meeting, Item, Action)> {
        latestOpenOccurrences.lazy.filter { $0.2.next?.kind != .completed }
    }

    /// The due date of a commitment: as written at `action`, else at its nearest earlier occurrence.
    public func due(of action: Action) -> Day? {
        action.due ?? earlierOccurrences(of: action).lazy.compactMap(\.action?.due).first
    }

    /// The earlier occurrences of `action`, newest first: every link back, or only carry-overs.
    public func earlierOccurrences(of action: Action, carriedOverOnly: Bool = false) -> [Item] {
        var found: [Item] = []
        var link = action.previous
        while let current = link, !carriedOverOnly || current.kind == .carriedOver {
            let item = meetings[current.meeting].items[current.item]
            found.append(item)
            link = item.action?.previous
        }
        return found
    }

    /// The meeting a commitment was first written in: `meeting` (where `action` stands) when it
    /// has no earlier occurrence.
    public func firstMeeting(of action: Action, in meeting: Meeting) -> Meeting {
        var first = meeting
        var link = action.previous
        while let current = link {
            first = meetings[current.meeting]
            link = first.items[current.item].action?.previous
        }
        return first
    }
}

extension Notebook {
    /// Every open action item of every series (`Series.openActionItems`).
    public var openActionItems: OpenActionItems { OpenActionItems(series: series) }
}

/// The open action items of some series, in series, meeting and item order (`Series.openActionItems`).
/// Walked by index: nothing is copied but the items handed out, and no generic wrapper is made
/// an item, which the rules that read every item would pay for.
public struct OpenActionItems: Sequence {
    let series: [Series]

    public struct Iterator: IteratorProtocol {
        let series: [Series]
        var seriesIndex = 0, meetingIndex = 0, itemIndex = 0

        public mutating func next() -> (Meeting, Item, Action)? {
            while seriesIndex < series.count {
                let meetings = series[seriesIndex].meetings
                while meetingIndex < meetings.count {
                    // A meeting is looked at once, as its first item is reached.
                    if itemIndex == 0, !meetings[meetingIndex].status.isHeld || meetings[meetingIndex].isEmpty {
                        meetingIndex += 1
                        continue
                    }
                    let items = meetings[meetingIndex].items
                    while itemIndex < items.count {
                        // Asked in place: only the items handed out are copied.
                        let index = itemIndex
                        itemIndex += 1
                        if let action = items[index].action, !action.isDone, !items[index].isPrompt { return (meetings[meetingIndex], items[index], action) }
                    }
                    meetingIndex += 1
                    itemIndex = 0
                }
                seriesIndex += 1
                meetingIndex = 0
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(series: series) }
}

/// One commitment followed through a series: from the meeting it was first written in, over
/// its carry-overs, to the meeting that marks it done, if any.
public struct ActionThread: Sendable, Hashable {
    /// The meeting it was first written in.
    public var first: Day
    /// Its latest wording.
    public var text: String
    /// How many times a later meeting wrote it again, open.
    public var carried: Int
    /// The meeting that marked it done, or that it was written done in; nil while open.
    public var done: Day?
    /// Its due date, as last written.
    public var due: Day?

    public var isOpen: Bool { done == nil }
}

extension Series {
    /// Every commitment of the series' held meetings with content, once each (a carried-over
    /// item is one thread), in the order they were first written.
    public var actionThreads: [ActionThread] {
        var threads: [ActionThread] = []
        for meeting in meetings where meeting.status.isHeld && !meeting.isEmpty {
            for item in meeting.items {
                guard var action = item.action, !item.isPrompt, action.previous == nil else { continue }
                var thread = ActionThread(first: meeting.date, text: item.text, carried: 0, done: action.isDone ? meeting.date : nil, due: action.due)
                while thread.done == nil, let next = action.next, next.kind != .mentioned {
                    let later = meetings[next.meeting], laterItem = later.items[next.item]
                    if next.kind == .completed { thread.done = later.date }
                    guard let laterAction = laterItem.action else { break }
                    if next.kind == .carriedOver { thread.carried += 1 }
                    thread.text = laterItem.text
                    thread.due = laterAction.due ?? thread.due
                    if laterAction.isDone { thread.done = later.date }
                    action = laterAction
                }
                threads.append(thread)
            }
        }
        return threads
    }
}
