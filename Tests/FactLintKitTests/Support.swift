import FactLintKit
import Foundation

/// Reads an article from a string.
func read(_ text: String, path: String = "article.md", options: ReadOptions = ReadOptions()) -> Article {
    ArticleReader(options: options).read(bytes: Array(text.utf8), path: path)
}

/// Reads and extracts facts.
func facts(_ text: String, path: String = "article.md") -> ArticleFacts {
    FactExtractor().extract(from: read(text, path: path))
}

/// The location of a span, as a compact `line:col-endLine:endCol` string.
func where_(_ article: Article, _ span: SourceSpan) -> String {
    let location = article.source.location(of: span)
    return "\(location.line):\(location.column)-\(location.endLine):\(location.endColumn)"
}

/// The built-in rules, loaded once.
let builtInRules = RuleSet.builtIn()

/// The folder of this test file, for golden files.
let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
