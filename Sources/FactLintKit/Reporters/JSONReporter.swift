/// Machine-readable findings:
/// `{"version": 1, "findings": […], "errors": […], "warnings": […], "notes": […], "summary": {…}}`.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.int("version", 1)
        json.beginArray("findings")
        for finding in report.findings { Self.write(finding, into: &json) }
        json.endArray()
        let diagnostics = report.allDiagnostics
        // Errors (a file not read), warnings (read with trouble), notes (info: rules that could not run).
        for (key, level) in [("errors", Diagnostic.Level.error), ("warnings", .warning), ("notes", .info)] {
            json.beginArray(key)
            for diagnostic in diagnostics where diagnostic.level == level {
                json.beginObject()
                json.string("path", diagnostic.path)
                json.string("message", diagnostic.message)
                if let location = diagnostic.location {
                    json.int("line", location.line)
                    json.int("column", location.column)
                }
                json.endObject()
            }
            json.endArray()
        }
        json.beginObject("summary")
        json.int("files", report.files.count)
        json.int("findings", report.findings.count)
        json.int("errors", report.count(.error))
        json.int("warnings", report.count(.warning))
        json.int("info", report.count(.info))
        json.int("unreadable", diagnostics.filter { $0.level == .error }.count)
        json.int("hiddenByBaseline", report.hiddenByBaseline)
        json.endObject()
        json.endObject()
        return json.output + "\n"
    }

    /// `"evidence": [{"name", "kind", "text", "value"?, "line", "column", "endLine", "endColumn"}]`.
    /// One finding as a JSON object: the fields every JSON output shares (`--format json` and
    /// each line of `--input jsonl`).
    static func write(_ finding: Finding, into json: inout JSONWriter) {
        json.beginObject()
        json.string("path", finding.path)
        json.string("rule", finding.ruleID)
        json.string("severity", finding.severity.rawValue)
        json.string("message", finding.message)
        write(finding.location, into: &json)
        json.beginArray("related")
        for related in finding.related {
            json.beginObject()
            json.string("path", related.path)
            write(related.location, into: &json)
            json.string("message", related.message)
            json.endObject()
        }
        json.endArray()
        write(evidence: finding.evidence, into: &json)
        if let fix = finding.fix { write(fix, into: &json) }
        json.endObject()
    }

    static func write(evidence: [Evidence], into json: inout JSONWriter) {
        json.beginArray("evidence")
        for item in evidence {
            json.beginObject()
            json.string("name", item.name)
            json.string("kind", item.kind.rawValue)
            json.string("text", item.text)
            if let value = item.value { json.string("value", value) }
            if let location = item.location { write(location, into: &json) }
            json.endObject()
        }
        json.endArray()
    }

    /// `"fix": {"replacement", "original", "line", "column", "endLine", "endColumn"}`.
    static func write(_ fix: Fix, into json: inout JSONWriter) {
        json.beginObject("fix")
        json.string("replacement", fix.replacement)
        json.string("original", fix.original)
        write(fix.location, into: &json)
        json.endObject()
    }

    static func write(_ location: SourceLocation, into json: inout JSONWriter) {
        json.int("line", location.line)
        json.int("column", location.column)
        json.int("endLine", location.endLine)
        json.int("endColumn", location.endColumn)
    }
}
