/// Tying each date to the event it dates.
extension EventExtractor {
    /// Ties every date and time of a sentence to the event it dates, adding an event for a verb
    /// outside the lexicon when that is what a date dates ("completed in March 2026", "said on
    /// Tuesday", "will meet on Friday").
    func anchor(sentence: Int, events: inout [Event], _ input: Input) {
        let range = input.sentences[sentence].tokens
        var previousRelation: TemporalRelation?
        var genericVerbs: [Int]?
        for index in input.temporalBySentence[sentence] {
            let expression = input.temporal[index]
            guard expression.kind != .set else { continue }
            var relation = relationBefore(expression.tokens.lowerBound, range: range, input)
            // "between May and June": the second end follows "and".
            if relation == nil, previousRelation == .from, expression.tokens.lowerBound > range.lowerBound,
               temporalWords.isConnective(input.tokens[expression.tokens.lowerBound - 1].lower, "and") {
                relation = .to
            }
            previousRelation = relation
            // "Since March 20 is a holiday, trading was suspended": the date is the subject of its
            // own verb; it dates nothing.
            if expression.isCausalSubject { continue }
            if let clockEvent = eventOfClock(before: index, events: events, input) {
                events[clockEvent].anchors.append(EventAnchor(temporal: index, relation: .at))
                continue
            }
            if let noun = modifiedTrigger(after: expression.tokens.upperBound, range: range, events: events, input) {
                events[noun].anchors.append(EventAnchor(temporal: index, relation: .modifier))
                continue
            }
            // "the 1992 bond", "April heating oil", "the April agenda": a date before a noun that
            // is no event names a thing, not a time something happened.
            if relation == nil, modifiesNoun(expression.tokens.upperBound, range: range, input) { continue }
            // "a June 2, 2031, date", "the March 3 deadline": after an article, a date is part of
            // a noun phrase.
            if relation == nil, expression.tokens.lowerBound > range.lowerBound,
               pronouns.key(input.tokens, expression.tokens.lowerBound - 1) == "indefinite"
                || temporalWords.isConnective(input.tokens[expression.tokens.lowerBound - 1].lower, "the") { continue }
            if let head = connectiveHead(before: expression.tokens.lowerBound, range: range, events: &events, sentence: sentence, input) {
                events[head].anchors.append(EventAnchor(temporal: index, relation: relation ?? .at))
                continue
            }
            let start = expression.tokens.lowerBound
            // "the floods of July 2021" dates the floods; "the 4 pct notes of 2033" name a bond.
            if relation == nil, start - 2 >= range.lowerBound, temporalWords.isConnective(input.tokens[start - 1].lower, "of") {
                if let noun = events.firstIndex(where: { $0.isNoun && $0.isKnown && $0.tokens.upperBound == start - 1 }) {
                    events[noun].anchors.append(EventAnchor(temporal: index, relation: .modifier))
                }
                continue
            }
            // A bare year with no word to tie it ("Vision 2040 Holdings", "Harbour Fund 2030",
            // "the 3 pct 2029 issue") names a thing.
            // A month alone ("September rose to 85.25") is a futures contract as often as a time.
            if relation == nil, expression.day == nil, !expression.isRelative || expression.isYearless, isYearOrMonth(expression),
               start == range.lowerBound || !(input.tokens[start - 1].kind == .word && temporalWords.part(input.tokens[start - 1].lower) != nil) { continue }
            // "the payment date is April 10": a date after a copula is what something is.
            if relation == nil, start > range.lowerBound, temporalWords.presentAuxiliaries.contains(input.tokens[start - 1].lower)
                || temporalWords.pastAuxiliaries.contains(input.tokens[start - 1].lower) { continue }
            if let future = futureComplement(of: expression, range: range, events: &events, sentence: sentence, input) {
                events[future].anchors.append(EventAnchor(temporal: index, relation: relation ?? .at))
                continue
            }
            // "ends December 31, 1987", "matures 2031": a date right after a word dates that word.
            if relation == nil, start > range.lowerBound, !expression.isRelative, expression.day != nil, let verb = verbRightBefore(start, range: range, events: &events, sentence: sentence, input) {
                if verb >= 0 { events[verb].anchors.append(EventAnchor(temporal: index, relation: .at)) }
                continue
            }
            // The verbs outside the lexicon do not depend on the date: found once per sentence.
            if genericVerbs == nil {
                genericVerbs = range.filter { input.temporalAt[$0] == nil && input.tokens[$0].kind == .word && isGenericVerb(at: $0, range: range, input) }
            }
            // "the strikes that have hit the port for the past five weeks".
            if let noun = relativeAntecedent(of: expression, relation: relation, range: range, events: events, input) {
                events[noun].anchors.append(EventAnchor(temporal: index, relation: relation ?? .at))
                continue
            }
            guard var target = nearestEvent(to: expression.tokens, range: range, events: &events, sentence: sentence,
                                            genericVerbs: genericVerbs ?? [], input) else { continue }
            if expression.day != nil, relation == .at, target < events.count, events[target].tokens.upperBound <= expression.tokens.lowerBound,
               let head = phraseHead(ofObject: target, events: events, range: range, input) { target = head }
            // "Today is the 40th anniversary of the 1965 flood": a noun dated by the date right
            // before it ("the 1965 flood") is not dated again by another date of its sentence.
            let before = events[target].tokens.lowerBound - 1
            if events[target].isNoun, before >= range.lowerBound, let own = input.temporalAt[before], own != index,
               input.temporal[own].kind == .date { continue }
            events[target].anchors.append(EventAnchor(temporal: index, relation: relation ?? .at))
            // "Last September, the floods destroyed the bridge": the date dates the floods too;
            // "began hearing evidence on June 5": and the beginning.
            if !events[target].isNoun, let subject = subjectEvent(of: events[target], in: events, range: range, input) {
                events[subject].anchors.append(EventAnchor(temporal: index, relation: relation ?? .at))
            } else if events[target].isNoun, let verb = events.firstIndex(where: { !$0.isNoun && $0.isKnown
                        && $0.tokens.upperBound == events[target].tokens.lowerBound }) {
                events[verb].anchors.append(EventAnchor(temporal: index, relation: relation ?? .at))
            }
        }
    }

