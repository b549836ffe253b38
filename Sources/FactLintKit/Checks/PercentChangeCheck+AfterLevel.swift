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
        for from in claims where from.kind == .changeFrom && from.direction != 0 && from.position != .table {
            let sentence = from.quantity.sentence
            guard facts.isInScope(sentence: sentence, scope), let word = from.changeIndex,
                  let level = LevelBeforeChange.level(beforeChangeWord: word, sentence: sentence, facts),
                  from.quantity.extent.lowerBound - word <= 3, from.quantity.extent.lowerBound >= 1,
                  tokens[from.quantity.extent.lowerBound - 1].lower == "from",
                  (word + 1..<from.quantity.extent.lowerBound).allSatisfy({ tokens[$0].kind == .word }),
                  // "28.4 billion crowns, or 4.1 billion dlrs, up from 26.9 billion": a figure
                  // converted is not the level the change is told of.
                  !LevelBeforeChange.isConversion(from.quantity, tokens),
                  compatible(from.quantity, level.quantity), from.quantity.value > 0, level.quantity.value > 0,
                  from.rangeWith == nil, from.quantity.hedge == .exact else { continue }
            if let match = wrongWayMatch(word: word, direction: from.direction, from: from.quantity, to: level.quantity, facts) { matches.append(match) }
        }
        return matches
    }
}
