/// One thing to lint: a file on disk, or bytes already read (standard input).
public struct InputFile: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case file(String)
        case bytes([UInt8])
    }

    /// The path shown in reports.
    public var displayPath: String
    public var content: Content
    /// The format, when the name does not say (standard input, a file named explicitly).
    public var format: ArticleFormat?

    public init(displayPath: String, content: Content, format: ArticleFormat? = nil) {
        self.displayPath = displayPath
        self.content = content
        self.format = format
    }
}
