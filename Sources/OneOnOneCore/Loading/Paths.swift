import Foundation

/// Path arithmetic: paths as the user sees them, relative paths, and where the notes end.
public enum Paths {
    /// `./alice/x.md` shows as `alice/x.md`.
    static func display(_ path: String) -> String {
        var shown = path
        while shown.hasPrefix("./") { shown.removeFirst(2) }
        return shown
    }

    /// `path` relative to `root` when it lies inside it (both as absolute or as given).
    static func relative(_ path: String, to root: String?) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let root else { return display(path) }
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        if absolute.hasPrefix(base + "/") { return String(absolute.dropFirst(base.count + 1)) }
        return display(path)
    }

    /// The last part of a path, as `split(separator: "/").last` gives it (a trailing `/` ignored,
    /// nil when there is none), found from the end by bytes rather than by splitting it all.
    static func lastComponent(of path: String) -> Substring? {
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return nil }
        let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map(utf8.index(after:)) ?? utf8.startIndex
        return path[start..<end]
    }

    /// The folder part of a path (`""` for a bare name, `/` for a file at the root).
    public static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `name` in `folder` (`""` being the current folder).
    static func joined(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `absolute` as seen from `base`: `alice/x.md`, or `../notes/x.md` outside it.
    public static func relative(_ absolute: String, to base: String) -> String {
        let target = URL(fileURLWithPath: absolute).standardizedFileURL.pathComponents
        let from = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, from.count), target[common] == from[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        return (up + target[common...]).joined(separator: "/")
    }

    /// A path as a message shows it: relative to the current folder.
    public static func shown(_ path: String) -> String { relative(path, to: FileManager.default.currentDirectoryPath) }

    /// `path` (as given in `directory`) relative to the repository `root`, as CI and baselines
    /// name files whatever folder the command ran from; a path outside `root` stays as given.
    public static func fromRoot(_ path: String, root: String, directory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        let placed = relative(absolute, to: root)
        return placed.hasPrefix("../") || placed == ".." ? display(path) : placed
    }

    /// The real path of the folder that notes reached from `folder` must lie in: its git root
    /// (the nearest folder holding `.git`), else `folder` itself (PRODUCT.md: only the notes are read).
    public static func boundary(of folder: String) -> String {
        let real = realPath(folder) ?? URL(fileURLWithPath: folder).standardizedFileURL.path
        var candidate = real
        while true {
            if FileManager.default.fileExists(atPath: candidate + "/.git") { return candidate }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate || parent.isEmpty { return real }
            candidate = parent
        }
    }

    /// The path with every link resolved, or nil with `errno` set when it cannot be resolved.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a name is taken: by a file, a folder, or a link, even one that leads nowhere
    /// (`FileManager.fileExists` follows links, so a broken one looks free and would be replaced).
    public static func isTaken(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether the file at `path`, every link followed, lies inside `boundary` (`boundary(of:)`);
    /// nil, with `errno` set, when it cannot be resolved.
    public static func leadsInside(_ path: String, _ boundary: String) -> Bool? {
        guard let real = realPath(path) else { return nil }
        return real.hasPrefix(boundary == "/" ? "/" : boundary + "/")
    }

    /// The bytes of a file the tool looks for in the notes repository itself (the configuration,
    /// a template, the question bank); nil when there is none. A link out of `boundary` is not
    /// read: a pull request could otherwise point one at a private file of whoever runs the tool.
    public static func repositoryFile(_ path: String, within boundary: String) throws(LinkOutside) -> Data? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard leadsInside(path, boundary) != false else { throw LinkOutside(path: shown(path)) }
        return FileManager.default.contents(atPath: path)
    }

    /// A file of the notes repository that is a link to a file outside it.
    public struct LinkOutside: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "\(path) is a link to a file outside the notes repository; it was not read" }
    }

    /// Whether the existing file at `path` is one of `files` (however either is spelt): what a
    /// report or a baseline must never be written over. Only files of the same name are resolved.
    public static func isOne(_ path: String, of files: some Sequence<String>) -> Bool {
        guard let target = realPath(path) else { return false }
        let name = (path as NSString).lastPathComponent
        return files.contains { ($0 as NSString).lastPathComponent == name && realPath($0) == target }
    }

    /// Whether `path` lies in one of `paths` (files or folders); everything does when none are given.
    static func isWithin(_ path: String, _ paths: [String]) -> Bool {
        guard !paths.isEmpty else { return true }
        let target = URL(fileURLWithPath: path).standardizedFileURL.path
        return paths.contains { given in
            let base = URL(fileURLWithPath: given).standardizedFileURL.path
            return target == base || target.hasPrefix(base.hasSuffix("/") ? base : base + "/")
        }
    }
}
