import ArgumentParser
import FactLintKit
#if canImport(Glibc)
import Glibc
#endif

extension LintSettings {
    /// `--input jsonl`: each path (or - for standard input) is a JSON Lines stream, linted as it is
    /// read; one JSON result a line goes to standard output in input order.
    func runStream(resolver: ConfigurationResolver, threshold: Severity) throws {
        var worst: Severity?
        var unreadable = 0
        var articles = 0
        for path in input.paths {
            let descriptor: Int32 = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
            let shown = path == "-" ? input.stdinName : InputCollector().display(path)
            guard descriptor >= 0 else {
                writeStandardError("\(shown): error: cannot open the file: \(String(cString: strerror(errno)))")
                unreadable += 1
                continue
            }
            defer { if descriptor != STDIN_FILENO { close(descriptor) } }
            let stream = JSONLinesStream(linter: resolver.linter(for: path == "-" ? input.stdinName : path),
                                         concurrency: jobs ?? LintRunner.defaultConcurrency, maxLineBytes: input.articleLimit)
            let summary = stream.run(reading: descriptor, path: shown) { writeStandardOutput($0) }
            articles += summary.articles
            unreadable += summary.unreadable
            if let found = summary.worst, worst.map({ found > $0 }) ?? true { worst = found }
        }
        for problem in resolver.problems { writeStandardError("\(problem)") }
        if !quiet {
            writeStandardError("\(articles) \(articles == 1 ? "article" : "articles")\(unreadable > 0 ? "; \(unreadable) \(unreadable == 1 ? "line" : "lines") could not be read" : "")")
        }
        if unreadable > 0 || !resolver.problems.isEmpty { throw ExitCode(2) }
        if let worst, worst >= threshold { throw ExitCode(1) }
    }
}
