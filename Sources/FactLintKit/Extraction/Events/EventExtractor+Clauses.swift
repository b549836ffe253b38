/// The clauses of a sentence, as the status reader splits them.
extension EventExtractor {
    /// The clause around some tokens: up to the nearest comma, clause word or stronger break on
    /// each side, not counting commas inside a date ("June 17, 2021").
    func clause(around tokens: Range<Int>, sentence: Int, _ input: Input) -> Range<Int> {
        let range = input.sentences[sentence].tokens
        var start = tokens.lowerBound
        while start > range.lowerBound, !isBreak(start - 1, input) { start -= 1 }
        var end = tokens.upperBound
        while end < range.upperBound, !isBreak(end, input) { end += 1 }
        // A clause word opens its clause and belongs to it ("if work starts", "which opened").
        if start > range.lowerBound, clauseWords.contains(lowercased: input.tokens[start - 1].lower) { start -= 1 }
        return start..<end
    }

    func isBreak(_ position: Int, _ input: Input) -> Bool {
        if input.temporalAt[position] != nil { return false }
        // Fields by index: a copy of the token retains both its strings.
        let tokens = input.tokens
        if tokens[position].kind == .punctuation {
            switch tokens[position].mark {
            case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2014, 0x2013: return true  // , ; : ( ) — –
            case 0x2D: return tokens[position].spaceBefore  // a spaced hyphen, used as a dash
            default: return false
            }
        }
        return clauseWords.contains(lowercased: tokens[position].lower) && !isEquative(position, input)
    }

    /// Whether an "as" belongs to an equative comparison ("to as much as 3,450 dlrs"): the word
    /// of degree after it and "as" after that, or the reverse before it.
    func isEquative(_ position: Int, _ input: Input) -> Bool {
        let tokens = input.tokens
        guard equatives.key(lowercased: tokens[position].lower) == "marker" else { return false }
        let isDegree = { (at: Int) in at >= 0 && at < tokens.count && self.equatives.key(lowercased: tokens[at].lower) == "degree" }
        let isMarker = { (at: Int) in at >= 0 && at < tokens.count && self.equatives.key(lowercased: tokens[at].lower) == "marker" }
        return isDegree(position + 1) && isMarker(position + 2) || isDegree(position - 1) && isMarker(position - 2)
    }

    /// "has been closed since March 20, and is due to restart in April": a verb's clause joined
    /// to the next by "and" or "but" whose own verb follows tells that clause's time, not this
    /// one's. The tense marks from the joiner on are left out for a verb event; a noun ("the
    /// election, and a referendum, will be held in May") keeps them.
    func marksOfOwnConjunct(_ event: Event, clause: Range<Int>, marks: [(index: Int, tense: TenseReader.Mark)],
                            _ input: Input) -> [(index: Int, tense: TenseReader.Mark)] {
        guard !event.isNoun else { return marks }
        let sentence = input.sentences[event.sentence].tokens
        var joiner = clause.upperBound
        if joiner < sentence.upperBound, input.tokens[joiner].isMark(",") { joiner += 1 }
        guard joiner + 1 < sentence.upperBound, input.temporalAt[joiner] == nil, coordinators.contains(input.tokens[joiner]) else { return marks }
        var verb = joiner + 1
        if input.tokens[verb].lower.hasASCIISuffix("ly"), verb + 1 < sentence.upperBound { verb += 1 }
        guard input.temporalAt[verb] == nil, isVerbLike(verb, input) else { return marks }
        return marks.filter { $0.index < joiner }
    }
}
