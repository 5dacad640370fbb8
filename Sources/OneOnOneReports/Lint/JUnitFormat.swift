import OneOnOneChecks
import OneOnOneCore

/// JUnit XML, which GitLab and most CI systems show as a test report: a passing test case per
/// clean file, a failing one per error or warning, and infos as passing cases with output.
enum JUnitFormat {
    static func render(_ report: LintReport) -> String {
        let flagged = Set(report.findings.map(\.file))
        var cases: [String] = []
        for file in report.files where !flagged.contains(file) {
            cases.append("    <testcase classname=\"\(escape(file))\" name=\"\(escape(file))\" file=\"\(escape(file))\"/>")
        }
        for finding in report.findings {
            let name = escape("\(finding.rule) at \(finding.file):\(finding.line)")
            let head = "    <testcase classname=\"\(escape(finding.file))\" name=\"\(name)\" file=\"\(escape(finding.file))\" line=\"\(finding.line)\">"
            let text = escape("\(finding.file):\(finding.line):\(finding.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]")
            if finding.severity == .info {
                cases.append(head + "<system-out>\(text)</system-out></testcase>")
            } else {
                cases.append(head + "<failure type=\"\(escape(finding.rule))\" message=\"\(escape(finding.message))\">\(text)</failure></testcase>")
            }
        }
        let failures = report.findings.filter { $0.severity != .info }.count
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="oneonone" tests="\(cases.count)" failures="\(failures)" errors="0">
          <testsuite name="oneonone" tests="\(cases.count)" failures="\(failures)" errors="0">
        \(cases.joined(separator: "\n"))
          </testsuite>
        </testsuites>

        """
    }

    private static func escape(_ text: String) -> String { Escaping.xml(text) }
}
