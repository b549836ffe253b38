/// The clauses of a sentence, as the status reader splits them, and the past verb an event noun
/// is the setting of.
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
        if start > range.lowerBound, clauseWords.contains(input.tokens, start - 1) { start -= 1 }
        return start..<end
    }

    /// The clauses a subordinate clause may hang on: the one before it, and the one after it
    /// when a comma closes it ("Silva said that after its rule ended in 1999, the territory
    /// would …") or it opens the sentence. Punctuation between is skipped.
    func mainClauses(of clause: Range<Int>, sentence: Int, _ input: Input) -> [Range<Int>] {
        let range = input.sentences[sentence].tokens
        var found: [Range<Int>] = []
        var before = clause.lowerBound - 1
        while before >= range.lowerBound, input.tokens[before].kind == .punctuation { before -= 1 }
        if before >= range.lowerBound { found.append(self.clause(around: before..<(before + 1), sentence: sentence, input)) }
        guard found.isEmpty || clause.upperBound < range.upperBound && input.tokens[clause.upperBound].isMark(",") else { return found }
        var after = clause.upperBound
        while after < range.upperBound, input.tokens[after].kind == .punctuation { after += 1 }
        if after < range.upperBound { found.append(self.clause(around: after..<(after + 1), sentence: sentence, input)) }
        return found
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
        return clauseWords.contains(tokens, position) && !isEquative(position, input) || opensBareRelative(position, input)
    }

    /// "hoped to reopen the loan deal it reached on April 27": a subject pronoun between a noun
    /// and a past verb opens a relative clause written without "that", whose tense is its own.
    /// The word before must be a noun: not a verb ("said it reached"), a function word
    /// ("whether he believed"), a date or a word in -ing.
    func opensBareRelative(_ position: Int, _ input: Input) -> Bool {
        let tokens = input.tokens
        guard tokens[position].lower.utf8.count <= 4, position > 0, position + 1 < tokens.count,
              let key = pronouns.key(tokens, position), key == "subject" || key == "other" else { return false }
        let before = position - 1
        guard tokens[before].kind == .word, tokens[before].block == tokens[position].block, input.temporalAt[before] == nil,
              !tokens[before].isCapitalized, !stopwords.contains(tokens, before), !words.functionWords.contains(tokens, before),
              !modals.contains(tokens, before),
              !isPastVerb(at: before, tokens), !tokens[before].lower.hasASCIISuffix("ing"), !tokens[before].lower.hasASCIISuffix("ed"),
              tokens[before].classes & reportingBit == 0 else { return false }
        return isPastVerb(at: position + 1, tokens)
    }

    /// Whether an "as" belongs to an equative comparison ("to as much as 3,450 dlrs"): the word
    /// of degree after it and "as" after that, or the reverse before it.
    func isEquative(_ position: Int, _ input: Input) -> Bool {
        let tokens = input.tokens
        guard equatives.key(tokens, position) == "marker" else { return false }
        let isDegree = { (at: Int) in at >= 0 && at < tokens.count && self.equatives.key(tokens, at) == "degree" }
        let isMarker = { (at: Int) in at >= 0 && at < tokens.count && self.equatives.key(tokens, at) == "marker" }
        return isDegree(position + 1) && isMarker(position + 2) || isDegree(position - 1) && isMarker(position - 2)
    }

    /// "has been closed since March 20, and is due to restart in April": a verb's clause joined
    /// to the next by "and" or "but" whose own verb follows tells that clause's time, not this
    /// one's. The tense marks from the joiner on are left out for a verb event, and for a noun
    /// that is its clause's subject ("Talks have been suspended since March 20 and will
    /// resume"); a noun with no verb of its own ("the election, and a referendum, will be held
    /// in May") keeps them. Phrases with no verb of their own ("because of flooding") and a
    /// saying set off by commas (", the company said,") may stand before the joiner.
    func marksOfOwnConjunct(_ event: Event, clause: Range<Int>, marks: [(index: Int, tense: TenseReader.Mark)],
                            _ input: Input) -> [(index: Int, tense: TenseReader.Mark)] {
        var own = clause
        if event.isNoun {
            guard let verb = subjectVerb(of: event, input) else { return marks }
            own = self.clause(around: verb..<(verb + 1), sentence: event.sentence, input)
        }
        guard let joiner = joiner(after: own, sentence: event.sentence, marks: marks, input) else { return marks }
        return marks.filter { $0.index < joiner }
    }

    /// How far after a noun its verb is looked for.
    private static let subjectReach = 10

    /// The verb a noun is the subject of: the first verb after it, before any comma or date
    /// ("Talks between the dockers and the port have been suspended").
    func subjectVerb(of event: Event, _ input: Input) -> Int? {
        let end = min(input.sentences[event.sentence].tokens.upperBound, event.tokens.upperBound + Self.subjectReach)
        for position in event.tokens.upperBound..<end {
            if input.temporalAt[position] != nil || input.tokens[position].isMark(",") { return nil }
            if isVerbLike(position, input) { return position }
        }
        return nil
    }

    /// How many verbless phrases or sayings are looked past to a joiner.
    private static let asidesBeforeJoiner = 2
    /// The longest such phrase, in tokens.
    private static let asideLength = 8

    /// The "and" or "but" after a clause that opens another with its own verb, looking past
    /// verbless phrases and sayings set off by commas.
    private func joiner(after clause: Range<Int>, sentence: Int, marks: [(index: Int, tense: TenseReader.Mark)], _ input: Input) -> Int? {
        let end = input.sentences[sentence].tokens.upperBound
        var joiner = clause.upperBound
        for hop in 0...Self.asidesBeforeJoiner {
            if joiner < end, input.tokens[joiner].isMark(",") { joiner += 1 }
            guard joiner + 1 < end, input.temporalAt[joiner] == nil else { return nil }
            if coordinators.contains(input.tokens[joiner]) {
                var verb = joiner + 1
                if input.tokens[verb].lower.hasASCIISuffix("ly"), verb + 1 < end { verb += 1 }
                return input.temporalAt[verb] == nil && isVerbLike(verb, input) ? joiner : nil
            }
            guard hop < Self.asidesBeforeJoiner else { return nil }
            // The phrase up to the next comma: no verb but a saying's.
            var next = joiner
            while next < end, !input.tokens[next].isMark(",") { next += 1 }
            guard next < end, next - joiner <= Self.asideLength, (joiner..<next).allSatisfy({ position in
                input.temporalAt[position] != nil || !isVerbLike(position, input)
                    || marks.contains { $0.index == position && $0.tense == .reported }
            }) else { return nil }
            joiner = next
        }
        return nil
    }

    /// Whether an event noun is what a verb told as done happened in: "in", "at" or "on"
    /// (`date-prepositions` key `at`) within three words before it ("in an army coup"), right
    /// after a past form ("ousted in", "killed in").
    func isSettingOfPastVerb(_ event: Event, _ input: Input) -> Bool {
        let sentence = input.sentences[event.sentence].tokens
        guard let at = (max(sentence.lowerBound, event.tokens.lowerBound - 3)..<event.tokens.lowerBound).first(where: {
                  input.tokens[$0].kind == .word && prepositions.key(input.tokens, $0) == "at" }),
              at - 1 >= sentence.lowerBound else { return false }
        return isPastVerb(at: at - 1, input.tokens)
    }

    /// The token after an event noun's phrase when the noun is the possessed object of a verb
    /// of the `end` family told as done ("completed its acquisition of Tollard Bank"), past an
    /// "of" and up to four capitalised words after it; nil otherwise.
    func completedObjectEnd(of noun: Event, verbs: [Event], _ input: Input) -> Int? {
        guard verbs.contains(where: { verb in
            !verb.isNoun && verb.family == "end" && verb.status == .reported && !verb.isNegated
                && verb.possessedObject.map { $0.contains(noun.tokens.lowerBound) } ?? false
        }) else { return nil }
        let end = input.sentences[noun.sentence].tokens.upperBound
        var cursor = noun.tokens.upperBound
        guard cursor + 1 < end, input.tokens[cursor].kind == .word, temporalWords.isConnective(input.tokens[cursor].lower, "of") else { return cursor }
        var name = cursor + 1
        while name < end, name - cursor <= 4, input.tokens[name].kind == .word, input.tokens[name].isCapitalized, input.temporalAt[name] == nil { name += 1 }
        if name > cursor + 1 { cursor = name }
        return cursor
    }

    /// Whether a word of plan (`event-status`, `scheduled`) stands in the clause before a
    /// position, within eight words and no mark between.
    func followsPlan(_ position: Int, _ input: Input) -> Bool {
        var cursor = position - 1
        while cursor >= 0, position - cursor <= 8, input.tokens[cursor].kind == .word {
            if words.statusCues.key(input.tokens, cursor) == "scheduled" { return true }
            cursor -= 1
        }
        return false
    }

    /// A verb's object opened by a possessive determiner or "the" straight after it ("closed its
    /// discussions", "sold their Tarvik stake", "asked the council"): the determiner and up to two words, or up to
    /// five when a figure opens them ("launched its 38 dlr a share offer"), none a date, a date
    /// preposition or a verb's. "a" or "an" opens one only before a figure ("signed a 40 mln dlr
    /// loan"): "a meeting", "a day off" may be still to come.
    func possessedObject(of event: Event, _ input: Input) -> Range<Int>? {
        let end = input.sentences[event.sentence].tokens.upperBound
        let start = event.tokens.upperBound
        guard start < end, input.tokens[start].kind == .word else { return nil }
        // The figure, when one opens the object, is passed over; a word must follow it.
        let hasFigure = start + 1 < end && input.tokens[start + 1].kind == .number && input.temporalAt[start + 1] == nil
        let determiner = input.tokens[start].lower
        guard possessives.contains(input.tokens[start]) || determiner == "the" || hasFigure && (determiner == "a" || determiner == "an") else { return nil }
        let first = start + (hasFigure ? 2 : 1)
        let reach = hasFigure ? 5 : 2
        var cursor = first
        while cursor < end, cursor - start <= reach, input.tokens[cursor].kind == .word, input.temporalAt[cursor] == nil,
              prepositions.key(input.tokens, cursor) == nil, !isVerbLike(cursor, input) {
            cursor += 1
        }
        return cursor > first ? start..<cursor : nil
    }
}
