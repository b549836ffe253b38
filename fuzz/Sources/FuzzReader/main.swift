import FactLintKit
import FuzzDriver
#if canImport(Glibc)
import Glibc
#endif

/// Reads the input as an article, Markdown or plain text by its first byte, then extracts facts
/// and runs every built-in rule: the whole pipeline must accept any bytes.
let linter = Linter(rules: RuleSet.builtIn().rules)

exit(runFuzzer { data, size in
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let format: ArticleFormat = (bytes.first ?? 0) & 1 == 0 ? .markdown : .plainText
    _ = linter.lint(bytes: bytes, path: "fuzz", format: format)
    return 0
})
