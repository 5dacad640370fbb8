/// Everything read from a set of notes: the series, the files, and what could not be read.
public struct Notebook: Sendable {
    public var series: [Series]
    public var files: [NoteFile]
    public var problems: [Problem]
    /// The order numeric dates were read in, and why; nil when none was settled.
    public var dateOrder: DateOrderChoice?

    public init(series: [Series] = [], files: [NoteFile] = [], problems: [Problem] = []) {
        self.series = series
        self.files = files
        self.problems = problems
    }

    public var meetingCount: Int { series.reduce(0) { $0 + $1.meetings.count } }
}

/// The order of numeric dates (`03/04/2026`) in a run, and what settled it.
public struct DateOrderChoice: Sendable, Hashable {
    public enum Source: String, Sendable {
        /// `date-order` in the configuration.
        case configuration
        /// The run's unambiguous numeric dates (`3-24` is month first) all show this order.
        case notes
    }

    public var order: DateOrder
    public var source: Source
}

/// One Markdown file that was read, with what belongs to the file rather than a meeting.
public struct NoteFile: Sendable {
    /// The path as reached from the arguments.
    public var path: String
    public var isShared: Bool
    /// `<!-- oneonone-… -->` comments, for suppressions.
    public var directives: [Directive]
    /// Every private part of the file, in or out of meetings.
    public var privateParts: [PrivatePart]
    /// How the file lays out its meetings, when it is a running doc.
    public var runningDoc: RunningDoc? = nil
}

/// An `<!-- oneonone-… -->` comment.
public struct Directive: Sendable, Hashable {
    /// The comment's text without the comment markers, e.g. `oneonone-disable status-only`.
    public var text: String
    public var line: Int
}

/// Something in the notes that kept the tool from reading them as meant.
public struct Problem: Sendable, Hashable, Error {
    /// The rule that reports this problem.
    public enum Kind: String, Sendable, Codable {
        case invalidFrontMatter = "invalid-front-matter"
        case undatedMeeting = "undated-meeting"
        case unreadableFile = "unreadable-file"
    }

    public var kind: Kind
    public var file: String
    public var line: Int
    public var column: Int
    /// A message a user can act on; never quotes private text. Empty for an undated meeting:
    /// `undated` says why, and the `undated-meeting` rule words it.
    public var message: String
    /// The series the problem belongs to, where known.
    public var person: String?
    /// Why a meeting has no date, for `undated-meeting` problems.
    public var undated: UndatedReason?

    public init(kind: Kind, file: String, line: Int, column: Int, message: String, person: String? = nil, undated: UndatedReason? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.person = person
        self.undated = undated
    }
}

/// Why a meeting's date could not be settled (the `undated-meeting` rule says it in words).
public enum UndatedReason: Sendable, Hashable {
    /// No date in front matter, file name, label line or headings.
    case notFound
    /// A numeric date that could be month/day or day/month; `place` says where it is written.
    case ambiguous(place: DatePlace)
    /// A date without a year, and no year from git or the file.
    case noYear
    /// A date without a year, given the year of `source` (the file's modification time): said, never silent.
    case yearGuessed(year: Int, source: String)
}

/// Where a meeting's date is written.
public enum DatePlace: Sendable, Hashable {
    case frontMatter, fileName
    /// A `Date:` label line; the label as written, lowercased.
    case label(String)
    /// A meeting heading, with its text.
    case heading(String)
}
