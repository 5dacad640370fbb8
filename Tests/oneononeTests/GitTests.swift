import Foundation
import Testing
import OneOnOneCore

/// A throwaway git repository.
struct Repository {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "Sam Rivera")
        try git("config", "user.email", "sam@example.com")
        try git("config", "commit.gpgsign", "false")
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @discardableResult
    func git(_ arguments: String...) throws -> Run { try command(["git"] + arguments) }

    /// Runs a command in the repository with `oneonone` on the PATH, as a user who installed it.
    func command(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = root
        var variables = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        variables["PATH"] = oneononeBinary.deletingLastPathComponent().path + ":" + (variables["PATH"] ?? "/usr/bin:/bin")
        process.environment = variables
        return try finish(process)
    }

    func commit(_ files: [String: String], _ message: String = "notes") throws {
        for (path, text) in files { try write(path, text) }
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    func lint(_ arguments: String...) throws -> Run { try oneonone(["lint"] + arguments, in: root) }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

private let good = "# 1:1\n\n## Check-in\n- Good\n\n## Career\n- Mentoring\n\n## Action items\n- [ ] @alice draft the plan due 2026-03-20\n"

@Suite("Git: staged and changed notes")
struct StagedTests {
    @Test("--staged judges the staged version, not the working tree")
    func stagedNotWorkingTree() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["alice/2026-03-04.md": good])
        try repo.write("alice/2026-03-11.md", good + "- [ ] send the deck\n")
        try repo.git("add", "alice/2026-03-11.md")
        try repo.write("alice/2026-03-11.md", good + "- [ ] @alice send the deck due 2026-03-18\n")
        let run = try repo.lint("--staged", "--as-of", "2026-03-12", "--fail-on", "warning", "--disable", "no-follow-through")
        #expect(run.status == 1)
        #expect(run.stdout.contains("alice/2026-03-11.md:11:1: warning: action item “send the deck” has no owner"))
        try repo.git("add", "alice/2026-03-11.md")
        try repo.write("alice/2026-03-11.md", good + "- [ ] send the deck\n")
        let fixed = try repo.lint("--staged", "--as-of", "2026-03-12", "--fail-on", "warning", "--disable", "no-follow-through")
        #expect(fixed.status == 0, "\(fixed.stdout)")
    }

    @Test("a staged link is read as lint reads one from disk: inside the repository it is the note it leads to; out of it, named and not read")
    func stagedLinks() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["alice/2026-03-04.md": good, "drafts/bob.txt": good])
        let outside = repo.root.deletingLastPathComponent().appendingPathComponent("oneonone-outside-\(UUID().uuidString).md")
        try Data("# 1:1\n\n- [ ] CANARY7Q call the lawyer\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: repo.root.appendingPathComponent("alice/2026-03-11.md").path, withDestinationPath: outside.path)
        try FileManager.default.createDirectory(at: repo.root.appendingPathComponent("bob"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repo.root.appendingPathComponent("bob/2026-03-11.md").path, withDestinationPath: "../drafts/bob.txt")
        try repo.git("add", "alice/2026-03-11.md", "bob/2026-03-11.md")
        let run = try repo.lint("--staged", "--as-of", "2026-03-12")
        #expect(run.status == 1)
        #expect(run.stdout == "alice/2026-03-11.md:1:1: error: the file is a link to a file outside the notes; it was not read [unreadable-file]\n1 error in 2 files (1 meeting).\n")
    }

    @Test("a staged meeting is judged in its series: the previous meeting's open items must be followed up")
    func series() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["alice/2026-03-04.md": good + "- [ ] @sam book a venue for the offsite due 2026-03-10\n"])
        try repo.write("alice/2026-03-11.md", good)
        try repo.git("add", "alice/2026-03-11.md")
        let run = try repo.lint("--staged", "--as-of", "2026-03-12", "--quiet")
        #expect(run.stdout.contains("alice/2026-03-11.md:9:1: warning: the open action item “@sam book a venue for the offsite due 2026-03-10” from 2026-03-04 is not carried over"))
        #expect(!run.stdout.contains("2026-03-04.md"), "findings in committed notes are not reported")
    }

    @Test("an old problem elsewhere never blocks today's commit; nothing staged checks nothing")
    func unrelated() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["bob/notes.md": "# Bob\n\n## 03/04/2026\n- undated and broken\n", "alice/2026-03-04.md": good])
        #expect(try repo.lint("--staged", "--quiet").stdout == "")
        try repo.write("alice/2026-03-11.md", good)
        try repo.git("add", "alice/2026-03-11.md")
        let run = try repo.lint("--staged", "--as-of", "2026-03-12")
        #expect(run.status == 0)
        #expect(run.stdout == "No problems in 1 file (1 meeting).\n")
        #expect(try repo.lint("--as-of", "2026-03-12").status == 1, "linting everything still finds the old problem")
    }

    @Test("--since lints the notes a branch changed, in their series")
    func since() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["alice/2026-03-04.md": good, "bob/2026-03-04.md": "# 1:1\n\n- [ ] nobody owns this\n"])
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.commit(["alice/2026-03-11.md": good + "- [ ] send the deck due 2026-03-18\n"], "more")
        let run = try repo.lint("--since", "main", "--as-of", "2026-03-12", "--format", "json")
        #expect(run.stdout.contains("\"file\": \"alice/2026-03-11.md\""))
        #expect(!run.stdout.contains("bob/"))
        #expect(run.stdout.contains("\"files\": 1"))
        let bad = try repo.lint("--since", "no-such-branch")
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("error: cannot compare with `no-such-branch`"))
    }

    @Test("from a subfolder, CI formats and baselines name files from the git root; text keeps them as given")
    func fromSubfolder() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["notes/alice/2026-03-04.md": "# 1:1\n\n- [ ] nobody owns this due 2026-03-20\n"])
        let alice = repo.root.appendingPathComponent("notes/alice")
        let github = try oneonone(["lint", "--as-of", "2026-03-05", "--format", "github", "."], in: alice)
        #expect(github.stdout.contains("::warning file=notes/alice/2026-03-04.md,line=3,col=1,"), "\(github.stdout)")
        let sarif = try oneonone(["lint", "--as-of", "2026-03-05", "--format", "sarif", "."], in: alice)
        #expect(sarif.stdout.contains("\"uri\": \"notes/alice/2026-03-04.md\""))
        let junit = try oneonone(["lint", "--as-of", "2026-03-05", "--format", "junit", "."], in: alice)
        #expect(junit.stdout.contains("<testcase classname=\"notes/alice/2026-03-04.md\""), "\(junit.stdout)")
        let text = try oneonone(["lint", "--as-of", "2026-03-05", "."], in: alice)
        #expect(text.stdout.hasPrefix("2026-03-04.md:1:1: info:") && text.stdout.contains("\n2026-03-04.md:3:1: warning:"))

        // Written at the root, used from the subfolder (and the other way): the same findings.
        let written = try repo.lint("--as-of", "2026-03-05", "--write-baseline", "baseline.json")
        #expect(written.status == 0)
        #expect(repo.read("baseline.json")?.contains("\"file\": \"notes/alice/2026-03-04.md\"") == true)
        let below = try oneonone(["lint", "--as-of", "2026-03-05", "--baseline", "../../baseline.json", "."], in: alice)
        #expect(below.status == 0)
        #expect(below.stdout == "No problems in 1 file (1 meeting).\n", "\(below.stdout)")
        _ = try oneonone(["lint", "--as-of", "2026-03-05", "--write-baseline", "../../baseline.json", "."], in: alice)
        #expect(try repo.lint("--as-of", "2026-03-05", "--baseline", "baseline.json").status == 0)
    }

    @Test("--staged outside a repository is a usage error")
    func outside() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try oneonone(["lint", "--staged"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr == "error: --staged needs a git repository; run it inside one\n")
    }

    @Test("git's own refusal (dubious ownership, common in CI containers) is shown as git says it", .enabled(if: getuid() == 0))
    func dubiousOwnership() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["alice/2026-03-04.md": good])
        // A repository owned by someone else: git refuses it for root unless it is a safe.directory.
        let chown = try repo.command(["chown", "-R", "65534:65534", repo.root.path])
        #expect(chown.status == 0)
        let run = try oneonone(["lint", "--staged"], in: repo.root, environment: ["GIT_CONFIG_GLOBAL": "/dev/null"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: --staged cannot use this repository: git rev-parse: fatal: detected dubious ownership"), "\(run.stderr)")
        #expect(run.stderr.contains("safe.directory"))
    }

    @Test("--files with no file names checks nothing, as a pre-commit run with nothing staged")
    func noFiles() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["bob/notes.md": "# broken, undated\n- a\n"])
        let run = try repo.lint("--files")
        #expect(run.status == 0)
        #expect(run.stdout == "No problems in 0 files (0 meetings).\n")
    }

    @Test("a year-less meeting date takes the year of the file's first commit")
    func yearFromGit() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("notes/3-24-ismail.md", "# 1:1\n- talked\n")
        try repo.git("add", "-A")
        let commit = Process()
        commit.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        commit.arguments = ["git", "commit", "-q", "-m", "old", "--date", "2021-03-25T10:00:00"]
        commit.currentDirectoryURL = repo.root
        commit.environment = ProcessInfo.processInfo.environment.merging(["GIT_COMMITTER_DATE": "2021-03-25T10:00:00"]) { _, new in new }
        try commit.run()
        commit.waitUntilExit()
        let run = try oneonone(["parse", "notes"], in: repo.root)
        #expect(run.stdout.contains("\"date\": \"2021-03-24\""))
        #expect(run.stdout.contains("\"problems\": []"))
    }

    @Test("a note at the repository's root belongs to the same series whether read from disk or from the index")
    func onePerson() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("2026-03-04.md", "# 1:1\n- [ ] draft the plan\n")
        try repo.git("add", "-A")
        let person = repo.root.lastPathComponent.lowercased()
        for arguments in [["--as-of", "2026-03-05", "--format", "json"], ["--staged", "--as-of", "2026-03-05", "--format", "json"]] {
            let run = try oneonone(["lint"] + arguments, in: repo.root)
            #expect(run.stdout.contains("\"person\": \"\(person)\""), "\(arguments): \(run.stdout)")
        }
    }

    @Test("--as-of dates a staged, never committed note without a year: its year, not today's")
    func stagedYear() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("notes/3-24-ismail.md", "# 1:1\n- [ ] draft the plan\n")
        try repo.git("add", "-A")
        let run = try repo.lint("--staged", "--as-of", "2025-04-01", "--format", "json")
        #expect(run.stdout.contains("\"date\": \"2025-03-24\""), "\(run.stdout)")
    }
}

