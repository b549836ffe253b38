/// A count broken down after a dash or colon, with no word that calls it a total: "will close
/// 32 lenders - 12 in Tarvik and 14 in the hill towns - over five years" (12 + 14 = 26). The parts are the bare numbers the claim extractor reads as counts of the same thing,
/// joined by commas and, before the last, "and", with only words between; the breakdown must
/// close within a few words of its last part (the matching dash, or the sentence's end) and
/// hold no word that says it is not all (`partial-list-words`: "including", "among them"). So
/// told, the parts are all of the total, and parts that come to more or to less are reported.
/// A total said to be one ("a total of 10 cases: 4 …") is ``TotalArithmetic``'s.
enum ApposedBreakdown {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let claims = facts.claims, tokens = facts.tokens
        let partial = facts.lexicons["partial-list-words"]
        for index in claims.indices {
            let total = claims[index]
            guard total.quantity.unit.hasPrefix("count:"), total.kind == .level, !total.isPartitive, total.quantity.hedge == .exact,
                  total.rangeWith == nil, total.position != .table, total.position != .headline,
                  facts.isInScope(sentence: total.quantity.sentence, scope) else { continue }
            let sentence = total.quantity.sentence, range = facts.sentences[sentence].tokens
            // The dash or colon right after the total's words.
            var opener = total.quantity.extent.upperBound, words = 0
            while opener < range.upperBound, tokens[opener].kind == .word, words < 4 { opener += 1; words += 1 }
            guard opener < range.upperBound else { continue }
            let dash = tokens[opener].isMark("\u{2014}") || ClaimExtractor.isSpacedDash(opener, range, tokens)
            guard dash || tokens[opener].isMark(":") else { continue }
            let parts = Array(claims[(index + 1)...].prefix {
                $0.quantity.sentence == sentence && $0.isPartitive && $0.kind == .level && $0.quantity.unit == total.quantity.unit
                    && $0.quantity.hedge == .exact && $0.rangeWith == nil
            })
            guard parts.count >= 2, parts.count <= 12, parts[0].quantity.extent.lowerBound == opener + 1,
                  isJoined(parts, tokens), let close = closing(after: parts.last!, range, dash: dash, tokens),
                  !(opener..<close).contains(where: { partial.contains(tokens[$0]) }),
                  let match = TotalArithmetic.compare(parts.map(\.quantity), against: total.quantity,
                                                      where: "line \(facts.line(of: total.quantity.span))", facts) else { continue }
            matches.append(match)
        }
        return matches
    }

    /// Only words and commas between two parts, and "and" before the last: "12 in Tarvik, 9 in
    /// Vell and 14 in the hill towns".
    private static func isJoined(_ parts: [ClaimFrame], _ tokens: [Token]) -> Bool {
        for (position, part) in parts.enumerated().dropFirst() {
            let gap = parts[position - 1].quantity.extent.upperBound..<part.quantity.extent.lowerBound
            guard !gap.isEmpty, gap.count <= 6,
                  gap.allSatisfy({ tokens[$0].kind == .word || tokens[$0].isMark(",") }) else { return false }
            if position == parts.count - 1, !gap.contains(where: { tokens[$0].lower == "and" }) { return false }
        }
        return true
    }

    /// Where the breakdown closes: within five words of its last part, the dash that matches
    /// the opening one, or the sentence's end (its last mark).
    private static func closing(after last: ClaimFrame, _ range: Range<Int>, dash: Bool, _ tokens: [Token]) -> Int? {
        var index = last.quantity.extent.upperBound, words = 0
        while index < range.upperBound, tokens[index].kind == .word, words < 5 { index += 1; words += 1 }
        if index == range.upperBound { return index }
        if dash, tokens[index].isMark("\u{2014}") || ClaimExtractor.isSpacedDash(index, range, tokens) { return index }
        return index + 1 == range.upperBound && tokens[index].kind == .punctuation && tokens[index].isMark(anyOf: ".!?") ? index : nil
    }
}
