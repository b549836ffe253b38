/// The input formats FactLintKit reads.
public enum ArticleFormat: String, Sendable, Hashable, Codable {
    case markdown
    case plainText
    case html
    /// A CMS export: one JSON article object or an array of them.
    case json
    /// JSON Lines: one JSON article object a line.
    case jsonLines

    /// Whether a file of this format holds many articles (records) rather than one.
    public var isExport: Bool { self == .json || self == .jsonLines }

    /// The file name endings read as articles, for messages ("supported: .md, …").
    public static let extensions = [".md", ".markdown", ".txt", ".html", ".htm", ".json", ".jsonl"]

    /// The supported endings as a phrase: ".md, .markdown, .txt, .html and .htm".
    public static var supportedList: String {
        extensions.dropLast().joined(separator: ", ") + " and " + extensions[extensions.count - 1]
    }

    /// The format for a file name, or nil if FactLintKit does not read such files.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else if lower.hasSuffix(".txt") {
            self = .plainText
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            self = .html
        } else if lower.hasSuffix(".json") {
            self = .json
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            self = .jsonLines
        } else {
            return nil
        }
    }
}
