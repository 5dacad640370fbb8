import OneOnOneCore

/// The manager's meeting, not the report's.
struct ManagerDrivenAgenda: Rule {
    static let description = RuleDescription(
        id: "manager-driven-agenda",
        name: "Manager-driven agenda",
        summary: "A meeting whose attributed agenda items (at least `min-items`) are more than half the manager's.",
        rationale: """
        The agenda of a 1:1 is driven by the report and prepared beforehand in a shared doc: it \
        is their meeting. When most topics come from the manager, the 1:1 turns into the \
        manager's status check. Items count when the notes say whose they are: `@alice:` in \
        front, `(sam)` at the end, or a sub-section titled for the person (`### Alice's topics`, \
        `### Manager topics`).
        """,
        options: [
            RuleOption("min-items", 3, "attributed items needed before the balance is judged"),
            RuleOption("max-manager-share", 0.5, "share of the manager's items above which the meeting is flagged"),
        ],
        triggering: [
            Example("↓# 1:1\n\n### Sam's topics\n- Q4 roadmap\n- Hiring plan\n- Incident follow-ups\n\n### Alice's topics\n- Vacation in October\n"),
            Example("↓# 1:1\n\n## Agenda\n- Team offsite dates (sam)\n- Budget review (sam)\n- @alice: conference budget\n"),
            Example("# Carol\n\n↓### Thu Sep 3, 2026\n\n#### Manager topics\n- Roadmap\n- Hiring\n\n#### Carol's topics\n- Vacation\n", path: "notes/carol.md", asOf: "2026-09-04"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n### Alice's topics\n- Promo packet\n- Conference budget\n\n### Sam's topics\n- Offsite dates\n"),
            Example("# 1:1\n\n### Sam's topics\n- Q4 roadmap\n- Hiring plan\n\n### Alice's topics\n- Vacation\n- Promo\n"),
            Example("# 1:1\n\n## Agenda\n- Team offsite dates (sam)\n- Budget review (sam)\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        let minimum = Int(context.option("min-items", 3))
        let share = context.option("max-manager-share", 0.5)
        return context.timelines.flatMap { timeline in
            timeline.withContent.compactMap { occasion -> Finding? in
                let attributed = timeline.items(occasion).filter { $0.attribution != nil && !$0.isPrompt && !$0.isActionItem }
                let managers = attributed.filter { $0.attribution == .manager }.count
                guard attributed.count >= minimum, Double(managers) / Double(attributed.count) > share else { return nil }
                let meeting = timeline.primary(occasion)
                return finding(meeting, .managerDriven(managers, of: attributed.count, person: meeting.person))
            }
        }
    }
}

/// A meeting that ends without clarity.
struct NoNextSteps: Rule {
    static let description = RuleDescription(
        id: "no-next-steps",
        name: "No next steps",
        summary: "A held meeting with neither action items nor a recap or next-steps section.",
        rationale: """
        A meeting ends with clarity: takeaways, next steps, and the next meeting on the calendar. \
        Without them, what was agreed lives only in memory. Any action item, a `Recap` / \
        `Takeaways` / `Next steps` section, or a `Next meeting:` date is enough.
        """,
        triggering: [
            Example("↓# 1:1\n\n## Check-in\n- Good week\n\n## Updates\n- Billing shipped\n"),
            Example("# Bob\n\n↓## 2026-03-04\n\n- Talked about the reorg\n", path: "notes/bob.md"),
            Example("↓# 1:1\n\n| Project | State |\n|---|---|\n| Billing | shipped |\n\n- Talked about the roadmap\n"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## Updates\n- Billing shipped\n\n## Recap\n- Alice owns the rollout\n"),
            Example("# 1:1\n\n- Talked about the roadmap\n- [ ] Alice to draft the plan\n"),
            Example("# 1:1\n\n- Talked about the roadmap\n\nNext meeting: 2026-03-11\n"),
            Example("---\nstatus: cancelled\n---\n# 1:1\n\n- Sam out sick\n"),
        ]
    )

    private static let closing: Set<Topic> = [.actionItems, .recap, .nextMeeting]

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { timeline in
            timeline.withContent.compactMap { occasion -> Finding? in
                let meetings = occasion.meetings.map { timeline.series.meetings[$0] }.filter(\.status.isHeld)
                let closes = meetings.contains { meeting in
                    meeting.next != nil || meeting.items.contains(where: \.isActionItem)
                        || meeting.sections.contains { NoNextSteps.closing.contains($0.topic) }
                }
                return closes ? nil : finding(timeline.primary(occasion), .noNextSteps)
            }
        }
    }
}

/// A note created and never filled in.
struct EmptyMeeting: Rule {
    static let description = RuleDescription(
        id: "empty-meeting",
        name: "Empty meeting",
        summary: "A held meeting with no notes, or only a template's unchanged prompts.",
        rationale: """
        Notes are a record over time: a meeting with nothing written is a gap in that record, \
        or a meeting that did not happen and should say so. Agenda templates are fine; a note \
        left exactly as the template made it is not. An empty meeting is reported by this rule \
        alone: it still counts for cadence, and the other rules look past it.
        """,
        triggering: [
            Example("↓# 1:1 Alice / Sam\n"),
            Example("↓# 1:1\n\n## Check-in\n- How are you doing?\n\n## Topics\n- What's on your mind?\n\n## Action items\n- TODO\n"),
            Example("# Frank\n\n↓## 2026-03-11\n\n### Frank's topics\n- What's on your mind?\n\n## 2026-03-04\n\n- Onboarding went well\n", path: "shared/frank.md", asOf: "2026-03-12"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## Check-in\n- How are you doing? Tired, new baby\n"),
            Example("---\nstatus: cancelled\n---\n# 1:1\n"),
            Example("# 1:1\n\n<!-- private -->\nA private note only.\n<!-- /private -->\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { timeline in
            timeline.held.filter(\.isEmpty).map { finding(timeline.primary($0), .empty) }
        }
    }
}

/// Two notes claiming one meeting.
struct DuplicateMeeting: Rule {
    static let description = RuleDescription(
        id: "duplicate-meeting",
        name: "Duplicate meeting",
        summary: "Two meetings of one series on the same date.",
        rationale: """
        Notes are a record over time; two notes for one day are usually a copy-paste with the \
        date left unchanged, or a follow-up that belongs in the first note. The second note is \
        reported; every other rule reads the two as one meeting.
        """,
        triggering: [
            Example(files: [("alice/2026-03-04.md", "# 1:1\n- a\n"), ("alice/2026-03-04-afternoon.md", "↓# 1:1\n- b\n")]),
            Example("# Bob\n\n## 2026-03-04\n- a\n\n↓## 2026-03-04\n- b\n", path: "notes/bob.md"),
            Example(files: [("alice/2026-03-04.md", "# 1:1\n- a\n"), ("alice/sync.md", "↓---\ndate: 2026-03-04\n---\n# 1:1\n- b\n")]),
        ],
        nonTriggering: [
            Example(files: [("alice/2026-03-04.md", "# 1:1\n- a\n"), ("alice/2026-03-05.md", "# 1:1\n- b\n")]),
            Example(files: [("alice/2026-03-04.md", "# 1:1\n- a\n"), ("bob/2026-03-04.md", "# 1:1\n- b\n")]),
            Example("# 1:1\n\n## Plan for 2026-03-04\n- a\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { timeline in
            timeline.occasions.filter { $0.meetings.count > 1 }.flatMap { occasion in
                let first = timeline.series.meetings[occasion.meetings[0]]
                return occasion.meetings.dropFirst().map { index in
                    let meeting = timeline.series.meetings[index]
                    return finding(meeting, .duplicate(of: first))
                }
            }
        }
    }
}

/// Meetings too short or too long.
struct Duration: Rule {
    static let description = RuleDescription(
        id: "duration",
        name: "Duration",
        summary: "A recorded duration outside `min-minutes` to `max-minutes`.",
        rationale: """
        1:1s work best at 30 to 60 minutes: shorter ones rarely get past status, longer ones \
        tire both people and crowd the week. Only durations the notes record (front matter \
        `duration:` or a `Duration:` line) are checked.
        """,
        severity: .info,
        options: [RuleOption("min-minutes", 30, "shortest duration that is fine"), RuleOption("max-minutes", 60, "longest duration that is fine")],
        triggering: [
            Example("---\n↓duration: 90m\n---\n# 1:1\n- a\n"),
            Example("---\n↓duration: 15\n---\n# 1:1\n- a\n"),
            Example("# 1:1\n\n↓Duration: 1h30m\n\n- a\n"),
        ],
        nonTriggering: [
            Example("---\nduration: 45m\n---\n# 1:1\n- a\n"),
            Example("---\nduration: 1h\n---\n# 1:1\n- a\n"),
            Example("---\nduration: 90m\n---\n# 1:1\n- a\n", configuration: "rules:\n  duration: { max-minutes: 90 }\n"),
            Example("---\nduration: 90m\nstatus: cancelled\n---\n# 1:1\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        let shortest = Int(context.option("min-minutes", 30))
        let range = shortest...max(shortest, Int(context.option("max-minutes", 60)))
        return notebook.series.flatMap { series in
            series.meetings.compactMap { meeting -> Finding? in
                guard meeting.status.isHeld, let duration = meeting.duration, !range.contains(duration.minutes) else { return nil }
                return finding(meeting, line: duration.line, .duration(duration.minutes, range: range))
            }
        }
    }
}

/// A meeting that never asks how the person is.
struct NoCheckIn: Rule {
    static let description = RuleDescription(
        id: "no-check-in",
        name: "No check-in",
        summary: "A held meeting with no check-in item.",
        rationale: """
        A 1:1 is for the person and the relationship. A short check-in — how are you, how was \
        the week, anything on your mind — is how you notice stress, burnout or good news before \
        it shows up in the work.
        """,
        severity: .info,
        triggering: [
            Example("↓# 1:1\n\n## Updates\n- Billing shipped\n"),
            Example("# Bob\n\n↓## 2026-03-04\n\n**Career**\n- Wants to mentor\n", path: "notes/bob.md"),
            Example("↓# 1:1\n\n- [ ] Alice to book the room\n"),
        ],
        nonTriggering: [
            Example("# 1:1\n\n## 👋 Check-in\n- Good week\n"),
            Example("# 1:1\n\n**How's it going?**\nTired, the release crunch is over though.\n"),
            Example("# 1:1\n\n## Notes\n- Kids are sick this week\n"),
        ]
    )

    func check(_ notebook: Notebook, _ context: RuleContext) -> [Finding] {
        context.timelines.flatMap { timeline in
            timeline.withContent.compactMap { occasion -> Finding? in
                timeline.items(occasion).contains { $0.topic == .checkIn && !$0.isPrompt } ? nil : finding(timeline.primary(occasion), .noCheckIn)
            }
        }
    }
}

extension String {
    fileprivate static func managerDriven(_ managers: Int, of total: Int, person: String) -> String {
        "\(managers) of \(total) agenda items are the manager's: the 1:1 is \(person.capitalized)'s meeting — ask them to bring their topics first"
    }

    fileprivate static let noNextSteps = "the meeting ends with no action items, recap or next steps: close with clear takeaways and who does what by when"

    fileprivate static let empty = "the meeting has no notes, only a template's prompts or nothing at all: fill it in, or mark it `status: cancelled` if it did not happen"

    fileprivate static func duplicate(of first: Meeting) -> String {
        "a second note for the \(first.date) meeting (the first is \(first.file)): merge them, or fix the date"
    }

    fileprivate static func duration(_ minutes: Int, range: ClosedRange<Int>) -> String {
        minutes > range.upperBound
            ? "the meeting lasted \(minutes) minutes: 1:1s work best at \(range.lowerBound) to \(range.upperBound); give long topics their own meeting"
            : "the meeting lasted \(minutes) minutes: 1:1s work best at \(range.lowerBound) to \(range.upperBound); a short one rarely gets past status"
    }

    fileprivate static let noCheckIn = "no check-in: start with how the person is doing before work topics"
}
