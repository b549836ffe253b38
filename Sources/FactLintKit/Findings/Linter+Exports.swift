extension Linter {
    /// Lints every article in a file: one report for an article file, one for each record of a
    /// JSON export or JSON Lines file (`export.json#post-123`). A problem with the export itself
    /// (invalid JSON, a record with no body) is a report of its own, under the file's path.
    public func lintAll(bytes: [UInt8], path: String, format: ArticleFormat? = nil, timings: PhaseTimings? = nil) -> [FileReport] {
        let format = format ?? ArticleFormat(path: path) ?? .plainText
        guard format.isExport else { return [lint(bytes: bytes, path: path, format: format, timings: timings)] }
        let (articles, diagnostics) = timings?.measure(.parse) { reader.readAll(bytes: bytes, path: path, format: format) }
            ?? reader.readAll(bytes: bytes, path: path, format: format)
        var reports = articles.map { lint(article: $0, timings: timings) }
        if !diagnostics.isEmpty {
            reports.append(FileReport(path: path, source: nil, findings: [], diagnostics: diagnostics))
        }
        return reports
    }

    /// Lints one record of a stream.
    public func lint(record: ArticleRecord, timings: PhaseTimings? = nil) -> FileReport {
        lint(article: reader.read(record: record), timings: timings)
    }
}
