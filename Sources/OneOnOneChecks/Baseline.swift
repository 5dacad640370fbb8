import Foundation
import OneOnOneCore

/// Findings recorded once so that only new ones are shown: how a linter is adopted on years of
/// old notes. A finding is known by its rule, file, meeting and subject (the item or gap it is
/// about), not its line, so edits elsewhere in a file do not make old findings new.
public struct Baseline: Sendable, Equatable {
    public struct Entry: Sendable, Hashable, Comparable {
        public var rule: String
        public var file: String
        public var date: String?
        public var subject: String

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.file, lhs.rule, lhs.date ?? "", lhs.subject) < (rhs.file, rhs.rule, rhs.date ?? "", rhs.subject)
        }
    }

    /// How many findings each entry stands for.
    public var entries: [Entry: Int]

    /// The baseline of `findings`, each file named by `place` (the command line names them from
    /// the git root, so a baseline works from any folder of the repository).
    public init(_ findings: [Finding], place: (String) -> String = { $0 }) {
        var entries: [Entry: Int] = [:]
        for finding in findings { entries[Baseline.entry(finding, place: place), default: 0] += 1 }
        self.entries = entries
    }

    static func entry(_ finding: Finding, place: (String) -> String) -> Entry {
        Entry(rule: finding.rule, file: place(finding.file), date: finding.date?.description, subject: finding.subject)
    }

    /// The findings the baseline does not know, their files named by `place` as when it was written.
    public func filter(_ findings: [Finding], place: (String) -> String = { $0 }) -> [Finding] {
        var remaining = entries
        return findings.filter { finding in
            let entry = Baseline.entry(finding, place: place)
            guard let count = remaining[entry], count > 0 else { return true }
            remaining[entry] = count - 1
            return false
        }
    }

    /// The baseline file: JSON, one entry per finding kind, sorted, so diffs stay readable.
    public var json: JSONValue {
        .object([
            ("version", 1),
            ("findings", .array(entries.keys.sorted().map { entry in
                .object([
                    ("rule", .string(entry.rule)), ("file", .string(entry.file)), ("date", .optional(entry.date)),
                    ("subject", .string(entry.subject)), ("count", .int(entries[entry] ?? 1)),
                ])
            })),
        ])
    }

    /// A baseline file's problem, with the file named.
    public struct Error: Swift.Error, CustomStringConvertible {
        public var description: String
    }

    public init(file: String) throws(Baseline.Error) {
        guard let data = FileManager.default.contents(atPath: file) else { throw Error(description: "\(file): cannot read the baseline file") }
        // Decoded into plain values, not a tree of `Any`: a baseline of 175,000 findings took
        // 500 MB more that way, and twice the time of the lint it filters.
        let stored: Stored
        do {
            stored = try JSONDecoder().decode(Stored.self, from: data)
        } catch DecodingError.keyNotFound(let key, _) where key.stringValue == "rule" || key.stringValue == "file" {
            throw Error(description: "\(file): a baseline entry lacks `rule` or `file`")
        } catch {
            throw Error(description: "\(file): not a OneOnOne baseline (write one with --write-baseline)")
        }
        var entries: [Entry: Int] = [:]
        entries.reserveCapacity(stored.findings.count)
        for item in stored.findings {
            entries[Entry(rule: item.rule, file: item.file, date: item.date, subject: item.subject ?? ""), default: 0] += item.count ?? 1
        }
        self.entries = entries
    }

    /// The file as written by `json`.
    private struct Stored: Decodable {
        struct Item: Decodable {
            var rule: String
            var file: String
            var date: String?
            var subject: String?
            var count: Int?
        }

        var findings: [Item]
    }
}
