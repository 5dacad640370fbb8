import OneOnOneCore

extension MeetingReport {
    /// The report as PRODUCT.md's JSON (`oneonone report --format json`): scripts and dashboards
    /// read these keys. Redacted, `mostCarried` keeps its figures and drops its text.
    public var json: JSONValue {
        .object([
            ("asOf", .string(asOf.description)),
            ("since", .optional(since?.description)),
            ("until", .string(until.description)),
            ("series", .array(series.map { $0.json(redacted: isRedacted) })),
            ("attention", .array(attention.map { .object([("person", .string($0.person)), ("rule", .string($0.rule)), ("why", .string($0.why))]) })),
        ])
    }
}

extension SeriesFigures {
    func json(redacted: Bool) -> JSONValue {
        func number(_ value: Double?) -> JSONValue {
            guard let value else { return .null }
            return value.rounded() == value ? .int(Int(value)) : .double(value)
        }
        func share(_ value: Double?) -> JSONValue { number(value.map { ($0 * 100).rounded() / 100 }) }
        return .object([
            ("person", .string(person)),
            ("kind", .string(kind.rawValue)),
            ("cadence", .object([("days", .int(cadence.days)), ("source", .string(cadence.source.rawValue))])),
            ("meetings", .object([("held", .int(held)), ("cancelled", .int(cancelled)), ("rescheduled", .int(rescheduled)),
                                  ("first", .optional(first?.description)), ("last", .optional(last?.description))])),
            ("gaps", .object([("median", number(medianGap)), ("longest", .optional(longestGap)), ("onCadence", share(onCadence))])),
            ("actionItems", .object([
                ("created", .int(created)), ("completed", .int(completed)), ("completionRate", share(completionRate)),
                ("medianDaysToClose", number(medianDaysToClose)), ("open", .int(open)), ("overdue", .int(overdue)),
                ("mostCarried", .array(mostCarried.map { thread in
                    .object((redacted ? [] : [("text", JSONValue.string(thread.text))]) + [("carried", .int(thread.carried)), ("from", .string(thread.first.description))])
                })),
            ])),
            ("topics", .object(topics.map { ($0.key, share($0.share)) })),
            ("lastCareerTalk", .optional(lastCareerTalk?.description)),
            ("lastUpwardFeedback", .optional(lastUpwardFeedback?.description)),
            ("findings", .object(findings.map { ($0.rule, .int($0.count)) })),
        ])
    }
}
