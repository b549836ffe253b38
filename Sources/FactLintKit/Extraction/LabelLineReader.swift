/// Finds the sentences that label or annotate rather than tell: the rows of a table (``Table``),
/// a line of one sentence that ends without a full stop (a table's heading "Mean savings rates at
/// regional lenders", a lead-in "Buyers and prices are listed below -", a caption), and a
/// footnote or source line ("NOTE: prices in dlrs a tonne", "Note - season begins June 1"; the
/// opening words are the `footnote-labels` lexicon's) to the end of its block. Such lines repeat
/// by design (a heading over two parts of a table, one footnote under two tables); prose
/// repeated is a slip. Headlines are not labels.
final class LabelLineReader: Sendable {
    let footnoteLabels: Lexicon

    init(lexicons: LexiconSet) {
        footnoteLabels = lexicons["footnote-labels"]
    }

    /// Indices of the sentences that label: every sentence of a table's blocks and of a label
    /// line, and in any block the sentences from a footnote's opening words to the block's end.
    func labels(tokens: [Token], sentences: [Sentence], blocks: [Block], tables: [Table]) -> Set<Int> {
        var tableBlocks = Set<Int>()
        for table in tables { tableBlocks.formUnion(table.blocks) }
        var labels = Set<Int>()
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count, sentences[end].blockIndex == sentences[start].blockIndex { end += 1 }
            let block = sentences[start].blockIndex
            let kind = blocks[block].kind
            if kind == .headline || kind == .dateLine {
                start = end
                continue
            }
            if tableBlocks.contains(block) || (end - start == 1 && !endsTold(sentences[start].tokens, tokens)) {
                labels.formUnion(start..<end)
            } else if let note = (start..<end).first(where: { holdsFootnoteLabel(sentences[$0].tokens, tokens) }) {
                labels.formUnion(note..<end)
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

    /// "NOTE: …", "Note - …", "Source: …" opening the sentence, or a capitalised label with its
    /// colon or dash inside it ("… 140.1 Note -- Starting stocks …", a footnote run into a row).
    private func holdsFootnoteLabel(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.count >= 3 else { return false }
        return (range.lowerBound..<(range.upperBound - 1)).contains { index in
            tokens[index].kind == .word && (index == range.lowerBound || tokens[index].isCapitalized) && footnoteLabels.contains(tokens, index)
                && (tokens[index + 1].isMark(":") || NoticeReader.dashes.contains(tokens[index + 1].text))
        }
    }

    private static let stops: Set<String> = [".", "!", "?", "\u{2026}"]
    private static let closers: Set<String> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "*", "_"]
}
