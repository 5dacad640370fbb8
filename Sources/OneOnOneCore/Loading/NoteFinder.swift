import Foundation

/// A Markdown file found from the arguments.
public struct FoundFile: Sendable, Hashable {
    /// The path as reached from the arguments (`notes/alice/2026-03-04.md`).
    public var path: String
    /// The file's absolute path, standardized (no `.` or `..`).
    public var location: String
    /// The real path of the folder the file must lie in (the git root, else the folder linted),
    /// when the file may be a link leading out of it; nil for a regular file found by walking
    /// that folder, which cannot.
    public var boundary: String?

    public init(path: String, location: String, boundary: String? = nil) {
        self.path = path
        self.location = location
        self.boundary = boundary
    }

    /// The absolute path of the folder the file is in.
    public var folder: String { Paths.folder(location) }

    /// A file named directly: it may be a link, so it is checked against its repository, or
    /// its folder when it is in none.
    public init(named path: String) {
        let location = URL(fileURLWithPath: path).standardizedFileURL.path
        self.init(path: Paths.display(path), location: location)
        boundary = Paths.boundary(of: folder)
    }
}

/// Finds the notes to read: files named on the command line and `.md`/`.markdown` files in
/// folders, recursively, in a stable order.
public struct NoteFinder: Sendable {
    /// Globs of paths to leave out (the config's `exclude`), relative to `root`.
    public var exclude: [String]
    public var root: String?

    public init(exclude: [String] = [], root: String? = nil) {
        self.exclude = exclude
        self.root = root
    }

    /// Files that are about the notes rather than notes: never linted.
    static let skippedNames: Set<String> = ["readme.md", "contributing.md", "changelog.md", "license.md", "code_of_conduct.md", "security.md"]
    static let skippedFolders: Set<String> = ["node_modules", "templates"]

    public func files(in arguments: [String]) -> (files: [FoundFile], problems: [Problem]) {
        var found: [FoundFile] = []
        var problems: [Problem] = []
        let manager = FileManager.default
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isFolder) else {
                problems.append(Problem(kind: .unreadableFile, file: argument, line: 1, column: 1, message: "no such file or folder"))
                continue
            }
            if !isFolder.boolValue {
                if !isSkipped(argument) { found.append(FoundFile(named: argument)) }
                continue
            }
            var inFolder: [FoundFile] = []
            let prefix = argument == "." ? "" : argument.hasSuffix("/") ? argument : argument + "/"
            let folder = URL(fileURLWithPath: argument).standardizedFileURL.path
            let boundary = Paths.boundary(of: folder)
            NoteFinder.walk(folder, relative: "") { relative, name, isLink in
                guard NoteFinder.isMarkdown(name) else { return }
                let path = Paths.display(prefix + relative)
                if !isSkipped(path) {
                    inFolder.append(FoundFile(path: path, location: Paths.joined(folder, relative), boundary: isLink ? boundary : nil))
                }
            } misnamed: { relative, isFolder in
                // A name that is not UTF-8 cannot be spelt back to open it: said, never skipped in silence.
                guard isFolder || NoteFinder.isMarkdown(relative) else { return }
                let path = Paths.display(prefix + relative)
                problems.append(Problem(kind: .unreadableFile, file: path, line: 1, column: 1,
                                        message: isFolder ? "the folder's name is not UTF-8 text, so its notes were not read: rename it"
                                            : "the file's name is not UTF-8 text, so it was not read: rename it"))
            }
            found += inFolder.sorted { $0.path < $1.path }
        }
        // A file reached twice (named, and in a folder also named) is read once.
        guard arguments.count > 1 else { return (found, problems) }
        var seen = Set<String>()
        return (found.filter { seen.insert($0.location).inserted }, problems)
    }

    private static func isMarkdown(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// Calls `visit` with the path relative to `root`, the name of every file below it, and
    /// whether it may be a link, skipping hidden entries and `skippedFolders`; `misnamed` with
    /// the path (`�` for the bytes that are not UTF-8) of an entry whose name is not UTF-8, and
    /// whether it is a folder. `readdir` says what each entry is, so no entry costs a `stat`;
    /// links to folders are not followed.
    private static func walk(_ root: String, relative: String, _ visit: (String, String, Bool) -> Void,
                             misnamed: (String, Bool) -> Void) {
        guard let folder = opendir(relative.isEmpty ? root : root + "/" + relative) else { return }
        defer { closedir(folder) }
        var folders: [String] = []
        while let entry = readdir(folder) {
            let read = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(validating: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let name = read else {
                let shown = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
                if !shown.hasPrefix(".") { misnamed(relative.isEmpty ? shown : relative + "/" + shown, Int32(entry.pointee.d_type) == Int32(DT_DIR)) }
                continue
            }
            guard !name.hasPrefix(".") else { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                if !skippedFolders.contains(name.lowercased()) { folders.append(path) }
            case Int32(DT_REG):
                visit(path, name, false)
            case Int32(DT_LNK):
                visit(path, name, true)
            case Int32(DT_UNKNOWN):
                // Some file systems do not say; ask.
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), isFolder.boolValue {
                    if !skippedFolders.contains(name.lowercased()) { folders.append(path) }
                } else {
                    visit(path, name, true)
                }
            default:
                break
            }
        }
        for child in folders { walk(root, relative: child, visit, misnamed: misnamed) }
    }

    /// Whether a Markdown file at `path` is a note: not a README-like file, not excluded.
    public func includes(_ path: String) -> Bool { !isSkipped(path) }

    private func isSkipped(_ path: String) -> Bool {
        let name = (Paths.lastComponent(of: path).map(String.init) ?? path).lowercased()
        if NoteFinder.skippedNames.contains(name) { return true }
        guard !exclude.isEmpty else { return false }
        let relative = Paths.relative(path, to: root)
        return Glob.matches(any: exclude, relative)
    }

}