    /// In "appointed in 1990, after the reform of 1994", the date inside the phrase after "after"
    /// dates that phrase's head ("reform"), which becomes an event if it is not one.
    private func connectiveHead(before position: Int, range: Range<Int>, events: inout [Event], sentence: Int, _ input: Input) -> Int? {
        var cursor = position - 1
        var connective: Int?
        while cursor >= range.lowerBound, position - cursor <= 5 {
            let token = input.tokens[cursor]
            if token.kind == .punctuation || clauseWords.contains(token) { return nil }
            if let key = orderConnective(endingAt: cursor, from: range.lowerBound, input), key == "after" || key == "before" { connective = cursor; break }
            cursor -= 1
        }
        guard let connective, position - connective > 1 else { return nil }
        if let existing = events.firstIndex(where: { $0.tokens.lowerBound > connective && $0.tokens.upperBound <= position }) { return existing }
        // The phrase's head is its last word before the date's own preposition: "realignment" in
        // "ahead of the currency realignment on March 3".
        guard let head = (connective + 1..<position).last(where: { input.tokens[$0].kind == .word && !words.functionWords.contains(input.tokens, $0)
                && input.temporalAt[$0] == nil }) else { return nil }
        var generic = event(trigger: input.tokens[head].lower, known: false, tokens: head..<(head + 1), sentence: sentence, input)
        generic.isNoun = true
        let insertAt = events.firstIndex { $0.tokens.lowerBound > head } ?? events.count
        events.insert(generic, at: insertAt)
        return insertAt
    }

