import Dispatch
import Foundation

/// Reads notes into a notebook: finds the files, reads and parses them concurrently, gathers
/// meetings into series, settles each series' cadence and links its action items.
public struct NotebookLoader: Sendable {
    public var options: ParseOptions
    public var finder: NoteFinder
    /// The day the run is about (`--as-of`): a note not yet committed is dated in its year.
    public var asOf: Day

    public init(options: ParseOptions = ParseOptions(), finder: NoteFinder = NoteFinder(), asOf: Day = .today) {
        self.options = options
        self.finder = finder
        self.asOf = asOf
    }

    /// Reads every note reached from `paths` (files and folders).
    public func load(paths: [String]) -> Notebook {
        let (files, problems) = finder.files(in: paths)
        var notebook = load(files: files)
        notebook.problems = problems + notebook.problems
        return notebook
    }

    /// Reads the given files from disk.
    public func load(files: [FoundFile]) -> Notebook {
        let parser = NoteParser(options: options)
        let options = self.options
        let parsed = files.parallelMap { file in
            NotebookLoader.parse(file, with: parser, shared: options.isShared(file.path))
        }
        return settled(parsed) { index, parser in NotebookLoader.parse(files[index], with: parser, shared: options.isShared(files[index].path)) }
    }

    /// Reads notes whose content is already at hand (the git index, tests), with `files` read
    /// from disk beside them. `folder` is where each note lives (absolute, or as given): its name
    /// is a one-meeting file's series, as it is for a note read from disk.
    public func load(contents: [(path: String, folder: String, data: Data)], files: [FoundFile] = [],
                     yearHint: @escaping @Sendable (String) -> YearHint? = { _ in nil }) -> Notebook {
        let parser = NoteParser(options: options)
        let options = self.options
        let parsed = contents.map { ($0.path, $0.folder, $0.data) }.parallelMap { path, folder, data -> ParsedNote in
            NotebookLoader.read(path: path, folder: folder, data: data, with: parser, shared: options.isShared(path)) { yearHint(path) }
        }
        func fromDisk(_ file: FoundFile, with parser: NoteParser) -> ParsedNote {
            NotebookLoader.parse(file, with: parser, shared: options.isShared(file.path)) { yearHint(file.path) }
        }
        return settled(parsed + files.map { fromDisk($0, with: parser) }) { index, parser in
            guard index < contents.count else { return fromDisk(files[index - contents.count], with: parser) }
            let note = contents[index]
            return NotebookLoader.read(path: note.path, folder: note.folder, data: note.data, with: parser, shared: options.isShared(note.path)) { yearHint(note.path) }
        }
    }

    /// The one way a note's bytes become a parsed note, whichever way they were read: bytes that
    /// are not UTF-8 text are an `unreadable-file` problem; the series of a one-meeting file is
    /// the name of its folder.
    static func read(path: String, folder: String, data: Data, with parser: NoteParser, shared: Bool, yearHint: () -> YearHint?) -> ParsedNote {
        do throws(Unreadable) {
            return parser.parse(try source(path: path, folder: folder, data: data, shared: shared), yearHint: yearHint)
        } catch {
            return unreadable(path, shared: shared, error.description)
        }
    }

    /// A note's bytes as the text the parser reads.
    static func source(path: String, folder: String, data: some ContiguousBytes, shared: Bool) throws(Unreadable) -> NoteSource {
        let text = try data.withUnsafeBytes(decode).get()
        let name = Paths.lastComponent(of: folder).map(String.init) ?? ""
        return NoteSource(path: path, folderName: name, text: text, isSharedByConfig: shared)
    }

    /// Reads notes whose text is already at hand (tests).
    public func load(sources: [NoteSource], yearHint: @escaping @Sendable (String) -> YearHint? = { _ in nil }) -> Notebook {
        let parser = NoteParser(options: options)
        let parsed = sources.parallelMap { source in parser.parse(source) { yearHint(source.path) } }
        return settled(parsed) { index, parser in parser.parse(sources[index]) { yearHint(sources[index].path) } }
    }

