import FactLintKit

/// Names a request's findings by the field they are in: `body`, `title` or `published`, where
/// the record reader names them after the record (`article`, `article/title`, `article/date`).
enum FieldPaths {
    static func named(_ report: FileReport, recordPath: String) -> FileReport {
        func field(_ path: String) -> String {
            guard path.hasPrefix(recordPath) else { return path }
            switch path.dropFirst(recordPath.count) {
            case "": return "body"
            case "/title": return "title"
            case "/date": return "published"
            default: return path
            }
        }
        var report = report
        report.path = field(report.path)
        for index in report.findings.indices {
            report.findings[index].path = field(report.findings[index].path)
            for related in report.findings[index].related.indices {
                report.findings[index].related[related].path = field(report.findings[index].related[related].path)
            }
        }
        for index in report.diagnostics.indices { report.diagnostics[index].path = field(report.diagnostics[index].path) }
        return report
    }
}
