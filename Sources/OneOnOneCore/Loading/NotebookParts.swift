import Foundation

extension NotebookLoader {
    /// About how many notes a part holds: a thousand parsed notes take some 15 MB, and a part
    /// that size keeps both cores busy.
    public static let notesPerPart = 1000

    /// Reads the notes of `selection` a part at a time and hands each part to `transform`, with
    /// the files to report on in it (nil for all): a run over a whole repository holds one part's
    /// notes being parsed and one being transformed, then only what `transform` returns (`lint`
    /// keeps findings). A hook's or a pull request's few notes and their folders come as one part.
    ///
    /// Each part is whole series with their files, read with the run's date order and names, so
    /// a rule finds in a part exactly what it finds in the whole notebook. A part is transformed
    /// while the next is parsed, one part at a time, and the results come in part order.
    /// - Returns: the parts' results, and the files reported on, in the order the whole notebook lists them.
    public func mapParts<Result: Sendable>(_ selection: Selection, notesPerPart: Int = NotebookLoader.notesPerPart,
                                           _ transform: @escaping @Sendable (Notebook, Set<String>?) -> Result)
        throws(SelectionError) -> (results: [Result], files: [String]) {
        if case .paths(let paths) = selection {
            return mapParts(paths: paths.isEmpty ? ["."] : paths, notesPerPart: notesPerPart) { transform($0, nil) }
        }
        let selected = try load(selection)
        let files = selected.notebook.files.map(\.path).filter { selected.reported?.contains($0) ?? true }
        return ([transform(selected.notebook, selected.reported)], files)
    }

    /// `load(paths:)`, a part at a time.
    ///
    /// Every file is read first and filed under its series: a one-meeting file dated by its front
    /// matter or name is only read (`NoteParser.filing`); any other note is parsed at once, since
    /// only parsing tells its series. That settles the run's date order and its names, and joins
    /// the notes that share a series. Then each part is parsed, handed on, and let go.
    func mapParts<Result: Sendable>(paths: [String], notesPerPart: Int,
                                    _ transform: @escaping @Sendable (Notebook) -> Result) -> (results: [Result], files: [String]) {
        let (files, finderProblems) = finder.files(in: paths)
        let parser = NoteParser(options: options)
        let options = self.options
        var notes: [PendingNote?] = files.parallelMap { file -> PendingNote in
            let shared = options.isShared(file.path)
            do throws(Unreadable) {
                let source = try NotebookLoader.source(of: file, shared: shared)
                let head = parser.head(of: source)
                if let filing = parser.filing(of: source, head: head) { return .filed(source, head, filing) }
                return .parsed(parser.parse(source, head: head, yearHint: NotebookLoader.yearHint(for: file)))
            } catch {
                return .parsed(NotebookLoader.unreadable(file.path, shared: shared, error.description))
            }
        }

        let (dateOrder, reparser) = self.dateOrder(shown: notes.reduce(into: []) { $0.formUnion($1?.shownOrders ?? []) })
        if let reparser {
            for index in notes.indices {
                guard case .parsed(let note)? = notes[index], note.hasAmbiguousDate else { continue }
                notes[index] = .parsed(NotebookLoader.parse(files[index], with: reparser, shared: options.isShared(files[index].path)))
            }
        }

        // Notes that share a series share a part: each note joins the first note of every series
        // it holds (union-find, the smallest index leading each group).
        var leader = Array(notes.indices)
        func lead(_ index: Int) -> Int {
            var index = index
            while leader[index] != index {
                leader[index] = leader[leader[index]]
                index = leader[index]
            }
            return index
        }
        var firstOfSeries: [String: Int] = [:]
        for index in notes.indices {
            for person in notes[index]?.persons ?? [] {
                guard let first = firstOfSeries[person] else {
                    firstOfSeries[person] = index
                    continue
                }
                let (a, b) = (lead(index), lead(first))
                leader[max(a, b)] = min(a, b)
            }
        }
        let persons = Set(firstOfSeries.keys)
        // Each group's notes, at its leader's index.
        var groups = Array(repeating: [Int](), count: notes.count)
        for index in notes.indices { groups[lead(index)].append(index) }

        let pipeline = PartPipeline<Result>()
        var part: [Int] = []
        var isFirst = true
        func handOn() {
            part.sort()
            let taken = part.compactMap { index in notes[index].map { ($0, files[index]) } }
            for index in part { notes[index] = nil }
            let parsed = taken.parallelMap { note, file -> ParsedNote in
                switch note {
                case .parsed(let parsed): parsed
                case .filed(let source, let head, _): parser.parse(source, head: head, yearHint: NotebookLoader.yearHint(for: file))
                }
            }
            var notebook = NotebookLoader.assemble(parsed, options: options, persons: persons)
            notebook.dateOrder = dateOrder
            if isFirst { notebook.problems = finderProblems + notebook.problems }
            isFirst = false
            part = []
            pipeline.submit { [notebook] in transform(notebook) }
        }
        for group in groups where !group.isEmpty {
            part += group
            if part.count >= notesPerPart { handOn() }
        }
        if !part.isEmpty || isFirst { handOn() }
        // A file the finder could not read (a name that is not UTF-8) counts as one linted.
        return (pipeline.results(), files.map(\.path) + finderProblems.map(\.file))
    }

