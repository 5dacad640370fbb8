import OneOnOneCore

/// The first meeting of each spell longer than the window (stretched to twice the cadence)
/// without an item that `counts`, with when the spell began and how long it had run.
func drySpells(in timelines: [Timeline], window: Int, counts: (Item, Meeting) -> Bool) -> [(Meeting, Day, Int)] {
    timelines.flatMap { timeline -> [(Meeting, Day, Int)] in
        guard let first = timeline.occasions.first?.date else { return [] }
        let limit = max(window, 2 * timeline.series.cadence.days)
        var since = first
        var reported = false
        var found: [(Meeting, Day, Int)] = []
        for occasion in timeline.withContent {
            let meetings = occasion.meetings.map { timeline.series.meetings[$0] }.filter(\.status.isHeld)
            if meetings.contains(where: { meeting in meeting.items.contains { !$0.isPrompt && counts($0, meeting) } }) {
                since = occasion.date
                reported = false
            } else if occasion.date.days(since: since) > limit, !reported {
                found.append((timeline.primary(occasion), since, occasion.date.days(since: since)))
                reported = true
            }
        }
        return found
    }
}
