/// Ages given by a birthday: "died on the eve of his 92nd birthday" (91), "days before her 60th
/// birthday" (59), "on his 70th birthday" (70).
extension EventExtractor {
    /// The age a birthday phrase gives at its sentence's event. The ordinal must follow a
    /// possessive ("his", "her", "Tollard's") and precede "birthday"; the word before the
    /// possessive says which side of the birthday the event lies: a `before-birthday` word
    /// ("eve of", "before", "short of", "shy of", "ahead of") makes the age one less than the
    /// ordinal, an `on-birthday` word ("on", "after") the ordinal itself. Anything else ("will
    /// celebrate his 90th birthday", "his 90th birthday party") gives no age.
    func birthday(_ position: Int, value: Int, range: Range<Int>, sentence: Int, events: [Event], _ input: Input) -> AgeStatement? {
        let suffix = position + 1
        guard suffix + 1 < range.upperBound, input.tokens[suffix].kind == .word, !input.tokens[suffix].spaceBefore,
              temporalWords.clockWord(input.tokens[suffix].lower) == "ordinal-suffix", isAgeWord(suffix + 1, "birthday", input),
              suffix + 2 >= range.upperBound || input.tokens[suffix + 2].kind != .word else { return nil }
        // The possessive: "his", "her", or a name and "'s".
        var owner = position - 1
        guard owner >= range.lowerBound else { return nil }
        if owner - 2 >= range.lowerBound, input.personAt[owner - 2] != nil, isPossessive(after: owner - 2, input) {
            owner -= 2
        } else {
            guard input.tokens[owner].kind == .word, possessives.contains(input.tokens, owner) else { return nil }
        }
        var relation = owner - 1
        guard relation >= range.lowerBound else { return nil }
        var age = value
        if isAgeWord(relation, "before-birthday", input) {
            age -= 1
        } else if isAgeWord(relation, "of", input), isAgeWord(relation - 1, "before-birthday", input) {
            relation -= 1
            age -= 1
        } else if !isAgeWord(relation, "on-birthday", input) {
            return nil
        }
        // "on the eve of": the span opens at "on".
        if relation - 2 >= range.lowerBound, isAgeWord(relation - 2, "on-birthday", input),
           temporalWords.isConnective(input.tokens[relation - 1].lower, "the") { relation -= 2 }
        guard age >= 1 else { return nil }
        return eventAge(value: age, phrase: relation..<(suffix + 2), number: position, range: range, sentence: sentence, events: events, input)
    }
}
