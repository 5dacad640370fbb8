import Foundation

/// Which notes a run reads, and which of them it reports on.
///
/// Rules look across a series, so a note is never judged alone: a staged or changed note is
/// read with the other notes of its folder (its series, in the one-file-per-meeting layout),
/// and only findings in the chosen notes are reported — an old problem elsewhere never blocks
/// today's commit.
public enum Selection: Sendable {
    /// Files and folders as given (default `.`): everything reached is read and reported.
    case paths([String])
    /// These files only, each read with its folder as context; none means nothing to check
    /// (a pre-commit run with no notes staged).
    case files([String])
    /// What is staged in git, read from the index (not the working tree), with the index's
    /// other notes in the same folders as context; `paths` narrow it.
    case staged(paths: [String])
    /// Files changed since the merge base with `revision`, read from the working tree.
    case since(revision: String, paths: [String])
}

/// Notes read for a run.
public struct SelectedNotes: Sendable {
    public var notebook: Notebook
    /// The files to report on, as the notebook names them; nil for every file read.
    public var reported: Set<String>?
}

extension NotebookLoader {
    /// Why notes could not be selected.
    public struct SelectionError: Error, CustomStringConvertible {
        public var description: String
    }

    public func load(_ selection: Selection) throws(SelectionError) -> SelectedNotes {
        switch selection {
        case .paths(let paths):
            return SelectedNotes(notebook: load(paths: paths.isEmpty ? ["."] : paths), reported: nil)
        case .files(let paths):
            return withContext(paths)
        case .staged(let paths):
            return try staged(within: paths)
        case .since(let revision, let paths):
            let git = try NotebookLoader.repository(for: "--since")
            let changed: [String]
            do {
                changed = try git.changedFiles(since: revision)
            } catch {
                throw SelectionError(description: "cannot compare with `\(revision)`: \(error.description)")
            }
            let cwd = FileManager.default.currentDirectoryPath
            let shown = changed.map { Paths.relative(git.root + "/" + $0, to: cwd) }
            return withContext(shown.filter { isNote($0) && Paths.isWithin($0, paths) && FileManager.default.fileExists(atPath: $0) })
        }
    }

    /// Reads `files` and the other notes of their folders from disk; reports on `files`.
    private func withContext(_ files: [String]) -> SelectedNotes {
        let chosen = files.filter(isNote)
        // A missing file is reported once, below, not also as unreadable.
        var context = Set(chosen.filter { FileManager.default.fileExists(atPath: $0) })
        for folder in Set(chosen.map(Paths.folder)) {
            let listing = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
            for name in listing where !name.hasPrefix(".") {
                let path = Paths.joined(folder, name)
                if isNote(path) { context.insert(path) }
            }
        }
        // Every file may be a link: each is checked against its folder's repository, found once a folder.
        var boundaries: [String: String] = [:]
        let found = context.sorted().map { path in
            var file = FoundFile(path: Paths.display(path), location: URL(fileURLWithPath: path).standardizedFileURL.path)
            if boundaries[file.folder] == nil { boundaries[file.folder] = Paths.boundary(of: file.folder) }
            file.boundary = boundaries[file.folder]
            return file
        }
        var notebook = load(files: found)
        let missing = chosen.filter { !FileManager.default.fileExists(atPath: $0) }
        notebook.problems += missing.map { Problem(kind: .unreadableFile, file: $0, line: 1, column: 1, message: "no such file") }
        return SelectedNotes(notebook: notebook, reported: Set(chosen.map(Paths.display)))
    }

    /// Reads the staged notes, and the index's other notes in their folders, from the index.
    private func staged(within paths: [String]) throws(SelectionError) -> SelectedNotes {
        let git = try NotebookLoader.repository(for: "--staged")
        let cwd = FileManager.default.currentDirectoryPath
        let shown = { (repoPath: String) in Paths.relative(git.root + "/" + repoPath, to: cwd) }
        do {
            let staged = try git.stagedFiles().filter { isNote(shown($0)) && Paths.isWithin(shown($0), paths) }
            guard !staged.isEmpty else { return SelectedNotes(notebook: Notebook(), reported: []) }
            let context = try git.indexFiles(in: Set(staged.map(Paths.folder))).filter { isNote(shown($0.path)) }
            // The index holds a link as the path it leads to: a linked note is read as `lint`
            // reads one from disk, only when it stays inside the repository.
            let links = Set(context.filter(\.isLink).map(\.path))
            let all = Array(Set(staged + context.map(\.path))).sorted()
            let contents = try git.indexContents(of: all.filter { !links.contains($0) })
            let thisYear = asOf.year
            let repoPaths = Dictionary(all.map { (shown($0), $0) }, uniquingKeysWith: { first, _ in first })
            let notes = all.compactMap { path in contents[path].map { (path: shown(path), folder: git.root + "/" + Paths.folder(path), data: $0) } }
            let boundary = Paths.boundary(of: git.root)
            let linked = all.filter(links.contains).map { FoundFile(path: shown($0), location: git.root + "/" + $0, boundary: boundary) }
            let notebook = load(contents: notes, files: linked) { shownPath in
                // The year of the first commit; a note not yet committed is first committed now.
                YearHint(year: git.firstCommitYear(of: repoPaths[shownPath] ?? shownPath) ?? thisYear)
            }
            return SelectedNotes(notebook: notebook, reported: Set(staged.map(shown)))
        } catch {
            throw SelectionError(description: error.description)
        }
    }

    /// The repository `option` works in, or why there is none, in git's own words when git refused.
    private static func repository(for option: String) throws(SelectionError) -> Git {
        switch Git.repository() {
        case .success(let git): return git
        case .failure(.notARepository): throw SelectionError(description: "\(option) needs a git repository; run it inside one")
        case .failure(.refused(let said)): throw SelectionError(description: "\(option) cannot use this repository: \(said)")
        }
    }

    /// A Markdown file that is a note: not a README, not excluded by the configuration.
    private func isNote(_ path: String) -> Bool {
        let lower = path.lowercased()
        return (lower.hasSuffix(".md") || lower.hasSuffix(".markdown")) && finder.includes(path)
    }
}
