import FactLintKit
import FuzzDriver
#if canImport(Glibc)
import Glibc
#endif

/// Compiles the input as a token pattern and as a bounded regex and matches both on a fixed story.
let article = ArticleReader().read(bytes: Array("Story\n\nFinance Minister John Smith said on Monday, May 13, 2024 that 40 percent of 1,200 workers came. Mr. Smith left.\n".utf8), path: "a.md")
let facts = FactExtractor().extract(from: article)
let matcher = PatternMatcher(facts: facts)

exit(runFuzzer { data, size in
    guard let data else { return 0 }
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let pattern = try? TokenPattern(source) { _ = matcher.matches(pattern) { _ in true } }
    if let regex = try? BoundedRegex(source, limitMilliseconds: 50) { _ = regex.matches(in: facts.sentences.map(\.text).joined(separator: " ")) }
    return 0
})
