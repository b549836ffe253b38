/// Reads any supported file into an ``Article``: decodes it, finds front matter, the headline,
/// the date line, the wire dateline and the prose blocks.
public struct ArticleReader: Sendable {
    public let options: ReadOptions
    let dateLines: DateLineParser
    let wireDatelines: WireDatelineParser

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
        dateLines = DateLineParser(lexicons: options.lexicons, dateOrder: options.dateOrder)
        wireDatelines = WireDatelineParser(lexicons: options.lexicons)
    }

    /// Reads raw bytes. `path` is used for messages and to choose the format when `format` is nil.
    public func read(bytes rawBytes: [UInt8], path: String, format: ArticleFormat? = nil) -> Article {
        let source = SourceText(rawBytes: rawBytes)
        let format = format ?? ArticleFormat(path: path) ?? .plainText
        var article = Article(path: path, format: format, source: source)
        if source.hadInvalidUTF8 {
            article.diagnostics.append(Diagnostic(
                path: path, level: .warning,
                message: "the file is not valid UTF-8; invalid bytes were read as U+FFFD replacement characters"))
        }
        if rawBytes.contains(0) {
            article.diagnostics.append(Diagnostic(path: path, level: .warning,
                                                  message: "the file contains NUL bytes; it may be binary rather than text"))
        }
        switch format {
        case .markdown: readMarkdown(into: &article)
        case .plainText: readPlainText(into: &article)
        case .html: readHTML(into: &article)
        case .json, .jsonLines:
            // An export holds many articles: readAll(bytes:) splits it; here the first is read.
            let all = readAll(bytes: rawBytes, path: path, format: format)
            if var first = all.articles.first {
                first.diagnostics.append(contentsOf: all.diagnostics)
                return first
            }
            article.diagnostics.append(contentsOf: all.diagnostics)
            return article
        }
        findDateline(in: &article)
        if article.dateline == nil, let field = article.frontMatter?.fields["dateline"] {
            article.dateline = wireDatelines.parse(mappedField(field), source: source, standalone: true)?.dateline
        }
        if let override = options.publishedOverride {
            article.published = override
            article.publishedSpan = nil
        }
        return article
    }

    private func readMarkdown(into article: inout Article) {
        var diagnostics: [Diagnostic] = []
        let matter = FrontMatter.parse(source: article.source, path: article.path, diagnostics: &diagnostics)
        article.diagnostics.append(contentsOf: diagnostics)
        article.frontMatter = matter
        let body = MarkdownReader(source: article.source, path: article.path)
            .read(from: matter?.bodyStart ?? article.source.byteOrderMarkLength)
        var blocks = body.blocks
        article.comments = body.comments

        if let title = matter?.fields["title"], !title.value.trimmingASCIIWhitespace().isEmpty {
            blocks.insert(Block(kind: .headline, text: mappedField(title)), at: 0)
        } else if let first = blocks.first, first.kind == .heading, body.headingLevels.first == 1 {
            blocks[0].kind = .headline
        }
        if let field = matter?.field(FrontMatter.dateKeys) {
            if let date = dateLines.parseNumeric(field.value.trimmingASCIIWhitespace()) ?? dateLines.parse(field.value) {
                article.published = date
                article.publishedSpan = field.span
            } else {
                article.diagnostics.append(Diagnostic(
                    path: article.path, level: .warning,
                    message: "the front matter date '\(field.value)' is not a date factlint can read; write it as YYYY-MM-DD",
                    location: article.source.location(of: field.span)))
            }
        }
        // A date line printed under the headline.
        let dateLineIndex = blocks.first?.kind == .headline ? 1 : 0
        // A paragraph longer than a date line is not made a string to be turned away.
        if dateLineIndex < blocks.count, blocks[dateLineIndex].kind == .paragraph,
           blocks[dateLineIndex].text.count <= DateLineParser.maximumLength,
           let date = dateLines.parse(blocks[dateLineIndex].text.string) {
            blocks[dateLineIndex].kind = .dateLine
            if article.published == nil {
                article.published = date
                article.publishedSpan = blocks[dateLineIndex].text.sourceSpan(of: 0..<blocks[dateLineIndex].text.count)
            }
        }
        article.blocks = blocks
    }

    private func readPlainText(into article: inout Article) {
        let result = PlainTextReader(source: article.source, dateLines: dateLines).read()
        article.blocks = result.blocks
        article.published = result.published
        article.publishedSpan = result.publishedSpan
        article.comments = result.comments
    }

    private func readHTML(into article: inout Article) {
        let result = HTMLReader(source: article.source, path: article.path, dateLines: dateLines, wireDatelines: wireDatelines,
                                chromeWords: options.lexicons["html-chrome"]).read(from: article.source.byteOrderMarkLength)
        article.blocks = result.blocks
        article.published = result.published
        article.publishedSpan = result.publishedSpan
        article.dateline = result.dateline
        article.comments = result.comments
        article.diagnostics.append(contentsOf: result.diagnostics)
    }

    /// Moves a wire dateline out of the first story paragraph into ``Article/dateline``.
    func findDateline(in article: inout Article) {
        guard let index = article.blocks.firstIndex(where: { $0.kind == .paragraph }) else { return }
        // Only the story's opening paragraph can carry a dateline.
        if article.blocks[..<index].contains(where: { $0.kind == .heading || $0.kind == .listItem || $0.kind == .blockQuote }) { return }
        let text = article.blocks[index].text
        guard let found = wireDatelines.parse(text, source: article.source) else { return }
        article.dateline = found.dateline
        var rest = MappedText()
        var offsets = MappedText.OffsetReader(text)
        for position in found.bodyStart..<text.count {
            let offset = offsets.sourceOffset(at: position)
            rest.append(byte: text.bytes[position], standingFor: offset, sourceEnd: offset + 1)
        }
        article.blocks[index].text = rest
    }

    /// Front-matter text mapped to its source: byte for byte when the value is written verbatim,
    /// otherwise every byte maps to the value's span.
    private func mappedField(_ field: FrontMatter.Field) -> MappedText {
        var text = MappedText()
        let bytes = Array(field.value.utf8)
        for (index, byte) in bytes.enumerated() {
            let offset = field.isVerbatim ? field.span.start + index : field.span.start
            text.append(byte: byte, standingFor: offset, sourceEnd: field.isVerbatim ? offset + 1 : field.span.end)
        }
        return text
    }
}
