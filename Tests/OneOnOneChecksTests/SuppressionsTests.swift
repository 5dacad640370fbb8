import Testing
@testable import OneOnOneChecks
@testable import OneOnOneCore

@Suite("Suppression look-ups")
struct SuppressionsTests {
    /// What `silences` means, written as the walk over every comment it once was: the first
    /// `disable-next-line` or `disable-line` for the line decides, else the last `disable` or
    /// `enable` acting on it, else the last `disable-file` or `enable-file`.
    private func referenceSilences(_ finding: Finding, _ comments: inout [Suppressions.Comment]) -> Bool {
        var fileWide: Int?
        var region: Int?
        for index in comments.indices where comments[index].covers(finding.rule) {
            let comment = comments[index]
            switch comment.kind {
            case .disableFile: fileWide = index
            case .enableFile: fileWide = nil
            case .disable where comment.from <= finding.line: region = index
            case .enable where comment.line <= finding.line: region = nil
            case .disableNextLine where comment.line + 1 == finding.line, .disableLine where comment.line == finding.line:
                comments[index].used = true
                return true
            default: break
            }
        }
        guard let by = region ?? fileWide else { return false }
        comments[by].used = true
        return true
    }

    /// SplitMix64 from a fixed seed, so a failure can be replayed.
    private struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("the look-ups silence exactly what a walk over every comment does, and mark the same comments used")
    func matchesTheWalk() {
        var random = Seeded(state: 20261122)
        let kinds = ["disable", "enable", "disable-next-line", "disable-line", "disable-file", "enable-file"]
        for _ in 0..<500 {
            // A few comments on 30 lines naming no rule, one or two; some at the head of a meeting (from its heading).
            let directives = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                let rules = ["", " a", " b", " a,b", " c"].randomElement(using: &random)!
                return Directive(text: "oneonone-" + kinds.randomElement(using: &random)! + rules, line: Int.random(in: 1...30, using: &random))
            }
            let heads = Dictionary(directives.map { ($0.line, max(1, $0.line - Int.random(in: 0...3, using: &random))) }) { first, _ in first }
            var suppressions = Suppressions(directives) { line in Bool.random(using: &random) ? heads[line] : nil }
            var reference = suppressions.comments
            for _ in 0..<20 {
                let finding = Finding(rule: ["a", "b", "d"].randomElement(using: &random)!, severity: .warning, file: "f.md",
                                      line: Int.random(in: 1...32, using: &random), message: "")
                let expected = referenceSilences(finding, &reference)
                #expect(suppressions.silences(finding) == expected, "\(directives) \(finding.rule):\(finding.line)")
            }
            #expect(suppressions.comments.map(\.used) == reference.map(\.used), "\(directives)")
        }
    }
}
