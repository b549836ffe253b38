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
            if position + 1 < expression.tokens.lowerBound, isRelativePronoun(position, input),
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

    /// The event noun before a verb, as its subject ("the floods destroyed", "the flooding that
    /// swamped", "the inquiry, which began"), skipping auxiliaries and a relative pronoun. A
    /// relative clause that tells of the noun ("the talks, which were announced on Friday",
    /// `telling-events` or a reporting verb) or moves it ("which was postponed on Monday",
    /// `event-status` `moved`) dates the telling or the move, not the noun.
    func subjectEvent(of verb: Event, in events: [Event], range: Range<Int>, _ input: Input) -> Int? {
        var position = verb.tokens.lowerBound - 1
        while position >= range.lowerBound, !modals.contains(input.tokens, position),
              temporalWords.auxiliaries.contains(input.tokens[position].lower)
                || temporalWords.pastAuxiliaries.contains(input.tokens[position].lower)
                || temporalWords.perfectAuxiliaries.contains(input.tokens[position].lower) {
            position -= 1
        }
        let head = verb.tokens.lowerBound
        if position > range.lowerBound, isRelativePronoun(position, input), !words.tellingEvents.contains(verb.trigger),
           input.tokens[head].classes & reportingBit == 0, words.statusCues.key(input.tokens, head) != "moved" {
            position -= input.tokens[position - 1].isMark(",") && position - 1 > range.lowerBound ? 2 : 1
        }
        guard position >= range.lowerBound else { return nil }
        return events.firstIndex { $0.isKnown && $0.isNoun && $0.tokens.upperBound == position + 1 }
    }

    /// Whether a date ends a relative clause with the main verb right after it: "the flooding
    /// that swamped the town last month has cost". A relative pronoun stands before the date with
    /// no mark, clause word or other date between, after a word that is no function word, with no
    /// reporting verb in the three words before it ("said that sales last month were", "told
    /// Reuters that the best thing now would be" are no relative clauses).
    func closesRelativeClause(_ date: Range<Int>, _ input: Input) -> Bool {
        guard date.upperBound < input.tokens.count, input.tokens[date.upperBound].kind == .word,
              isVerbStart(date.upperBound, input) else { return false }
        var position = date.lowerBound - 1
        while position > 0, date.lowerBound - position <= Self.relativeClauseReach {
            let token = input.tokens[position]
            if token.kind == .punctuation && !token.isMark(anyOf: "'\u{2019}") || input.temporalAt[position] != nil { return false }
            if isRelativePronoun(position, input) {
                // "told Reuters that the best thing now would be": "that" after a reporting verb
                // and its hearer opens what was said.
                let before = input.tokens[position - 1]
                return before.kind == .word && !words.functionWords.contains(before)
                    && !(max(0, position - 3)..<position).contains { input.tokens[$0].classes & reportingBit != 0 }
            }
            if clauseWords.contains(input.tokens, position) { return false }
            position -= 1
        }
        return false
    }

    /// How many words a relative clause may hold before its closing date.
    private static let relativeClauseReach = 10

    /// "that" (`event-pronouns` `relative`) or a word of `relative-clause-openers` ("which").
    private func isRelativePronoun(_ position: Int, _ input: Input) -> Bool {
        input.tokens[position].kind == .word
            && (pronouns.key(input.tokens, position) == "relative" || relativeOpeners.contains(input.tokens, position))
    }
}
