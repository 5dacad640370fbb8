import Foundation
import OneOnOneChecks
import OneOnOneCore

/// SARIF 2.1.0: the rules as the tool's metadata, the findings as results, for GitHub code
/// scanning and other SARIF viewers.
enum SARIFFormat {
    /// The catalogue as SARIF rules, and each rule's place in it: the same for every run.
    private static let rules: [JSONValue] = RuleCatalogue.descriptions.map(rule)
    private static let ruleIndex = Dictionary(uniqueKeysWithValues: RuleCatalogue.descriptions.enumerated().map { ($1.id, $0) })

    static func render(_ report: LintReport) -> JSONValue {
        let index = ruleIndex
        return .object([
            ("$schema", "https://json.schemastore.org/sarif-2.1.0.json"),
            ("version", "2.1.0"),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", "oneonone"),
                    ("version", .string(report.toolVersion)),
                    ("informationUri", .string(Release.home)),
                    ("rules", .array(rules)),
                ]))])),
                ("columnKind", "unicodeCodePoints"),
                ("results", .lazyArray(count: report.findings.count, element: { [findings = report.findings] at in
                    result(findings[at], ruleIndex: index[findings[at].rule])
                })),
            ])])),
        ])
    }

    private static func rule(_ rule: RuleDescription) -> JSONValue {
        let document = RuleDocument(rule)
        return .object([
            ("id", .string(rule.id)),
            // The id in UpperCamelCase, as SARIF viewers show it: `status-only` is `StatusOnly`.
            ("name", .string(rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("help", .object([("text", .string(document.helpText)), ("markdown", .string(document.helpMarkdown))])),
            ("helpUri", .string(Release.readme(anchor: "rule-\(rule.id)"))),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
        ])
    }

    private static func result(_ finding: Finding, ruleIndex: Int?) -> JSONValue {
        var fields: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
        if let ruleIndex { fields.append(("ruleIndex", .int(ruleIndex))) }
        fields += [
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(uri(finding.file)))])),
                ("region", .object([("startLine", .int(max(1, finding.line))), ("startColumn", .int(max(1, finding.column)))])),
            ]))])])),
            ("partialFingerprints", .object([("oneonone/v1", .string(fingerprint(finding)))])),
        ]
        return .object(fields)
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A relative URI reference: the path with anything outside path characters escaped.
    private static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// Stable across line moves: the same identity baselines use.
    private static func fingerprint(_ finding: Finding) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(finding.rule)|\(finding.file)|\(finding.date?.description ?? "")|\(finding.subject)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
