import Testing
@testable import OneOnOneCore

/// Seeded property test: a date written in any form the notes format accepts, in a file name, a
/// heading or front matter, is read back as that date — or, when it is numeric and both parts
/// could be the month, as an `undated-meeting` error. Never as a wrong date.
@Suite("Dates, generated")
struct DatePropertyTests {
    /// A small, seeded generator (SplitMix64): the same notes on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// The date written one way; `numeric` when both parts could be the month.
    static func write(_ day: Day, form: Int, order: DateOrder, generator: inout Generator) -> (text: String, numericOrder: DateOrder?) {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let name = months[day.month - 1]
        switch form {
        case 0: return ("\(day.year)-\(two(day.month))-\(two(day.day))", nil)
        case 1: return ("\(day.year)/\(two(day.month))/\(two(day.day))", nil)
        case 2: return ("\(name) \(day.day), \(day.year)", nil)
        case 3: return ("\(name.prefix(3)) \(day.day) \(day.year)", nil)
        case 4: return ("\(day.day) \(name) \(day.year)", nil)
        case 5: return ("\(two(day.day))-\(name.prefix(3))-\(day.year)", nil)
        default:
            let separator = ["-", "/", "."][generator.next(3)]
            let padded = separator == "." || generator.next(2) == 0
            let year = generator.next(2) == 0 ? "\(day.year)" : two(day.year % 100)
            let month = padded ? two(day.month) : "\(day.month)", date = padded ? two(day.day) : "\(day.day)"
            let text = order == .mdy ? "\(month)\(separator)\(date)\(separator)\(year)" : "\(date)\(separator)\(month)\(separator)\(year)"
            return (text, order)
        }
    }

    @Test("600 dates in every form, place and order: the right date or undated-meeting, never a wrong date")
    func roundTrip() {
        var generator = Generator(state: 20261121)
        for _ in 0..<600 {
            let day = Day(ordinal: Day(year: 2000, month: 1, day: 1)!.ordinal + generator.next(36_500))
            let order: DateOrder = generator.next(2) == 0 ? .mdy : .dmy
            let (text, numeric) = DatePropertyTests.write(day, form: generator.next(8), order: order, generator: &generator)
            let place = generator.next(3)
            let (path, note): (String, String)
            switch place {
            case 0: (path, note) = ("alice/\(text.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ",", with: "")).md", "# 1:1\n- talked\n")
            case 1: (path, note) = ("alice/sync.md", "# 1:1 — \(text)\n- talked\n")
            default: (path, note) = ("alice/sync.md", "---\ndate: \(text)\n---\n# 1:1\n- talked\n")
            }
            let ambiguous = numeric != nil && day.month <= 12 && day.day <= 12 && day.month != day.day
            for configured in [nil, order] {
                let book = NotebookLoader(options: ParseOptions(dateOrder: configured)).load(sources: [
                    NoteSource(path: path, folderName: "alice", text: note),
                ]) { _ in YearHint(year: 2026) }
                let dates = book.series.flatMap(\.meetings).map(\.date)
                if ambiguous && configured == nil {
                    #expect(dates.isEmpty, "\(text) in \(path): read as \(dates), expected undated-meeting")
                    #expect(book.problems.contains { $0.kind == .undatedMeeting }, "\(text) in \(path)")
                } else {
                    #expect(dates == [day], "\(text) (\(order)) in \(path) \(note.prefix(30)): read as \(dates), expected \(day)")
                }
            }
        }
    }
}
