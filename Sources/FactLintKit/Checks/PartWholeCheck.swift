/// Parts that add up to more than their stated total: "Of the 12 victims, 8 were women and 6
/// were men." The total is read from "of the N …" or "out of N …"; the parts are the plain
/// counts that follow it in the same sentence.
public struct PartWholeCheck: Check {
    public static let name = "part-whole"
    public static let summary = "Parts add up to more than the stated total."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "total": "the stated total",
        "sum": "what the parts add up to",
        "parts": "the parts, as written",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let words = Words(lexicons: facts.lexicons)
        for (sentenceIndex, sentence) in facts.sentences.enumerated() where facts.isInScope(sentence: sentenceIndex, scope) {
            let range = sentence.tokens
            var index = range.lowerBound
            while index < range.upperBound {
                // "of the 12 victims" / "out of 12"
                // Lengths first: comparing two different short Strings takes the slow path.
                let word = facts.tokens[index].lower
                let length = word.utf8.count
                var cursor = index + 1
                if length == 3, word == "out", cursor < range.upperBound, facts.tokens[cursor].lower == "of" {
                    cursor += 1
                } else if length != 2 || word != "of" {
                    index += 1
                    continue
                }
                if cursor < range.upperBound, facts.tokens[cursor].lower.utf8.count == 3, facts.tokens[cursor].lower == "the" { cursor += 1 }
                guard cursor < range.upperBound, let total = count(facts.tokens[cursor], words) else { index += 1; continue }
                let totalIndex = cursor
                var parts: [(value: Int, index: Int)] = []
                var scan = cursor + 1
                while scan < range.upperBound {
                    let token = facts.tokens[scan]
                    if token.isMark(";") { break }
                    if let value = count(token, words), scan + 1 < range.upperBound, words.partVerbs.contains(lowercased: facts.tokens[scan + 1].lower) {
                        parts.append((value, scan))
                    }
                    scan += 1
                }
                let sum = parts.reduce(0) { $0 + $1.value }
                if parts.count >= 2, sum > total {
                    let first = span(of: parts.first!.index, facts)
                    let last = span(of: parts.last!.index, facts)
                    let totalToken = facts.tokens[totalIndex]
                    matches.append(CheckMatch(span: first.union(last), values: [
                        "total": totalToken.text, "sum": String(sum),
                        "parts": parts.map { facts.tokens[$0.index].text }.joined(separator: " + "),
                    ], related: [.init(span: span(of: totalIndex, facts), message: "the total, \(totalToken.text), is given here")]))
                }
                index = scan
            }
        }
        return matches
    }

    /// The article's number words, the ones that are no count ("a", "single") and the verbs after a part.
    private struct Words {
        let numbers: Lexicon
        let loose: Lexicon
        let partVerbs: Lexicon

        init(lexicons: LexiconSet) {
            numbers = lexicons["number-words"]
            loose = lexicons["loose-number-words"]
            partVerbs = lexicons["part-verbs"]
        }
    }

    private func count(_ token: Token, _ words: Words) -> Int? {
        if token.kind == .number, !token.text.utf8.contains(UInt8(ascii: ".")), !token.text.utf8.contains(UInt8(ascii: "/")), !token.text.utf8.contains(UInt8(ascii: ":")) {
            return Int(token.text.replacingAll(",", with: ""))
        }
        if token.kind == .word, let key = words.numbers.key(for: token), let value = Int(key), !words.loose.contains(token) {
            return value
        }
        return nil
    }

    private func span(of index: Int, _ facts: ArticleFacts) -> SourceSpan {
        let token = facts.tokens[index]
        return facts.article.blocks[token.block].text.sourceSpan(of: token.range)
    }
}