    /// The run's date order (PRODUCT.md, "Where the date is"): the configuration's, else the one
    /// the run's unambiguous numeric dates all show (a folder of `3-24`, `3-28` and `4-15` writes
    /// month first, so its `4-3` is April 3), with the parser that reads the notes whose meeting
    /// dates were ambiguous again in that order. When the dates show no order, or both, there is
    /// none, and those dates stay `undated-meeting` errors.
    func dateOrder(shown: Set<DateOrder>) -> (DateOrderChoice?, reparser: NoteParser?) {
        if let configured = options.dateOrder { return (DateOrderChoice(order: configured, source: .configuration), nil) }
        guard shown.count == 1, let order = shown.first else { return (nil, nil) }
        var inferred = options
        inferred.dateOrder = order
        return (DateOrderChoice(order: order, source: .notes), NoteParser(options: inferred))
    }
}

/// Transforms parts on a queue of their own, so one part is transformed while the next is
/// parsed: the cores stay busy where a part ends. One transform at a time, in order, and a part
/// waits for the one before it to finish, so no more than two parts are ever held.
private final class PartPipeline<Result: Sendable>: @unchecked Sendable {
    private let queue = DispatchQueue(label: "oneonone.parts")
    private let running = DispatchGroup()
    private let idle = DispatchSemaphore(value: 1)
    /// Appended on `queue` only; read once `running` is done.
    private var done: [Result] = []

    func submit(_ work: @escaping @Sendable () -> Result) {
        idle.wait()
        queue.async(group: running) {
            let result = work()
            self.done.append(result)
            self.idle.signal()
        }
    }

    /// Every part's result, once the last is transformed.
    func results() -> [Result] {
        running.wait()
        return done
    }
}

/// A note between being read and being parsed in its part.
private enum PendingNote: Sendable {
    /// Read and filed, to be parsed with its part from the head filing read.
    case filed(NoteSource, NoteParser.Head, NoteParser.Filing)
    /// Parsed already: its series could not be told otherwise, or it could not be read.
    case parsed(ParsedNote)

    /// The series the note holds meetings of.
    var persons: [String] {
        switch self {
        case .filed(_, _, let filing): [filing.person]
        case .parsed(let note): note.meetings.map(\.person)
        }
    }

    var shownOrders: Set<DateOrder> {
        switch self {
        case .filed(_, _, let filing): filing.shownOrders
        case .parsed(let note): note.shownOrders
        }
    }
}
