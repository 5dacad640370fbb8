import Foundation
import OneOnOneCore

/// What `agenda --write` does to the notes, as a value: a new file, or a new meeting section
/// put into a running doc with every other byte kept. `apply` performs it atomically.
public enum NoteEdit: Sendable, Equatable {
    /// A new file; never over an existing one.
    case create(path: String, contents: String)
    /// `section` put into the running doc at `path`, at byte `offset` of `original`.
    case insert(path: String, original: Data, offset: Int, section: String)

    public var path: String {
        switch self {
        case .create(let path, _), .insert(let path, _, _, _): return path
        }
    }

    /// What the edit adds: the new file, or the new section.
    public var added: String {
        switch self {
        case .create(_, let contents): return contents
        case .insert(_, _, _, let section): return section
        }
    }

    /// The file's bytes after the edit.
    public var contents: Data {
        switch self {
        case .create(_, let contents): return Data(contents.utf8)
        case .insert(_, let original, let offset, let section):
            // In the doc's own line endings: a doc written with CRLF stays CRLF throughout.
            let written = NoteEdit.usesCRLF(original) ? section.replacingOccurrences(of: "\n", with: "\r\n") : section
            return original.prefix(offset) + Data(written.utf8) + original.dropFirst(offset)
        }
    }

    /// The folder a person's first note goes in: their name as one path component (`a/b` is
    /// `a-b`, `../x` is `x`), so a name from the configuration never leads out of the notes.
    static func folderName(for person: String) -> String {
        let name = person.map { $0 == "/" || $0 == "\\" || $0.isNewline ? "-" : $0 }.drop { $0 == "." || $0 == "-" }
        return name.isEmpty ? "person" : String(name)
    }

    /// Whether the file's first line ends in CR LF.
    static func usesCRLF(_ data: Data) -> Bool {
        guard let newline = data.firstIndex(of: 10) else { return false }
        return newline > data.startIndex && data[data.index(before: newline)] == 13
    }

    /// The edit for `agenda` in the series' notes: a file beside its latest note, named the
    /// way that note is, or a section in its running doc (`docText` is the doc's bytes).
    /// `folder` is where a series with no notes yet gets its first (`folder/person/DATE.md`).
    public static func placing(_ agenda: Agenda, series: Series?, notebook: Notebook, folder: String,
                               read: (String) -> Data?) throws(AgendaError) -> NoteEdit {
        if let clash = series?.meetings.first(where: { $0.date == agenda.date }) {
            throw AgendaError("\(clash.file):\(clash.line): there is already a meeting on \(agenda.date); nothing written (pass --date for another day)", isRefusal: true)
        }
        guard let latest = series?.meetings.last else {
            return .create(path: "\(folder)/\(NoteEdit.folderName(for: agenda.person))/\(agenda.date).md", contents: agenda.note)
        }
        if let file = notebook.files.first(where: { $0.path == latest.file }), let doc = file.runningDoc {
            guard let original = read(latest.file) else { throw AgendaError("\(latest.file): cannot be read; nothing written") }
            let lines = series?.meetings.filter { $0.file == latest.file }.map(\.line) ?? []
            return insert(agenda, into: original, path: latest.file, doc: doc, firstMeetingLine: lines.min() ?? 1)
        }
        let url = URL(fileURLWithPath: latest.file)
        let name = url.lastPathComponent
        let newName: String
        if let (range, style) = DateStyle.first(in: name, order: nil) {
            newName = name.replacingCharacters(in: range, with: style.format(agenda.date))
        } else {
            newName = "\(agenda.date).md"
        }
        let path = url.deletingLastPathComponent().relativePath == "." ? newName
            : (latest.file as NSString).deletingLastPathComponent + "/" + newName
        return .create(path: path, contents: agenda.note)
    }

    /// The meeting as a running doc's section: its dated heading at the doc's level, the note's
    /// sections below it, at the newest end of the doc.
    static func insert(_ agenda: Agenda, into original: Data, path: String, doc: RunningDoc, firstMeetingLine: Int) -> NoteEdit {
        let heading = String(repeating: "#", count: doc.headingLevel) + " " + doc.dateStyle.format(agenda.date)
        let body = NoteEdit.body(of: agenda.note, shiftedBy: doc.headingLevel - 1)
        let section = heading + "\n\n" + body
        if doc.newestFirst {
            // Above the newest meeting: at the start of its heading's line.
            var offset = 0, line = 1
            for byte in original where line < firstMeetingLine {
                offset += 1
                if byte == UInt8(ascii: "\n") { line += 1 }
            }
            return .insert(path: path, original: original, offset: offset, section: section + "\n")
        }
        let separator = original.isEmpty ? "" : original.last == UInt8(ascii: "\n") ? "\n" : "\n\n"
        return .insert(path: path, original: original, offset: original.count, section: separator + section)
    }

    /// A note without its front matter and title heading, its other headings `shift` levels
    /// deeper (outside code fences), ending in one newline.
    static func body(of note: String, shiftedBy shift: Int) -> String {
        var lines = note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { lines.removeSubrange(0...end) }
        if let title = lines.firstIndex(where: { $0.hasPrefix("# ") }) { lines.remove(at: title) }
        var fence: String?
        for index in lines.indices {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence = String(trimmed.prefix(3)); continue }
            let level = line.prefix(while: { $0 == "#" }).count
            if (1...6).contains(level), line.dropFirst(level).first == " " {
                lines[index] = String(repeating: "#", count: min(6, level + shift)) + line.dropFirst(level)
            }
        }
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Performs the edit: the new bytes go to a temporary file in the same folder, which then
    /// takes the file's place in one step, so an interrupted run leaves the original as it was.
    /// A new file is never put over one that appeared meanwhile. A running doc that is a link is
    /// written where it leads, the link kept, and keeps its permissions (notes kept `0600` stay
    /// so). `beforeRename` lets tests fail at the last moment.
    public func apply(beforeRename: () throws -> Void = {}) throws(AgendaError) {
        let target: String
        if case .insert = self { target = Paths.realPath(path) ?? path } else { target = path }
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.oneonone-\(UUID().uuidString).tmp"
        do {
            if case .create = self, !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            guard FileManager.default.createFile(atPath: temporary, contents: contents) else {
                throw AgendaError("\(path): cannot write in \(folder.isEmpty ? "." : folder) (permission denied or the disk is full); nothing written")
            }
            defer { unlink(temporary) }
            try beforeRename()
            switch self {
            case .create:
                // link(2) fails when the name is taken: a file never replaces another.
                guard link(temporary, path) == 0 else {
                    throw errno == EEXIST ? AgendaError("\(path) already exists; nothing written", isRefusal: true)
                        : AgendaError("\(path): cannot be written (\(String(cString: strerror(errno)))); nothing written")
                }
            case .insert(_, let original, _, _):
                guard FileManager.default.contents(atPath: target) == original else {
                    throw AgendaError("\(path) changed while the agenda was made; nothing written, run it again")
                }
                var status = stat()
                if stat(target, &status) == 0 { chmod(temporary, status.st_mode & 0o7777) }
                guard rename(temporary, target) == 0 else {
                    throw AgendaError("\(path): cannot be replaced (\(String(cString: strerror(errno)))); nothing written")
                }
            }
        } catch let error as AgendaError {
            throw error
        } catch {
            throw AgendaError("\(path): \(error.localizedDescription); nothing written")
        }
    }
}
