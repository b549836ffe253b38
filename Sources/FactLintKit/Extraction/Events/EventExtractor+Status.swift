/// Whether an event happened, read from the words of its clause.
extension EventExtractor {
    /// "the quarter ended June 30", "the year ending in March": a verb straight after a unit of time.
    func isPeriodEdge(_ event: Event, _ input: Input) -> Bool {
        !event.isNoun && event.tokens.lowerBound > input.sentences[event.sentence].tokens.lowerBound
            && units.contains(input.tokens, event.tokens.lowerBound - 1)
    }

    /// The status of an event: conditional, scheduled, a term, a rate, reported (told as done)
    /// or merely stated.
    func status(of event: Event, marks: [(index: Int, tense: TenseReader.Mark)], _ input: Input) -> EventStatus {
        var clause = clause(around: event.tokens, sentence: event.sentence, input)
        // "spoke ahead of the trade tour she began on May 20": a past verb right after a
        // subject pronoun of its own opens a clause; the plan before it is not its plan.
        if !event.isNoun, let subject = ownSubject(of: event, after: clause.lowerBound, input) { clause = subject..<clause.upperBound }
        let ownClause = clause
        // "would start next year and finish in 1994": a clause joined by "and" shares the
        // modal of the one before.
        if clause.lowerBound > input.sentences[event.sentence].tokens.lowerBound, temporalWords.isConnective(input.tokens[clause.lowerBound].lower, "and") {
            clause = self.clause(around: (clause.lowerBound - 1)..<clause.lowerBound, sentence: event.sentence, input).lowerBound..<clause.upperBound
        }
        // "the strikes against planned redundancies": a plan's participle before another noun
        // plans that noun, not the event.
        let marks = marksOfOwnConjunct(event, clause: clause, marks: marks, input).filter { mark in
            !(mark.tense == .future && clause.contains(mark.index) && isAttributive(mark.index, clause: clause, event: event, input))
        }
        var cues: [(position: Int, key: String)] = []
        for position in clause where input.temporalAt[position] == nil && !event.tokens.contains(position) {
            // By index: a copy of each token of the clause retained both its strings.
            guard input.tokens[position].kind == .word else { continue }
            // "a strike against the merger began": "against" after an event noun is what the
            // event opposes, no comparison.
            if let key = words.statusCues.key(input.tokens, position),
               !(key == "scheduled" && isAttributive(position, clause: clause, event: event, input)),
               // "raised ahead of the realignment": the first word of an order connective orders
               // two events and plans neither.
               !(key == "scheduled" && position + 1 < clause.upperBound && orderConnective(endingAt: position + 1, from: position, input) != nil),
               !(key == "comparison" && words.opposition.contains(input.tokens, position) && position > clause.lowerBound
                 && input.tokens[position - 1].kind == .word
                 && words.triggers.key(input.tokens, position - 1) != nil && !isVerbLike(position - 1, input)) {
                cues.append((position, key))
            }
        }
        let before = { (key: String) in cues.contains { $0.key == key && $0.position < event.tokens.lowerBound } }
        let near = { (key: String) in cues.contains { $0.key == key } }
        if before("conditional") || near("possibility") {
            // "unless the report is out before the July 3 annual meeting", "if next month's
            // summit fails": a noun dated before it by a date not yet past names a planned
            // occasion, whatever the clause makes of the rest.
            return event.isNoun && isDatedOccasion(event, input) ? .scheduled : .conditional
        }
        // "tried to calm investors after Monday's harbour index slump": an event noun
        // dated by a possessive day or week already past ("Monday's", "last week's") is
        // stated, whatever plan the clause tells of around it.
        if event.isNoun, let published = input.published, event.anchors.contains(where: { anchor in
            let date = input.temporal[anchor.temporal]
            let after = date.tokens.upperBound
            return anchor.relation == .modifier && date.isRelative
                && after + 1 < input.tokens.count && input.tokens[after].isApostrophe && input.tokens[after + 1].lower == "s"
                && date.coverage(published: published).map { $0.end < published && $0.end.dayNumber - $0.start.dayNumber < 7 } ?? false
        }) {
            return .stated
        }
        // "rose 4% to close at a record": the result of a past change is done, though "to" stands before it.
        // "after failing to pay the fine on 12 August": what a failure told as done failed to do
        // is dated as done.
        let isResult = isResultOfPastChange(event, marks: marks, input) || isFailedInfinitive(event, input)
        // "would open next year and be finished in 2030": a modal anywhere before it in the clause.
        if !isResult, (clause.lowerBound..<event.tokens.lowerBound).contains(where: { position in
            modals.contains(input.tokens, position) && input.temporalAt[position] == nil
                && (!temporalWords.infinitives.contains(input.tokens[position].lower)
                    // "was to have sailed", "is to be named": an infinitive of "have" after "be", or
                    // of "be", is a plan; "are said to have fled" is done.
                    || position + 1 < event.tokens.lowerBound && (temporalWords.perfectAuxiliaries.contains(input.tokens[position + 1].lower)
                        && !isPerfectInfinitive(at: position, clause: clause, input)
                        || temporalWords.presentAuxiliaries.contains(input.tokens[position + 1].lower)))
        }) {
            return .scheduled
        }
        // "a contender for the leadership in 2028": an event noun after "for" is a purpose ("bonds
        // for two banks were trading" is no purpose of the trading).
        // "was here for the signing today" is no plan: a purpose in a clause told as done, dated
        // by a relative day no later than the story, took place.
        if event.isNoun, (clause.lowerBound..<event.tokens.lowerBound).filter({ input.temporalAt[$0] == nil }).suffix(4).contains(where: {
            words.statusCues.key(input.tokens, $0) == "purpose" }),
           !(isPastPurpose(event, input) && isToldAsDone(clause.lowerBound..<event.tokens.lowerBound, marks: marks, input)) {
            return .scheduled
        }
        if before("comparison") { return .comparison }
        // "before the opening of the new school term on September 3": an event noun after "before" or
        // "after" orders the clause's event; it is not told as done by it.
        if event.isNoun, let connective = (clause.lowerBound..<event.tokens.lowerBound).filter({ input.temporalAt[$0] == nil }).suffix(4).last(where: {
            let key = words.connectives.key(input.tokens, $0)
            return key == "after" || key == "before"
        }) {
            // "resigned after a vote on 21 January": what a past event came after is past too.
            let sentenceStart = input.sentences[event.sentence].tokens.lowerBound
            let main = sentenceStart..<connective
            let isAfter = words.connectives.key(input.tokens, connective) == "after"
            let toldAsDone = main.contains { input.temporalAt[$0] == nil && (isPastVerb(at: $0, input.tokens) || temporalWords.pastAuxiliaries.contains(input.tokens[$0].lower)) }
                && !main.contains { modals.contains(input.tokens, $0) }
            return isAfter && toldAsDone ? .reported : .stated
        }
        // The word before the verb, past "be", "been", "have" and adverbs: "to be taken", "will
        // have been completed".
        var back = event.tokens.lowerBound - 1
        while back >= clause.lowerBound, temporalWords.auxiliaries.contains(input.tokens[back].lower) && !modals.contains(input.tokens, back)
                || temporalWords.perfectAuxiliaries.contains(input.tokens[back].lower) || input.tokens[back].lower.hasASCIISuffix("ly") {
            back -= 1
        }
        let previous = back >= clause.lowerBound ? input.tokens[back].lower : ""
        if !isResult && modals.contains(previous) && !(back >= clause.lowerBound && isPerfectInfinitive(at: back, clause: clause, input))
            || tenses.tense(near: event.tokens, marks: marks) == .future && !isPastWithOwnDate(event, marks: marks, clause: clause, input)
            || before("scheduled") {
            return .scheduled
        }
        // "agreed to hold an inquiry on June 20": a new event noun after an infinitive is
        // planned ("asked to explain the mayor's remark" is not). A noun named by its date
        // after "of" is no object of the verb: "to discuss breaches of an October 1984
        // accord" plans no agreement ("to discuss the timing of a referendum in 1988" does).
        if event.isNoun, !event.isDefinite, event.people.isEmpty, (clause.lowerBound..<event.tokens.lowerBound).contains(where: { position in
            modals.contains(input.tokens, position) && position + 1 < event.tokens.lowerBound
                && input.tokens[position + 1].kind == .word && !input.tokens[position + 1].isCapitalized
                && !words.functionWords.contains(input.tokens, position + 1) && input.temporalAt[position + 1] == nil
                && !(event.anchors.contains { $0.relation == .modifier }
                    && (position + 2..<event.tokens.lowerBound).contains { input.temporalAt[$0] == nil && temporalWords.isConnective(input.tokens[$0].lower, "of") })
        }) {
            return .scheduled
        }
        // "postponed until May", "moved to Friday": the date is where it was moved to. Only a
        // move in the event's own clause counts: "nickel moved to a low in May and climbed
        // back in December" moved no date.
        if cues.contains(where: { $0.key == "moved" && ownClause.contains($0.position) }), event.anchors.contains(where: { [.to, .until, .by].contains($0.relation) }) || !event.isKnown {
            return .scheduled
        }
        if near("term") { return .term }
        // "the quarter ended June 30", "the year ending in March": the edge of a period. A
        // period that "ended" in a sentence told as done is over: "Net income came to 12.4 mln
        // crowns in the year ended Nov 30" reports it ("expects to earn 3.5 mln crowns for the
        // year ended Nov 30" does not).
        if event.isPeriodEdge, event.tokens.lowerBound > clause.lowerBound {
            let sentence = input.sentences[event.sentence].tokens
            if isPastVerb(at: event.tokens.lowerBound, input.tokens),
               isToldAsDone(sentence.lowerBound..<(event.tokens.lowerBound - 1), marks: marks, input),
               !(event.tokens.upperBound..<sentence.upperBound).contains(where: { isModalVerb($0, input) || isUndoneCue(input.tokens[$0].lower) }) {
                return .reported
            }
            return .term
        }
        // "the statement period that ended on Wednesday": a period's subject makes a beginning or
        // an end the edge of that period, not something that happened to a thing.
        if !event.isNoun, event.family == "begin" || event.family == "end",
           event.subject.contains(where: { units.key(for: $0) != nil || temporalWords.isPeriodWord($0, "period") }) {
            return .term
        }
        // "had spare reserves on March 6" is told as done; "…, having 31 billion marks on April
        // 5" as done when the clause it hangs on is past ("Banks were well stocked, having …").
        if !event.isKnown, let form = possessionVerbs.key(for: event.trigger) {
            if near("rate") || hasRate(in: clause, input) { return .rate }
            if form == "past" { return .reported }
            let sentenceStart = input.sentences[event.sentence].tokens.lowerBound
            let toldAsDone = event.tokens.lowerBound > sentenceStart && input.tokens[event.tokens.lowerBound - 1].isMark(",")
                && (sentenceStart..<event.tokens.lowerBound).contains { input.temporalAt[$0] == nil
                    && (isPastVerb(at: $0, input.tokens) || temporalWords.pastAuxiliaries.contains(input.tokens[$0].lower)) }
            return toldAsDone ? .reported : .stated
        }
        // "Prices were firmer, with the index rising to 512 on May 2": a hanging participle takes
        // the tense of the clause it hangs on.
        if !event.isKnown, !event.isNoun, let phrase = hangingPhraseStart(at: event.tokens.lowerBound, range: input.sentences[event.sentence].tokens, input) {
            if near("rate") || hasRate(in: clause, input) { return .rate }
            return isToldAsDone(input.sentences[event.sentence].tokens.lowerBound..<phrase, marks: marks, input) ? .reported : .stated
        }
        // A gerund outside the lexicon ("of cutting the deficit") tells no event as done; after a
        // past auxiliary it is a past progressive ("were trading on March 7").
        if !event.isKnown, event.trigger.hasASCIISuffix("ing"), !temporalWords.pastAuxiliaries.contains(previous) { return .stated }
        if near("rate") || hasRate(in: clause, input) { return .rate }
        if isResult { return .reported }
        let trigger = input.tokens[event.tokens.lowerBound]
        // A verb outside the lexicon tells something as done only in a past form ("ends December 31" does not).
        if !event.isKnown, !event.isNoun, !isPastVerb(trigger), !temporalWords.pastAuxiliaries.contains(previous) { return .stated }
        // "when the drug is approved in May 2027": a present passive.
        var auxiliary = event.tokens.lowerBound - 1
        while auxiliary > clause.lowerBound, input.tokens[auxiliary].lower.hasASCIISuffix("ly") { auxiliary -= 1 }
        if !event.isNoun, auxiliary >= clause.lowerBound, temporalWords.presentAuxiliaries.contains(input.tokens[auxiliary].lower) {
            return .stated
        }
        // "after the lease expired in 2029, the council would": a time clause under a
        // modal main clause is not told as done. The main clause is the one the time clause
        // hangs on: the clause before it, or after it when a comma closes it ("…, as the
        // crisis started when Vantor suspended payments on March 20" hangs on "the crisis
        // started", not on a modal further back).
        if (clause.lowerBound..<event.tokens.lowerBound).contains(where: {
            let key = words.connectives.key(input.tokens, $0)
            return key != nil && key != "subsequently" && key != "then" && input.temporalAt[$0] == nil
        }), mainClauses(of: clause, sentence: event.sentence, input).contains(where: { main in
            main.contains { modals.contains(input.tokens, $0) && !temporalWords.infinitives.contains(input.tokens[$0].lower) }
        }) {
            return .scheduled
        }
        // "would report strong 2023 results, followed by a drop in 2025": a participle set off by
        // a comma takes the modal of the clause it hangs on.
        let sentenceTokens = input.sentences[event.sentence].tokens
        if !event.isNoun, event.tokens.lowerBound > sentenceTokens.lowerBound, input.tokens[event.tokens.lowerBound - 1].isMark(","),
           (sentenceTokens.lowerBound..<event.tokens.lowerBound).contains(where: {
               modals.contains(input.tokens, $0) && !temporalWords.infinitives.contains(input.tokens[$0].lower) }) {
            return .scheduled
        }
        // "the announced buyback": a past form used as an adjective tells nothing as done.
        if event.tokens.count == 1, isPastVerb(trigger), !isFinite(at: event.tokens.lowerBound, range: input.sentences[event.sentence].tokens, input) {
            return .stated
        }
        if event.isNoun {
            // An event noun is told as done by a past verb of its own clause ("settled in a
            // 2021 ruling"), not by one elsewhere in the sentence.
            let told = clause.contains { position in
                !event.tokens.contains(position) && input.temporalAt[position] == nil
                    && (temporalWords.pastAuxiliaries.contains(input.tokens[position].lower) || isPastVerb(at: position, input.tokens))
            }
            if told { return .reported }
            // "Prices closed higher on the Metal, Grain and Oil Exchange despite a sale on
            // May 2": a clause with no verb of its own is a phrase of the one before it.
            return isToldBeforeVerbless(clause, event: event, input) ? .reported : .stated
        }
        // "Ames, who retires on January 1": a relative clause's own verb in the present is not
        // told as done by a past verb elsewhere in the sentence.
        if !isPastVerb(trigger), relativeOpeners.contains(lowercased: previous) { return .stated }
        if isPastVerb(trigger) || tenses.tense(near: event.tokens, marks: marks) == .past {
            return .reported
        }
        return .stated
    }

