/// Whether a word outside the lexicon is a verb an event can hang on.
extension EventExtractor {
    /// Whether a word outside the lexicon is a verb an event can hang on: a past form used as a
    /// verb ("which it completed", "she was dismissed", not "further coordinated action" or ",
    /// calculated to"), the verb after a modal ("will meet"), or a gerund after a preposition
    /// ("of cutting").
    func isGenericVerb(at position: Int, range: Range<Int>, _ input: Input) -> Bool {
        // Asked at every word of a dated sentence: fields by index, since a copy of each token
        // retained both its strings.
        let tokens = input.tokens
        if possessionVerbs.contains(tokens, position) { return isMainPossession(at: position, range: range, input) }
        guard !tokens[position].isCapitalized || position == range.lowerBound, !words.functionWords.contains(tokens, position),
              !words.triggers.contains(tokens, position), !words.statusCues.contains(tokens, position) else { return false }
        let lower = tokens[position].lower
        let previous = position > range.lowerBound ? position - 1 : nil
        if let previous, modals.contains(tokens, previous), !temporalWords.auxiliaries.contains(lower) { return true }
        if lower.hasASCIISuffix("ing"), lower.utf8.count >= 6, let previous, tokens[previous].kind == .word,
           prepositions.contains(tokens, previous) || words.connectives.key(tokens, previous).map({ $0 != "then" }) == true || ageWords.key(tokens, previous) == "of" {
            return true
        }
        // "…, with the index rising to 512 on May 2": a change participle hanging on a clause.
        if hangingPhraseStart(at: position, range: range, input) != nil { return true }
        // "were trading on March 7", "was hit on March 29": after a past auxiliary.
        if let previous, temporalWords.pastAuxiliaries.contains(tokens[previous].lower), tokens[position].kind == .word,
           lower.hasASCIISuffix("ing"), lower.utf8.count >= 5 {
            return true
        }
        guard isPastVerb(at: position, tokens) else { return false }
        return isFinite(at: position, range: range, input)
    }

    /// "had spare reserves", "having 31 billion marks": "have" before a figure or a noun
    /// phrase, not before a participle ("had fallen"), "to", "been" or a negation.
    func isMainPossession(at position: Int, range: Range<Int>, _ input: Input) -> Bool {
        guard position + 1 < range.upperBound, input.temporalAt[position + 1] == nil else { return false }
        let next = input.tokens[position + 1]
        if next.kind == .number { return true }
        guard next.kind == .word, !next.lower.hasASCIISuffix("ly"), !next.lower.hasASCIISuffix("n't"), words.statusCues.key(for: next.lower) == nil,
              !isPastVerb(next), next.classes & pastBit == 0, !modals.contains(next.lower),
              !temporalWords.auxiliaries.contains(next.lower), !temporalWords.pastAuxiliaries.contains(next.lower) else { return false }
        // A determiner, or a word that is no other function word: "had a deficit", "had spare reserves".
        return !words.functionWords.contains(next.lower) || pronouns.key(for: next.lower) == "indefinite"
            || pronouns.key(for: next.lower) == "definite"
    }

    /// Whether a past form is used as a verb: after a subject, an auxiliary or a relative word,
    /// or after a noun when no noun follows ("prices fell", not "the announced buyback").
    func isFinite(at position: Int, range: Range<Int>, _ input: Input) -> Bool {
        // A date between subject and verb ("shares on June 4 fell", "Vantor on March 10
        // unilaterally suspended") is passed over, with an adverb after it.
        var before = position - 1
        var adverb = before
        while adverb >= range.lowerBound, input.temporalAt[adverb] == nil, input.tokens[adverb].kind == .word,
              input.tokens[adverb].lower.hasASCIISuffix("ly") { adverb -= 1 }
        if adverb < before, adverb >= range.lowerBound, input.temporalAt[adverb] != nil { before = adverb }
        let dateEnd = before
        while before >= range.lowerBound, input.temporalAt[before] != nil { before -= 1 }
        let passedDate = before < dateEnd
        if before >= range.lowerBound, passedDate, prepositions.contains(input.tokens, before) { before -= 1 }
        guard before >= range.lowerBound else { return true }
        var previous = input.tokens[before]
        // "the harbour levy (HPL) brought in during May": past a bracketed aside.
        if previous.isMark(")"), let opening = (max(range.lowerBound, before - Self.asideReach)..<before).last(where: { input.tokens[$0].isMark("(") }),
           opening > range.lowerBound {
            before = opening - 1
            previous = input.tokens[before]
        }
        // "Paul Marchand, on March 22, sparked", "the wreck, found on March 18": after a
        // comma, what stands before the comma decides.
        // "The plant, which opened in 1998, closed": past a clause set off by commas.
        if previous.isMark(","), let opening = (range.lowerBound..<before).last(where: { input.tokens[$0].isMark(",") && input.temporalAt[$0] == nil }),
           before - opening <= 16, opening - 1 >= range.lowerBound, input.tokens[opening - 1].kind == .word,
           (opening + 1..<before).contains(where: { clauseWords.contains(input.tokens, $0) }) {
            let head = input.tokens[opening - 1]
            if head.isCapitalized || input.personAt[opening - 1] != nil || !words.functionWords.contains(head) { return true }
        }
        if previous.isMark(","), before - 1 >= range.lowerBound, input.tokens[before - 1].kind == .word, input.temporalAt[before - 1] == nil {
            before -= 1
            previous = input.tokens[before]
            if previous.isCapitalized || input.personAt[before] != nil || !words.functionWords.contains(previous) { return true }
        }
        // Before it: a subject, an auxiliary or a relative word makes it a verb.
        if previous.kind == .word, previous.isCapitalized || input.personAt[before] != nil
            || ["subject", "other", "relative"].contains(pronouns.key(for: previous) ?? "") || clauseWords.contains(previous)
            || temporalWords.auxiliaries.contains(previous.lower) || temporalWords.pastAuxiliaries.contains(previous.lower)
            || temporalWords.perfectAuxiliaries.contains(previous.lower) {
            return true
        }
        guard previous.kind == .word, !words.functionWords.contains(previous) || previous.lower.hasASCIISuffix("ly") else { return false }
        // A noun and a date before it: no adjective stands after a date ("the exchange on
        // March 26 suspended trading").
        if passedDate { return true }
        // After a noun: a verb unless a noun follows ("the coordinated action").
        let next = position + 1 < range.upperBound ? input.tokens[position + 1] : nil
        return !(next.map { $0.kind == .word && !$0.isCapitalized && !words.functionWords.contains($0.lower)
            && !$0.lower.hasASCIISuffix("ly") && !approximators.contains($0.lower) && input.temporalAt[position + 1] == nil } ?? false)
    }

    /// How many tokens back a bracketed aside before a verb is passed over.
    private static let asideReach = 8

    /// Puts an event made for a word outside the lexicon among the others in text order (before
    /// the first that starts after it) and returns its index.
    func insertInOrder(_ event: Event, into events: inout [Event]) -> Int {
        let position = events.firstIndex { $0.tokens.lowerBound > event.tokens.lowerBound } ?? events.count
        events.insert(event, at: position)
        return position
    }
}
