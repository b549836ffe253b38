/// Dates in a relative clause told in the present perfect, which tell how long its noun has
/// gone on: "the strikes against planned cuts that have hit the port for the past five weeks".
extension EventExtractor {
    /// The event noun a relative clause is about, when a length ("for the past five weeks") or a
    /// start ("since May 2") in it belongs to that noun: the clause opens with a relative
    /// pronoun ("that", "which") and a perfect auxiliary ("have hit"), names no event of its
    /// own before the date and has no comma; the noun stands at most `antecedentReach` words
    /// before the pronoun.
    func relativeAntecedent(of expression: TemporalExpression, relation: TemporalRelation?, range: Range<Int>, events: [Event], _ input: Input) -> Int? {
        guard relation == .purpose && expression.kind == .duration || relation == .since else { return nil }
        var position = expression.tokens.lowerBound - 2
        while position > range.lowerBound {
            let token = input.tokens[position]
            if token.isMark(anyOf: ",;:()") || input.temporalAt[position] != nil { return nil }
            if token.kind == .word, position + 1 < expression.tokens.lowerBound,
               pronouns.key(lowercased: token.lower) == "relative" || relativeOpeners.contains(lowercased: token.lower),
               temporalWords.perfectAuxiliaries.contains(input.tokens[position + 1].lower) {
                break
            }
            position -= 1
        }
        let pronoun = position
        guard pronoun > range.lowerBound, !events.contains(where: { $0.sentence == expression.sentence
                  && $0.tokens.lowerBound > pronoun && $0.tokens.lowerBound < expression.tokens.lowerBound }) else { return nil }
        guard let noun = events.lastIndex(where: { $0.sentence == expression.sentence && $0.isNoun && $0.isKnown
                  && $0.tokens.upperBound <= pronoun && pronoun - $0.tokens.upperBound <= Self.antecedentReach }),
              !(events[noun].tokens.upperBound..<pronoun).contains(where: { input.tokens[$0].isMark(anyOf: ",;:") }) else { return nil }
        return noun
    }

    /// How many words may stand between the noun and the relative pronoun ("the strikes against
    /// planned cuts that").
    private static let antecedentReach = 4
}