    /// Whether a clause without a verb hangs on an earlier clause of its sentence told as done:
    /// back over clauses with no verb ("the Metal", "Grain and") to the first with one, which
    /// must have a past form and no modal.
    private func isToldBeforeVerbless(_ clause: Range<Int>, event: Event, _ input: Input) -> Bool {
        let sentence = input.sentences[event.sentence].tokens
        var current = clause
        for _ in 0..<Self.verblessReach {
            if current.contains(where: { !event.tokens.contains($0) && input.temporalAt[$0] == nil && isVerbLike($0, input) }) {
                return current != clause && current.contains { input.temporalAt[$0] == nil
                    && (isPastVerb(at: $0, input.tokens) || temporalWords.pastAuxiliaries.contains(input.tokens[$0].lower)) }
                    && !current.contains { modals.contains(input.tokens, $0) && input.temporalAt[$0] == nil }
            }
            // Only a comma or "and" joins a phrase to the clause before; another clause word
            // ("which", "when") or a stronger break opens a clause of its own.
            let last: Int
            if clauseWords.contains(input.tokens, current.lowerBound) {
                guard temporalWords.isConnective(input.tokens[current.lowerBound].lower, "and") else { return false }
                last = current.lowerBound - 1
            } else {
                guard current.lowerBound - 1 > sentence.lowerBound, input.tokens[current.lowerBound - 1].isMark(",") else { return false }
                last = current.lowerBound - 2
            }
            guard last >= sentence.lowerBound else { return false }
            current = self.clause(around: last..<(last + 1), sentence: event.sentence, input)
        }
        return false
    }

