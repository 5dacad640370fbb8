import Foundation
import Testing

private let clean = "# 1:1\n\n## Check-in\n- Good week\n\n## Career\n- Wants to mentor\n\n## Action items\n- [ ] @alice draft the plan due 2026-03-10\n"

@Suite("oneonone lint")
struct LintCommandTests {
    @Test("exit 1 when findings reach --fail-on, 0 when they do not or with never")
    func exitCodes() throws {
        let errors = try oneonone(["lint", "examples/notes", "--as-of", "2026-11-20"])
        #expect(errors.status == 1)
        #expect(errors.stdout.hasSuffix("3 errors, 39 warnings and 6 infos in 26 files (35 meetings).\n"))
        let notes = try temporaryFolder(["alice/2026-03-04.md": clean, "alice/2026-03-06.md": "# 1:1\n\n## Check-in\n- ok\n- [ ] @alice send it\n"])
        defer { try? FileManager.default.removeItem(at: notes) }
        #expect(try oneonone(["lint", ".", "--as-of", "2026-03-07"], in: notes).status == 0)
        #expect(try oneonone(["lint", ".", "--as-of", "2026-03-07", "--fail-on", "warning"], in: notes).status == 1)
        #expect(try oneonone(["lint", "examples/notes", "--fail-on", "never"]).status == 0)
        // An info alone fails only with --fail-on info.
        let info = try temporaryFolder(["alice/2026-03-04.md": "# 1:1\n\n## Career\n- Wants to mentor\n\n## Action items\n- [ ] @alice draft the plan due 2026-03-10\n"])
        defer { try? FileManager.default.removeItem(at: info) }
        let infoRun = try oneonone(["lint", ".", "--as-of", "2026-03-05"], in: info)
        #expect(infoRun.stdout.contains("[no-check-in]") && infoRun.status == 0)
        #expect(try oneonone(["lint", ".", "--as-of", "2026-03-05", "--fail-on", "info"], in: info).status == 1)
    }

    @Test("--enable and --disable take comma lists as well as repeats")
    func commaLists() throws {
        let notes = try temporaryFolder(["alice/2026-03-04.md": "# 1:1\n- [ ] send it\n"])
        defer { try? FileManager.default.removeItem(at: notes) }
        let run = try oneonone(["lint", ".", "--as-of", "2026-03-05", "--disable", "action-item-owner, action-item-due", "--disable", "no-check-in,no-next-steps"], in: notes)
        #expect(run.stdout == "No problems in 1 file (1 meeting).\n")
        #expect(try oneonone(["lint", ".", "--disable", "action-item-owner,no-such-rule"], in: notes).status == 2)
    }

    @Test("a folder without notes checks nothing and exits 0")
    func zeroFiles() throws {
        let empty = try temporaryFolder([:])
        defer { try? FileManager.default.removeItem(at: empty) }
        let run = try oneonone(["lint"], in: empty)
        #expect(run.status == 0)
        #expect(run.stdout == "No problems in 0 files (0 meetings).\n")
        #expect(try oneonone(["lint", "--quiet"], in: empty).stdout == "")
    }

    @Test("usage and configuration errors exit 2 with a message that says what to fix")
    func usageErrors() throws {
        // In a real process too: the exit status is the one the shell sees.
        let date = try oneonone(["lint", "examples/notes", "--as-of", "yesterday"], process: true)
        #expect(date.status == 2)
        #expect(date.stderr.contains("--as-of takes a date as YYYY-MM-DD, not `yesterday`"))
        let rule = try oneonone(["lint", "examples/notes", "--disable", "no-checkin"])
        #expect(rule.status == 2)
        #expect(rule.stderr == "error: unknown rule `no-checkin`; did you mean `no-check-in`? (`oneonone rules` lists them)\n")
        let format = try oneonone(["lint", "--format", "xml"])
        #expect(format.status == 2)
        let notes = try temporaryFolder([".oneonone.yml": "rules:\n  status-onyl: off\n", "a/2026-03-04.md": clean])
        defer { try? FileManager.default.removeItem(at: notes) }
        let config = try oneonone(["lint"], in: notes)
        #expect(config.status == 2)
        #expect(config.stderr == "error: .oneonone.yml:2:3: unknown rule `status-onyl` in `rules`; did you mean `status-only`? (`oneonone rules` lists them)\n")
    }

