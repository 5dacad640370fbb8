import OneOnOneChecks
import OneOnOneCore

extension AgendaMaker {
    /// Plain-word reminders from the series' state as of the meeting's date, with the same
    /// windows and limits as the rules that judge it (a rule turned off gives no nudge).
    func nudges(timeline: Timeline, followUps: [FollowUp], sides: Sides, date: Day) -> [String] {
        guard !timeline.held.isEmpty, let first = timeline.occasions.first?.date else { return [] }
        var nudges: [String] = []
        let other = sides.isReportsNotes ? sides.name(of: .manager).map(AgendaMaker.shown) ?? "your manager"
            : sides.name(of: .report).map(AgendaMaker.shown) ?? "them"

        func dry(_ rule: String, counts: (Item, Meeting) -> Bool) -> (weeks: Int, since: String)? {
            guard settings.isEnabled(rule),
                  let spell = timeline.drySpell(on: date, window: Int(settings.option("window-days", of: rule)), counts: counts) else { return nil }
            return (spell.days / 7, spell.last.map { "last on \($0)" } ?? "none since the first 1:1 on \(first)")
        }
        if let spell = dry("no-career-talk", counts: Timeline.isCareerTalk) {
            nudges.append("No career talk in \(spell.weeks) weeks (\(spell.since)): "
                + (sides.isReportsNotes ? "bring up where you want to grow." : "ask where \(other) wants to grow."))
        }
        if let spell = dry("no-upward-feedback", counts: Timeline.isUpwardFeedback) {
            nudges.append("No upward feedback in \(spell.weeks) weeks (\(spell.since)): "
                + (sides.isReportsNotes ? "tell \(other) one thing to start, stop or keep." : "ask \(other) what you could do better."))
        }
        let lastTwo = timeline.occasions.suffix(2)
        if settings.isEnabled("repeated-cancellation"), lastTwo.count == 2,
           lastTwo.allSatisfy({ occasion in occasion.meetings.allSatisfy { timeline.series.meetings[$0].status == .cancelled } }) {
            nudges.append("The last two 1:1s were cancelled (\(lastTwo.map(\.date.description).joined(separator: ", "))): keep this one.")
        }
        let maxCarry = Int(settings.option("max-carry", of: "stale-action-item"))
        for followUp in followUps where settings.isEnabled("stale-action-item") && followUp.carried > maxCarry {
            nudges.append("“\(followUp.text)” has been carried over \(followUp.carried) times since \(followUp.from): do it, hand it over, or drop it.")
        }
        let overdue = followUps.filter(\.isOverdue)
        if settings.isEnabled("overdue-action-item"), let oldest = overdue.compactMap(\.due).min() {
            nudges.append(overdue.count == 1 ? "One follow-up is overdue (due \(oldest)): settle it first."
                : "\(overdue.count) follow-ups are overdue, the oldest since \(oldest): settle them first, or give them new dates.")
        }
        return nudges
    }
}
