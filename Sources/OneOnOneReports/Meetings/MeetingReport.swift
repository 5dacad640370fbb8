import OneOnOneChecks
import OneOnOneCore

/// How a team's 1:1s are going (PRODUCT.md, "How the 1:1s are going"): the figures of every
/// series, computed once here from the notebook, its series facts and `lint`'s findings for the
/// same `asOf`. The Markdown, JSON and HTML formats only present them.
public struct MeetingReport: Sendable {
    public var asOf: Day
    public var since: Day?
    public var until: Day
    public var series: [SeriesFigures]
    /// The team view's "needs attention" list, most urgent first.
    public var attention: [Attention]
    /// Figures only: no item text in any format (for a skip-level or HR).
    public var isRedacted: Bool

    /// One thing that needs a person's attention, and why, in words.
    public struct Attention: Sendable, Equatable {
        public var person: String
        public var rule: String
        public var why: String
    }

    public init(notebook: Notebook, findings: [Finding], asOf: Day, since: Day? = nil, until: Day? = nil,
                people: Set<String>? = nil, redacted: Bool = false) {
        self.asOf = asOf
        self.since = since
        self.until = until ?? asOf
        self.isRedacted = redacted
        let until = self.until
        let byPerson = Dictionary(grouping: findings) { $0.person ?? "" }
        series = notebook.series.filter { people?.contains($0.person) ?? true }.map { series in
            SeriesFigures(series, findings: byPerson[series.person] ?? [], since: since, until: until, asOf: asOf)
        }
        // A dry spell needs attention while it lasts: not once the topic has come up again.
        let current = series.flatMap { figures in
            (byPerson[figures.person] ?? []).filter { finding in
                let last = finding.rule == "no-career-talk" ? figures.lastCareerTalk
                    : finding.rule == "no-upward-feedback" ? figures.lastUpwardFeedback : nil
                return last.map { last in finding.date.map { last < $0 } ?? true } ?? true
            }
        }
        attention = MeetingReport.attention(current, asOf: asOf)
    }

    /// Most urgent first (PRODUCT.md): errors, a missed cadence as of today, overdue items, dry
    /// spells, status-only streaks; one line per person and kind.
    static func attention(_ findings: [Finding], asOf: Day) -> [Attention] {
        func rank(_ finding: Finding) -> Int? {
            if finding.severity == .error { return 0 }
            switch finding.rule {
            // `missed-cadence` reports "no 1:1 since this one" with the subject `last` (MissedCadence.swift).
            case "missed-cadence" where finding.subject == "last": return 1
            case "overdue-action-item": return 2
            case "no-career-talk", "no-upward-feedback": return 3
            case "status-only": return 4
            default: return nil
            }
        }
        // One line per person and rule: findings grouped once, in the order they come.
        var groups: [String: [Finding]] = [:]
        var order: [String] = []
        for finding in findings where rank(finding) != nil && finding.person != nil {
            let key = "\(finding.person ?? "") \(finding.rule)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(finding)
        }
        var found: [(Int, Attention)] = []
        for key in order {
            guard let sameKind = groups[key], let finding = sameKind.first, let rank = rank(finding), let person = finding.person else { continue }
            let why: String
            switch finding.rule {
            case "missed-cadence":
                why = "no 1:1 in \(finding.date.map { asOf.days(since: $0) } ?? 0) days"
            case "overdue-action-item": why = sameKind.count == 1 ? "1 action item overdue" : "\(sameKind.count) action items overdue"
            case "no-career-talk": why = "a long stretch without career talk, up to \(sameKind.compactMap(\.date).max().map(\.description) ?? "now")"
            case "no-upward-feedback": why = "a long stretch without upward feedback, up to \(sameKind.compactMap(\.date).max().map(\.description) ?? "now")"
            case "status-only": why = sameKind.count == 1 ? "1 status-only meeting" : "\(sameKind.count) status-only meetings"
            default: why = sameKind.count == 1 ? "1 error" : "\(sameKind.count) errors"
            }
            found.append((rank, Attention(person: person, rule: finding.rule, why: why)))
        }
        return found.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.person < $1.1.person }.map(\.1)
    }
}

