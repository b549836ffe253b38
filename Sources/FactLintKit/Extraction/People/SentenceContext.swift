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
        // By index and by bytes: copying each token and comparing Strings was most of the cost.
        for index in tokens.indices {
            if tokens[index].block != block { block = tokens[index].block; inside = false }
            if tokens[index].kind == .punctuation {
                switch tokens[index].mark {
                case 0x201C: inside = true; flags[index] = true; continue
                case 0x201D: flags[index] = true; inside = false; continue
                case 0x22: inside.toggle(); flags[index] = true; continue
                default: break
                }
            }
            flags[index] = inside
        }
        return flags
    }
}