    /// How the word before a date relates it to its event.
    private func relationBefore(_ position: Int, range: Range<Int>, _ input: Input) -> TemporalRelation? {
        var position = position
        // "by the end of 1990", "from the start of May": the relation is the word before.
        if position - 3 >= range.lowerBound, temporalWords.isConnective(input.tokens[position - 1].lower, "of"),
           let part = temporalWords.part(input.tokens[position - 2].lower), part == .end || part == .start,
           temporalWords.isConnective(input.tokens[position - 3].lower, "the") {
            position -= 3
        }
        // "on the night of 13 August", "in the early morning of May 2": the relation is the
        // word before the part of the day.
        if position - 3 >= range.lowerBound, temporalWords.isConnective(input.tokens[position - 1].lower, "of"),
           timesOfDay.contains(input.tokens, position - 2) {
            var back = position - 3
            if back > range.lowerBound, !temporalWords.isConnective(input.tokens[back].lower, "the"), input.tokens[back].kind == .word { back -= 1 }
            if temporalWords.isConnective(input.tokens[back].lower, "the") { position = back }
        }
        // "until about 2000": an approximator between does not change the relation.
        if position - 2 >= range.lowerBound, approximators.contains(input.tokens, position - 1) { position -= 1 }
        guard position > range.lowerBound else { return nil }
        // "beginning on April 3", "ending on March 31": the word before "on" says how.
        if position - 2 >= range.lowerBound, prepositions.key(input.tokens, position - 1) == "at",
           let key = prepositions.key(input.tokens, position - 2), key == "from" || key == "until",
           input.tokens[position - 2].lower.hasASCIISuffix("ing") {
            return TemporalRelation(rawValue: key)
        }
        switch prepositions.key(input.tokens, position - 1) {
        case "between": return .from
        case let key?: return TemporalRelation(rawValue: key) ?? .at
        case nil: return nil
        }
    }

    /// Whether a clause's verb starts here ("has been set", "will be"), so a date before it is
    /// that clause's subject.
    func isVerbStart(_ position: Int, _ input: Input) -> Bool {
        let word = input.tokens[position].lower
        return temporalWords.auxiliaries.contains(word) || temporalWords.pastAuxiliaries.contains(word)
            || temporalWords.perfectAuxiliaries.contains(word) || modals.contains(word)
    }

    private func isYearOrMonth(_ expression: TemporalExpression) -> Bool {
        switch expression.resolved {
        case .year?, .month?, .yearlessMonth?: return true
        default: return false
        }
    }

    /// Whether a verb and a date are side by side: "said Tuesday", "said on Tuesday", "told
    /// parliament on March 21", "on Tuesday said".
    private func isBeside(_ verb: Int, _ date: Range<Int>, range: Range<Int>, _ input: Input) -> Bool {
        if verb < date.lowerBound {
            let between = (verb + 1)..<date.lowerBound
            return between.count <= 3 && between.allSatisfy { input.tokens[$0].kind == .word
                && (prepositions.key(input.tokens, $0) == "at" || !words.functionWords.contains(input.tokens, $0)) }
        }
        return verb - date.upperBound <= 1
    }

    /// The word right before a date that has no preposition, when it can be the verb the date
    /// dates ("ends December 31"): an event already, or a lowercase word that is no function
    /// word, which becomes one.
    private func verbRightBefore(_ start: Int, range: Range<Int>, events: inout [Event], sentence: Int, _ input: Input) -> Int? {
        let position = start - 1
        // "said May 9 has been fixed as the closing date": the date is the subject of what follows.
        if input.tokens[position].classes & reportingBit != 0,
           let end = input.temporalAt[start].map({ input.temporal[$0].tokens.upperBound }), end < range.upperBound {
            let next = input.tokens[end].lower
            if temporalWords.auxiliaries.contains(next) || temporalWords.pastAuxiliaries.contains(next)
                || temporalWords.perfectAuxiliaries.contains(next) || modals.contains(next) { return nil }
        }
        // "payable April 10", "record June 30", "dated May 15": a term's date.
        if words.statusCues.contains(input.tokens, position) { return -1 }
        if let existing = events.firstIndex(where: { !$0.isNoun && $0.tokens.upperBound == start }) { return existing }
        let token = input.tokens[position]
        // "next week's March 31 meeting": the "s" of a possessive is no verb.
        if position > range.lowerBound, input.tokens[position - 1].isApostrophe, !token.spaceBefore { return nil }
        guard token.kind == .word, !token.isCapitalized, input.temporalAt[position] == nil, !words.functionWords.contains(token),
              !words.statusCues.contains(token), !token.lower.hasASCIISuffix("ly"), !units.contains(token),
              !words.triggers.contains(token) else { return nil }
        guard isPastVerb(token) || token.lower.hasASCIISuffix("s") || token.lower.hasASCIISuffix("ing") && token.lower.utf8.count >= 5 else { return nil }
        var generic = event(trigger: token.lower, known: false, tokens: position..<start, sentence: sentence, input)
        generic.isNoun = false
        return insertInOrder(generic, into: &events)
    }

