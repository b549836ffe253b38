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

    /// Whether each token stands inside quotation marks, per block.
    static func quoteFlags(_ tokens: [Token]) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        var inside = false
        var block = -1
        for (index, token) in tokens.enumerated() {
            if token.block != block { block = token.block; inside = false }
            if token.kind == .punctuation {
                switch token.text {
                case "\u{201C}": inside = true; flags[index] = true; continue
                case "\u{201D}": flags[index] = true; inside = false; continue
                case "\"": inside.toggle(); flags[index] = true; continue
                default: break
                }
            }
            flags[index] = inside
        }
        return flags
    }
}
