import Foundation
import Testing
@testable import OneOnOneChecks
@testable import OneOnOneCore

@Suite("Rule configuration")
struct SettingsTests {
    private func settings(_ yaml: String) throws(ConfigurationError) -> RuleSettings {
        try RuleSettings(try Configuration.parse(yaml, file: ".oneonone.yml"))
    }

    @Test("off, a severity, or options with a severity")
    func forms() throws {
        let parsed = try settings("rules:\n  duration: off\n  no-check-in: warning\n  status-only: { severity: error, max-status-share: 0.9 }\n")
        #expect(!parsed.isEnabled("duration"))
        #expect(parsed.severities == ["no-check-in": .warning, "status-only": .error])
        #expect(parsed.options == ["status-only": ["max-status-share": 0.9]])
    }

    @Test("mistakes name the file, line and column, with a did-you-mean", arguments: [
        ("rules:\n  staus-only: off\n", ".oneonone.yml:2:3: unknown rule `staus-only` in `rules`; did you mean `status-only`? (`oneonone rules` lists them)"),
        ("rules:\n  Status-Onyl: off\n", ".oneonone.yml:2:3: unknown rule `Status-Onyl` in `rules`; did you mean `status-only`? (`oneonone rules` lists them)"),
        ("rules:\n  no-careertalk-at-all-in-months: off\n", ".oneonone.yml:2:3: unknown rule `no-careertalk-at-all-in-months` in `rules` (`oneonone rules` lists them)"),
        ("rules:\n  status-only: { max-status-shar: 0.9 }\n", ".oneonone.yml:2:18: unknown option `max-status-shar` for rule `status-only`; did you mean `max-status-share`? (known: severity, max-status-share)"),
        ("rules:\n  status-only: { max-status-share: lots }\n", ".oneonone.yml:2:36: `max-status-share` of rule `status-only` is `lots`; expected a number from 0 to 1"),
        ("rules:\n  status-only: { max-status-share: 1.5 }\n", ".oneonone.yml:2:36: `max-status-share` of rule `status-only` is `1.5`; expected a number from 0 to 1"),
        ("rules:\n  duration: { max-minutes: 1e300 }\n", ".oneonone.yml:2:28: `max-minutes` of rule `duration` is `1e300`; expected a whole number from 1 to 1440"),
        ("rules:\n  duration: { min-minutes: nan }\n", ".oneonone.yml:2:28: `min-minutes` of rule `duration` is `nan`; expected a whole number from 1 to 1440"),
        ("rules:\n  missed-cadence: { max-gap-factor: -1 }\n", ".oneonone.yml:2:37: `max-gap-factor` of rule `missed-cadence` is `-1`; expected a number from 1 to 100"),
        ("rules:\n  stale-action-item: { max-carry: 2.5 }\n", ".oneonone.yml:2:35: `max-carry` of rule `stale-action-item` is `2.5`; expected a whole number from 0 to 100"),
        ("rules:\n  stale-action-item: { max-carry: [2] }\n", ".oneonone.yml:2:35: `max-carry` of rule `stale-action-item` expected a whole number from 0 to 100"),
        ("rules:\n  duration: loud\n", ".oneonone.yml:2:13: rule `duration` is `loud`; expected off, error, warning or info"),
        ("manager: sam\ndate-order: ymd\n", ".oneonone.yml:2:13: `date-order` is `ymd`; expected `mdy` (03/04/2026 is March 4) or `dmy` (4 March)"),
        ("people:\n  bob: { cadense: weekly }\n", ".oneonone.yml:2:10: unknown key for person `bob` `cadense`; did you mean `cadence`? (known: cadence, aliases, kind)"),
        ("people:\n  bob: { cadence: sometimes }\n", ".oneonone.yml:2:19: `cadence` of `bob` is `sometimes`; expected weekly, biweekly, monthly, quarterly or a number of days up to 3660"),
        ("vocabulary:\n  carreer: [guild]\n", ".oneonone.yml:2:3: unknown `vocabulary` topic `carreer`; did you mean `career`? (known: check-in, wins, status, blockers, career, feedback, strategy, agenda, action-items, recap, next-meeting, private, notes)"),
        ("manager: [sam\n", ".oneonone.yml:2:1: not valid YAML: while parsing a flow sequence: did not find expected ',' or ']'"),
    ])
    func errors(yaml: String, message: String) {
        #expect(throws: ConfigurationError.self) { try settings(yaml) }
        do {
            _ = try settings(yaml)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("every option's default is a value it takes, and the bounds are")
    func optionDefaults() {
        let options = RuleCatalogue.all.flatMap { rule in rule.description.options.map { (rule.description.id, $0) } }
        #expect(options.count == 10)
        for (id, option) in options {
            let values = [option.defaultValue, option.range.lowerBound, option.range.upperBound]
            #expect(values.allSatisfy(option.accepts), "\(id) \(option.name)")
        }
    }

    @Test("a minimum above the maximum checks nothing rather than crashing")
    func reversedRange() throws {
        let configuration = try Configuration.parse("manager: sam\nrules:\n  duration: { min-minutes: 90, max-minutes: 60 }\n", file: ".oneonone.yml")
        let notebook = NotebookLoader(options: configuration.parseOptions).load(sources: [NoteSource(path: "alice/2026-03-04.md", folderName: "alice", text: "---\nduration: 45m\n---\n# 1:1\n- a\n")])
        let findings = Linter(settings: try RuleSettings(configuration)).lint(notebook, asOf: Day(iso: "2026-03-05")!)
        #expect(findings.filter { $0.rule == "duration" }.map(\.line) == [2])
    }

    @Test("--enable and --disable override the configuration; an unknown id is an error with a suggestion")
    func commandLine() throws {
        var parsed = try settings("rules:\n  duration: off\n")
        try parsed.override(enable: ["duration"], disable: ["no-check-in"])
        #expect(parsed.isEnabled("duration") && !parsed.isEnabled("no-check-in"))
        #expect(throws: ConfigurationError.self) { try parsed.override(enable: [], disable: ["no-checkin"]) }
    }
}

@Suite("Suppressions")
struct SuppressionTests {
    private func lint(_ text: String) -> [String] {
        let notebook = NotebookLoader(options: ParseOptions(manager: "sam")).load(sources: [NoteSource(path: "alice/2026-03-04.md", folderName: "alice", text: text)])
        return Linter().lint(notebook, asOf: Day(iso: "2026-03-05")!).filter { $0.rule.hasPrefix("action-item") || $0.rule == "unused-suppression" }
            .map { "\($0.line) \($0.rule)" }
    }

    @Test("disable … enable silences a region, for the rules named or all")
    func region() {
        let text = "# 1:1\n\n## Check-in\n- ok\n\n<!-- oneonone-disable action-item-owner -->\n- [ ] one due 2026-03-09\n<!-- oneonone-enable action-item-owner -->\n- [ ] two due 2026-03-09\n<!-- oneonone-disable -->\n- [ ] three\n"
        #expect(lint(text) == ["9 action-item-owner"])
    }

    @Test("a comment under a meeting's heading, or at the top of a one-meeting file, covers the meeting's own findings")
    func meetingLevel() {
        func lint(_ text: String) -> [String] {
            let notebook = NotebookLoader(options: ParseOptions(manager: "sam")).load(sources: [NoteSource(path: "alice/2026-03-04.md", folderName: "alice", text: text)])
            return Linter().lint(notebook, asOf: Day(iso: "2026-03-05")!).filter { ["no-check-in", "no-next-steps", "unused-suppression"].contains($0.rule) }
                .map { "\($0.line) \($0.rule)" }
        }
        // no-check-in and no-next-steps are reported at line 1 (the file's meeting), before the comment.
        let top = "<!-- oneonone-disable no-check-in no-next-steps -->\n# 1:1\n\n- Release shipped #career\n"
        #expect(lint(top) == [])
        let underHeading = "# 1:1\n<!-- oneonone-disable no-check-in no-next-steps -->\n\n- Release shipped #career\n"
        #expect(lint(underHeading) == [])
        // Below the meeting's content it covers only what follows, and says it silenced nothing.
        let late = "# 1:1\n\n- Release shipped #career\n<!-- oneonone-disable no-check-in -->\n"
        #expect(lint("# 1:1\n\n- Release shipped #career\n") == ["1 no-check-in", "1 no-next-steps"])
        #expect(lint(late) == ["1 no-check-in", "1 no-next-steps", "4 unused-suppression"])
    }

    @Test("disable-next-line and disable-line silence one line")
    func lines() {
        let text = "# 1:1\n\n<!-- oneonone-disable-next-line action-item-owner, action-item-due -->\n- [ ] one\n- [ ] two due 2026-03-09\n"
        #expect(lint(text) == ["5 action-item-owner"])
    }

    @Test("a suppression that silences nothing, names an unknown rule, or is misspelt is reported")
    func unused() {
        let text = "# 1:1\n\n<!-- oneonone-disable-next-line action-item-due -->\n- [ ] @alice one due 2026-03-09\n<!-- oneonone-disable-file action-item-ownr -->\n<!-- oneonone-disabel -->\n"
        #expect(lint(text) == ["3 unused-suppression", "5 unused-suppression", "6 unused-suppression"])
    }
}

@Suite("Baselines")
struct BaselineTests {
    private func findings(_ text: String) -> [Finding] {
        let notebook = NotebookLoader(options: ParseOptions(manager: "sam")).load(sources: [NoteSource(path: "alice/2026-03-04.md", folderName: "alice", text: text)])
        return Linter().lint(notebook, asOf: Day(iso: "2026-03-05")!)
    }

    @Test("a baseline hides the findings it records, even after lines move, and shows new ones")
    func survivesEdits() throws {
        let before = "# 1:1\n\n## Check-in\n- ok\n\n- [ ] book a venue\n"
        let baseline = Baseline(findings(before))
        #expect(!baseline.entries.isEmpty)
        let after = "# 1:1\n\n## Check-in\n- ok\n- more words\n- and more\n\n- [ ] book a venue\n- [ ] order the swag\n"
        let fresh = baseline.filter(findings(after))
        #expect(fresh.map(\.line) == [9, 9])
        #expect(Set(fresh.map(\.rule)) == ["action-item-owner", "action-item-due"])
    }

    @Test("a baseline round-trips through its file")
    func roundTrip() throws {
        let baseline = Baseline(findings("# 1:1\n\n- [ ] book a venue\n- [ ] book a venue\n"))
        let path = NSTemporaryDirectory() + "baseline-\(UInt64.random(in: 0...UInt64.max)).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try baseline.json.pretty.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Baseline(file: path) == baseline)
        #expect(baseline.entries.values.contains(2))
    }

    @Test("a baseline file that is not one says which way, naming the file", arguments: [
        ("{\"findings\": [{\"rule\": \"duration\"}]}", "a baseline entry lacks `rule` or `file`"),
        ("{\"findings\": [{\"file\": \"a.md\"}]}", "a baseline entry lacks `rule` or `file`"),
        ("[1, 2]", "not a OneOnOne baseline (write one with --write-baseline)"),
        ("{\"version\": 1}", "not a OneOnOne baseline (write one with --write-baseline)"),
        ("# notes", "not a OneOnOne baseline (write one with --write-baseline)"),
    ])
    func notABaseline(text: String, problem: String) throws {
        let path = NSTemporaryDirectory() + "baseline-\(UInt64.random(in: 0...UInt64.max)).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: Baseline.Error.self) { try Baseline(file: path) }
        do { _ = try Baseline(file: path) } catch { #expect(error.description == "\(path): \(problem)") }
    }

    @Test("a baseline entry without date, subject or count stands for one finding of its rule and file")
    func sparseEntry() throws {
        let path = NSTemporaryDirectory() + "baseline-\(UInt64.random(in: 0...UInt64.max)).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "{\"version\": 1, \"findings\": [{\"rule\": \"duration\", \"file\": \"a.md\", \"date\": null}, {\"rule\": \"duration\", \"file\": \"a.md\", \"count\": 2}]}"
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Baseline(file: path).entries == [Baseline.Entry(rule: "duration", file: "a.md", date: nil, subject: ""): 3])
    }
}

@Suite("Messages")
struct MessageTests {
    @Test("an item is quoted on one line, shortened past 60 characters, by characters not bytes", arguments: [
        ("send the doc", "“send the doc”"),
        (String(repeating: "a", count: 60), "“\(String(repeating: "a", count: 60))”"),
        (String(repeating: "a", count: 61), "“\(String(repeating: "a", count: 57))…”"),
        (String(repeating: "é", count: 61), "“\(String(repeating: "é", count: 57))…”"),
        ("first line\nsecond\r\nthird", "“first line second third”"),
    ])
    func quoted(text: String, expected: String) {
        #expect(text.quoted == expected)
    }

    @Test("findings sort by file, line, column, rule and subject")
    func order() {
        func finding(_ file: String, _ line: Int, _ column: Int, _ rule: String, _ subject: String = "") -> Finding {
            Finding(rule: rule, severity: .warning, file: file, line: line, column: column, message: "", person: "alice", date: nil, subject: subject)
        }
        let findings = [finding("b.md", 1, 1, "x"), finding("a.md", 2, 1, "x"), finding("a.md", 1, 3, "x"), finding("a.md", 1, 3, "w", "z"),
                        finding("a.md", 1, 3, "w", "y"), finding("a.md", 10, 1, "x"), finding("b.md", 1, 1, "x")]
        let expected = ["a.md:1:3:w:y", "a.md:1:3:w:z", "a.md:1:3:x:", "a.md:2:1:x:", "a.md:10:1:x:", "b.md:1:1:x:", "b.md:1:1:x:"]
        #expect(findings.sorted(by: Linter.order).map { "\($0.file):\($0.line):\($0.column):\($0.rule):\($0.subject)" } == expected)
        // The fast sort (files ranked, indices moved) gives the same order, equal findings as they came.
        var twins = findings
        twins[0].message = "first"
        twins[6].message = "second"
        let fast = Linter.sorted(twins)
        #expect(fast.map { "\($0.file):\($0.line):\($0.column):\($0.rule):\($0.subject)" } == expected)
        #expect(fast.suffix(2).map(\.message) == ["first", "second"])
    }
}
