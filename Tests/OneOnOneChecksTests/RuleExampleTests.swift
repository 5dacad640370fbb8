import Foundation
import Testing
@testable import OneOnOneChecks
@testable import OneOnOneCore
import OneOnOneReports

/// Lints an example's notes with every rule, as a user would, and keeps the findings of `rule`.
func findings(of rule: String, in example: Example, appending suffix: String = "") throws -> [Finding] {
    let configuration = try Configuration.parse(example.effectiveConfiguration, file: ".oneonone.yml")
    var sources = example.sources
    for index in sources.indices { sources[index].text += suffix }
    return try LintReport.lint(sources: sources, configuration: configuration, asOf: example.asOf).findings.filter { $0.rule == rule }
}

/// Every example of every rule, by rule id, for the parameterized tests.
let triggering = RuleCatalogue.descriptions.flatMap { rule in rule.triggering.map { (rule.id, $0) } }
let nonTriggering = RuleCatalogue.descriptions.flatMap { rule in rule.nonTriggering.map { (rule.id, $0) } }

@Suite("Rule examples")
struct RuleExampleTests {
    @Test("triggering examples report exactly at their ↓ markers", arguments: triggering)
    func triggers(rule: String, example: Example) throws {
        let found = try findings(of: rule, in: example).map { "\($0.file):\($0.line):\($0.column)" }
        #expect(found.sorted() == example.markedLocations.sorted(), "\(rule) example at \(example.sourceFile):\(example.sourceLine)")
    }

    @Test("behind a multi-byte line, findings move down with their lines", arguments: triggering)
    func multiByte(rule: String, example: Example) throws {
        // The line goes after any front matter, else after the first line (what a one-meeting
        // file reports at line 1 stays there); the markers move with their lines.
        let shifted = Example(files: example.files.map { file in
            var lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let plain = lines.map { $0.filter { $0 != Example.marker } }
            let at = plain.first == "---" ? (plain.dropFirst().firstIndex(of: "---").map { $0 + 1 } ?? 1) : 1
            lines.insert("<!-- 😃 Ünïcödé — ✅ -->", at: min(at, lines.count))
            return (file.path, lines.joined(separator: "\n"))
        }, asOf: example.asOf.description, configuration: example.configuration, file: example.sourceFile, line: example.sourceLine)
        let found = try findings(of: rule, in: shifted).map { "\($0.file):\($0.line):\($0.column)" }
        #expect(found.sorted() == shifted.markedLocations.sorted(),
                "\(rule) example at \(example.sourceFile):\(example.sourceLine)")
    }

    @Test("an unfilled weekly scaffold is empty-meeting and nothing else; the next filled meeting follows up")
    func unfilledScaffold() throws {
        let scaffold = "# Weekly 1:1\n\n### What can we celebrate?\n- [TODO]\n\n### What is blocking you?\n- [TODO]\n\n### Next steps\n- TBD\n\n< ----|---- >\n"
        let sources = [
            NoteSource(path: "alice/2026-03-04.md", folderName: "alice", text: "# 1:1\n## Check-in\n- fine\n## Career\n- wants to lead\n## Action items\n- [ ] @alice write the doc due 2026-03-30\n"),
            NoteSource(path: "alice/2026-03-11.md", folderName: "alice", text: scaffold),
        ]
        let report = try LintReport.lint(sources: sources, configuration: try Configuration.parse("manager: sam\n", file: ".oneonone.yml"), asOf: Day(iso: "2026-03-12")!)
        #expect(report.findings.map { "\($0.file):\($0.line) \($0.rule)" } == ["alice/2026-03-11.md:1 empty-meeting"])
    }

    @Test("non-triggering examples stay silent", arguments: nonTriggering)
    func silent(rule: String, example: Example) throws {
        let found = try findings(of: rule, in: example)
        #expect(found.isEmpty, "\(rule) example at \(example.sourceFile):\(example.sourceLine): \(found.map(\.message))")
    }

    @Test("a disable-file comment silences every triggering example", arguments: triggering)
    func suppressed(rule: String, example: Example) throws {
        let found = try findings(of: rule, in: example, appending: "\n<!-- oneonone-disable-file \(rule) -->\n")
        #expect(found.isEmpty, "\(rule) example at \(example.sourceFile):\(example.sourceLine)")
    }

    @Test("every rule has a rationale and at least three examples of each kind, the parse-problem rules aside")
    func catalogue() {
        for rule in RuleCatalogue.descriptions {
            #expect(rule.rationale.count > 100, "\(rule.id)")
            #expect(rule.nonTriggering.count >= 3, "\(rule.id)")
            if rule.id != "unreadable-file" { #expect(rule.triggering.count >= 3, "\(rule.id)") }
        }
        #expect(Set(RuleCatalogue.ids).count == RuleCatalogue.ids.count)
    }
}

@Suite("Rule documentation")
struct RuleDocumentationTests {
    @Test("the README's rule table lists every rule, in catalogue order, with its default severity")
    func readmeTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let table = try #require(text.range(of: "## The rules")).upperBound
        // Each row opens with the anchor SARIF's helpUri links to: `| <a id="rule-ID"></a>`ID` | severity |`.
        let rows = text[table...].split(separator: "\n").drop { !$0.hasPrefix("| <a id=") }.prefix { $0.hasPrefix("|") }
        let documented = rows.map { row in
            let cells = row.split(separator: "|").prefix(2).map { $0.trimmingCharacters(in: .whitespaces) }
            let id = cells[0].firstMatch(of: /^<a id="rule-([a-z-]+)"><\/a>`\1`$/).map { String($0.1) } ?? cells[0]
            return [id, cells[1]]
        }
        #expect(documented == RuleCatalogue.descriptions.map { [$0.id, $0.severity.rawValue] })
    }
}
