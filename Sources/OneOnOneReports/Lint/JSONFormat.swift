import OneOnOneChecks
import OneOnOneCore

/// The JSON of PRODUCT.md: `diagnostics` and a `summary`.
enum JSONFormat {
    static func render(_ report: LintReport) -> JSONValue {
        .object([
            ("diagnostics", .lazyArray(count: report.findings.count, element: { [findings = report.findings] index in
                let finding = findings[index]
                return .object([
                    ("rule", .string(finding.rule)),
                    ("severity", .string(finding.severity.rawValue)),
                    ("file", .string(finding.file)),
                    ("line", .int(finding.line)),
                    ("column", .int(finding.column)),
                    ("message", .string(finding.message)),
                    ("person", .optional(finding.person)),
                    ("date", .optional(finding.date?.description)),
                ])
            })),
            ("summary", .object([
                ("files", .int(report.files.count)),
                ("meetings", .int(report.meetings)),
                ("errors", .int(report.count(.error))),
                ("warnings", .int(report.count(.warning))),
                ("infos", .int(report.count(.info))),
            ])),
        ])
    }
}
