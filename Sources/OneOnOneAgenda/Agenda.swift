import OneOnOneChecks
import OneOnOneCore

/// The next meeting's note for one series (PRODUCT.md, "The next meeting's note"): last time's
/// open commitments carried forward, room for both sides' topics, a focus chosen by rotation
/// with questions not asked lately, and nudges from the series' state.
public struct Agenda: Sendable {
    public var person: String
    public var kind: MeetingKind
    public var date: Day
    /// The date as the series writes it (its running doc's headings, its file names), for titles.
    public var dateWritten: String
    public var template: String
    public var focus: Focus
    public var questions: [String]
    public var followUps: [FollowUp]
    public var nudges: [String]
    /// The note, as a one-meeting file.
    public var note: String
}

/// An open commitment carried into the next meeting.
public struct FollowUp: Sendable, Equatable {
    /// The text as last written, without an earlier agenda's `(from …)` note.
    public var text: String
    public var owner: String?
    public var due: Day?
    /// The meeting it was first written in.
    public var from: Day
    public var isOverdue: Bool
    /// How many times it has been carried over already.
    public var carried: Int

    /// The line the agenda writes: the text, the owner and due date where the text does not say
    /// them, and where it came from. Read back, it links to its origin as a carry-over.
    public var line: String {
        var line = text
        if let owner, !line.lowercased().contains(owner.lowercased()) { line += " @\(owner)" }
        if let due, !DateStyle.mentionsDate(line) { line += " due \(due)" }
        return line + " (from \(from)\(isOverdue ? ", overdue" : ""))"
    }
}

/// Makes agendas with one configuration, rule settings, question bank and template library.
public struct AgendaMaker: Sendable {
    public var options: ParseOptions
    public var settings: RuleSettings
    public var bank: QuestionBank
    public var library: TemplateLibrary
    /// Today, or `--as-of`: what is overdue, and the earliest date a next meeting can have.
    public var asOf: Day

    public init(options: ParseOptions, settings: RuleSettings = RuleSettings(), bank: QuestionBank = .shipped,
                library: TemplateLibrary = .shipped, asOf: Day) {
        self.options = options
        self.settings = settings
        self.bank = bank
        self.library = library
        self.asOf = asOf
    }

    /// The date of the next meeting: the one asked for, else one still to come that the notes
    /// hold already (an agenda prepared ahead: `--write` then refuses, as for any meeting there),
    /// else the latest meeting's `next`, else the latest meeting plus the cadence; never before `asOf`.
    public func date(after series: Series?) -> Day {
        guard let series, let last = series.meetings.last else { return asOf }
        if let upcoming = series.meetings.first(where: { $0.date > asOf && $0.status != .cancelled }) { return upcoming.date }
        let scheduled = last.next ?? last.date.adding(days: series.cadence.days)
        return max(scheduled, asOf)
    }

    /// How the note's title writes its date: the series' running doc's style, else ISO (a file
    /// name's style, `notes-March-16-2026`, names the new file, not its title).
    public static func dateStyle(of series: Series?, in notebook: Notebook) -> DateStyle {
        guard let latest = series?.meetings.last else { return .iso }
        return notebook.files.first { $0.path == latest.file }?.runningDoc?.dateStyle ?? .iso
    }