    /// The subject pronoun right before a past verb ("he began"), past "had", when it follows a
    /// noun ("the visit he began") after the start of the clause found by punctuation and
    /// clause words.
    private func ownSubject(of event: Event, after start: Int, _ input: Input) -> Int? {
        let verb = event.tokens.lowerBound
        guard isPastVerb(at: verb, input.tokens) else { return nil }
        var back = verb - 1
        if back > start, temporalWords.pastAuxiliaries.contains(input.tokens[back].lower) { back -= 1 }
        guard back > start, input.tokens[back].kind == .word, ["subject", "other"].contains(pronouns.key(input.tokens, back)) else { return nil }
        // Right after a noun, as a relative clause without "that": not "if it had acquired".
        let before = input.tokens[back - 1].lower
        guard input.tokens[back - 1].kind == .word, !words.functionWords.contains(lowercased: before), words.statusCues.key(lowercased: before) == nil,
              words.connectives.key(lowercased: before) == nil, !isPastVerb(at: back - 1, input.tokens) else { return nil }
        return back
    }

    /// A word that makes a clause: a past form, an auxiliary or a modal.
    func isVerbLike(_ position: Int, _ input: Input) -> Bool {
        input.tokens[position].kind == .word && (isPastVerb(at: position, input.tokens) || isVerbStart(position, input)
            || temporalWords.presentAuxiliaries.contains(input.tokens[position].lower))
    }

