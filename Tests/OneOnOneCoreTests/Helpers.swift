import Foundation
@testable import OneOnOneCore

/// The package's root folder, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Parses one note as if it were the file at `path`.
func parse(_ markdown: String, at path: String = "alice/2026-03-04.md", options: ParseOptions = ParseOptions(manager: "sam"), year: Int? = nil) -> ParsedNote {
    let folder = path.split(separator: "/").dropLast().last.map(String.init) ?? "notes"
    return NoteParser(options: options).parse(NoteSource(path: path, folderName: folder, text: markdown)) { year.map { YearHint(year: $0) } }
}

/// Reads several notes into one notebook.
func notebook(_ files: [(String, String)], options: ParseOptions = ParseOptions(manager: "sam")) -> Notebook {
    NotebookLoader(options: options).load(sources: files.map { path, text in
        NoteSource(path: path, folderName: path.split(separator: "/").dropLast().last.map(String.init) ?? "notes", text: text)
    })
}

/// The only meeting of a one-meeting note.
func meeting(_ markdown: String, at path: String = "alice/2026-03-04.md", options: ParseOptions = ParseOptions(manager: "sam")) -> Meeting? {
    let note = parse(markdown, at: path, options: options)
    return note.meetings.count == 1 ? note.meetings[0] : nil
}

/// Compares `actual` with a reviewed golden file; `ONEONONE_UPDATE_GOLDEN=1 swift test` rewrites it.
func golden(_ name: String, _ actual: String) -> String? {
    let url = packageRoot.appendingPathComponent("Tests/OneOnOneCoreTests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["ONEONONE_UPDATE_GOLDEN"] != nil {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
    }
    return try? String(contentsOf: url, encoding: .utf8)
}

/// Every string a value holds, however deeply: what a private-text test searches, so that no
/// field of the model can carry a private word unnoticed.
func strings(in value: Any) -> [String] {
    if let text = value as? String { return [text] }
    return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
}
