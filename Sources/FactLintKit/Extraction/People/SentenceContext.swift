/// One sentence being read for people: its tokens, where it sits, and which tokens are quoted.
struct SentenceContext {
    let tokens: [Token]
    let blocks: [Block]
    let sentence: Int
    let range: Range<Int>
    let quoted: [Bool]

    func span(_ tokenRange: Range<Int>) -> SourceSpan {
        let first = tokens[tokenRange.lowerBound]
        let last = tokens[tokenRange.upperBound - 1]
        return blocks[first.block].text.sourceSpan(of: first.range.lowerBound..<last.range.upperBound)
    }

    func text(_ tokenRange: Range<Int>) -> String {
        let first = tokens[tokenRange.lowerBound]
        let last = tokens[tokenRange.upperBound - 1]
        return blocks[first.block].text.string(in: first.range.lowerBound..<last.range.upperBound)
    }
}
