/// Changes in a level told with their result or with a hanging participle: "rose 4% to close at
/// a record on May 2" and "prices were firmer, with the index rising to 512 on May 2" are told as
/// done, because the result and the participle take the tense of the past change or clause they
/// hang on (`change-verbs`, `result-infinitives`, `absolute-openers`).
extension EventExtractor {
    /// Where the phrase of a hanging participle of a change verb opens: at the opener of an
    /// absolute phrase with a noun between ("with the index rising"), or at a comma right before
    /// it ("…, rising to 512"). Nil when the participle hangs on nothing before it.
    func hangingPhraseStart(at position: Int, range: Range<Int>, _ input: Input) -> Int? {
        guard position > range.lowerBound, input.tokens[position].kind == .word,
              changeVerbs.key(input.tokens, position) == "participle" else { return nil }
        if input.tokens[position - 1].isMark(","), input.temporalAt[position - 1] == nil {
            return hasVerb(range.lowerBound..<(position - 1), input) ? position - 1 : nil
        }
        var back = position - 1
        while back >= range.lowerBound, position - back <= Self.absoluteReach {
            defer { back -= 1 }
            guard input.temporalAt[back] == nil else { continue }
            // "with rising prices": the participle right after the opener describes a noun.
            if absoluteOpeners.contains(input.tokens, back) {
                return position - back >= 2 && hasVerb(range.lowerBound..<back, input) ? back : nil
            }
            if isBreak(back, input) || isVerbMarker(back, input) { return nil }
        }
        return nil
    }

    /// Whether the words of a sentence before a hanging phrase tell a past: a past verb or
    /// auxiliary, and no modal, present auxiliary, plan, condition, possibility or future.
    func isToldAsDone(_ span: Range<Int>, marks: [(index: Int, tense: TenseReader.Mark)], _ input: Input) -> Bool {
        var past = false
        for position in span where input.temporalAt[position] == nil && input.tokens[position].kind == .word {
            let lower = input.tokens[position].lower
            if isModalVerb(position, input) || temporalWords.presentAuxiliaries.contains(lower) || isUndoneCue(lower) { return false }
            // "carries interest over the interbank offered rate": a past form used as an adjective tells no past.
            if temporalWords.pastAuxiliaries.contains(lower) || isPastVerb(at: position, input.tokens) && isFinite(at: position, range: span, input) {
                past = true
            }
        }
        return past && !marks.contains { $0.tense == .future && span.contains($0.index) }
    }

    /// "rose 4% to close at a record", "climbed 2 pence over the month to touch a peak": an
    /// infinitive of `result-infinitives` after a past change verb, with no other verb, break or
    /// plan between, the change itself told as done.
    func isResultOfPastChange(_ event: Event, marks: [(index: Int, tense: TenseReader.Mark)], _ input: Input) -> Bool {
        guard !event.isNoun, event.tokens.count == 1 else { return false }
        return isResultOfPastChange(at: event.tokens.lowerBound, sentence: event.sentence, marks: marks, input)
    }

