import FactLintKit
import FuzzDriver
#if canImport(Glibc)
import Glibc
#endif

/// Reads the input as an HTML page, a JSON export or a JSON Lines stream (by its first byte: "<" and
/// " " read as HTML, a line break as JSON, "{" and "[" as JSON Lines), then
/// extracts facts and runs every built-in rule: the tokenizer, the tree builder, the JSON reader
/// and the record layout must accept any bytes, and every span must stay inside the text.
let linter = Linter(rules: RuleSet.builtIn().rules)
let formats: [ArticleFormat] = [.html, .html, .json, .jsonLines]

exit(runFuzzer { data, size in
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let format = formats[Int(bytes.first ?? 0) % formats.count]
    for report in linter.lintAll(bytes: bytes, path: "fuzz", format: format) {
        guard let source = report.source else { continue }
        for finding in report.findings where finding.span.end > source.bytes.count { abort() }
    }
    return 0
})
