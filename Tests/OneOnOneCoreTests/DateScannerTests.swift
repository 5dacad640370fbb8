import Testing
@testable import OneOnOneCore

@Suite("Dates in notes")
struct DateScannerTests {
    /// Every form PRODUCT.md lists, and a few more people write.
    @Test("date forms", arguments: [
        ("2026-03-04", "2026-03-04"),
        ("2026/03/04", "2026-03-04"),
        ("March 4, 2026", "2026-03-04"),
        ("Mar 4 2026", "2026-03-04"),
        ("Tue Sep 1, 2026", "2026-09-01"),
        ("Tuesday, September 1, 2026", "2026-09-01"),
        ("4 March 2026", "2026-03-04"),
        ("21 Sep, 2022", "2022-09-21"),
        ("04-Mar-2026", "2026-03-04"),
        ("notes-April-01-2024", "2024-04-01"),
        ("1:1 — Week of March 23, 2026", "2026-03-23"),
        ("Mar. 4th, 2026", "2026-03-04"),
        ("Sept 30 2026", "2026-09-30"),
        ("03/24/2026", "2026-03-24"),
        ("24.03.2026", "2026-03-24"),
        ("2026-03-04-quarterly", "2026-03-04"),
        ("3-21-20", "2020-03-21"),
        ("04.23.20-sync", "2020-04-23"),
        ("05.16.20", "2020-05-16"),
        ("9999-12-31", "9999-12-31"),
    ])
    func forms(text: String, expected: String) throws {
        let mention = try #require(DateScanner.mentions(in: text).first)
        #expect(mention.fullDay?.description == expected)
        #expect(!mention.isAmbiguous)
    }

    @Test("a numeric day/month date is ambiguous unless the order is configured")
    func ambiguous() throws {
        let plain = try #require(DateScanner.mentions(in: "03/04/2026").first)
        #expect(plain.isAmbiguous)
        #expect(DateScanner.mentions(in: "03/04/2026", order: .mdy).first?.fullDay?.description == "2026-03-04")
        #expect(DateScanner.mentions(in: "03/04/2026", order: .dmy).first?.fullDay?.description == "2026-04-03")
        #expect(DateScanner.mentions(in: "03/03/2026").first?.isAmbiguous == false)
        // Two-digit years too: `3-9-20` is not 20 September, it is ambiguous.
        #expect(DateScanner.mentions(in: "3-9-20").map(\.isAmbiguous) == [true])
    }

    @Test("dates without a year keep month and day")
    func yearless() throws {
        let due = try #require(DateScanner.mentions(in: "due Mar 10").first)
        #expect(due.year == nil && due.month == 3 && due.day == 10)
        let file = try #require(DateScanner.mentions(in: "3-24-ismail", numericWithoutYear: true).first)
        #expect(file.year == nil && file.month == 3 && file.day == 24)
        #expect(DateScanner.mentions(in: "3-24-ismail").isEmpty, "numeric dates need a year unless asked")
    }

    @Test("words and numbers that are not dates", arguments: [
        "Marketing 4 2026", "March 2026", "v1.2.3", "2026", "50% done", "PROJ-1234", "12/34/2026", "Feb 30, 2026", "may 45",
        "release 1.10.12", "0999-12-31", "10000-01-01",
    ])
    func notDates(text: String) {
        #expect(DateScanner.mentions(in: text).isEmpty)
    }
}
