import Foundation
import OneOnOneChecks
import OneOnOneCore
import Testing
@testable import OneOnOneReports

@Suite("How the 1:1s are going")
struct MeetingReportTests {
    static let asOf = Day(iso: "2026-03-31")!

    /// A small series whose every figure is worked out by hand below.
    static func fixture(redacted: Bool = false, since: Day? = nil) throws -> MeetingReport {
        let notes: [(String, String)] = [
            // Held 03-02, 03-09, 03-23 (two notes: one meeting), 03-30; cancelled 03-16.
            ("alice/2026-03-02.md", "# 1:1\n\n## Check-in\n- Good week\n\n## Updates\n- PROJ-1 merged\n- PROJ-2 on track\n\n## Action items\n- [ ] @alice write the design doc due 2026-03-06\n- [x] @sam book the offsite venue\n"),
            ("alice/2026-03-09.md", "# 1:1\n\n## Career\n- Wants to lead the next project\n\n## Action items\n- [ ] @alice write the design doc due 2026-03-06\n- [ ] @sam send the budget due 2026-03-20\n"),
            ("alice/2026-03-16.md", "---\nstatus: cancelled\n---\n# 1:1\n"),
            ("alice/2026-03-23.md", "# 1:1\n\n## Updates\n- PROJ-3 shipped\n\n## Action items\n- [ ] @alice write the design doc due 2026-03-06\n"),
            ("alice/2026-03-23-afternoon.md", "# 1:1\n\n## Feedback for Sam\n- More context on priorities, please\n"),
            ("alice/2026-03-30.md", "# 1:1\n\n## Check-in\n- Tired\n\n## Action items\n- [x] @alice write the design doc\n- [ ] @sam send the budget due 2026-03-20\n"),
            ("alice/private.md", "---\ndate: 2026-03-30\n---\n# 1:1\n\n## Private notes\n- [ ] SECRETTASK talk to HR about SECRETNAME\n"),
        ]
        let notebook = NotebookLoader(options: ParseOptions(manager: "sam", people: ["alice": .init(cadence: 7)]), asOf: asOf)
            .load(sources: notes.map { NoteSource(path: $0.0, folderName: "alice", text: $0.1) })
        let findings = LintReport(notebook: notebook, settings: RuleSettings(), asOf: asOf, toolVersion: "test").findings
        return MeetingReport(notebook: notebook, findings: findings, asOf: asOf, since: since, redacted: redacted)
    }

    @Test("every figure of a small series, worked out by hand")
    func figures() throws {
        let figures = try #require(try MeetingReportTests.fixture().series.first)
        // Occasions: 03-02, 03-09, 03-16 (cancelled), 03-23 (two notes, one meeting), 03-30 (two notes).
        #expect((figures.held, figures.cancelled, figures.rescheduled) == (4, 1, 0))
        #expect(figures.first == Day(iso: "2026-03-02") && figures.last == Day(iso: "2026-03-30"))
        // Gaps between held meetings: 7, 14, 7 → median 7, longest 14; on cadence (≤ 10.5 days): 2 of 3.
        #expect(figures.gaps == [7, 14, 7])
        #expect(figures.medianGap == 7 && figures.longestGap == 14)
        #expect(figures.onCadence == 2.0 / 3.0)
        // Threads: design doc (03-02, carried twice, done 03-30: 28 days), venue (done as written: 0 days),
        // budget (03-09, carried once, open, due 03-20 < 03-31: overdue).
        #expect(figures.created == 3 && figures.completed == 2)
        #expect(figures.completionRate == 2.0 / 3.0)
        #expect(figures.daysToClose.sorted() == [0, 28])
        #expect(figures.medianDaysToClose == 14)
        #expect(figures.open == 1 && figures.overdue == 1)
        #expect(figures.mostCarried.map(\.carried) == [2])
        // Discussion items: check-in 2 (Good week, Tired), status 3 (PROJ-1, PROJ-2, PROJ-3), career 1,
        // upward feedback 1: 7 in all → 0.29, 0.43, 0.14, 0.14. Private items are not items.
        let shares = Dictionary(uniqueKeysWithValues: figures.topics.map { ($0.key, $0.share) })
        #expect(shares["check-in"] == 0.29 && shares["status"] == 0.43 && shares["career"] == 0.14 && shares["feedback-upward"] == 0.14)
        #expect(shares["other"] == 0)
        #expect(figures.lastCareerTalk == Day(iso: "2026-03-09") && figures.lastUpwardFeedback == Day(iso: "2026-03-23"))
    }

    @Test("--since keeps the period's meetings and threads; the JSON has PRODUCT.md's keys")
    func period() throws {
        let report = try MeetingReportTests.fixture(since: Day(iso: "2026-03-09"))
        let figures = try #require(report.series.first)
        #expect(figures.held == 3 && figures.gaps == [14, 7] && figures.created == 1)
        let json = report.json.pretty
        for key in ["\"asOf\"", "\"since\": \"2026-03-09\"", "\"until\": \"2026-03-31\"", "\"onCadence\"", "\"completionRate\"", "\"medianDaysToClose\"",
                    "\"mostCarried\"", "\"feedback-upward\"", "\"lastCareerTalk\"", "\"lastUpwardFeedback\"", "\"findings\"", "\"attention\""] {
            #expect(json.contains(key), "\(key)")
        }
    }

