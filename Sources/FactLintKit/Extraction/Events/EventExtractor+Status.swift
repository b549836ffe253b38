/// Whether an event happened, read from the words of its clause.
extension EventExtractor {
    /// The status of an event: conditional, scheduled, a term, a rate, reported (told as done)
    /// or merely stated.
    func status(of event: Event, marks: [(index: Int, tense: TenseReader.Mark)], _ input: Input) -> EventStatus {
        var clause = clause(around: event.tokens, sentence: event.sentence, input)
        // "would begin next year and completed in 1992": a clause joined by "and" shares the
        // modal of the one before.
        if clause.lowerBound > input.sentences[event.sentence].tokens.lowerBound, temporalWords.isConnective(input.tokens[clause.lowerBound].lower, "and") {
            clause = self.clause(around: (clause.lowerBound - 1)..<clause.lowerBound, sentence: event.sentence, input).lowerBound..<clause.upperBound
        }
        var cues: [(position: Int, key: String)] = []
        for position in clause where input.temporalAt[position] == nil && !event.tokens.contains(position) {
            let token = input.tokens[position]
            guard token.kind == .word else { continue }
            if let key = words.statusCues.key(for: token.lower) { cues.append((position, key)) }
        }
        let before = { (key: String) in cues.contains { $0.key == key && $0.position < event.tokens.lowerBound } }
        let near = { (key: String) in cues.contains { $0.key == key } }
        if before("conditional") { return .conditional }
        let previous = event.tokens.lowerBound > clause.lowerBound ? input.tokens[event.tokens.lowerBound - 1].lower : ""
        if modals.contains(previous) || tenses.tense(near: event.tokens, marks: marks) == .future || before("scheduled") {
            return .scheduled
        }
        // "postponed until May", "moved to Friday": the date is where it was moved to.
        if near("moved"), event.anchors.contains(where: { [.to, .until, .by].contains($0.relation) }) || !event.isKnown {
            return .scheduled
        }
        if near("term") { return .term }
        // A gerund outside the lexicon ("of cutting the deficit") tells no event as done.
        if !event.isKnown, event.trigger.hasSuffix("ing") { return .stated }
        if near("rate") || hasRate(in: clause, input) { return .rate }
        let trigger = input.tokens[event.tokens.lowerBound]
        // "the announced buyback": a past form used as an adjective tells nothing as done.
        if event.tokens.count == 1, isPastVerb(trigger), !isFinite(at: event.tokens.lowerBound, range: input.sentences[event.sentence].tokens, input) {
            return .stated
        }
        if isPastVerb(trigger) || tenses.tense(near: event.tokens, marks: marks) == .past {
            return .reported
        }
        return .stated
    }

    /// Whether the event is denied: "did not resign", "has never opened".
    func isNegated(_ event: Event, _ input: Input) -> Bool {
        let start = input.sentences[event.sentence].tokens.lowerBound
        var position = event.tokens.lowerBound - 1
        while position >= max(start, event.tokens.lowerBound - 3) {
            let word = input.tokens[position].lower
            if words.statusCues.key(for: word) == "negation" || word.hasSuffix("n't") || word.hasSuffix("n\u{2019}t") { return true }
            position -= 1
        }
        return false
    }

    /// The clause around some tokens: up to the nearest comma, clause word or stronger break on
    /// each side, not counting commas inside a date ("June 17, 2021").
    func clause(around tokens: Range<Int>, sentence: Int, _ input: Input) -> Range<Int> {
        let range = input.sentences[sentence].tokens
        var start = tokens.lowerBound
        while start > range.lowerBound, !isBreak(start - 1, input) { start -= 1 }
        var end = tokens.upperBound
        while end < range.upperBound, !isBreak(end, input) { end += 1 }
        // A clause word opens its clause and belongs to it ("if work starts", "which opened").
        if start > range.lowerBound, clauseWords.contains(input.tokens[start - 1].lower) { start -= 1 }
        return start..<end
    }

    private func isBreak(_ position: Int, _ input: Input) -> Bool {
        let token = input.tokens[position]
        if input.temporalAt[position] != nil { return false }
        if token.kind == .punctuation {
            return [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}"].contains(token.text) || (token.text == "-" && token.spaceBefore)
        }
        return clauseWords.contains(token.lower)
    }

    /// "3 billion a year", "5 pct per annum", "twice a month": a rate, or a set ("every week").
    private func hasRate(in clause: Range<Int>, _ input: Input) -> Bool {
        for position in clause {
            if let expression = input.temporalAt[position] {
                let found = input.temporal[expression]
                if found.kind == .set { return true }
                // "2 million pounds a year": a one-unit duration after a figure or a noun.
                if found.kind == .duration, found.tokens.lowerBound == position, position > clause.lowerBound,
                   temporalWords.isConnective(input.tokens[position].lower, "article") || temporalWords.isDurationWord(input.tokens[position].lower, "per"),
                   isRateBase(input.tokens[position - 1]) {
                    return true
                }
                continue
            }
            let token = input.tokens[position]
            guard token.kind == .word, temporalWords.isConnective(token.lower, "article") || temporalWords.isDurationWord(token.lower, "per"),
                  position > clause.lowerBound, position + 1 < clause.upperBound, input.temporalAt[position + 1] == nil else { continue }
            let next = input.tokens[position + 1].lower
            guard units.key(for: next) != nil, !next.hasSuffix("s") else { continue }
            if isRateBase(input.tokens[position - 1]) { return true }
        }
        return false
    }

    /// A figure or a noun before "a year" makes a rate ("3 billion a year", "twice a month");
    /// a preposition does not ("for a year").
    private func isRateBase(_ previous: Token) -> Bool {
        if previous.kind == .number { return true }
        return previous.kind == .word && !prepositions.contains(previous.lower) && !words.functionWords.contains(previous.lower)
            && !isPastVerb(previous)
    }
}
