import Testing
@testable import OneOnOneCore

@Suite("Day")
struct DayTests {
    @Test("ordinals round-trip across leap years and centuries", arguments: [
        (1970, 1, 1, 0), (2000, 2, 29, 11_016), (2026, 3, 4, 20_516), (1900, 3, 1, -25_508), (2100, 12, 31, 47_846),
    ])
    func ordinals(year: Int, month: Int, day: Int, ordinal: Int) throws {
        let date = try #require(Day(year: year, month: month, day: day))
        #expect(date.ordinal == ordinal)
        #expect(Day(ordinal: ordinal) == date)
    }

    @Test("impossible dates are rejected")
    func impossible() {
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
        #expect(Day(year: 2026, month: 4, day: 31) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
    }

    @Test("YYYY-MM-DD is read exactly, with a year from 1000 to 9999 (what --as-of, --date and --since take)", arguments: [
        ("2026-03-04", Day(year: 2026, month: 3, day: 4)), ("1000-01-01", Day(year: 1000, month: 1, day: 1)),
        ("9999-12-31", Day(year: 9999, month: 12, day: 31)), ("0000-01-01", nil), ("0999-12-31", nil),
        ("2026-3-04", nil), ("2026-02-30", nil), ("+026-03-04", nil), ("2026-03-04 ", nil),
    ])
    func iso(text: String, day: Day?) {
        #expect(Day(iso: text) == day)
    }

    @Test("a year-less date takes the meeting's year, or the next one when it would land over six months before")
    func yearless() {
        let december = Day(year: 2026, month: 12, day: 15)!
        #expect(Day.resolving(month: 1, day: 10, near: december)?.description == "2027-01-10")
        #expect(Day.resolving(month: 11, day: 30, near: december)?.description == "2026-11-30")
        let march = Day(year: 2026, month: 3, day: 4)!
        #expect(Day.resolving(month: 3, day: 10, near: march)?.description == "2026-03-10")
        #expect(Day.resolving(month: 8, day: 1, near: march)?.description == "2026-08-01")
    }

    @Test("days between dates")
    func gaps() {
        let a = Day(year: 2026, month: 2, day: 25)!, b = Day(year: 2026, month: 3, day: 4)!
        #expect(b.days(since: a) == 7)
        #expect(a.adding(days: 7) == b)
    }
}
