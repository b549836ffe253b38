/// Finds the blocks that label or annotate rather than tell: the rows of a table (``Table``), a
/// line of one sentence that ends without a full stop (a table's heading "Mean savings rates at
/// regional lenders", a lead-in "Buyers and prices are listed below -", a caption), and a
/// footnote or source line ("NOTE: prices in dlrs a tonne", "Note - season begins June 1"; the opening words
/// are the `footnote-labels` lexicon's). Such lines repeat by design (a heading over two parts of
/// a table, one footnote under two tables); prose repeated is a slip. Headlines are not labels.
struct LabelLineReader: Sendable {
    let footnoteLabels: Lexicon

    init(lexicons: LexiconSet) {
        footnoteLabels = lexicons["footnote-labels"]
    }

    func labels(tokens: [Token], sentences: [Sentence], blocks: [Block], tables: [Table]) -> Set<Int> {
        var labels = Set<Int>()
        for table in tables { labels.formUnion(table.blocks) }
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count, sentences[end].blockIndex == sentences[start].blockIndex { end += 1 }
            let block = sentences[start].blockIndex
            let kind = blocks[block].kind
            if kind != .headline, kind != .dateLine,
               (end - start == 1 && !endsTold(sentences[start].tokens, tokens)) || opensWithFootnoteLabel(sentences[start].tokens, tokens) {
                labels.insert(block)
            }
            start = end
        }
        return labels
    }

    /// Whether the sentence ends with a full stop, a question or exclamation mark, or one of
    /// them inside a closing quote or bracket.
    private func endsTold(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var index = range.upperBound - 1
        while index >= range.lowerBound, tokens[index].kind == .punctuation, Self.closers.contains(tokens[index].text) { index -= 1 }
        guard index >= range.lowerBound else { return false }
        return Self.stops.contains(tokens[index].text)
    }

    /// "NOTE: …", "Note - …", "Source: …".
    private func opensWithFootnoteLabel(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.count >= 3, tokens[range.lowerBound].kind == .word, footnoteLabels.contains(tokens[range.lowerBound]) else { return false }
        return [":", "-", "\u{2013}", "\u{2014}"].contains(tokens[range.lowerBound + 1].text)
    }

    private static let stops: Set<String> = [".", "!", "?", "\u{2026}"]
    private static let closers: Set<String> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "*", "_"]
}