    /// Whether a plan's participle stands before another noun than the event and so plans that
    /// noun: "the strikes against planned redundancies" plans the redundancies, not the
    /// strikes; "the planned strike" and "was expected to" plan the event.
    private func isAttributive(_ position: Int, clause: Range<Int>, event: Event, _ input: Input) -> Bool {
        let next = position + 1
        guard input.tokens[position].lower.hasASCIISuffix("ed"), next < clause.upperBound, !event.tokens.contains(next),
              input.temporalAt[next] == nil, input.tokens[next].kind == .word, !input.tokens[next].isCapitalized else { return false }
        // Only after a determiner, a preposition or a possessive ("the planned", "against
        // planned", "its proposed", "the bank's proposed"): "has targeted waste removal" and "he
        // expected documentation" are verbs.
        guard position > clause.lowerBound else { return false }
        let previous = input.tokens[position - 1]
        let isPossessive = previous.lower == "s" && position - 2 >= clause.lowerBound && input.tokens[position - 2].isApostrophe
        guard isPossessive || words.functionWords.contains(lowercased: previous.lower) && !clauseWords.contains(lowercased: previous.lower)
                && !Self.subjectPronouns.contains(pronouns.key(lowercased: previous.lower) ?? "") && !temporalWords.auxiliaries.contains(previous.lower)
                && !temporalWords.perfectAuxiliaries.contains(previous.lower) && !modals.contains(lowercased: previous.lower) else { return false }
        return !words.functionWords.contains(input.tokens, next) && !isVerbLike(next, input)
            && !temporalWords.auxiliaries.contains(input.tokens[next].lower) && !modals.contains(input.tokens, next)
    }

