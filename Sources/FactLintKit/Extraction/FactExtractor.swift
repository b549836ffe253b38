/// Turns an ``Article`` into ``ArticleFacts``. Later stages (dates, people, claims) add their
/// facts here, so the article is read and tokenised once for all rules.
public struct FactExtractor: Sendable {
    public let splitter: SentenceSplitter

    public init(lexicons: LexiconSet = .builtIn) {
        splitter = SentenceSplitter(lexicons: lexicons)
    }

    public func extract(from article: Article) -> ArticleFacts {
        var sentences: [Sentence] = []
        for (index, block) in article.blocks.enumerated() where block.kind != .dateLine {
            let ranges: [Range<Int>]
            if block.kind == .headline || block.kind == .heading {
                // A headline is one unit even when it holds a full stop.
                ranges = trimmedWhole(block.text.bytes).map { [$0] } ?? []
            } else {
                ranges = splitter.split(block.text.bytes)
            }
            for range in ranges {
                sentences.append(Sentence(
                    blockIndex: index, range: range, span: block.text.sourceSpan(of: range),
                    text: block.text.string(in: range), blockKind: block.kind))
            }
        }
        return ArticleFacts(article: article, sentences: sentences)
    }

    private func trimmedWhole(_ bytes: [UInt8]) -> Range<Int>? {
        var start = 0
        var end = bytes.count
        while start < end, ByteClass.isSpace(bytes[start]) { start += 1 }
        while end > start, ByteClass.isSpace(bytes[end - 1]) { end -= 1 }
        return start < end ? start..<end : nil
    }
}