    /// Settles the run's date order (`dateOrder(shown:)`), reads the notes whose meeting dates
    /// were ambiguous again in it, and makes the notes a notebook.
    func settled(_ parsed: [ParsedNote], reparse: (Int, NoteParser) -> ParsedNote) -> Notebook {
        let (choice, reparser) = dateOrder(shown: parsed.reduce(into: []) { $0.formUnion($1.shownOrders) })
        var parsed = parsed
        if let reparser {
            for index in parsed.indices where parsed[index].hasAmbiguousDate { parsed[index] = reparse(index, reparser) }
        }
        var notebook = NotebookLoader.assemble(parsed, options: options)
        notebook.dateOrder = choice
        return notebook
    }

    /// Why bytes are not a note's text.
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// The text of a note's bytes, or why they are not text.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> Result<String, Unreadable> {
        if isUTF16(bytes) { return .failure(Unreadable(description: "the file is UTF-16 text; save it as UTF-8")) }
        let hasNul = bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        if hasNul { return .failure(Unreadable(description: "the file looks binary (it holds NUL bytes), not Markdown text")) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Unreadable(description: "the file is not UTF-8 text; save it as UTF-8 (it may be Latin-1 or UTF-16)"))
        }
        return .success(text)
    }

    /// A UTF-16 byte-order mark, or text whose every other byte is NUL (ASCII in UTF-16).
    static func isUTF16(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let sample = bytes.prefix(512)
        guard sample.count >= 4, sample.count % 2 == 0 else { return false }
        let evenNul = stride(from: 0, to: sample.count, by: 2).allSatisfy { sample[$0] == 0 }
        let oddNul = stride(from: 1, to: sample.count, by: 2).allSatisfy { sample[$0] == 0 }
        return evenNul != oddNul
    }

    static func unreadable(_ path: String, shared: Bool, _ message: String) -> ParsedNote {
        ParsedNote(meetings: [], file: NoteFile(path: path, isShared: shared, directives: [], privateParts: []),
                   problems: [Problem(kind: .unreadableFile, file: path, line: 1, column: 1, message: message)])
    }

    /// Reads one file; what cannot be read as UTF-8 text becomes an `unreadable-file` problem.
    /// `yearHint` by default from the file's git history or modification time.
    static func parse(_ file: FoundFile, with parser: NoteParser, shared: Bool, yearHint: (() -> YearHint?)? = nil) -> ParsedNote {
        do throws(Unreadable) {
            return parser.parse(try source(of: file, shared: shared), yearHint: yearHint ?? NotebookLoader.yearHint(for: file))
        } catch {
            return unreadable(file.path, shared: shared, error.description)
        }
    }

    /// A found file's text. Only the notes are read: a link is followed only when it stays inside them.
    static func source(of file: FoundFile, shared: Bool) throws(Unreadable) -> NoteSource {
        if let boundary = file.boundary {
            guard let inside = Paths.leadsInside(file.location, boundary) else {
                let reason = errno == ELOOP ? "it is a link that leads back to itself (a link loop)"
                    : errno == EACCES ? "permission denied" : "it does not exist (a broken link?)"
                throw Unreadable(description: "cannot read the file: \(reason)")
            }
            guard inside else {
                throw Unreadable(description: "the file is a link to a file outside the notes; it was not read")
            }
        }
        guard let bytes = contents(of: file.location) else {
            let files = FileManager.default
            let reason = !files.fileExists(atPath: file.location) ? "it does not exist (a broken link?)"
                : !files.isReadableFile(atPath: file.location) ? "permission denied"
                : files.fileExists(atPath: file.location + "/.") ? "it is a folder" : "it could not be read"
            throw Unreadable(description: "cannot read the file: \(reason)")
        }
        return try source(path: file.path, folder: file.folder, data: bytes, shared: shared)
    }

    /// A regular file's bytes, read with `open` and `read` (Foundation's `Data(contentsOf:)`
    /// and its URLs cost more than the read); nil when it cannot be opened or is no regular file.
    static func contents(of path: String) -> [UInt8]? {
        // Non-blocking, so that a FIFO cannot stall the run before fstat turns it away.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        // One byte more than its size, so one read also sees its end; a file that grew meanwhile is read on.
        var bytes = [UInt8](repeating: 0, count: max(0, Int(status.st_size)) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let read = bytes.withUnsafeMutableBytes { buffer in Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count) }
            if read == 0 { break }
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            count += read
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Where the year of a meeting date written without one comes from: the file's first
    /// commit, else its modification time. Git is asked only when such a date is found, which is rare.
    static func yearHint(for file: FoundFile) -> () -> YearHint? {
        {
            if let git = Git(at: file.folder), file.location.hasPrefix(git.root + "/"),
               let year = git.firstCommitYear(of: String(file.location.dropFirst(git.root.count + 1))) {
                return YearHint(year: year)
            }
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.location)
            return (attributes?[.modificationDate] as? Date).map { YearHint(year: Day($0).year, guessedFrom: "the file's modification time (it has no git history)") }
        }
    }

    /// Gathers parsed files into series in date order.
    /// `persons` are the run's series when it is read in parts; by default, the series of `parsed`.
    static func assemble(_ parsed: [ParsedNote], options: ParseOptions, persons: Set<String>? = nil) -> Notebook {
        var byPerson: [String: [Meeting]] = [:]
        for note in parsed {
            for meeting in note.meetings { byPerson[meeting.person, default: []].append(meeting) }
        }
        // Names are not what an action item is about: thread matching looks past every name in the run.
        var names = options.knownNames
        names.formUnion(persons ?? Set(byPerson.keys))
        let ignoredWords = Set(names.flatMap { Words.of($0) })
        let series = byPerson.sorted { $0.key < $1.key }.parallelMap { person, meetings in
            // Same-day notes in file-name order, extension aside: `2026-10-13.md` before `2026-10-13-afternoon.md`.
            // By date, file (without extension) and line; the file is looked at only when dates tie.
            let sorted = meetings.sorted { a, b in
                if a.date != b.date { return a.date < b.date }
                let (fileA, fileB) = (a.file.withoutExtension, b.file.withoutExtension)
                return fileA != fileB ? fileA < fileB : a.line < b.line
            }
            let kind = options.people[person]?.kind ?? commonKind(of: sorted)
            var one = Series(person: person, kind: kind, cadence: cadence(of: sorted, kind: kind, configured: options.people[person]?.cadence), meetings: sorted)
            ItemThreads.link(&one, ignoring: ignoredWords)
            return one
        }
        return Notebook(series: series, files: parsed.map(\.file), problems: parsed.flatMap(\.problems))
    }

    /// A series is skip-level when most of its meetings say so; career conversations do not decide.
    static func commonKind(of meetings: [Meeting]) -> MeetingKind {
        let kinds = meetings.map(\.kind).filter { $0 != .career }
        let skip = kinds.filter { $0 == .skipLevel }.count
        return skip * 2 > kinds.count ? .skipLevel : .oneOnOne
    }

    /// The config's cadence, else front matter's, else the median gap of held meetings when there
    /// are at least three gaps, else weekly (skip-levels: 90 days).
    static func cadence(of meetings: [Meeting], kind: MeetingKind, configured: Int?) -> Cadence {
        if let configured { return Cadence(days: configured, source: .config) }
        if let written = meetings.last(where: { $0.cadence != nil })?.cadence { return Cadence(days: written, source: .frontMatter) }
        var dates: [Day] = []
        for meeting in meetings where meeting.status.isHeld && dates.last != meeting.date { dates.append(meeting.date) }
        let gaps = zip(dates, dates.dropFirst()).map { $1.days(since: $0) }.sorted()
        if gaps.count >= 3 {
            let middle = gaps.count / 2
            let median = gaps.count % 2 == 1 ? gaps[middle] : Int((Double(gaps[middle - 1] + gaps[middle]) / 2).rounded())
            return Cadence(days: median, source: .inferred)
        }
        return Cadence(days: kind == .skipLevel ? 90 : 7, source: .default)
    }
}

extension String {
    var withoutExtension: Substring {
        guard let dot = lastIndex(of: "."), !self[dot...].contains("/" as Character) else { return self[...] }
        return self[..<dot]
    }
}

extension ParseOptions {
    /// Whether a `shared` glob of the configuration covers `path`.
    public func isShared(_ path: String) -> Bool {
        guard !sharedGlobs.isEmpty else { return false }
        let relative = Paths.relative(path, to: root)
        return Glob.matches(any: sharedGlobs, relative)
    }
}

extension Array where Element: Sendable {
    /// `map` over both cores: each element is transformed on whichever thread is free, and the
    /// results keep the elements' order. A handful of elements is mapped on this thread: waking
    /// the pool costs more than it saves (a hook run, a staged note, one fuzz input).
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 8 else { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.store(transform(self[index]), at: index)
            }
        }
        return results.values
    }
}

/// One slot per result, each written by exactly one iteration of `concurrentPerform`.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) { slots[index] = value }

    var values: [Value] { slots.map { $0! } }
}
