/// A level with its change told after a comma: "Sales were 120 mln dlrs, up from 130 mln dlrs".
extension PercentChangeCheck {
    /// "Sales were 120 mln dlrs, up from 130 mln dlrs": a level, a comma, its change word (an
    /// adverb may follow it, "down slightly") and "from" the figure it came from, when the two
    /// figures go the other way however they are rounded. A percentage between them ("120 mln,
    /// up 5 pct from 130 mln") is compared in `run`.
    func wrongWayAfterLevel(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let claims = facts.claims
        let tokens = facts.tokens
        for index in claims.indices.dropFirst() where claims[index].kind == .changeFrom && claims[index].direction != 0 && claims[index].position != .table {
            let from = claims[index], level = claims[index - 1]
            let sentence = from.quantity.sentence
            guard level.kind == .level, level.quantity.sentence == sentence, facts.isInScope(sentence: sentence, scope),
                  let word = from.changeIndex, word == level.quantity.extent.upperBound + 1, tokens[word - 1].isMark(","),
                  from.quantity.extent.lowerBound - word <= 3, from.quantity.extent.lowerBound >= 1,
                  tokens[from.quantity.extent.lowerBound - 1].lower == "from",
                  (word + 1..<from.quantity.extent.lowerBound).allSatisfy({ tokens[$0].kind == .word }),
                  // "28.4 billion crowns, or 4.1 billion dlrs, up from 26.9 billion": a figure
                  // converted is not the level the change is told of.
                  !isConversion(level.quantity, tokens), !isConversion(from.quantity, tokens),
                  compatible(from.quantity, level.quantity), from.quantity.value > 0, level.quantity.value > 0,
                  [from, level].allSatisfy({ $0.rangeWith == nil && $0.quantity.hedge == .exact }) else { continue }
            if let match = wrongWayMatch(word: word, direction: from.direction, from: from.quantity, to: level.quantity, facts) { matches.append(match) }
        }
        return matches
    }

    /// Whether a figure is one side of a conversion: ", or" before or after it.
    private func isConversion(_ quantity: Quantity, _ tokens: [Token]) -> Bool {
        let (start, end) = (quantity.extent.lowerBound, quantity.extent.upperBound)
        return (start >= 1 && tokens[start - 1].lower == "or") || (end + 1 < tokens.count && tokens[end].isMark(",") && tokens[end + 1].lower == "or")
    }
}
