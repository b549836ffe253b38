/// The stretches of an article inside inline quotation marks, for rules whose scope says
/// `outside-quotes`: a match that starts inside one is not reported.
enum QuotedRegions {
    /// Source spans from an opening quotation mark to its closing one, in reading order.
    static func spans(in facts: ArticleFacts) -> [SourceSpan] {
        let flags = QuoteMarks.flags(facts.tokens)
        var spans: [SourceSpan] = []
        var index = 0
        while index < flags.count {
            guard flags[index] else { index += 1; continue }
            let block = facts.tokens[index].block
            var end = index
            while end + 1 < flags.count, flags[end + 1], facts.tokens[end + 1].block == block { end += 1 }
            let text = facts.article.blocks[block].text
            spans.append(text.sourceSpan(of: facts.tokens[index].range.lowerBound..<facts.tokens[end].range.upperBound))
            index = end + 1
        }
        return spans
    }

    /// Whether an offset lies in one of the spans (sorted, not overlapping).
    static func contains(_ spans: [SourceSpan], _ offset: Int) -> Bool {
        var low = 0
        var high = spans.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if offset < spans[mid].start { high = mid - 1 } else if offset >= spans[mid].end { low = mid + 1 } else { return true }
        }
        return false
    }
}