@Suite("Git: the pre-commit hook")
struct HookTests {
    @Test("install, then a commit with a bad note is stopped and a good one goes through")
    func commits() throws {
        let repo = try Repository()
        defer { repo.remove() }
        let install = try oneonone(["hook", "install"], in: repo.root, process: true)
        #expect(install.status == 0)
        #expect(install.stdout == "Installed the OneOnOne pre-commit hook in .git/hooks/pre-commit.\n")
        try repo.write("alice/2026-03-04.md", "---\nshared: maybe\n---\n# 1:1\n")
        try repo.git("add", "-A")
        let refused = try repo.git("commit", "-q", "-m", "bad")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("alice/2026-03-04.md:2:9: error: front matter `shared` should be true or false"))
        try repo.write("alice/2026-03-04.md", good)
        try repo.git("add", "-A")
        #expect(try repo.git("commit", "-q", "-m", "good").status == 0)
    }

    @Test("an existing hook is kept and runs first; installing twice changes nothing; uninstall restores it")
    func chaining() throws {
        let repo = try Repository()
        defer { repo.remove() }
        let original = "#!/bin/sh\necho existing hook ran\n"
        try repo.write(".git/hooks/pre-commit", original)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: repo.root.appendingPathComponent(".git/hooks/pre-commit").path)
        let first = try oneonone(["hook", "install"], in: repo.root, process: true)
        #expect(first.stdout.contains("Your existing hook is kept as .git/hooks/pre-commit.before-oneonone and runs first."))
        let second = try oneonone(["hook", "install"], in: repo.root, process: true)
        #expect(second.stdout == "The OneOnOne pre-commit hook is already installed in .git/hooks/pre-commit.\n")
        #expect(repo.read(".git/hooks/pre-commit.before-oneonone") == original)
        try repo.write("alice/2026-03-04.md", good)
        try repo.git("add", "-A")
        let commit = try repo.git("commit", "-m", "notes")
        #expect(commit.status == 0)
        #expect(commit.stderr.contains("existing hook ran"), "git shows hooks' output on stderr")
        let uninstall = try oneonone(["hook", "uninstall"], in: repo.root, process: true)
        #expect(uninstall.stdout == "Removed the OneOnOne pre-commit hook; restored the hook it replaced.\n")
        #expect(repo.read(".git/hooks/pre-commit") == original)
        #expect(repo.read(".git/hooks/pre-commit.before-oneonone") == nil)
    }

    @Test("a link that leads nowhere, as the hook or the configuration, is kept: install moves it aside, init leaves it")
    func brokenLinks() throws {
        let repo = try Repository()
        defer { repo.remove() }
        let hook = repo.root.appendingPathComponent(".git/hooks/pre-commit").path
        try FileManager.default.createDirectory(atPath: (hook as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: hook, withDestinationPath: "../../tools/hook-not-checked-out")
        let install = try oneonone(["hook", "install"], in: repo.root, process: true)
        #expect(install.stdout == "Installed the OneOnOne pre-commit hook in .git/hooks/pre-commit. Your existing hook is kept as .git/hooks/pre-commit.before-oneonone and runs first.\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: hook + ".before-oneonone") == "../../tools/hook-not-checked-out")
        let uninstall = try oneonone(["hook", "uninstall"], in: repo.root, process: true)
        #expect(uninstall.stdout == "Removed the OneOnOne pre-commit hook; restored the hook it replaced.\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: hook) == "../../tools/hook-not-checked-out")

        let configuration = repo.root.appendingPathComponent(".oneonone.yml").path
        try FileManager.default.createSymbolicLink(atPath: configuration, withDestinationPath: "shared/oneonone.yml")
        let initialise = try oneonone(["init"], in: repo.root)
        #expect(initialise.stdout.hasPrefix(".oneonone.yml already exists; left as it is.\n"), "\(initialise.stdout)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: configuration) == "shared/oneonone.yml")
    }

    @Test("init writes names YAML would misread quoted, so the configuration it writes is read back as it meant")
    func initQuotesNames() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["x/2026-11-02.md": "---\nwith: \"Dr. Who #2: the return\"\n---\n# 1:1\n\n- Good\n",
                         "[weird]/2026-11-03.md": "# 1:1\n\n- Good\n"])
        _ = try oneonone(["init"], in: repo.root)
        #expect(repo.read(".oneonone.yml")?.contains("people:\n  \"[weird]\": { cadence: weekly }\n  \"dr. who #2: the return\": { cadence: weekly }\n") == true)
        let configuration = try Configuration.load(path: repo.root.appendingPathComponent(".oneonone.yml").path)
        #expect(configuration.parseOptions.people.keys.sorted() == ["[weird]", "dr. who #2: the return"])
    }

    @Test("a hook the pre-commit framework owns is left alone: exit 2 and the snippet to paste")
    func frameworkHook() throws {
        let repo = try Repository()
        defer { repo.remove() }
        let framework = "#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\nexec pre-commit hook-impl\n"
        try repo.write(".git/hooks/pre-commit", framework)
        let run = try oneonone(["hook", "install"], in: repo.root, process: true)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: .git/hooks/pre-commit is managed by the pre-commit framework"))
        #expect(run.stderr.contains("  - repo: local\n    hooks:\n      - id: oneonone\n"))
        #expect(run.stderr.contains("entry: oneonone lint --files"))
        #expect(repo.read(".git/hooks/pre-commit") == framework)
        // The snippet printed is the local hook examples/hooks documents, word for word.
        let recipe = try String(contentsOf: examplesFolder.appendingPathComponent("hooks/pre-commit-config.yaml"), encoding: .utf8)
        let documented = recipe.split(separator: "\n").filter { $0.hasPrefix("#  ") }.map { String($0.dropFirst()) }
        let printed = run.stderr.split(separator: "\n").drop { !$0.contains("- repo: local") }.map(String.init)
        #expect(printed == documented)
    }

    @Test("core.hooksPath is honoured")
    func hooksPath() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.git("config", "core.hooksPath", ".githooks")
        let run = try oneonone(["hook", "install"], in: repo.root, process: true)
        #expect(run.stdout == "Installed the OneOnOne pre-commit hook in .githooks/pre-commit.\n")
        #expect(repo.read(".githooks/pre-commit")?.contains("lint --staged --quiet") == true)
        #expect(repo.read(".git/hooks/pre-commit") == nil)
    }

    @Test("works from a worktree, and a hook OneOnOne did not write is never removed")
    func worktreeAndForeign() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["alice/2026-03-04.md": good])
        let tree = repo.root.deletingLastPathComponent().appendingPathComponent(repo.root.lastPathComponent + "-tree")
        defer { try? FileManager.default.removeItem(at: tree) }
        try repo.git("worktree", "add", "-q", tree.path)
        let install = try oneonone(["hook", "install"], in: tree, process: true)
        #expect(install.status == 0)
        #expect(repo.read(".git/hooks/pre-commit")?.contains("# oneonone-hook") == true)
        try repo.write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n")
        let uninstall = try oneonone(["hook", "uninstall"], in: repo.root, process: true)
        #expect(uninstall.status == 2)
        #expect(uninstall.stderr == "error: .git/hooks/pre-commit was not installed by OneOnOne; left as it is\n")
        #expect(repo.read(".git/hooks/pre-commit") == "#!/bin/sh\nexit 0\n")
    }

    @Test("init lists people from every layout, tells the manager from the notes, writes the templates, and never over existing files")
    func initialise() throws {
        let repo = try Repository()
        defer { repo.remove() }
        let priya = "\n## Action items\n- [ ] Priya to send the deck due 2026-03-20\n"
        try repo.commit(["alice/2026-03-04.md": good + priya, "bob.md": "# Bob\n\n## 2026-03-04\n\n- Good\n" + priya.replacingOccurrences(of: "## ", with: "### "),
                         "misc/2026-03-05-carol.md": "---\nwith: Carol\n---\n# 1:1\n\n- Good\n"])
        let first = try oneonone(["init"], in: repo.root)
        #expect(first.stdout.hasPrefix("Wrote .oneonone.yml: `manager: priya` is read from the notes; check it.\nWrote .oneonone/templates/ (career.md, one-on-one.md, skip-level.md)"), "\(first.stdout)")
        let starter = try #require(repo.read(".oneonone.yml"))
        #expect(starter.contains("\nmanager: priya\n"))
        #expect(starter.contains("people:\n  alice: { cadence: weekly }\n  bob: { cadence: weekly }\n  carol: { cadence: weekly }\n"))
        #expect(repo.read(".oneonone/templates/one-on-one.md")?.contains("{{") == true)
        let list = try oneonone(["agenda", "--list-templates"], in: repo.root)
        #expect(list.stdout == "career\t.oneonone/templates/career.md\none-on-one\t.oneonone/templates/one-on-one.md\nskip-level\t.oneonone/templates/skip-level.md\n")

        try repo.write(".oneonone.yml", "manager: priya\n")
        try repo.write(".oneonone/templates/career.md", "mine\n")
        let again = try oneonone(["init", "--hook"], in: repo.root, process: true)
        #expect(again.stdout.hasPrefix(".oneonone.yml already exists; left as it is.\nInstalled the OneOnOne pre-commit hook"), "\(again.stdout)")
        #expect(repo.read(".oneonone.yml") == "manager: priya\n")
        #expect(repo.read(".oneonone/templates/career.md") == "mine\n")
    }

    @Test("init leaves `manager:` commented when the notes do not tell, and the starter lints cleanly")
    func initialiseUnknownManager() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["alice/2026-03-04.md": good])
        let first = try oneonone(["init"], in: repo.root)
        #expect(first.stdout.hasPrefix("Wrote .oneonone.yml: set `manager:` to your name as you write it in notes"))
        #expect(repo.read(".oneonone.yml")?.contains("\n# manager: sam\n") == true)
        #expect(try repo.lint("--as-of", "2026-03-05").status == 0)
    }
}