    /// The event nearest a date in the sentence, counting commas and clause words as distance and
    /// preferring the event before the date; a verb outside the lexicon becomes an event when it
    /// is the nearest.
    private func nearestEvent(to tokens: Range<Int>, range: Range<Int>, events: inout [Event], sentence: Int, genericVerbs: [Int],
                              _ input: Input) -> Int? {
        var best: (cost: Int, event: Int?, verb: Range<Int>?)?
        func consider(_ cost: Int, event: Int?, verb: Range<Int>?) {
            if best == nil || cost < best!.cost { best = (cost, event, verb) }
        }
        // A date with only a few function words before it ("Also on March 25, …") opens the sentence.
        let opensSentence = tokens.lowerBound - range.lowerBound <= 3
            && (range.lowerBound..<tokens.lowerBound).allSatisfy { words.functionWords.contains(input.tokens, $0) || input.tokens[$0].isMark(",") }
        // "the flooding that swamped the town last month has cost": a date that closes a
        // relative clause right before the main verb dates the clause, not that verb.
        let closesClause = !opensSentence && closesRelativeClause(tokens, input)
        for (index, event) in events.enumerated() {
            var cost = cost(from: tokens, to: event.tokens, opensSentence: opensSentence, input)
            if closesClause, event.tokens.lowerBound >= tokens.upperBound { cost += 20 }
            // ", the exchange said": an attribution after the date does not date the saying.
            if input.tokens[event.tokens.lowerBound].classes & reportingBit != 0, !opensSentence, event.tokens.lowerBound > tokens.upperBound,
               crossesComma(tokens, event.tokens, input) { cost += 30 }
            // A date set off by a comma from an event noun ("before her transfer, on March
            // 14, Ms Vell had written") more often dates the verb beyond it.
            if event.isNoun, crossesComma(tokens, event.tokens, input) { cost += 8 }
            consider(cost, event: index, verb: nil)
        }
        // Verbs outside the lexicon: past forms, the verb after "will", "could", "to", and a
        // gerund after a preposition ("of cutting the deficit").
        for position in genericVerbs where !events.contains(where: { $0.tokens.contains(position) }) {
            let token = input.tokens[position]
            // "said on Tuesday", "told reporters on March 3": a saying is dated only by a date
            // right beside it; a date further on dates what was said.
            if token.classes & reportingBit != 0, !opensSentence, !isBeside(position, tokens, range: range, input) { continue }
            if token.classes & reportingBit != 0, tokens.upperBound < range.upperBound, isVerbStart(tokens.upperBound, input) { continue }
            var cost = cost(from: tokens, to: position..<(position + 1), opensSentence: opensSentence, input)
            if closesClause, position >= tokens.upperBound { cost += 20 }
            // A verb outside the lexicon dates only what is near it; "had" and "having" reach
            // past their object ("having 52 billion crowns in reserves at the bank on April 5")
            // when no comma or clause word comes between.
            // So does the result of a past change ("climbed 2 pence to touch a peak of 1.21 against the
            // yen on May 2").
            // So does a past change itself ("climbed back to as much as 3,450 dlrs in December"),
            // unless the date is its base's ("rose to 52 billion from 48 billion in 1985").
            let between = position < tokens.lowerBound ? position + 1..<tokens.lowerBound : tokens.lowerBound..<tokens.lowerBound
            // Only the change's own figures between: "rose 10 pct on fears of a smaller crop in
            // 1988" dates the crop. A preposition other than "to" or "by" (or the date's own,
            // right before it) or "of" ends the reach.
            let isChange = changeVerbs.key(for: token.lower) == "past"
                && !between.contains { at in
                    let word = input.tokens[at].lower
                    let key = prepositions.key(lowercased: word)
                    return key == "from" || words.statusCues.key(lowercased: word) == "comparison" || temporalWords.isConnective(word, "of")
                        || key != nil && key != "to" && key != "by" && at != tokens.lowerBound - 1
                }
            let reach = position < tokens.lowerBound
                && (possessionVerbs.key(for: token.lower) != nil || isChange || isResultOfPastChange(at: position, sentence: sentence, marks: [], input))
                && !between.contains(where: { input.tokens[$0].isMark(",") || clauseWords.contains(input.tokens[$0].lower) && !isEquative($0, input) })
                ? Self.maximumPossessionCost : Self.maximumGenericCost
            if cost > (opensSentence ? reach + 5 : reach) { continue }
            // ", police said" after a date attributes the sentence; it does not date the saying.
            if token.classes & reportingBit != 0, !opensSentence, position > tokens.upperBound, crossesComma(tokens, position..<(position + 1), input) { cost += 30 }
            // "said that in 1990, payments are lowered": the date is in what was said.
            if token.classes & reportingBit != 0, position < tokens.lowerBound,
               (position + 1..<tokens.lowerBound).contains(where: { pronouns.key(input.tokens, $0) == "relative" }) { cost += 30 }
            consider(cost, event: nil, verb: position..<(position + 1))
        }
        guard let best, best.cost <= Self.maximumCost else { return nil }
        if let event = best.event { return event }
        guard let verb = best.verb else { return nil }
        var generic = event(trigger: input.tokens[verb.lowerBound].lower, known: false, tokens: verb, sentence: sentence, input)
        // "with the index rising": a hanging participle is a verb, though no auxiliary stands before it.
        if generic.isNoun, hangingPhraseStart(at: verb.lowerBound, range: range, input) != nil { generic.isNoun = false }
        return insertInOrder(generic, into: &events)
    }

