/// Lint-style text: `path:line:col: severity: message [rule-id]`, the source line with a caret
/// underline, related locations as notes, and a summary line.
public struct TextReporter: Reporter {
    public var color: Bool
    /// Whether to print the source line and underline.
    public var showSource: Bool
    /// Whether to print each finding's evidence: the facts and slot values the rule matched.
    public var verbose: Bool
    /// The most characters of a line an excerpt shows; a longer line is cut to a window around
    /// the span, with '…' where it was cut.
    public static let excerptWidth = 100

    public init(color: Bool = false, showSource: Bool = true, verbose: Bool = false) {
        self.color = color
        self.showSource = showSource
        self.verbose = verbose
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
                    out += excerpt(source, location, offset: finding.span.start)
                }
                if verbose {
                    for item in finding.evidence { out += "    \(dim("evidence:")) \(describe(item))\n" }
                }
                for related in finding.related {
                    out += "\(bold("\(related.path):\(related.location.line):\(related.location.column):")) \(paint("note", level: "note")): \(related.message)\n"
                }
                if let fix = finding.fix {
                    out += "\(bold("\(finding.path):\(fix.location.line):\(fix.location.column):")) \(paint("help", level: "note")): \(fix.summary)\n"
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

    /// One evidence item: `key: person 'Ingrid Solberg' at 3:1`, with the compared value in
    /// brackets when it says more than the text.
    private func describe(_ item: Evidence) -> String {
        var text = item.name == item.kind.rawValue ? "" : "\(item.name): "
        text += "\(item.kind.rawValue) '\(item.text)'"
        if let value = item.value { text += " (\(value))" }
        if let location = item.location { text += " at \(location.line):\(location.column)" }
        return text
    }

    /// The first line of the span, a caret under its first column and tildes to its end on that
    /// line. A line longer than ``excerptWidth`` is cut to a window around the span.
    private func excerpt(_ source: SourceText, _ location: SourceLocation, offset: Int) -> String {
        // The line by offset: in a CMS record's text, location lines count from each field's start.
        let scalars = Array(source.lineText(source.line(atOffset: offset)).unicodeScalars)
        let startColumn = max(1, min(location.column, scalars.count + 1))
        let endColumn = location.endLine == location.line ? max(startColumn + 1, location.endColumn) : scalars.count + 1
        let window = Self.window(count: scalars.count, spanStart: startColumn - 1, spanEnd: min(endColumn, scalars.count + 1) - 1)
        var line = window.lowerBound > 0 ? "…" : ""
        line.unicodeScalars.append(contentsOf: scalars[window])
        if window.upperBound < scalars.count { line += "…" }
        // Tabs are kept in the gutter so the caret lines up under them in a terminal.
        var gutter = window.lowerBound > 0 ? " " : ""
        for scalar in scalars[window.lowerBound..<max(window.lowerBound, startColumn - 1)] {
            gutter.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
        }
        let width = max(1, min(endColumn - 1, window.upperBound) - (startColumn - 1))
        let underline = "^" + String(repeating: "~", count: max(0, width - 1))
        return "    \(line)\n    \(gutter)\(paint(underline, level: "caret"))\n"
    }

    /// The scalars of a line an excerpt shows: all of a short line; of a long one, about
    /// ``excerptWidth`` around the span (its start when the span is longer), cut at spaces.
    public static func window(count: Int, spanStart: Int, spanEnd: Int) -> Range<Int> {
        let width = excerptWidth
        guard count > width else { return 0..<count }
        let start = min(spanStart, count)
        let end = max(start, min(spanEnd, count))
        var lower: Int
        if end - start >= width - 20 {
            lower = max(0, start - 20)
        } else {
            lower = max(0, start - (width - (end - start)) / 2)
        }
        let upper = min(count, lower + width)
        if upper - lower < width { lower = max(0, upper - width) }
        return lower..<upper
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