@Suite("Git and CI recipes in examples/")
struct RecipeTests {
    @Test("the shell recipe lints what a branch changes, and fails on its errors")
    func shellRecipe() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["alice/2026-03-04.md": good, "bob/notes.md": "# broken, undated\n- a\n"])
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.commit(["alice/2026-03-11.md": "---\nshared: maybe\n---\n" + good], "more")
        let script = examplesFolder.appendingPathComponent("ci/lint-notes.sh").path
        let branch = try repo.command(["sh", script, "--as-of", "2026-03-12"], environment: ["BASE": "main"])
        #expect(branch.status == 1)
        #expect(branch.stdout.hasPrefix("alice/2026-03-11.md:2:9: error: front matter `shared` should be true or false"))
        #expect(!branch.stdout.contains("bob/"))
        let everything = try repo.command(["sh", script, "--format", "json", "--fail-on", "never"])
        #expect(everything.status == 0)
        #expect(everything.stdout.contains("\"file\": \"bob/notes.md\""))
    }

    @Test("the GitLab job's script lints only a merge request's changed notes, in their series, and fails on their errors")
    func gitlabScript() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.commit(["alice/2026-03-04.md": good, "bob/notes.md": "# broken, undated\n- a\n"])
        try repo.git("remote", "add", "origin", repo.root.path)
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.commit(["alice/2026-03-11.md": "---\nshared: maybe\n---\n" + good], "more")
        // The job's `script:` block, as GitLab runs it (errexit on).
        let recipe = try String(contentsOf: examplesFolder.appendingPathComponent("ci/gitlab-ci.yml"), encoding: .utf8)
        let block = try #require(recipe.firstMatch(of: /\n\x20\x20script:\n\x20{4}- \|\n((?:\x20{6}.*\n)+)/)?.1)
        let script = block.split(separator: "\n").map { $0.dropFirst(6) }.joined(separator: "\n")
        let mergeRequest = try repo.command(["sh", "-ec", script], environment: ["CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"])
        #expect(mergeRequest.status == 1)
        #expect(mergeRequest.stdout.contains("alice/2026-03-11.md:2:9: error: front matter `shared` should be true or false"), "\(mergeRequest.stdout)")
        let junit = try #require(repo.read("oneonone-junit.xml"))
        #expect(junit.contains("alice/2026-03-11.md") && !junit.contains("bob/") && !mergeRequest.stdout.contains("bob/"))
        let defaultBranch = try repo.command(["sh", "-ec", script])
        #expect(defaultBranch.stdout.contains("bob/notes.md:1:1: error:"))
    }

    @Test("the bare hook from examples/hooks stops a commit with a bad note")
    func bareHook() throws {
        let repo = try Repository()
        defer { repo.remove() }
        let hook = repo.root.appendingPathComponent(".git/hooks/pre-commit")
        try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("hooks/pre-commit"), to: hook)
        try repo.write("alice/2026-03-04.md", "# 1:1\n<!-- private -->\nx\n<!-- /private -->\n")
        try repo.write(".oneonone.yml", "shared: [\"alice/**\"]\n")
        try repo.git("add", "-A")
        let commit = try repo.command(["git", "commit", "-q", "-m", "notes"])
        #expect(commit.status != 0)
        #expect(commit.stderr.contains("alice/2026-03-04.md:2:1: error: this shared document holds private notes"))
    }
}