    /// The order connective that ends at a token: one word ("before") or two ("ahead of",
    /// "prior to"), read from `order-connectives`.
    func orderConnective(endingAt position: Int, from start: Int, _ input: Input) -> String? {
        let tokens = input.tokens
        guard tokens[position].kind == .word else { return nil }
        if let key = words.connectives.key(tokens, position) { return key }
        guard position > start, tokens[position - 1].kind == .word, words.connectives.mayStartPhrase(tokens[position - 1].lower) else { return nil }
        return words.connectives.key(for: tokens[position - 1].lower + " " + tokens[position].lower)
    }

    /// How far a date is from a trigger: words between, plus four for each comma, three for each
    /// clause word ("and", "which") and a hundred for a semicolon, colon, dash or bracket. An
    /// event after the date costs two more, unless the date opens the sentence.
    private func cost(from date: Range<Int>, to trigger: Range<Int>, opensSentence: Bool, _ input: Input) -> Int {
        let after = trigger.lowerBound >= date.upperBound
        let between = after ? date.upperBound..<trigger.lowerBound : trigger.upperBound..<date.lowerBound
        // "On March 29, Karl Tollard, chairman and founder of the firm, resigned": a date that
        // opens the sentence dates its main verb, past the subject's apposition, which is not
        // counted.
        let apposition = after && opensSentence ? appositionAfterName(in: between, input) : nil
        var cost = between.count - (apposition?.count ?? 0) + (after ? (opensSentence ? -1 : 2) : 0)
        let isStart = date.lowerBound > 0 && prepositions.key(input.tokens, date.lowerBound - 1) == "since"
        // "Sales in 2019 were weak": a date right after a noun belongs to that noun, not to a
        // verb after it.
        if date.lowerBound - 2 >= 0, prepositions.contains(input.tokens, date.lowerBound - 1) {
            let noun = input.tokens[date.lowerBound - 2]
            let isNoun = noun.kind == .word && !words.functionWords.contains(noun) && !isPastVerb(noun) && !noun.lower.hasASCIISuffix("ly")
            // "Sales in 2019 were weak": a period after a noun describes the noun; a day
            // ("shares on June 4 fell") dates what follows.
            if after, !opensSentence, isNoun, input.temporalAt[date.lowerBound].map({ input.temporal[$0].day == nil }) ?? true { cost += 10 }
        }
        // "sent a letter to the banks on March 6 to clarify the terms": an infinitive straight
        // after a date is the purpose of the verb before it, which the date dates; not after a
        // word of plan ("aimed in 1988 to recoup", "is expected on Friday to vote"), where the
        // date is the plan's.
        if after, !opensSentence, trigger.lowerBound == date.upperBound + 1, date.upperBound < input.tokens.count,
           temporalWords.isConnective(input.tokens[date.upperBound].lower, "to"), !followsPlan(date.lowerBound, input) { cost += 10 }
        // Fields by index, marks by scalar: a copy of each token retained both its strings.
        let tokens = input.tokens
        for position in between where !(apposition?.contains(position) ?? false) {
            // "called for a review of the fares on May 2": the date belongs to what was asked for.
            // A start ("closed for repairs since March 20") dates the state, not its purpose.
            if !after, !isStart, tokens[position].kind == .word, words.statusCues.key(tokens, position) == "purpose" { cost += 10 }
            if tokens[position].kind == .punctuation {
                switch tokens[position].mark {
                case 0x2C: cost += 4
                case 0x3B, 0x3A, 0x28, 0x29, 0x2014, 0x2013: cost += 100
                case 0x2D where tokens[position].spaceBefore: cost += 100
                default: break
                }
            } else if clauseWords.contains(tokens, position), !isEquative(position, input) {
                // "fuel and ammunition": "and" between two nouns joins no clauses.
                if !isNounJoin(at: position, input) { cost += 3 }
                // "On March 20, relatives of the miners who died will meet": a verb in a relative
                // clause after the date is not the one it dates.
                if after, relativeOpeners.contains(tokens, position) { cost += 20 }
            } else if after, !opensSentence, tokens[position].kind == .word,
                      let key = orderConnective(endingAt: position, from: between.lowerBound, input), key == "after" || key == "before" {
                // "blew up the depot on April 2 before fleeing": what follows "before" is
                // another event, ordered against the dated one, not dated by it.
                cost += 30
            } else if tokens[position].kind == .word, position > between.lowerBound, modals.contains(tokens, position - 1),
                      !words.functionWords.contains(tokens, position), !tokens[position].isCapitalized {
                // Another verb between ("the deal to sell the site and reopen it in 2031").
                cost += 6
            }
        }
        return cost
    }