    /// The agenda for `person` (canonical), whose series is `series` (nil before a first meeting).
    public func agenda(for person: String, series: Series?, date: Day? = nil, template name: String? = nil,
                       dateStyle: DateStyle = .iso) throws(AgendaError) -> Agenda {
        let kind = series?.kind ?? options.people[person]?.kind ?? .oneOnOne
        let date = date ?? self.date(after: series)
        let templateName = name ?? kind.rawValue
        guard let template = library.template(named: templateName) else {
            let names = library.templates.map(\.name)
            throw AgendaError("no template named `\(templateName)`\(Suggestion.didYouMean(templateName, among: names)); `oneonone agenda --list-templates` lists them (\(names.joined(separator: ", ")))")
        }
        let timeline = series.map(Timeline.init)
        let manager = series?.meetings.last?.manager.map(options.canonicalName) ?? options.manager.map(options.canonicalName)
        let sides = options.sides(person: person, manager: manager)
        let firstMeeting = timeline?.held.isEmpty ?? true
        let focus = timeline.map(Focus.next) ?? .checkIn
        let recent = timeline.map(AgendaMaker.recentWords) ?? []
        let questions = bank.pick(firstMeeting ? "first-meeting" : focus.rawValue, forReport: sides.isReportsNotes, leavingOut: recent)
        let followUps = series.map { self.followUps(in: $0, before: date) } ?? []
        let nudges = timeline.map { self.nudges(timeline: $0, followUps: followUps, sides: sides, date: date) } ?? []
        let dateWritten = dateStyle.format(date)
        let next = date.adding(days: series?.cadence.days ?? options.people[person]?.cadence ?? 7)
        guard date.isWritable, next.isWritable else {
            throw AgendaError("a note's dates end at 9999-12-31, and this meeting (\(date)) or the next (\(next)) falls after that: pass an earlier --date")
        }
        let values = AgendaMaker.values(person: person, kind: kind, date: date, dateWritten: dateWritten, next: next,
                                        sides: sides, focus: focus, firstMeeting: firstMeeting, questions: questions,
                                        followUps: followUps, nudges: nudges)
        let note = try template.render(values)
        return Agenda(person: person, kind: kind, date: date, dateWritten: dateWritten, template: template.name,
                      focus: focus, questions: questions, followUps: followUps, nudges: nudges, note: note)
    }

    /// The open commitments of the series' meetings before `date`, each at its latest occurrence.
    func followUps(in series: Series, before date: Day) -> [FollowUp] {
        series.openCommitments.filter { $0.0.date < date }.map { meeting, item, action in
            let due = series.due(of: action)
            return FollowUp(text: item.textWithoutCarryNote, owner: action.owner, due: due,
                            from: series.firstMeeting(of: action, in: meeting).date, isOverdue: due.map { $0 < asOf } ?? false,
                            carried: series.earlierOccurrences(of: action, carriedOverOnly: true).count)
        }
    }

    /// The words of the section titles and items of the last four held meetings: a question
    /// asked there is not asked again.
    static func recentWords(_ timeline: Timeline) -> Set<[String]> {
        var words = Set<[String]>()
        for occasion in timeline.held.suffix(4) {
            for section in timeline.sections(occasion) { words.insert(Words.of(section.title)) }
            for item in timeline.items(occasion) { words.insert(Words.of(item.text)) }
        }
        return words
    }

    /// What the template sees. Documented in the README ("Writing your own templates").
    static func values(person: String, kind: MeetingKind, date: Day, dateWritten: String, next: Day, sides: Sides,
                       focus: Focus, firstMeeting: Bool, questions: [String], followUps: [FollowUp], nudges: [String]) -> [String: Any] {
        let reportName = sides.name(of: .report).map(AgendaMaker.shown) ?? "Me"
        let managerName = sides.name(of: .manager).map(AgendaMaker.shown) ?? "Me"
        return [
            "date": date.description,
            "dateWritten": dateWritten,
            "next": next.description,
            // Written into front matter (`with: {{person}}`): quoted when YAML would read it otherwise.
            "person": YAMLValue.written(person),
            "Person": AgendaMaker.shown(person),
            "kind": kind.rawValue,
            "reportName": reportName,
            "managerName": managerName,
            "isReportsNotes": sides.isReportsNotes,
            "reportTopics": sides.isReportsNotes ? "My topics" : "\(reportName)'s topics",
            "managerTopics": sides.isReportsNotes || sides.manager != nil ? "\(managerName)'s topics" : "My topics",
            "firstMeeting": firstMeeting,
            "focus": ["id": focus.rawValue, "title": firstMeeting ? "🤝 Getting started" : focus.title, "isCheckIn": focus == .checkIn && !firstMeeting] as [String: Any],
            "questions": questions,
            "followUps": followUps.map { ["line": $0.line, "text": $0.text, "owner": $0.owner ?? "", "due": $0.due?.description ?? "",
                                          "from": $0.from.description, "isOverdue": $0.isOverdue] as [String: Any] },
            "hasFollowUps": !followUps.isEmpty,
            // Shown in an HTML comment: an item's `-->` must not end it.
            "nudges": nudges.map { $0.replacingOccurrences(of: "-->", with: "->") },
            "hasNudges": !nudges.isEmpty,
        ]
    }

    /// A name as a title shows it: `alice` is `Alice`.
    static func shown(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }
}