    @Test("--write-baseline records today's findings; --baseline then shows only new ones, though lines moved")
    func baseline() throws {
        let notes = try temporaryFolder(["alice/2026-03-04.md": "# 1:1\n\n- [ ] book a venue\n"])
        defer { try? FileManager.default.removeItem(at: notes) }
        let write = try oneonone(["lint", "--as-of", "2026-03-05", "--write-baseline", "baseline.json"], in: notes)
        #expect(write.status == 0)
        #expect(write.stderr == "Recorded 3 findings in baseline.json.\n")
        let same = try oneonone(["lint", "--as-of", "2026-03-05", "--baseline", "baseline.json", "--fail-on", "warning"], in: notes)
        #expect(same.status == 0)
        #expect(same.stdout == "No problems in 1 file (1 meeting).\n")
        try Data("# 1:1 with Alice\n\nIntro line.\n\n- [ ] book a venue\n- [ ] order swag\n".utf8).write(to: notes.appendingPathComponent("alice/2026-03-04.md"))
        let after = try oneonone(["lint", "--as-of", "2026-03-05", "--baseline", "baseline.json", "--fail-on", "warning"], in: notes)
        #expect(after.stdout == """
        alice/2026-03-04.md:6:1: warning: action item “order swag” has no due date: add “due YYYY-MM-DD” so the next meeting knows when it is late [action-item-due]
        alice/2026-03-04.md:6:1: warning: action item “order swag” has no owner: add @name or “Name to …” so someone is accountable [action-item-owner]
        2 warnings in 1 file (1 meeting).

        """)
        #expect(after.status == 1)
        let broken = try oneonone(["lint", "--baseline", "missing.json"], in: notes)
        #expect(broken.status == 2)
        #expect(broken.stderr == "error: missing.json: cannot read the baseline file\n")
    }

    @Test("text has colour on a terminal, never in a pipe, never with NO_COLOR", .enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/script")))
    func color() throws {
        let command = "'\(oneononeBinary.path)' lint examples/notes/misc"
        // `script` runs the command on a pseudo-terminal, as a person's shell would.
        // An empty NO_COLOR counts as unset (no-color.org); the test runner may set either.
        let terminal = try oneonone(["-qec", command, "/dev/null"], environment: ["NO_COLOR": "", "TERM": "xterm"], executable: "/usr/bin/script")
        #expect(terminal.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"))
        let noColor = try oneonone(["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1", "TERM": "xterm"], executable: "/usr/bin/script")
        #expect(noColor.stdout.contains("error: no meeting date found"))
        #expect(!noColor.stdout.contains("\u{1B}["))
        #expect(!(try oneonone(["lint", "examples/notes/misc"]).stdout.contains("\u{1B}[")))
    }

    @Test("--quiet prints the findings and nothing else; machine formats keep their summary")
    func quiet() throws {
        #expect(try oneonone(["lint", "examples/notes/misc", "--quiet", "--format", "json"]).stdout.contains("\"summary\""))
        let run = try oneonone(["lint", "examples/notes/misc", "--quiet"])
        #expect(run.stdout == "examples/notes/misc/retro-ideas.md:1:1: error: no meeting date found: add front matter `date: 2026-03-04`, name the file 2026-03-04.md, or start each meeting with a dated heading such as `## 2026-03-04` [undated-meeting]\n")
    }
}

@Suite("oneonone rules")
struct RulesCommandTests {
    @Test("lists every rule with its default severity")
    func list() throws {
        let run = try oneonone(["rules"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 21)
        #expect(lines.first?.hasPrefix("status-only") == true)
        #expect(lines.contains { $0.hasPrefix("private-in-shared") && $0.contains("error") })
    }

    @Test("explains one rule: rationale, options, and the examples the tests run")
    func explain() throws {
        let run = try oneonone(["rules", "status-only"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("status-only — Status-only meeting (default: warning)\n"))
        #expect(run.stdout.contains("max-status-share: 0.8"))
        #expect(run.stdout.contains("  │ ↓# 1:1 Alice / Sam"))
        #expect(run.stdout.contains("Does not trigger:"))
    }

    @Test("every rule in the list can be explained, with its rationale and examples")
    func everyRule() throws {
        let ids = try oneonone(["rules"]).stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(ids.count == 21)
        for id in ids {
            let run = try oneonone(["rules", id])
            #expect(run.status == 0, "\(id)")
            #expect(run.stdout.hasPrefix("\(id) — "), "\(id)")
            #expect(run.stdout.contains("Does not trigger:"), "\(id)")
        }
    }

    @Test("an unknown id suggests the closest")
    func unknown() throws {
        let run = try oneonone(["rules", "stale-action"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean `stale-action-item`?"))
    }
}
