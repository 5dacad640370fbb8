/// One Markdown file to read.
public struct NoteSource: Sendable {
    /// The path as reached from the arguments; it names the file in every output.
    public var path: String
    /// The name of the folder holding the file: a one-meeting file's series by default.
    public var folderName: String
    public var text: String
    /// Matched by a `shared` glob of the configuration.
    public var isSharedByConfig: Bool

    public init(path: String, folderName: String, text: String, isSharedByConfig: Bool = false) {
        self.path = path
        self.folderName = folderName
        self.text = text
        self.isSharedByConfig = isSharedByConfig
    }

    var fileName: Substring { Paths.lastComponent(of: path) ?? Substring(path) }

    /// The file name without `.md` / `.markdown`.
    var stem: String {
        let name = fileName
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }
}

extension String {
    /// `\r\n` and lone `\r` as `\n`: CommonMark ends lines at all three, and every line number
    /// here must agree with cmark's.
    var withUnixLineEndings: String {
        guard hasByte(13) else { return self }
        return replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

/// The year for a meeting date written without one.
public struct YearHint: Sendable {
    public var year: Int
    /// Where the year was guessed from when git could not say (`the file's modification time`);
    /// nil when it is the year of the file's first commit.
    public var guessedFrom: String?

    public init(year: Int, guessedFrom: String? = nil) {
        self.year = year
        self.guessedFrom = guessedFrom
    }
}

/// What one file holds.
public struct ParsedNote: Sendable {
    public var meetings: [Meeting]
    public var file: NoteFile
    public var problems: [Problem]
    /// The orders this note's numeric meeting dates show by themselves (`3-24` shows month first).
    var shownOrders: Set<DateOrder> = []
    /// Whether a meeting date was ambiguous for want of a configured order: the note is read
    /// again when the run's other dates show one (`NotebookLoader.settleDateOrder`).
    var hasAmbiguousDate: Bool { problems.contains { if case .ambiguous = $0.undated { return true } else { return false } } }
}

/// Reads one note file into meetings: one meeting per file, or a running doc of many
/// (PRODUCT.md, "The notes format").
public struct NoteParser: Sendable {
    public var options: ParseOptions

    public init(options: ParseOptions = ParseOptions()) {
        self.options = options
    }

    /// - Parameter yearHint: the year for a meeting date written without one (the file's first
    ///   commit, else its modification time); asked only when such a date is found.
    public func parse(_ source: NoteSource, yearHint: () -> YearHint? = { nil }) -> ParsedNote {
        parse(source, head: head(of: source), yearHint: yearHint)
    }

    /// A note's text with its front matter read: the first step of parsing, and all that filing
    /// a note needs (`filing(of:head:)`); a filed note is parsed on from it, not read again.
    struct Head: Sendable {
        /// The note's text with Unix line endings.
        var text: String
        var yaml: Substring?
        var body: Substring
        var bodyLineOffset: Int
        var front: FrontMatter
    }

    func head(of source: NoteSource) -> Head {
        let text = source.text.withUnixLineEndings
        let split = FrontMatter.split(text)
        let front = split.yaml.map { FrontMatter(yaml: $0, order: options.dateOrder) } ?? FrontMatter()
        return Head(text: text, yaml: split.yaml, body: split.body, bodyLineOffset: split.bodyLineOffset, front: front)
    }

    /// `parse` from the note's head.
    func parse(_ source: NoteSource, head: Head, yearHint: () -> YearHint?) -> ParsedNote {
        var source = source
        source.text = head.text
        var problems: [Problem] = []
        func problem(_ kind: Problem.Kind, _ line: Int, _ column: Int = 1, _ message: String) {
            problems.append(Problem(kind: kind, file: source.path, line: line, column: column, message: message))
        }
        func undated(_ line: Int, _ column: Int = 1, _ reason: UndatedReason) {
            problems.append(Problem(kind: .undatedMeeting, file: source.path, line: line, column: column, message: "", undated: reason))
        }

        let front = head.front
        for found in front.problems { problem(found.kind, found.line, found.column, found.message) }
        if let line = front.ambiguousDate { undated(line.line, line.column, .ambiguous(place: .frontMatter)) }
        if head.yaml == nil, FrontMatter.isUnclosed(source.text) {
            problem(.invalidFrontMatter, 1, 1, "the front matter opened on line 1 is never closed: end it with a `---` line")
        }
        let document = MarkdownDocument(parsing: String(head.body), lineOffset: head.bodyLineOffset)
        let blocks = document.blocks
        let isShared = front.shared ?? source.isSharedByConfig
        var file = NoteFile(path: source.path, isShared: isShared,
                            directives: blocks.filter { $0.kind == .directive }.map { Directive(text: $0.text, line: $0.line) },
                            privateParts: document.privateParts)
        let manager = (front.manager ?? options.manager).map(options.canonicalName)
        let layout = self.layout(of: source, front: front, blocks: blocks, undated: undated)

        var meetings: [Meeting] = []
        let person = layout.person
        var known = options.knownNames
        known.insert(person)
        if let manager { known.insert(manager) }
        let itemReader = ItemReader(order: options.dateOrder, knownNames: known, canonical: options.canonicalName)
        let sides = options.sides(person: person, manager: manager)
        // A running doc's meetings share their headings' readings; one meeting has nothing to share.
        let titles = layout.segments.count > 1 ? TitleReadings() : nil
        for segment in layout.segments {
            var date = segment.date.fullDay
            if date == nil, segment.date.year == nil, let hint = yearHint() {
                date = Day(year: hint.year, month: segment.date.month, day: segment.date.day)
                if let guess = hint.guessedFrom {
                    // A date is never guessed without saying so.
                    undated(segment.line, 1, .yearGuessed(year: hint.year, source: guess))
                }
            }
            guard let date else {
                undated(segment.line, 1, .noYear)
                continue
            }
            var reader = MeetingReader(options: options, reader: itemReader, sides: sides, anchor: date, titles: titles)
            reader.read(blocks[segment.blocks], endLine: segment.lines.upperBound)

            let title = segment.title ?? ""
            let status = front.status ?? reader.status ?? NoteParser.status(fromTitle: title) ?? .held
            let kind = front.kind ?? NoteParser.kind(fromTitle: title + " " + (segment.isWholeFile ? source.stem : "")) ?? options.people[person]?.kind ?? .oneOnOne
            let commentParts = document.privateParts.filter { segment.lines.overlaps($0.lines) }
            meetings.append(Meeting(
                date: date, person: person, status: status, kind: kind,
                duration: front.duration ?? reader.duration, file: source.path, line: segment.line, lines: segment.lines,
                isShared: isShared, manager: manager, cadence: front.cadence, next: front.next ?? reader.next,
                tags: front.tags, otherFields: front.otherFields, sections: reader.sections, items: reader.items,
                privateParts: (reader.privateParts + commentParts).sorted { $0.lines.lowerBound < $1.lines.lowerBound }))
            file.privateParts += reader.privateParts
        }
        file.privateParts.sort { $0.lines.lowerBound < $1.lines.lowerBound }
        file.runningDoc = layout.runningDoc
        var shown = layout.shownOrders
        if let order = front.date?.shownOrder { shown.insert(order) }
        return ParsedNote(meetings: meetings, file: file, problems: problems, shownOrders: shown)
    }

    // MARK: Layout

    /// The part of a file that holds one meeting.
    struct Segment {
        var date: DateMention
        /// The meeting's heading line; 1 for a one-meeting file.
        var line: Int
        var lines: ClosedRange<Int>
        var blocks: Range<Int>
        /// The meeting heading's text, where it has one.
        var title: String?
        var isWholeFile: Bool
    }

    struct Layout {
        var person: String
        var segments: [Segment]
        var runningDoc: RunningDoc?
        var shownOrders: Set<DateOrder> = []
    }

    /// Decides whether the file is one meeting or a running doc, and where each meeting's date
    /// comes from: front matter `date:`, else the file name, else a `Date:` label near the top,
    /// else the headings.
    /// Also gathers the orders the dates it reads show by themselves (`3-24` is month first),
    /// for the run to settle ambiguous dates with.
    private func layout(of source: NoteSource, front: FrontMatter, blocks: [MarkdownBlock],
                        undated: (Int, Int, UndatedReason) -> Void) -> Layout {
        var shown = Set<DateOrder>()
        var layout = datedLayout(of: source, front: front, blocks: blocks, undated: undated) { mention in
            if let order = mention?.shownOrder { shown.insert(order) }
        }
        layout.shownOrders = shown
        return layout
    }

    private func datedLayout(of source: NoteSource, front: FrontMatter, blocks: [MarkdownBlock],
                             undated: (Int, Int, UndatedReason) -> Void, read: (DateMention?) -> Void) -> Layout {
        let order = options.dateOrder
        var lastLine = 1 + source.text.count(ofByte: 10)
        if source.text.hasSuffix("\n"), lastLine > 1 { lastLine -= 1 }
        let firstHeading = blocks.firstIndex { if case .heading = $0.kind { return true } else { return false } }
        // A one-meeting file's first heading is the meeting's heading, not a section, when it
        // opens the file; a lower one that names a topic (`## Wins`) without a date is a section.
        let titleIndex = firstHeading.flatMap { index -> Int? in
            guard !blocks[..<index].contains(where: { $0.kind != .directive }) else { return nil }
            let text = blocks[index].text
            // `# Private notes` opening a file is a private section, never the meeting's title.
            if options.vocabulary.topic(forTitle: text) == .private { return nil }
            if case .heading(1) = blocks[index].kind { return index }
            let isSection = options.vocabulary.topic(forTitle: text).map { !$0.isGeneral } ?? false
            return isSection && DateScanner.mentions(in: text, order: order).isEmpty ? nil : index
        }
        let title = titleIndex.map { blocks[$0].text }
        let folderPerson = options.canonicalName(source.folderName)
        let fileDate = self.fileDate(of: source)
        read(fileDate)
        func single(_ date: DateMention) -> Layout {
            Layout(person: oneMeetingPerson(of: source, front: front, fileDate: fileDate),
                   segments: [Segment(date: date, line: 1, lines: 1...lastLine, blocks: (titleIndex.map { $0 + 1 } ?? 0)..<blocks.count,
                                      title: title, isWholeFile: true)])
        }
        func ambiguous(_ line: Int, _ place: DatePlace) {
            undated(line, 1, .ambiguous(place: place))
        }

        if let filed = filedDate(front: front, fileDate: fileDate) { return single(filed) }
        if front.ambiguousDate != nil { return Layout(person: folderPerson, segments: []) }
        if let fileDate, fileDate.isAmbiguous { ambiguous(1, .fileName); return Layout(person: folderPerson, segments: []) }

        // A `Date:` label among the first blocks.
        for block in blocks.prefix(6) where block.kind == .paragraph {
            for line in block.text.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = Words.of(line[..<colon], stemming: false).joined(separator: " ")
                guard ["date", "when", "meeting date", "day"].contains(key),
                      let mention = DateScanner.mentions(in: String(line[line.index(after: colon)...]), order: order).first else { continue }
                read(mention)
                if mention.isAmbiguous { ambiguous(block.line, .label(key)); return Layout(person: folderPerson, segments: []) }
                return single(fileDate.map { yearless in withYear(yearless, from: mention) } ?? mention)
            }
        }

        // Dated headings: the shallowest level holding a date is where meetings start.
        // Dated headings under a private heading of a higher level are private too: not meetings.
        var dated: [(index: Int, level: Int, date: DateMention)] = []
        var privateLevel: Int?
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level) = block.kind else { continue }
            if let open = privateLevel, level > open { continue }
            privateLevel = options.vocabulary.topic(forTitle: block.text) == .private ? level : nil
            guard privateLevel == nil, let mention = DateScanner.mentions(in: block.text, order: order).first else { continue }
            read(mention)
            dated.append((index, level, mention))
        }
        guard let meetingLevel = dated.map(\.level).min() else {
            if let fileDate { return single(fileDate) }
            if !blocks.isEmpty || front.with != nil {
                undated(1, 1, .notFound)
            }
            return Layout(person: folderPerson, segments: [])
        }
        let starts = dated.filter { $0.level == meetingLevel }
        if let fileDate {
            let match = starts.first { $0.date.month == fileDate.month && $0.date.day == fileDate.day }
            return single(match.map { withYear(fileDate, from: $0.date) } ?? fileDate)
        }
        if starts.count == 1, starts[0].index == firstHeading {
            // One ambiguity policy wherever a date is written: a heading's `06/05/2026` is no
            // more month-first than a file name's.
            let heading = blocks[starts[0].index]
            if starts[0].date.isAmbiguous { ambiguous(heading.line, .heading(heading.text)); return Layout(person: folderPerson, segments: []) }
            return single(starts[0].date)
        }

