/// A level told with its difference from another figure, within one sentence: "Borrowing was
/// £41bn - £3.5bn less than the £43.5bn forecast" (£43.5bn - £41bn = £2.5bn), "sales of 120
/// mln dlrs, 20 mln more than the 90 mln expected". The level, a comma or dash, the difference
/// with a word of `difference-words` and "than" (or "below", "above"), then the other figure,
/// all in one unit and none hedged.
enum DifferenceArithmetic {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let words = facts.lexicons["difference-words"]
        let claims = facts.claims
        let tokens = facts.tokens
        var matches: [CheckMatch] = []
        for index in claims.indices.dropFirst() where index + 1 < claims.count {
            let (level, difference, other) = (claims[index - 1], claims[index], claims[index + 1])
            let sentence = difference.quantity.sentence
            guard level.quantity.sentence == sentence, other.quantity.sentence == sentence, facts.isInScope(sentence: sentence, scope),
                  [level, difference, other].allSatisfy(isPlainLevel) else { continue }
            // The level, then a comma or a dash, then the difference.
            let gap = level.quantity.extent.upperBound
            guard gap + 1 == difference.quantity.extent.lowerBound, tokens[gap].isMark(anyOf: ",-\u{2013}\u{2014}") else { continue }
            // The word of difference, "than" if written ("less than", not "below"), "the", then
            // the other figure.
            var position = difference.quantity.extent.upperBound
            guard position < tokens.count, tokens[position].kind == .word, let side = words.key(lowercased: tokens[position].lower) else { continue }
            position += 1
            if position < tokens.count, tokens[position].lower == "than" { position += 1 }
            if position < tokens.count, tokens[position].lower == "the" { position += 1 }
            guard position == other.quantity.extent.lowerBound,
                  ChangeArithmetic.sameUnit(difference.quantity, level.quantity), ChangeArithmetic.sameUnit(difference.quantity, other.quantity),
                  level.quantity.value > 0, other.quantity.value > 0 else { continue }
            // "less": the level is the other figure less the difference; "more": plus it.
            let below = side == "less"
            let actual = below ? other.quantity.value - level.quantity.value : level.quantity.value - other.quantity.value
            let bounds = below ? FigureBounds(other.quantity) - FigureBounds(level.quantity) : FigureBounds(level.quantity) - FigureBounds(other.quantity)
            // A level on the wrong side of the other figure ("£38bn - £3.5bn less than £37.5bn")
            // is compared by its size too.
            guard actual != 0, !FigureBounds(lower: min(abs(bounds.lower), abs(bounds.upper)), upper: max(abs(bounds.lower), abs(bounds.upper)))
                    .overlaps(FigureBounds(difference.quantity)) else { continue }
            let (first, second) = below ? (other, level) : (level, other)
            let decimals = max(level.quantity.decimals, other.quantity.decimals)
            let computation = "\(first.quantity.text) - \(second.quantity.text) = \(FigureText.render(actual, like: difference.quantity, facts, decimals: decimals)), not \(difference.quantity.text)"
            matches.append(CheckMatch(span: difference.quantity.span, values: ["computation": computation, "figure": difference.quantity.text],
                                      related: [.init(span: level.quantity.span.union(other.quantity.span), message: "the figures it lies between")]))
        }
        return matches
    }

    /// A level in prose, exact, not one end of a range.
    private static func isPlainLevel(_ claim: ClaimFrame) -> Bool {
        guard claim.kind == .level, claim.rangeWith == nil, claim.quantity.hedge == .exact else { return false }
        return claim.position != .table && claim.position != .headline
    }
}
