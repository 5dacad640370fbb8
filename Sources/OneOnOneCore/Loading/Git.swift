import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few things OneOnOne asks git: where the repository is, what is staged or changed, what
/// the index holds, and when a file was first committed. Each answer is one `git` process.
public struct Git: Sendable {
    /// The repository's top folder.
    public let root: String

    /// A git failure, with what git said.
    public struct Error: Swift.Error, CustomStringConvertible {
        public var description: String
    }

    /// The repository holding `folder`, or nil outside one (or when git refuses it).
    public init?(at folder: String = FileManager.default.currentDirectoryPath) {
        guard case .success(let git) = Git.repository(at: folder) else { return nil }
        self = git
    }

    private init(root: String) { self.root = root }

    /// Why there is no repository to work with.
    public enum Absence: Swift.Error, Sendable {
        /// `folder` is in no git repository.
        case notARepository
        /// Git refused, in its own words: a repository with "dubious ownership" (common in CI
        /// containers) is not "not a repository", and the fix git prints must reach the user.
        case refused(String)
    }

    /// The repository holding `folder`, or why there is none.
    public static func repository(at folder: String = FileManager.default.currentDirectoryPath) -> Result<Git, Absence> {
        do {
            let top = String(decoding: try Git.run(["rev-parse", "--show-toplevel"], in: folder), as: UTF8.self).trimmingWhitespace
            return top.isEmpty ? .failure(.notARepository) : .success(Git(root: top))
        } catch {
            return .failure(error.description.contains("not a git repository") ? .notARepository : .refused(error.description))
        }
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

    /// Paths in the index inside `folders` (relative to the root), not looking into sub-folders,
    /// and whether each is a link (mode 120000: its content is where it leads).
    public func indexFiles(in folders: Set<String>) throws(Git.Error) -> [(path: String, isLink: Bool)] {
        let specs = folders.map { $0.isEmpty ? ":(top,glob)*" : ":(top,glob)\($0)/*" }
        // `--stage` lines are `MODE OBJECT STAGE<TAB>PATH`.
        return split(try run(["ls-files", "--stage", "-z", "--"] + specs.sorted())).compactMap { line in
            guard let tab = line.firstIndex(of: "\t") else { return nil }
            return (String(line[line.index(after: tab)...]), line.hasPrefix("120000 "))
        }
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

    /// Runs git with `arguments` in `folder`. Spawned directly rather than with Foundation's
    /// `Process`, whose wait costs tens of milliseconds on Linux — most of a pre-commit hook's
    /// time. stdin is fed from another thread and both outputs are read as they come, so a
    /// large answer never blocks on a full pipe.
    static func run(_ arguments: [String], in folder: String, input: Data? = nil) throws(Git.Error) -> Data {
        var output: [Int32] = [-1, -1], errors: [Int32] = [-1, -1], stdin: [Int32] = [-1, -1]
        guard pipe(&output) == 0, pipe(&errors) == 0, pipe(&stdin) == 0 else { throw Error(description: "cannot run git: no pipes") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        for fd in stdin + output + errors { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = (["git", "-C", folder] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "git", &actions, nil, argv, environ)
        close(stdin[0]); close(output[1]); close(errors[1])
        guard spawned == 0 else {
            close(stdin[1]); close(output[0]); close(errors[0])
            throw Error(description: "cannot run git: \(String(cString: strerror(spawned)))")
        }
        let writer = stdin[1]
        if let input {
            DispatchQueue.global().async {
                input.withUnsafeBytes { bytes in
                    var offset = 0
                    while offset < bytes.count {
                        let written = write(writer, bytes.baseAddress! + offset, bytes.count - offset)
                        if written <= 0 { break }
                        offset += written
                    }
                }
                close(writer)
            }
        } else {
            close(writer)
        }
        var stdout = Data(), stderr = Data()
        var fds = [pollfd(fd: output[0], events: Int16(POLLIN), revents: 0), pollfd(fd: errors[0], events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while fds.contains(where: { $0.fd >= 0 }) {
            guard poll(&fds, nfds_t(fds.count), -1) >= 0 else { if errno == EINTR { continue } else { break } }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = read(fds[index].fd, &buffer, buffer.count)
                if count > 0 {
                    if index == 0 { stdout.append(buffer, count: count) } else { stderr.append(buffer, count: count) }
                } else {
                    close(fds[index].fd)
                    fds[index].fd = -1
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard exitCode == 0 else {
            let said = String(decoding: stderr, as: UTF8.self).trimmingWhitespace
            throw Error(description: "git \(arguments.first ?? ""): \(said.isEmpty ? "exit status \(exitCode)" : said)")
        }
        return stdout
    }
}