    /// The `event-pronouns` keys of words that stand as a subject before a verb ("he expected").
    private static let subjectPronouns: Set<String> = ["subject", "other", "relative"]

    /// How many clauses back a verbless phrase is followed to its verb.
    private static let verblessReach = 4

    /// "announced in December they would step down in June": a past verb followed by its own date,
    /// with no future before that date, is told as done; the future after the date is the
    /// announced event's. A date after publication is left to the tense ("said on Friday it
    /// will", where Friday may be the coming one).
    func isPastWithOwnDate(_ event: Event, marks: [(index: Int, tense: TenseReader.Mark)], clause: Range<Int>, _ input: Input) -> Bool {
        guard !event.isNoun, isPastVerb(at: event.tokens.lowerBound, input.tokens) else { return false }
        if event.tokens.lowerBound > clause.lowerBound {
            let previous = input.tokens[event.tokens.lowerBound - 1]
            guard !modals.contains(previous), !temporalWords.auxiliaries.contains(previous.lower),
                  !temporalWords.presentAuxiliaries.contains(previous.lower) else { return false }
        }
        guard let own = event.anchors.first(where: { anchor in
            let date = input.temporal[anchor.temporal]
            return anchor.relation == .at && date.tokens.lowerBound >= event.tokens.upperBound
                && date.tokens.lowerBound - event.tokens.upperBound <= 1
        }) else { return false }
        let date = input.temporal[own.temporal]
        guard let published = input.published, let covered = date.coverage(published: published), covered.start <= published else { return false }
        return !marks.contains { $0.tense == .future && $0.index >= clause.lowerBound && $0.index < date.tokens.upperBound }
    }