        // A running doc: each dated heading at that level opens a meeting, which runs to the
        // next heading at that level or above.
        let person = front.with.map(options.canonicalName) ?? personNamed(inRunningDoc: source.stem) ?? folderPerson
        var segments: [Segment] = []
        for start in starts {
            let heading = blocks[start.index]
            let end = blocks[(start.index + 1)...].firstIndex { block in
                if case .heading(let level) = block.kind { return level <= meetingLevel }
                return false
            } ?? blocks.count
            let endLine = end < blocks.count ? blocks[end].line - 1 : lastLine
            if start.date.isAmbiguous { ambiguous(heading.line, .heading(heading.text)); continue }
            segments.append(Segment(date: start.date, line: heading.line, lines: heading.line...max(heading.line, endLine),
                                    blocks: (start.index + 1)..<end, title: heading.text, isWholeFile: false))
        }
        // How the doc writes its meetings, read off its newest heading, for `agenda --write`.
        var runningDoc: RunningDoc?
        if let newest = starts.max(by: { ($0.date.fullDay ?? Day(ordinal: 0)) < ($1.date.fullDay ?? Day(ordinal: 0)) }),
           let day = newest.date.fullDay {
            let style = DateStyle(sample: String(blocks[newest.index].text[newest.date.range]), day: day, order: newest.date.shownOrder ?? order ?? .mdy)
            let dates = starts.compactMap(\.date.fullDay)
            runningDoc = RunningDoc(headingLevel: meetingLevel, newestFirst: dates.count > 1 ? dates[0] > dates[dates.count - 1] : true, dateStyle: style)
        }
        return Layout(person: person, segments: segments, runningDoc: runningDoc)
    }

    // MARK: Filing

    /// A one-meeting file whose front matter `date:` or file name settles its date, and so its
    /// series, before its body is read: what a run needs to know of it to group the notes into
    /// parts that share no series (`NotebookLoader.mapParts`).
    struct Filing: Sendable {
        /// The series the file's one meeting belongs to.
        var person: String
        /// The orders its dates show by themselves, as `ParsedNote.shownOrders` would hold them.
        var shownOrders: Set<DateOrder>
    }

    /// The filing of `source` when its front matter or file name settles it, read from its head
    /// without its body; nil when only parsing it can say (a running doc, a date in a heading or label).
    func filing(of source: NoteSource, head: Head) -> Filing? {
        let front = head.front
        let fileDate = self.fileDate(of: source)
        // A date without a year waits for git to give it one, and may stay undated: parsed to know.
        guard filedDate(front: front, fileDate: fileDate)?.year != nil else { return nil }
        var shown = Set<DateOrder>()
        for order in [fileDate?.shownOrder, front.date?.shownOrder].compactMap({ $0 }) { shown.insert(order) }
        return Filing(person: oneMeetingPerson(of: source, front: front, fileDate: fileDate), shownOrders: shown)
    }

    /// The first date a file name holds (`2026-03-04-quarterly`, `3-24-ismail`).
    private func fileDate(of source: NoteSource) -> DateMention? {
        DateScanner.mentions(in: source.stem, order: options.dateOrder, numericWithoutYear: true).first
    }

    /// The date that makes a file one meeting before its body is looked at: front matter
    /// `date:`, else a full, unambiguous date in its name.
    private func filedDate(front: FrontMatter, fileDate: DateMention?) -> DateMention? {
        if let date = front.date { return date }
        guard front.ambiguousDate == nil, let fileDate, !fileDate.isAmbiguous, fileDate.year != nil else { return nil }
        return fileDate
    }

    /// A one-meeting file's series: front matter `with:`, else a person its name gives, else its folder.
    private func oneMeetingPerson(of source: NoteSource, front: FrontMatter, fileDate: DateMention?) -> String {
        front.with.map(options.canonicalName) ?? personNamed(inFileName: source.stem, hasDate: fileDate != nil)
            ?? options.canonicalName(source.folderName)
    }

    /// A year-less file-name date completed by a dated heading or label with the same day.
    private func withYear(_ yearless: DateMention, from full: DateMention) -> DateMention {
        guard full.month == yearless.month, full.day == yearless.day else { return yearless }
        var date = yearless
        date.year = full.year
        return date
    }

    /// Words in file names that say "notes" rather than who they are with.
    private static let fileNameNoise: Set<String> = ["1on1", "1", "on", "one", "to", "notes", "note", "meeting", "meetings", "sync", "with", "weekly", "oneonone", "1to1", "md"]

    /// A running doc `alice-1on1.md` is Alice's series.
    private func personNamed(inRunningDoc stem: String) -> String? {
        let words = stem.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let kept = words.filter { !NoteParser.fileNameNoise.contains($0) }
        guard !kept.isEmpty else { return nil }
        return options.canonicalName(kept.joined(separator: "-"))
    }

    /// A one-meeting file `3-24-ismail.md` names its person when the configuration knows them.
    /// A one-meeting file `3-24-ismail.md` names its person when the configuration knows them;
    /// `3-31-Sarah.md` does with a capitalised name, when its name holds a date: such a file
    /// belongs to that person's series wherever its folder is (`Week-1/`, `Misc/`).
    private func personNamed(inFileName stem: String, hasDate: Bool) -> String? {
        let known = options.knownNames
        let manager = options.manager.map(options.canonicalName)
        for word in stem.lowercased().split(whereSeparator: { !$0.isLetter }) where known.contains(String(word)) {
            let name = options.canonicalName(String(word))
            if name != manager { return name }
        }
        guard hasDate else { return nil }
        let names = stem.split(whereSeparator: { !$0.isLetter }).filter { word in
            guard word.count >= 2, let first = word.first, first.isUppercase, word.dropFirst().allSatisfy(\.isLowercase) else { return false }
            let lower = word.lowercased()
            return !NoteParser.fileNameNoise.contains(lower) && !NoteParser.notNames.contains(lower)
        }
        guard names.count == 1, let name = names.first.map({ options.canonicalName(String($0)) }), name != manager else { return nil }
        return name
    }

    /// Capitalised words in file names that are not people: months, weekdays, kinds of meeting.
    private static let notNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "skip", "level", "career", "quarterly", "monthly", "biweekly", "review", "check", "catch", "up", "planning", "retro",
        "week", "agenda", "team", "staff", "standup", "draft", "copy", "final", "cancelled", "canceled", "rescheduled", "the", "and", "of",
    ]

    /// `## Mar 4, 2026 — cancelled`, `skipped`, `rescheduled`, `no 1:1`.
    static func status(fromTitle title: String) -> MeetingStatus? {
        let lower = title.lowercased()
        if ["cancelled", "canceled", "skipped", "no 1:1", "no 1-1", "no one-on-one", "no meeting", "didn't happen", "did not happen"].contains(where: lower.includes) {
            return .cancelled
        }
        if ["rescheduled", "postponed", "moved to"].contains(where: lower.includes) { return .rescheduled }
        return nil
    }

    /// `Skip-level`, `career conversation` in a meeting heading or file name.
    static func kind(fromTitle title: String) -> MeetingKind? {
        let words = " " + Words.of(title).joined(separator: " ") + " "
        if words.includes(" skip level ") || words.includes(" skiplevel ") { return .skipLevel }
        if words.includes(" career ") { return .career }
        return nil
    }
}
