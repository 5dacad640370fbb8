import Testing
@testable import OneOnOneCore

/// The facts about a series that the rules, the agenda and the report all read.
@Suite("Series facts")
struct FactsTests {
    static let notes = [
        ("alice/2026-03-04.md", "# 1:1\n\n## Career\n- Wants to lead the migration\n\n## Action items\n- [ ] @alice write the plan due 2026-03-10\n"),
        ("alice/2026-03-11.md", "# 1:1\n\n## Feedback for Sam\n- More context on priorities\n\n## Action items\n- [ ] @alice write the plan due 2026-03-10\n"),
        ("alice/2026-03-18.md", "---\nstatus: cancelled\n---\n# 1:1\n\n## Career\n- Promo packet\n"),
        ("alice/2026-04-01.md", "# 1:1\n\n- Release shipped\n"),
    ]

    @Test("occasions, gaps, last career talk and upward feedback, dry spells: held meetings only")
    func timeline() throws {
        let series = try #require(notebook(FactsTests.notes).series.first)
        let timeline = Timeline(series)
        #expect(timeline.held.map(\.date.description) == ["2026-03-04", "2026-03-11", "2026-04-01"])
        #expect(timeline.gaps.map(\.days) == [7, 21])
        // The cancelled meeting's career item does not count.
        #expect(timeline.lastCareerTalk?.description == "2026-03-04")
        #expect(timeline.lastUpwardFeedback?.description == "2026-03-11")
        let spells = timeline.drySpells(window: 14, counts: Timeline.isCareerTalk)
        #expect(spells.map { "\($0.meeting.date) since \($0.since), \($0.days) days" } == ["2026-04-01 since 2026-03-04, 28 days"])
    }

    @Test("open items: the latest open occurrence of each commitment, and what came before it")
    func threads() throws {
        let series = try #require(notebook(FactsTests.notes).series.first)
        let latest = Array(series.latestOpenOccurrences)
        #expect(latest.map { "\($0.0.date) \($0.1.text)" } == ["2026-03-11 @alice write the plan due 2026-03-10"])
        let earlier = series.earlierOccurrences(of: try #require(latest.first?.2), carriedOverOnly: true)
        #expect(earlier.map(\.line) == [7])
        #expect(Array(series.openActionItems).count == 2)
    }
}
