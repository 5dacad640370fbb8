/// Everything read from a set of notes: the series, the files, and what could not be read.
public struct Notebook: Sendable {
    public var series: [Series]
    public var files: [NoteFile]
    public var problems: [Problem]

    public init(series: [Series] = [], files: [NoteFile] = [], problems: [Problem] = []) {
        self.series = series
        self.files = files
        self.problems = problems
    }

    public var meetingCount: Int { series.reduce(0) { $0 + $1.meetings.count } }
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
    /// A message a user can act on; never quotes private text.
    public var message: String
    /// The series the problem belongs to, where known.
    public var person: String?
}
