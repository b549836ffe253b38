/// One input file, read into the structure every check works on: where the headline, the date
/// line, the wire dateline and the prose blocks are, and the publication date.
public struct Article: Sendable {
    /// The path shown in reports.
    public var path: String
    public var format: ArticleFormat
    /// The whole file, decoded, with its line index.
    public var source: SourceText
    /// Front matter, when the file has it.
    public var frontMatter: FrontMatter?
    /// The headline block, when one was found. It is also the first entry of ``blocks``.
    public var headline: Block? { blocks.first { $0.kind == .headline } }
    /// The publication date and where it came from.
    public var published: PublicationDate?
    /// Where the publication date was read, when it came from the file.
    public var publishedSpan: SourceSpan?
    /// The wire dateline opening the story, when present.
    public var dateline: Dateline?
    /// Prose blocks in reading order. Page chrome, code and comments are not here.
    public var blocks: [Block]
    /// HTML comments in the source (Markdown) or `factlint-` directive lines (plain text), for
    /// suppressions.
    public var comments: [Comment]
    /// Problems met while reading the file.
    public var diagnostics: [Diagnostic]

    /// The path to show for a span: a CMS record's title or date field adds its name
    /// (`export.json#post-123/title`); anything else is at ``path``.
    public func path(of span: SourceSpan) -> String {
        source.regions.isEmpty ? path : path + source.pathSuffix(atOffset: span.start)
    }

    public init(path: String, format: ArticleFormat, source: SourceText, frontMatter: FrontMatter? = nil,
                published: PublicationDate? = nil, publishedSpan: SourceSpan? = nil, dateline: Dateline? = nil,
                blocks: [Block] = [], comments: [Comment] = [], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.format = format
        self.source = source
        self.frontMatter = frontMatter
        self.published = published
        self.publishedSpan = publishedSpan
        self.dateline = dateline
        self.blocks = blocks
        self.comments = comments
        self.diagnostics = diagnostics
    }
}

/// A comment in the source that is not prose but may carry a directive for factlint.
public struct Comment: Sendable, Hashable {
    /// The comment's text without its delimiters, trimmed.
    public var text: String
    /// The whole comment in the source.
    public var span: SourceSpan

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }
}
