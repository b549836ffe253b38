/// GitHub Actions workflow commands, so findings appear as annotations on the pull request:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`.
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var out = ""
        for diagnostic in report.allDiagnostics {
            let command = diagnostic.level == .error ? "error" : (diagnostic.level == .warning ? "warning" : "notice")
            var properties = "file=\(Self.escapeProperty(diagnostic.path))"
            if let location = diagnostic.location {
                properties += ",line=\(location.line),col=\(location.column)"
            }
            out += "::\(command) \(properties),title=factlint::\(Self.escapeData(diagnostic.message))\n"
        }
        for finding in report.findings {
            let command: String
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            let location = finding.location
            var message = finding.message
            for related in finding.related {
                message += "\n\(related.path):\(related.location.line):\(related.location.column): \(related.message)"
            }
            if let fix = finding.fix { message += "\nhelp: \(fix.summary)" }
            out += "::\(command) file=\(Self.escapeProperty(finding.path)),line=\(location.line),col=\(location.column),endLine=\(location.endLine),endColumn=\(location.endColumn),title=\(Self.escapeProperty(finding.ruleID))::\(Self.escapeData(message))\n"
        }
        return out
    }

    /// Escapes a message as GitHub's toolkit does: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    /// Escapes a property value: as a message, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}