/// The figures of one series over the report's period.
public struct SeriesFigures: Sendable {
    public var person: String
    public var kind: MeetingKind
    public var cadence: Cadence
    /// Held, cancelled and rescheduled meetings with their dates (two notes of one date are one).
    public var occasions: [(date: Day, status: MeetingStatus)] = []
    /// Whole days between consecutive held meetings of the period.
    public var gaps: [Int] = []
    /// Threads first written in the period.
    public var created = 0
    /// For each of those marked done by `until`, the days from its first meeting to that one.
    public var daysToClose: [Int] = []
    /// Threads open now, and of those, due before `asOf`.
    public var open = 0, overdue = 0
    /// Up to five threads carried over the most (two or more times).
    public var mostCarried: [ActionThread] = []
    /// Each topic's share of the discussion items of the period's held meetings, by report key.
    public var topics: [(key: String, share: Double)] = []
    /// The same, per month (`2026-09`), for charts over time.
    public var topicsByMonth: [(month: String, counts: [String: Int])] = []
    public var lastCareerTalk: Day?, lastUpwardFeedback: Day?
    /// `lint`'s findings in the series, by rule id, in catalogue order.
    public var findings: [(rule: String, count: Int)] = []

    /// The report's topic keys, in the order reports show them.
    public static let topicKeys = ["status", "check-in", "career", "feedback-upward", "feedback-downward", "blockers", "strategy", "wins", "other"]

    public var held: Int { occasions.filter { $0.status == .held }.count }
    public var cancelled: Int { occasions.filter { $0.status == .cancelled }.count }
    public var rescheduled: Int { occasions.filter { $0.status == .rescheduled }.count }
    public var first: Day? { occasions.first?.date }
    public var last: Day? { occasions.last?.date }
    /// The share of gaps at most 1.5 × the cadence; nil without a gap.
    public var onCadence: Double? {
        gaps.isEmpty ? nil : Double(gaps.filter { Double($0) <= 1.5 * Double(cadence.days) }.count) / Double(gaps.count)
    }
    public var completed: Int { daysToClose.count }
    public var completionRate: Double? { created == 0 ? nil : Double(completed) / Double(created) }
    public var medianGap: Double? { SeriesFigures.median(gaps) }
    public var longestGap: Int? { gaps.max() }
    public var medianDaysToClose: Double? { SeriesFigures.median(daysToClose) }

    init(_ series: Series, findings found: [Finding], since: Day?, until: Day, asOf: Day) {
        person = series.person
        kind = series.kind
        cadence = series.cadence
        let timeline = Timeline(series)
        func inPeriod(_ day: Day) -> Bool { day <= until && since.map { day >= $0 } ?? true }
        let occasions = timeline.occasions.filter { inPeriod($0.date) }
        self.occasions = occasions.map { ($0.date, $0.isHeld ? .held : series.meetings[$0.meetings[0]].status) }
        gaps = timeline.gaps.filter { inPeriod($0.previous.date) && inPeriod($0.next.date) }.map(\.days)

        let threads = series.actionThreads.filter { $0.first <= until }
        let createdNow = threads.filter { inPeriod($0.first) }
        created = createdNow.count
        daysToClose = createdNow.compactMap { thread in thread.done.flatMap { $0 <= until ? $0.days(since: thread.first) : nil } }
        let openNow = threads.filter { $0.done.map { $0 > until } ?? true }
        open = openNow.count
        overdue = openNow.filter { $0.due.map { $0 < asOf } ?? false }.count
        mostCarried = Array(threads.filter { $0.carried >= 2 }.sorted { $0.carried > $1.carried }.prefix(5))

        var counts: [String: Int] = [:]
        var byMonth: [String: [String: Int]] = [:]
        for occasion in occasions where occasion.isHeld && !occasion.isEmpty {
            let month = String(occasion.date.description.prefix(7))
            for item in timeline.discussion(occasion) {
                let key = SeriesFigures.key(of: item)
                counts[key, default: 0] += 1
                byMonth[month, default: [:]][key, default: 0] += 1
            }
        }
        let total = counts.values.reduce(0, +)
        topics = SeriesFigures.topicKeys.map { key in (key, total == 0 ? 0 : (Double(counts[key] ?? 0) / Double(total) * 100).rounded() / 100) }
        topicsByMonth = byMonth.keys.sorted().map { ($0, byMonth[$0] ?? [:]) }

        // As of the period's end: the latest held meeting with such an item up to `until`.
        lastCareerTalk = timeline.lastHeld(until: until, where: Timeline.isCareerTalk)
        lastUpwardFeedback = timeline.lastHeld(until: until, where: Timeline.isUpwardFeedback)
        findings = RuleCatalogue.ids.compactMap { id in
            let count = found.filter { $0.rule == id }.count
            return count == 0 ? nil : (id, count)
        }
    }

    /// The report key of an item's topic: feedback by direction; notes, agenda and the rest are `other`.
    static func key(of item: Item) -> String {
        switch item.topic {
        case .status, .checkIn, .career, .blockers, .strategy, .wins: return item.topic.rawValue
        case .feedback: return item.feedback == .upward ? "feedback-upward" : item.feedback == .downward ? "feedback-downward" : "other"
        default: return "other"
        }
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
