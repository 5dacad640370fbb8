import Foundation

extension NotebookLoader {
    /// About how many notes a part holds: a thousand parsed notes take some 15 MB, and a part
    /// that size keeps both cores busy.
    public static let notesPerPart = 1000

    /// Reads the notes of `selection` a part at a time and hands each part to `body`, with the
    /// files to report on in it (nil for all): a run over a whole repository holds one part's
    /// notes, then only what `body` keeps of them (`lint` keeps findings). A hook's or a pull
    /// request's few notes and their folders come as one part.
    ///
    /// Each part is whole series with their files, read with the run's date order and names, so
    /// a rule finds in a part exactly what it finds in the whole notebook.
    /// - Returns: the files reported on, in the order the whole notebook lists them.
    public func forEachPart(_ selection: Selection, notesPerPart: Int = NotebookLoader.notesPerPart,
                            _ body: (Notebook, Set<String>?) -> Void) throws(SelectionError) -> [String] {
        if case .paths(let paths) = selection {
            return forEachPart(paths: paths.isEmpty ? ["."] : paths, notesPerPart: notesPerPart) { body($0, nil) }
        }
        let selected = try load(selection)
        body(selected.notebook, selected.reported)
        return selected.notebook.files.map(\.path).filter { selected.reported?.contains($0) ?? true }
    }

    /// `load(paths:)`, a part at a time.
    ///
    /// Every file is read first and filed under its series: a one-meeting file dated by its front
    /// matter or name is only read (`NoteParser.filing`); any other note is parsed at once, since
    /// only parsing tells its series. That settles the run's date order and its names, and joins
    /// the notes that share a series. Then each part is parsed, handed on, and let go.
    func forEachPart(paths: [String], notesPerPart: Int, _ body: (Notebook) -> Void) -> [String] {
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
            body(notebook)
        }
        for group in groups where !group.isEmpty {
            part += group
            if part.count >= notesPerPart { handOn() }
        }
        if !part.isEmpty || isFirst { handOn() }
        return files.map(\.path)
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
