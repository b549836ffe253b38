extension ArticleReader {
    /// The articles in a file: one for an article file, one for each record of a JSON export or a
    /// JSON Lines file. Problems with the file as a whole (invalid JSON, a record with no body)
    /// are returned apart from the articles.
    public func readAll(bytes: [UInt8], path: String, format: ArticleFormat? = nil) -> (articles: [Article], diagnostics: [Diagnostic]) {
        let format = format ?? ArticleFormat(path: path) ?? .plainText
        switch format {
        case .json:
            let (records, diagnostics) = JSONExport.records(bytes: bytes, path: path, fields: options.fields)
            return (records.map { read(record: $0) }, diagnostics)
        case .jsonLines:
            var articles: [Article] = []
            var diagnostics: [Diagnostic] = []
            JSONLines.forEachRecord(in: bytes, path: path, fields: options.fields) { result in
                switch result {
                case let .success(record): articles.append(read(record: record))
                case let .failure(diagnostic): diagnostics.append(diagnostic)
                }
            }
            return (articles, diagnostics)
        default:
            return ([read(bytes: bytes, path: path, format: format)], [])
        }
    }

    /// Reads one CMS record. Its text is laid out as the title, the date and the body, each a
    /// region of the source whose lines count from 1, so a finding in the body is at
    /// `export.json#post-123:line:col` within the body field's text, and one in the title at
    /// `export.json#post-123/title:1:col`.
    public func read(record: ArticleRecord) -> Article {
        // A record that is only a body (a whole file in a JSON string) reads as that file would.
        if record.title == nil, record.date == nil {
            return read(bytes: Array(record.body.utf8), path: record.path, format: record.bodyFormat)
        }
        var bytes: [UInt8] = []
        var regions: [SourceText.Region] = []
        func add(_ text: String, suffix: String) -> Range<Int> {
            regions.append(SourceText.Region(start: bytes.count, pathSuffix: suffix))
            let start = bytes.count
            // A title or date is one line here; the body is kept as it is.
            for byte in text.utf8 { bytes.append(suffix.isEmpty || (byte != 0x0A && byte != 0x0D) ? byte : 0x20) }
            let range = start..<bytes.count
            if !suffix.isEmpty { bytes.append(0x0A) }
            return range
        }
        let title = record.title.map { add($0, suffix: "/title") }
        let date = record.date.map { add($0, suffix: "/date") }
        let bodyStart = bytes.count
        _ = add(record.body, suffix: "")
        let source = SourceText(rawBytes: bytes, regions: regions)
        var article = Article(path: record.path, format: record.bodyFormat, source: source)
        if source.hadInvalidUTF8 {
            article.diagnostics.append(Diagnostic(path: record.path, level: .warning, message: "the record holds text that is not valid UTF-8; it was read as U+FFFD"))
        }

        var blocks: [Block]
        if record.bodyFormat == .html {
            let result = HTMLReader(source: source, path: record.path, dateLines: dateLines, wireDatelines: wireDatelines,
                                   chromeWords: options.lexicons["html-chrome"]).read(from: bodyStart)
            blocks = result.blocks
            article.published = result.published
            article.publishedSpan = result.publishedSpan
            article.dateline = result.dateline
            article.comments = result.comments
            article.diagnostics.append(contentsOf: result.diagnostics)
        } else {
            // Markdown, or plain text with its own title field: paragraphs split at blank lines.
            let body = MarkdownReader(source: source, path: record.path).read(from: bodyStart)
            blocks = body.blocks
            article.comments = body.comments
        }
        if let title {
            // CMS titles are HTML-escaped ("Q&amp;A"); decoding is harmless for the rest.
            var builder = HTMLTextBuilder(source: source.bytes)
            builder.append(title)
            let text = builder.take()
            if !text.isEmpty {
                // A body that opens with the same headline keeps it as a heading.
                for index in blocks.indices where blocks[index].kind == .headline { blocks[index].kind = .heading }
                blocks.insert(Block(kind: .headline, text: text), at: 0)
            }
        }
        if let date {
            let value = String(decoding: source.bytes[date], as: UTF8.self).trimmingASCIIWhitespace()
            if let parsed = dateLines.parseNumeric(value) ?? dateLines.parse(value) {
                article.published = parsed
                article.publishedSpan = SourceSpan(start: date.lowerBound, end: date.upperBound)
            } else if !value.isEmpty {
                article.diagnostics.append(Diagnostic(path: record.path + "/date", level: .warning,
                                                      message: "the date '\(value)' is not a date factlint can read; write it as YYYY-MM-DD"))
            }
        }
        article.blocks = blocks
        findDateline(in: &article)
        if let override = options.publishedOverride {
            article.published = override
            article.publishedSpan = nil
        }
        return article
    }
}
