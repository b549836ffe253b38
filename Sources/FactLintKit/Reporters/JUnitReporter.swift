/// JUnit XML for CI systems that show test reports: one test suite per file, one test case per
/// finding, and an erroring test case for a file that could not be read. A finding fails its
/// test case only at or above the file's `fail-on` (`--fail-on`, or the configuration's); one
/// below it is a passing test case that carries the message in `system-out`, so the report
/// agrees with the exit status.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        let findings = report.findings
        var thresholds: [String: Severity] = [:]
        for file in report.files { thresholds[file.path] = file.failOn }
        let fails = { (finding: Finding) in finding.severity >= (thresholds[finding.path] ?? .error) }
        let diagnostics = report.allDiagnostics.filter { $0.level == .error }
        var paths = Set(report.files.map(\.path))
        for diagnostic in diagnostics { paths.insert(diagnostic.path) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"factlint\" tests=\"\(findings.count + diagnostics.count)\" failures=\"\(findings.filter(fails).count)\" errors=\"\(diagnostics.count)\">\n"
        for path in paths.sorted() {
            let fileFindings = findings.filter { $0.path == path }
            let fileErrors = diagnostics.filter { $0.path == path }
            out += "  <testsuite name=\"\(escape(path))\" tests=\"\(fileFindings.count + fileErrors.count)\" failures=\"\(fileFindings.filter(fails).count)\" errors=\"\(fileErrors.count)\">\n"
            var used: [String: Int] = [:]
            for finding in fileFindings {
                let location = finding.location
                var name = "\(finding.ruleID) at \(location.line):\(location.column)"
                // Two findings of one rule at one place would share a name; number the repeats.
                used[name, default: 0] += 1
                if let count = used[name], count > 1 { name += " (\(count))" }
                out += "    <testcase classname=\"\(escape(path))\" name=\"\(escape(name))\">\n"
                var body = "\(finding.path):\(location.line):\(location.column): \(finding.severity.rawValue): \(finding.message) [\(finding.ruleID)]"
                for related in finding.related {
                    body += "\n\(related.path):\(related.location.line):\(related.location.column): note: \(related.message)"
                }
                if let fix = finding.fix { body += "\n\(finding.path):\(fix.location.line):\(fix.location.column): help: \(fix.summary)" }
                if fails(finding) {
                    out += "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(escape(finding.message))\">" + escape(body) + "</failure>\n"
                } else {
                    out += "      <system-out>" + escape(body) + "</system-out>\n"
                }
                out += "    </testcase>\n"
            }
            for (index, diagnostic) in fileErrors.enumerated() {
                out += "    <testcase classname=\"\(escape(path))\" name=\"read \(index + 1)\">\n"
                out += "      <error message=\"\(escape(diagnostic.message))\">\(escape(diagnostic.message))</error>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// Escapes XML text and attribute values, and drops characters XML 1.0 cannot hold.
    func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
