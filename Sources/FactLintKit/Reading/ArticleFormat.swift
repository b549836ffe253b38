/// The input formats FactLintKit reads.
public enum ArticleFormat: String, Sendable, Hashable, Codable {
    case markdown
    case plainText

    /// The format for a file name, or nil if FactLintKit does not read such files.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else if lower.hasSuffix(".txt") {
            self = .plainText
        } else {
            return nil
        }
    }
}
