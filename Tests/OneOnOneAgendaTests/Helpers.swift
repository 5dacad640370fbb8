import Foundation
import OneOnOneAgenda
import OneOnOneChecks
import OneOnOneCore
import OneOnOneReports

/// The package's root folder, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The example notes' day (examples/notes/README.md).
let exampleDay = Day(iso: "2026-11-20")!

/// Notes at hand, read as one run with Sam as the manager.
func notebook(_ notes: [(path: String, text: String)], options: ParseOptions = ParseOptions(manager: "sam"), asOf: Day = exampleDay) -> Notebook {
    NotebookLoader(options: options, asOf: asOf).load(sources: notes.map {
        NoteSource(path: $0.path, folderName: URL(fileURLWithPath: $0.path).deletingLastPathComponent().lastPathComponent, text: $0.text)
    })
}

/// The agenda for `person` in `notebook`, with the shipped templates and questions.
func agenda(_ person: String, in notebook: Notebook, options: ParseOptions = ParseOptions(manager: "sam"),
            asOf: Day = exampleDay, date: Day? = nil, dateStyle: DateStyle = .iso) throws -> Agenda {
    try AgendaMaker(options: options, asOf: asOf)
        .agenda(for: person, series: notebook.series.first { $0.person == person }, date: date, dateStyle: dateStyle)
}

/// A temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oneonone-agenda-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Compares `text` with the reviewed file `Golden/NAME`; `ONEONONE_UPDATE_GOLDEN=1` rewrites it.
func matchesGolden(_ text: String, _ name: String) throws -> Bool {
    let file = packageRoot.appendingPathComponent("Tests/OneOnOneAgendaTests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["ONEONONE_UPDATE_GOLDEN"] == "1" {
        try text.write(to: file, atomically: true, encoding: .utf8)
        return true
    }
    return try String(contentsOf: file, encoding: .utf8) == text
}
