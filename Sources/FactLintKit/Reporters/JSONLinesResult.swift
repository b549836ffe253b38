/// One line of `factlint lint --input jsonl` output: a record's id, its path and its findings,
/// as compact JSON. Findings have the fields of `--format json`.
public enum JSONLinesResult {
    public static func render(record: ArticleRecord, report: FileReport) -> String {
        var json = JSONWriter(indent: nil)
        json.beginObject()
        json.string("id", record.id)
        json.string("path", record.path)
        json.beginArray("findings")
        // The same fields as --format json, evidence and fix included.
        for finding in report.findings { JSONReporter.write(finding, into: &json) }
        json.endArray()
        json.beginArray("warnings")
        for diagnostic in report.diagnostics {
            json.beginObject()
            json.string("path", diagnostic.path)
            json.string("level", diagnostic.level.rawValue)
            json.string("message", diagnostic.message)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output
    }

    /// A line that is not an article: `{"line": 7, "error": "…"}`.
    public static func error(path: String, line: Int, message: String) -> String {
        var json = JSONWriter(indent: nil)
        json.beginObject()
        json.string("path", path)
        json.int("line", line)
        json.string("error", message)
        json.endObject()
        return json.output
    }
}