    /// "are reported to have seized", "is said to have fled": a perfect infinitive, done; not
    /// after "be" ("was to have sailed", a plan that failed).
    func isPerfectInfinitive(at position: Int, clause: Range<Int>, _ input: Input) -> Bool {
        guard temporalWords.infinitives.contains(input.tokens[position].lower), position + 1 < input.tokens.count,
              temporalWords.perfectAuxiliaries.contains(input.tokens[position + 1].lower) else { return false }
        guard position > clause.lowerBound else { return true }
        let before = input.tokens[position - 1].lower
        return !temporalWords.pastAuxiliaries.contains(before) && !temporalWords.presentAuxiliaries.contains(before)
    }

    /// "3 billion a year", "5 pct per annum", "twice a month": a rate, or a set ("every week").
    private func hasRate(in clause: Range<Int>, _ input: Input) -> Bool {
        for position in clause {
            if let expression = input.temporalAt[position] {
                let found = input.temporal[expression]
                if found.kind == .set { return true }
                // "one flight every three hours": a duration after "every" is a rate.
                if found.kind == .duration, found.tokens.lowerBound == position, position > clause.lowerBound,
                   temporalWords.isPeriodWord(input.tokens[position - 1].lower, "every") {
                    return true
                }
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
            guard units.key(for: next) != nil, !next.hasASCIISuffix("s") else { continue }
            // "from 498 a week earlier", "a year ago": a shift back in time, no rate.
            if position + 2 < clause.upperBound, input.temporalAt[position + 2] == nil,
               temporalWords.isPart(input.tokens[position + 2].lower, [.earlier, .later]) || temporalWords.isConnective(input.tokens[position + 2].lower, "ago") {
                continue
            }
            if isRateBase(input.tokens[position - 1]) { return true }
        }
        return false
    }

    /// A figure or a noun before "a year" makes a rate ("3 billion a year", "twice a month");
    /// a preposition does not ("for a year").
    private func isRateBase(_ previous: Token) -> Bool {
        if previous.kind == .number { return true }
        return previous.kind == .word && !prepositions.contains(previous) && !words.functionWords.contains(previous)
            && !isPastVerb(previous)
    }
}
