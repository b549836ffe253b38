/// Lint-style text: `path:line:col: severity: message [rule-id]`, the source line with a caret
/// underline, related locations as notes, and a summary line.
public struct TextReporter: Reporter {
    public var color: Bool
    /// Whether to print the source line and underline.
    public var showSource: Bool

    public init(color: Bool = false, showSource: Bool = true) {
        self.color = color
        self.showSource = showSource
    }

    public func render(_ report: LintReport) -> String {
        var out = ""
        for diagnostic in report.allDiagnostics {
            var head = diagnostic.path
            if let location = diagnostic.location { head += ":\(location.line):\(location.column)" }
            out += "\(head): \(paint(diagnostic.level.rawValue, level: diagnostic.level.rawValue)): \(diagnostic.message)\n"
        }
        for file in report.files {
            for finding in file.findings {
                let location = finding.location
                out += "\(bold("\(finding.path):\(location.line):\(location.column):")) \(paint(finding.severity.rawValue, level: finding.severity.rawValue)): \(finding.message) \(dim("[\(finding.ruleID)]"))\n"
                if showSource, let source = file.source {
                    out += excerpt(source, location)
                }
                for related in finding.related {
                    out += "\(bold("\(related.path):\(related.location.line):\(related.location.column):")) \(paint("note", level: "note")): \(related.message)\n"
                }
            }
        }
        let errors = report.count(.error)
        let warnings = report.count(.warning)
        let infos = report.count(.info)
        let files = report.files.count
        var summary = "\(files) \(files == 1 ? "file" : "files"): \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings"), \(infos) info"
        let problems = report.allDiagnostics.filter { $0.level == .error }.count
        if problems > 0 { summary += "; \(problems) could not be read" }
        out += summary + "\n"
        return out
    }

    /// The first line of the span, a caret under its first column and tildes to its end on that line.
    private func excerpt(_ source: SourceText, _ location: SourceLocation) -> String {
        let line = source.lineText(location.line)
        let scalars = Array(line.unicodeScalars)
        let startColumn = max(1, min(location.column, scalars.count + 1))
        let endColumn = location.endLine == location.line ? max(startColumn + 1, location.endColumn) : scalars.count + 1
        // Tabs are kept in the gutter so the caret lines up under them in a terminal.
        var gutter = ""
        for scalar in scalars.prefix(startColumn - 1) { gutter.unicodeScalars.append(scalar == "\t" ? "\t" : " ") }
        let width = max(1, min(endColumn, scalars.count + 1) - startColumn)
        let underline = "^" + String(repeating: "~", count: max(0, width - 1))
        return "    \(line)\n    \(gutter)\(paint(underline, level: "caret"))\n"
    }

    private func paint(_ text: String, level: String) -> String {
        guard color else { return text }
        let code: String
        switch level {
        case "error": code = "1;31"
        case "warning": code = "1;33"
        case "info", "note": code = "1;36"
        case "caret": code = "32"
        default: return text
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
