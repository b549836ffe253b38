/// Dates of events that tell of another event ("announced their resignations three weeks ago"),
/// or that happened in it ("the pit disaster, in which 31 miners died three weeks ago").
extension EventExtractor {
    /// "announced their resignations three weeks ago": a date after the noun that a telling verb
    /// has for its object dates the telling, not what is told, when the verb has no date of its
    /// own. The noun follows the verb with at most two words between ("announced the planned
    /// merger on Friday").
    func moveDatesToTelling(_ events: inout [Event]) {
        for (index, event) in events.enumerated() where !event.isNoun && words.tellingEvents.contains(event.trigger) && event.anchors.isEmpty {
            let next = index + 1
            guard next < events.count, events[next].isNoun, events[next].sentence == event.sentence,
                  events[next].tokens.lowerBound - event.tokens.upperBound <= 2 else { continue }
            let own = events[next].anchors.filter { $0.relation == .at }
            guard !own.isEmpty else { continue }
            events[index].anchors = own
            events[next].anchors.removeAll { $0.relation == .at }
        }
    }

    /// "The strike was held on March 9", "The vote took place on Tuesday": a verb that only says
    /// its subject happened (`light-verbs`) lends its dates to the event noun that is its
    /// subject, when the noun has none of its own.
    func lendDatesToSubjects(_ events: inout [Event], _ input: Input) {
        for index in events.indices where !events[index].isNoun && !events[index].anchors.isEmpty
            && words.lightVerbs.contains(lowercased: input.tokens[events[index].tokens.lowerBound].lower) {
            let verb = events[index]
            guard let subject = events[..<index].lastIndex(where: { $0.isNoun && $0.isKnown && $0.sentence == verb.sentence }),
                  events[subject].anchors.isEmpty, let position = subjectVerb(of: events[subject], input),
                  position <= verb.tokens.lowerBound, verb.tokens.lowerBound - position <= Self.lightVerbReach,
                  position - events[subject].tokens.upperBound <= Self.subjectGap,
                  !(max(input.sentences[verb.sentence].tokens.lowerBound, events[subject].tokens.lowerBound - Self.subjectGap)..<events[subject].tokens.lowerBound)
                    .contains(where: { words.objectPrepositions.contains(input.tokens, $0) }) else { continue }
            events[subject].anchors = verb.anchors
        }
    }

    /// "The pit disaster, in which 31 miners died three weeks ago, …": a verb told as done
    /// in a clause that opens with "in which" (`date-prepositions` key `at`, then
    /// `relative-clause-openers`) right after an event noun lends its date to the noun, when the
    /// noun has none of its own: what happened in it happened then. Run once statuses are read.
    func lendDatesToSettings(_ events: inout [Event], _ input: Input) {
        for index in events.indices where events[index].isNoun && events[index].isKnown && !events[index].anchors.contains(where: { $0.relation == .at || $0.relation == .modifier }) {
            var position = events[index].tokens.upperBound
            let end = input.sentences[events[index].sentence].tokens.upperBound
            if position < end, input.tokens[position].isMark(",") { position += 1 }
            guard position + 1 < end, input.tokens[position].kind == .word, prepositions.key(input.tokens, position) == "at",
                  relativeOpeners.contains(input.tokens, position + 1),
                  let verb = events[(index + 1)...].first(where: { $0.sentence == events[index].sentence && !$0.isNoun }),
                  verb.tokens.lowerBound - position <= Self.settingReach, verb.status == .reported, !verb.isNegated,
                  !(position..<verb.tokens.lowerBound).contains(where: { input.tokens[$0].isMark(anyOf: ",;") }) else { continue }
            let dates = verb.anchors.filter { $0.relation == .at }
            guard !dates.isEmpty else { continue }
            events[index].anchors += dates
        }
    }

    /// How many words after "in which" the verb may stand ("in which 31 miners died").
    private static let settingReach = 8

    /// How far after the subject's first verb word ("was") the light verb may stand ("was held").
    private static let lightVerbReach = 2
    /// How many words may stand between the subject noun and its verb ("The strike against
    /// pit closures was held"), and before the noun, the reach of a preposition that makes it
    /// the object of a phrase, no subject ("the session where members decide on the planned
    /// sale of the depot will be held").
    private static let subjectGap = 4
}

extension EventExtractor {
    /// "said on April 3 it will open a daily route", in a March story: a date after the
    /// publication date, set between a saying and what the saying says is to come, dates what is
    /// to come. The saying is right before the date (or its preposition); then may come "that", a
    /// subject of one to three words and a modal (`modal-words`, not "to"); the event dated is
    /// the verb right after the modal (an event already, or made one). A date before publication
    /// still dates the saying ("said on Monday it will close the plant"), and so does a date
    /// whose clause has a date of its own ("said on March 20 he would step down in June").
    func futureComplement(of expression: TemporalExpression, range: Range<Int>, events: inout [Event], sentence: Int, _ input: Input) -> Int? {
        var saying = expression.tokens.lowerBound - 1
        if saying > range.lowerBound, prepositions.key(input.tokens, saying) != nil { saying -= 1 }
        guard saying >= range.lowerBound, input.tokens[saying].classes & reportingBit != 0, let published = input.published,
              let days = expression.coverage(published: published), days.start > published else { return nil }
        var position = expression.tokens.upperBound
        if position < range.upperBound, input.tokens[position].lower == "that" { position += 1 }
        var subject = 0
        while position < range.upperBound, subject < 3, input.tokens[position].kind == .word, !modals.contains(input.tokens, position) {
            position += 1
            subject += 1
        }
        let verb = position + 1
        guard subject >= 1, verb < range.upperBound, input.tokens[position].lower != "to", modals.contains(input.tokens, position),
              !(verb..<range.upperBound).contains(where: { input.temporalAt[$0] != nil }) else { return nil }
        if let known = events.firstIndex(where: { !$0.isNoun && $0.tokens.contains(verb) }) { return known }
        let token = input.tokens[verb]
        guard token.kind == .word, !token.isCapitalized, !words.functionWords.contains(token), !events.contains(where: { $0.tokens.contains(verb) }) else { return nil }
        var generic = event(trigger: token.lower, known: false, tokens: verb..<(verb + 1), sentence: sentence, input)
        generic.isNoun = false
        return insertInOrder(generic, into: &events)
    }
}