    @Test("private text never appears, and --redact drops every item text, in every format")
    func privateAndRedacted() throws {
        for redacted in [false, true] {
            let report = try MeetingReportTests.fixture(redacted: redacted)
            for output in [report.markdown, report.json.pretty, report.html] {
                #expect(!output.contains("SECRET"))
                #expect(output.contains("design doc") == !redacted)
            }
        }
    }

    @Test("the HTML page: self-contained, a titled chart with a table for each series, note text escaped")
    func html() throws {
        let notes = [("alice/2026-03-02.md", "# 1:1\n\n## Check-in\n- ok\n\n## Action items\n- [ ] @alice fix <script>alert(1)</script> & \"quotes\" a<b\n"),
                     ("alice/2026-03-09.md", "# 1:1\n\n## Check-in\n- ok\n\n## Action items\n- [ ] @alice fix <script>alert(1)</script> & \"quotes\" a<b\n"),
                     ("alice/2026-03-16.md", "# 1:1\n\n## Check-in\n- ok\n\n## Action items\n- [ ] @alice fix <script>alert(1)</script> & \"quotes\" a<b\n")]
        let notebook = NotebookLoader(options: ParseOptions(manager: "sam"), asOf: MeetingReportTests.asOf)
            .load(sources: notes.map { NoteSource(path: $0.0, folderName: "alice", text: $0.1) })
        let page = MeetingReport(notebook: notebook, findings: [], asOf: MeetingReportTests.asOf).html
        // Raw HTML in a note is not text (cmark keeps it apart); what is text is escaped.
        #expect(page.contains("<li>@alice fix alert(1) &amp; &quot;quotes&quot; a&lt;b: carried 2 times since 2026-03-02</li>"))
        #expect(!page.contains("<script"))
        // Nothing from the network: the only address is SVG's namespace.
        #expect(page.components(separatedBy: "http").count - 1 == page.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
        #expect(page.components(separatedBy: "<svg viewBox=\"0 0 720").count - 1 == 2)
        #expect(page.contains("<title>Meetings with alice: 3 held, 0 cancelled, 0 rescheduled</title>"))
        #expect(page.contains("<summary>Meetings as a table</summary>") && page.contains("<summary>Topics as a table</summary>"))
        #expect(page.contains("prefers-color-scheme:dark") && page.contains("@media print"))
    }

    @Test("the drawing layer escapes labels and tips and never writes NaN")
    func drawing() {
        var drawing = Drawing(width: 100, height: 20, title: "a <b> & c")
        drawing.add(.rect(x: 1.25, y: .nan, width: 10, height: 5, style: "held", tip: "x\"y"))
        drawing.add(.text(x: 0, y: 10, text: "</svg><script>", style: "label", anchor: .end))
        #expect(drawing.svg == "<svg viewBox=\"0 0 100 20\" role=\"img\" aria-label=\"a &lt;b&gt; &amp; c\" xmlns=\"http://www.w3.org/2000/svg\"><title>a &lt;b&gt; &amp; c</title><rect x=\"1.3\" y=\"0\" width=\"10\" height=\"5\" class=\"held\"><title>x&quot;y</title></rect><text x=\"0\" y=\"10\" class=\"label\" text-anchor=\"end\">&lt;/svg&gt;&lt;script&gt;</text></svg>")
    }

    @Test("the timeline draws a tick per expected date while they can be told apart: a date mistyped a millennium off draws none")
    func timelineTicks() {
        func ticks(_ first: String) -> Int {
            let notebook = NotebookLoader(options: ParseOptions(manager: "sam"), asOf: MeetingReportTests.asOf).load(sources: [
                NoteSource(path: "alice/\(first).md", folderName: "alice", text: "# 1:1\n- a\n"),
                NoteSource(path: "alice/2026-03-30.md", folderName: "alice", text: "# 1:1\n- b\n"),
            ])
            let html = MeetingReport(notebook: notebook, findings: [], asOf: MeetingReportTests.asOf).html
            return html.components(separatedBy: "class=\"tick\"").count - 1
        }
        #expect(ticks("2026-03-02") == 5)
        #expect(ticks("1026-03-02") == 0)
    }

    @Test("golden Markdown and JSON reports for examples/notes")
    func examples() throws {
        let folder = packageRoot.appendingPathComponent("examples/notes").path
        let configuration = try Configuration.load(path: folder + "/.oneonone.yml")
        let asOf = Day(iso: "2026-11-20")!
        let notebook = NotebookLoader(options: configuration.parseOptions, finder: NoteFinder(exclude: configuration.exclude, root: configuration.root), asOf: asOf)
            .load(paths: [folder])
        let findings = LintReport(notebook: notebook, settings: try RuleSettings(configuration), asOf: asOf, toolVersion: "test").findings
        let report = MeetingReport(notebook: notebook, findings: findings, asOf: asOf)
        #expect(try golden("examples-notes.report.md", report.markdown) == report.markdown)
        let json = report.json.pretty + "\n"
        #expect(try golden("examples-notes.report.json", json) == json)
    }
}
