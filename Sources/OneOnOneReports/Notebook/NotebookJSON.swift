import OneOnOneChecks
import OneOnOneCore

/// The notebook as `oneonone parse` prints it (schema in README.md, "oneonone parse").
///
/// Private text never gets here: the parser keeps only where private parts are and how many
/// items they hold.
extension Notebook {
    /// Each series written on its own, side by side (at the root object's second level), and
    /// handed on one at a time as the document is written.
    private var seriesJSON: JSONValue {
        let rendered = series.parallelMap { JSONValue.rendered($0.json, indent: 2) }
        return .lazyArray(count: rendered.count) { rendered[$0] }
    }

    public var json: JSONValue {
        .object([
            ("series", seriesJSON),
            ("problems", .array(problems.map(\.json))),
            ("summary", .object([
                ("files", .int(files.count)),
                ("series", .int(series.count)),
                ("meetings", .int(meetingCount)),
                ("problems", .int(problems.count)),
                // Which order numeric dates were read in and why: `configuration`, or `notes`
                // when the run's unambiguous numeric dates all showed it; null when none did.
                ("dateOrder", dateOrder.map { .object([("order", .string($0.order.rawValue)), ("source", .string($0.source.rawValue))]) } ?? .null),
            ])),
        ])
    }
}

extension Series {
    var json: JSONValue {
        .object([
            ("person", .string(person)),
            ("kind", .string(kind.rawValue)),
            ("cadence", .object([("days", .int(cadence.days)), ("source", .string(cadence.source.rawValue))])),
            ("meetings", .array(meetings.map { json(for: $0) })),
        ])
    }

    private func json(for meeting: Meeting) -> JSONValue {
        let actions = meeting.items.compactMap { item in item.action.map { (item, $0) } }
        let discussion = meeting.items.filter { !$0.isActionItem }
        return .object([
            ("date", .string(meeting.date.description)),
            ("status", .string(meeting.status.rawValue)),
            ("kind", .string(meeting.kind.rawValue)),
            ("file", .string(meeting.file)),
            ("line", .int(meeting.line)),
            ("endLine", .int(meeting.lines.upperBound)),
            ("shared", .bool(meeting.isShared)),
            ("duration", .optional(meeting.duration?.minutes)),
            ("next", .optional(meeting.next?.description)),
            ("tags", .array(meeting.tags.map(JSONValue.string))),
            ("sections", .array(meeting.sections.map { section in
                var fields: [(String, JSONValue)] = [("line", .int(section.line)), ("title", .string(section.title)), ("topic", .string(section.topic.rawValue))]
                if let feedback = section.feedback { fields.append(("feedback", .string(feedback.rawValue))) }
                return .object(fields)
            })),
            ("items", .array(discussion.map { item in .object(itemFields(item)) })),
            ("actionItems", .array(actions.map { item, action in
                .object(itemFields(item) + [
                    ("owner", .optional(action.owner)),
                    ("due", .optional(action.due?.description)),
                    ("done", .bool(action.isDone)),
                    ("from", action.previous.map(json(for:)) ?? .null),
                    ("next", action.next.map(json(for:)) ?? .null),
                ])
            })),
            ("private", .object([
                ("parts", .int(meeting.privateParts.count)),
                ("items", .int(meeting.privateParts.reduce(0) { $0 + $1.items })),
            ])),
        ])
    }

    private func itemFields(_ item: Item) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [("line", .int(item.line)), ("column", .int(item.column)), ("text", .string(item.text)), ("topic", .string(item.topic.rawValue))]
        if let feedback = item.feedback { fields.append(("feedback", .string(feedback.rawValue))) }
        if let attribution = item.attribution { fields.append(("by", .string(attribution.name))) }
        if item.isPrompt { fields.append(("prompt", .bool(true))) }
        return fields
    }

    private func json(for link: ThreadLink) -> JSONValue {
        let meeting = meetings[link.meeting]
        return .object([
            ("how", .string(link.kind.rawValue)),
            ("date", .string(meeting.date.description)),
            ("file", .string(meeting.file)),
            ("line", .int(meeting.items[link.item].line)),
        ])
    }
}

extension Attribution {
    /// `report`, `manager`, or the person's name.
    public var name: String {
        switch self {
        case .report: return "report"
        case .manager: return "manager"
        case .other(let name): return name
        }
    }
}

extension Problem {
    var json: JSONValue {
        .object([
            ("rule", .string(kind.rawValue)),
            ("file", .string(file)),
            ("line", .int(line)),
            ("column", .int(column)),
            ("message", .string(described)),
        ])
    }
}