    /// The stretch from a comma right after a person's name to the next comma, both included,
    /// within `between`: the name's apposition (", chairman and founder of the firm,").
    private func appositionAfterName(in between: Range<Int>, _ input: Input) -> Range<Int>? {
        guard let open = between.first(where: { $0 > between.lowerBound && input.tokens[$0].isMark(",") && input.personAt[$0 - 1] != nil }),
              let close = (open + 1..<between.upperBound).first(where: { input.tokens[$0].isMark(",") }) else { return nil }
        return open..<(close + 1)
    }

    /// "fuel and ammunition": "and" between lowercase words that are no verb, auxiliary or
    /// function word.
    private func isNounJoin(at position: Int, _ input: Input) -> Bool {
        guard temporalWords.isConnective(input.tokens[position].lower, "and"), position > 0, position + 1 < input.tokens.count else { return false }
        let isNoun = { (token: Token) in
            token.kind == .word && !token.isCapitalized && !self.words.functionWords.contains(token) && !self.isPastVerb(token)
                && !self.modals.contains(token) && !token.lower.hasASCIISuffix("ly") && !token.lower.hasASCIISuffix("ing")
        }
        return isNoun(input.tokens[position - 1]) && isNoun(input.tokens[position + 1]) && input.temporalAt[position + 1] == nil
    }

    private func crossesComma(_ a: Range<Int>, _ b: Range<Int>, _ input: Input) -> Bool {
        let between = a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound : b.upperBound..<a.lowerBound
        return between.contains { input.tokens[$0].isMark(",") }
    }

    /// The most a date may be from the event it dates.
    static let maximumCost = 24
    /// The most a date may be from a verb outside the lexicon.
    static let maximumGenericCost = 7
    /// The most a date may be from "had" or "having", or a change's result, with its object between.
    static let maximumPossessionCost = 12
}