/// Path globs as in `.gitignore`: `*` within a folder, `**` across folders, `?`, `[a-z]` and
/// `[!…]`, `{a,b}`; in a list, `!pattern` takes a path back out again.
public enum Glob {
    /// Whether `path` is matched by the list: the last pattern that matches decides, and a
    /// `!pattern` that matches takes the path back out (as in `.gitignore`).
    public static func matches(any patterns: [String], _ path: String) -> Bool {
        var matched = false
        for pattern in patterns {
            if pattern.hasPrefix("!") {
                if matched, matches(String(pattern.dropFirst()), path) { matched = false }
            } else if !matched, matches(pattern, path) {
                matched = true
            }
        }
        return matched
    }

    public static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = pattern
        while pattern.hasPrefix("./") { pattern.removeFirst(2) }
        // A pattern without a slash matches a name at any depth, as in .gitignore.
        if !pattern.contains("/") { pattern = "**/" + pattern }
        if pattern.hasSuffix("/") { pattern += "**" }
        let target = Array(path.unicodeScalars)[...]
        return expandingBraces(pattern).contains { expanded in
            var failed = Set<Int>()
            return match(Array(expanded.unicodeScalars)[...], target, failed: &failed)
        }
    }

    /// The most patterns one glob's `{a,b}` groups may make: each group multiplies them.
    public static let maximumExpansions = 1_000

    /// Why a pattern cannot be read (an unclosed `[` or `{`, braces that make too many
    /// patterns to try), or nil when it can.
    public static func problem(in pattern: String) -> String? {
        var brackets = 0, braces = 0
        for character in pattern.drop(while: { $0 == "!" }) {
            switch character {
            case "[": brackets += 1
            case "]": brackets = max(0, brackets - 1)
            case "{": braces += 1
            case "}": braces -= 1; if braces < 0 { return "a `}` without its `{`" }
            default: break
            }
        }
        if brackets > 0 { return "a `[` without its `]`" }
        if braces > 0 { return "a `{` without its `}`" }
        if expansionCount(Substring(pattern)) > maximumExpansions { return "`{…}` groups that make more than \(maximumExpansions) patterns" }
        return nil
    }

    /// How many patterns `expandingBraces` makes of `pattern`, counted without making them, and
    /// no further than one past `maximumExpansions` (twenty `{a,b}` groups make a million).
    static func expansionCount(_ pattern: Substring) -> Int {
        guard let (options, tail) = firstGroup(pattern) else { return 1 }
        var count = 0
        for option in options {
            count += expansionCount(option)
            if count > maximumExpansions { return maximumExpansions + 1 }
        }
        return min(maximumExpansions + 1, count * expansionCount(tail))
    }

    /// The options of the first `{…}` group and what follows it; nil without a closed group.
    private static func firstGroup(_ pattern: Substring) -> (options: [Substring], tail: Substring)? {
        guard let open = pattern.firstIndex(of: "{") else { return nil }
        var depth = 0
        var close: Substring.Index?
        var commas: [Substring.Index] = []
        for index in pattern[open...].indices {
            switch pattern[index] {
            case "{": depth += 1
            case "}": depth -= 1; if depth == 0 { close = index }
            case "," where depth == 1: commas.append(index)
            default: break
            }
            if close != nil { break }
        }
        guard let close else { return nil }
        var options: [Substring] = []
        var start = pattern.index(after: open)
        for comma in commas { options.append(pattern[start..<comma]); start = pattern.index(after: comma) }
        options.append(pattern[start..<close])
        return (options, pattern[pattern.index(after: close)...])
    }

    /// `{a,b}c` as `ac` and `bc` (nested braces too).
    static func expandingBraces(_ pattern: String) -> [String] {
        guard let open = pattern.firstIndex(of: "{"), let (options, tail) = firstGroup(pattern[...]) else { return [pattern] }
        let head = pattern[..<open]
        return options.flatMap { expandingBraces(String(head) + $0 + tail) }
    }

    /// Whether `s` matches `p`. Each place in the pattern and the path is tried once: a place
    /// that failed is remembered in `failed`, so `*a*a*a…b` costs the product of the two
    /// lengths, not a power of them.
    private static func match(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>, failed: inout Set<Int>) -> Bool {
        let place = p.startIndex &* (s.endIndex + 1) &+ s.startIndex
        if failed.contains(place) { return false }
        let matched = matchOnce(p, s, failed: &failed)
        if !matched { failed.insert(place) }
        return matched
    }

    private static func matchOnce(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>, failed: inout Set<Int>) -> Bool {
        guard let first = p.first else { return s.isEmpty }
        if first == "*" {
            if p.dropFirst().first == "*" {
                var rest = p.dropFirst(2)
                if rest.first == "/" { rest = rest.dropFirst() }
                // `**/` matches zero or more whole folders.
                var index = s.startIndex
                while true {
                    if match(rest, s[index...], failed: &failed) { return true }
                    guard let slash = s[index...].firstIndex(of: "/") else { return rest.isEmpty ? true : false }
                    index = slash + 1
                }
            }
            var index = s.startIndex
            while true {
                if match(p.dropFirst(), s[index...], failed: &failed) { return true }
                guard index < s.endIndex, s[index] != "/" else { return false }
                index += 1
            }
        }
        guard let c = s.first else { return false }
        if first == "[", let close = p.dropFirst().firstIndex(of: "]") {
            // A class: `[abc]`, `[a-z]`, `[!abc]` or `[^abc]`; never a `/`.
            var set = p[(p.startIndex + 1)..<close]
            let negated = set.first == "!" || set.first == "^"
            if negated { set = set.dropFirst() }
            var inClass = false
            var index = set.startIndex
            while index < set.endIndex {
                if index + 2 < set.endIndex, set[index + 1] == "-" {
                    if set[index].value <= c.value && c.value <= set[index + 2].value { inClass = true }
                    index += 3
                } else {
                    if set[index] == c { inClass = true }
                    index += 1
                }
            }
            return c != "/" && inClass != negated && match(p[(close + 1)...], s.dropFirst(), failed: &failed)
        }
        if first == "?" ? c != "/" : first == c { return match(p.dropFirst(), s.dropFirst(), failed: &failed) }
        return false
    }
}