    /// ``isResultOfPastChange(_:marks:_:)`` of a word, before it is an event.
    func isResultOfPastChange(at verb: Int, sentence index: Int, marks: [(index: Int, tense: TenseReader.Mark)], _ input: Input) -> Bool {
        guard input.tokens[verb].kind == .word, resultInfinitives.contains(input.tokens, verb) else { return false }
        let sentence = input.sentences[index].tokens
        var position = verb - 1
        guard position > sentence.lowerBound, temporalWords.infinitives.contains(input.tokens[position].lower) else { return false }
        position -= 1
        // "grew 2% in the six months to end May": a period and its edge, not a result.
        if input.temporalAt[position] != nil, verb + 1 < sentence.upperBound, input.temporalAt[verb + 1] != nil { return false }
        // "fell 12 points, to close at 1,850": one comma may stand before "to".
        if input.tokens[position].isMark(","), input.temporalAt[position] == nil { position -= 1 }
        // Words counted toward the reach: not those of a date or joined by a hyphen.
        var counted = 0
        while position >= sentence.lowerBound, counted <= Self.resultReach {
            defer { position -= 1 }
            guard input.temporalAt[position] == nil, !input.tokens[position].isMark("-") || input.tokens[position].spaceBefore else { continue }
            if input.tokens[position].kind == .word, changeVerbs.key(input.tokens, position) == "past" {
                return isChangeToldAsDone(at: position, sentence: index, marks: marks, input)
            }
            // "over the last month-and-a-half": a word joined by hyphens breaks no clause.
            if input.tokens[position].kind == .word, !input.tokens[position].spaceBefore, position > sentence.lowerBound,
               input.tokens[position - 1].isMark("-") { continue }
            counted += 1
            if isBreak(position, input) || isVerbMarker(position, input) { return false }
            if input.tokens[position].kind == .word, isUndoneCue(input.tokens[position].lower)
                || words.statusCues.key(input.tokens, position) == "negation" { return false }
        }
        return false
    }

    /// Whether a past change verb is itself told as done: used as a verb, with no modal, plan,
    /// condition, denial or future before it in its clause.
    private func isChangeToldAsDone(at position: Int, sentence: Int, marks: [(index: Int, tense: TenseReader.Mark)], _ input: Input) -> Bool {
        let range = input.sentences[sentence].tokens
        guard isFinite(at: position, range: range, input) else { return false }
        let clause = clause(around: position..<(position + 1), sentence: sentence, input)
        for before in clause.lowerBound..<position where input.temporalAt[before] == nil && input.tokens[before].kind == .word {
            let lower = input.tokens[before].lower
            if isModalVerb(before, input) || isUndoneCue(lower) || words.statusCues.key(lowercased: lower) == "negation" { return false }
        }
        return !marks.contains { $0.tense == .future && $0.index >= clause.lowerBound && $0.index < position }
    }

    /// Whether words before a hanging phrase hold a verb for it to hang on ("In 1986, declining
    /// prices" has none).
    private func hasVerb(_ span: Range<Int>, _ input: Input) -> Bool {
        span.contains { input.temporalAt[$0] == nil && isVerbMarker($0, input) }
    }

    /// A word that makes another clause's verb: an auxiliary, a past verb or a modal before a verb.
    private func isVerbMarker(_ position: Int, _ input: Input) -> Bool {
        guard input.tokens[position].kind == .word else { return false }
        let lower = input.tokens[position].lower
        return isModalVerb(position, input) || isPastVerb(at: position, input.tokens) || temporalWords.auxiliaries.contains(lower)
            || temporalWords.pastAuxiliaries.contains(lower) || temporalWords.presentAuxiliaries.contains(lower)
            || temporalWords.perfectAuxiliaries.contains(lower)
    }

    /// A modal, or "to" before a verb ("agreed to sell"), not "to" before a figure or a noun
    /// phrase ("rose to 512", "fell to a low").
    func isModalVerb(_ position: Int, _ input: Input) -> Bool {
        let lower = input.tokens[position].lower
        guard modals.contains(lowercased: lower) else { return false }
        guard temporalWords.infinitives.contains(lower) else { return true }
        let next = position + 1
        guard next < input.tokens.count, input.temporalAt[next] == nil, input.tokens[next].kind == .word else { return false }
        return !input.tokens[next].isCapitalized && !words.functionWords.contains(input.tokens, next)
    }

    /// A cue that the event is planned, conditional or only possible.
    func isUndoneCue(_ lower: String) -> Bool {
        switch words.statusCues.key(lowercased: lower) {
        case "scheduled"?, "conditional"?, "possibility"?: return true
        default: return false
        }
    }

    /// How many words before a participle its absolute opener may stand ("with the central
    /// bank's public bond yield index falling").
    static let absoluteReach = 12
    /// How many words may stand between a change verb and "to" of its result.
    static let resultReach = 10
}
