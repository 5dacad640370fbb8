import OneOnOneCore

/// A series' meetings as the rules see them (PRODUCT.md, end of "The rule catalogue"): notes
/// of one day are one occasion, cancelled and rescheduled meetings are not held, and content
/// rules look past empty meetings.
struct Timeline: Sendable {
    /// All the notes of one date.
    struct Occasion: Sendable {
        var date: Day
        /// Indexes into the series' meetings; the first is where findings are reported.
        var meetings: [Int]
        var isHeld: Bool
        var isEmpty: Bool
    }

    let series: Series
    let occasions: [Occasion]

    init(_ series: Series) {
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
    var held: [Occasion] { occasions.filter(\.isHeld) }

    /// Held occasions with content: what content and follow-through rules read.
    var withContent: [Occasion] { occasions.filter { $0.isHeld && !$0.isEmpty } }

    /// The meeting findings about an occasion are reported at: its first held note.
    func primary(_ occasion: Occasion) -> Meeting {
        let index = occasion.meetings.first { series.meetings[$0].status.isHeld } ?? occasion.meetings[0]
        return series.meetings[index]
    }

    /// The items of an occasion's held notes.
    func items(_ occasion: Occasion) -> [Item] {
        occasion.meetings.filter { series.meetings[$0].status.isHeld }.flatMap { series.meetings[$0].items }
    }

    /// The sections of an occasion's held notes.
    func sections(_ occasion: Occasion) -> [Section] {
        occasion.meetings.filter { series.meetings[$0].status.isHeld }.flatMap { series.meetings[$0].sections }
    }
}

extension String {
    /// An item's text quoted in a message, shortened.
    var quoted: String {
        let flat = split(whereSeparator: \.isNewline).joined(separator: " ")
        return "“" + (flat.count > 60 ? String(flat.prefix(57)) + "…" : flat) + "”"
    }
}
