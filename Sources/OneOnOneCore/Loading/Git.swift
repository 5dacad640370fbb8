import Dispatch
import Foundation

/// The few things OneOnOne asks git: where the repository is, what is staged or changed, what
/// the index holds, and when a file was first committed. Each answer is one `git` process.
public struct Git: Sendable {
    /// The repository's top folder.
    public let root: String

    /// A git failure, with what git said.
    public struct Error: Swift.Error, CustomStringConvertible {
        public var description: String
    }

    /// The repository holding `folder`, or nil outside one.
    public init?(at folder: String = FileManager.default.currentDirectoryPath) {
        guard let output = try? Git.run(["rev-parse", "--show-toplevel"], in: folder),
              case let top = String(decoding: output, as: UTF8.self).trimmingWhitespace, !top.isEmpty else {
            return nil
        }
        root = top
    }

    /// Paths (relative to the root) staged for the next commit, added, copied, modified or renamed.
    public func stagedFiles() throws(Git.Error) -> [String] {
        split(try run(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"]))
    }

    /// Paths changed between the merge base of `revision` and HEAD and the working tree:
    /// what a pull request from this branch changes, uncommitted edits included.
    public func changedFiles(since revision: String) throws(Git.Error) -> [String] {
        let base = try run(["merge-base", revision, "HEAD"]).trimmingWhitespace
        return split(try run(["diff", "--name-only", "-z", "--diff-filter=ACMR", base]))
    }

    /// Paths in the index inside `folders` (relative to the root), not looking into sub-folders.
    public func indexFiles(in folders: Set<String>) throws(Git.Error) -> [String] {
        let specs = folders.map { $0.isEmpty ? ":(top,glob)*" : ":(top,glob)\($0)/*" }
        return split(try run(["ls-files", "-z", "--"] + specs.sorted()))
    }

    /// The staged content of each path (relative to the root); paths not in the index are left out.
    public func indexContents(of paths: [String]) throws(Git.Error) -> [String: Data] {
        guard !paths.isEmpty else { return [:] }
        let input = paths.map { ":\($0)\n" }.joined()
        let output = try Git.run(["cat-file", "--batch"], in: root, input: Data(input.utf8))
        var contents: [String: Data] = [:]
        var offset = output.startIndex
        for path in paths {
            guard let newline = output[offset...].firstIndex(of: 10) else { break }
            let header = String(decoding: output[offset..<newline], as: UTF8.self).split(separator: " ")
            offset = newline + 1
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), offset + size <= output.endIndex else { continue }
            contents[path] = Data(output[offset..<offset + size])
            offset += size + 1
        }
        return contents
    }

    /// The year of the commit that first added `path` (relative to the root), if it has one.
    public func firstCommitYear(of path: String) -> Int? {
        guard let output = try? run(["log", "--diff-filter=A", "--follow", "--format=%ad", "--date=format:%Y", "--", path]) else { return nil }
        return output.split(separator: "\n").last.flatMap { Int($0) }
    }

    /// The folder git runs hooks from: `core.hooksPath` when set, and right in worktrees.
    public func hooksFolder() throws(Git.Error) -> String {
        let path = try run(["rev-parse", "--git-path", "hooks"]).trimmingWhitespace
        return path.hasPrefix("/") ? path : root + "/" + path
    }

    private func run(_ arguments: [String]) throws(Git.Error) -> String {
        String(decoding: try Git.run(arguments, in: root), as: UTF8.self)
    }

    private func split(_ output: String) -> [String] {
        output.split(separator: "\0").map(String.init)
    }

    /// Runs git with `arguments` in `folder`; stdin is fed from another thread so that a large
    /// answer cannot block on a full pipe.
    static func run(_ arguments: [String], in folder: String, input: Data? = nil) throws(Git.Error) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        do {
            try process.run()
        } catch {
            throw Error(description: "cannot run git: \(error.localizedDescription)")
        }
        if let input {
            let writer = stdin.fileHandleForWriting
            DispatchQueue.global().async {
                writer.write(input)
                try? writer.close()
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: message, as: UTF8.self).trimmingWhitespace
            throw Error(description: "git \(arguments.first ?? ""): \(said.isEmpty ? "exit status \(process.terminationStatus)" : said)")
        }
        return data
    }
}
