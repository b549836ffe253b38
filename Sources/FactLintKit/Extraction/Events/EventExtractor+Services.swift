/// Careers and stints given as lengths: "his 45-year career", "two decades of service",
/// "resigned after three years in the post", "Davis, whose 45-year career".
extension EventExtractor {
    func services(events: [Event], _ input: Input) -> [ServiceLength] {
        var found: [ServiceLength] = []
        for (index, duration) in input.temporal.enumerated() where duration.kind == .duration && !duration.isApproximate {
            guard let days = duration.approximateDays, days >= 1 else { continue }
            // "the 44-day strike", "a three-week inquiry", "four months of strikes": a length
            // given to the event noun right after it, or right after its "of".
            let after = duration.tokens.upperBound
            let nounStart = after < input.sentences[duration.sentence].tokens.upperBound && input.tokens[after].kind == .word
                && temporalWords.connective(input.tokens[after].lower) == "of" ? after + 1 : after
            if let thing = events.firstIndex(where: { $0.isNoun && $0.isKnown && $0.tokens.lowerBound == nounStart
                    && $0.sentence == duration.sentence && EventStatus.toldOrStated.contains($0.status) && !$0.isNegated }) {
                var length = ServiceLength(duration: index, noun: EventExtractor.singular(events[thing].text.lowercased()), person: nil, event: thing,
                                           sentence: duration.sentence)
                length.isEvent = true
                found.append(length)
                continue
            }
            // "the strike, which lasted six weeks": a length given by a lasting verb to the event
            // noun before it, with no other event between.
            if let thing = lastingEvent(of: duration, events: events, input) {
                var length = ServiceLength(duration: index, noun: EventExtractor.singular(events[thing].text.lowercased()), person: nil, event: thing,
                                           sentence: duration.sentence)
                length.isEvent = true
                found.append(length)
                continue
            }
            guard days >= Self.shortestService,
                  let noun = serviceNoun(after: duration.tokens.upperBound, sentence: duration.sentence, input) else { continue }
            let event = events.firstIndex { $0.anchors.contains { $0.temporal == index } }
            let person = owner(of: duration.tokens, through: noun.position, sentence: duration.sentence, input)
                ?? event.flatMap { events[$0].people.count == 1 ? events[$0].people[0] : nil }
            var length = ServiceLength(duration: index, noun: noun.word, person: person, event: event, sentence: duration.sentence)
            length.isOffice = noun.isOffice
            found.append(length)
        }
        return found
    }

    /// The service noun right after a duration, past "of", "in", "as" and a possessive: "career"
    /// in "45-year career", "service" in "two decades of service", "post" in "three years in the
    /// post"; and whether it names a post held (`office`). A post's head after "as" stands for
    /// its post: "eight years as chief executive".
    private func serviceNoun(after position: Int, sentence: Int, _ input: Input) -> (word: String, position: Int, isOffice: Bool)? {
        let range = input.sentences[sentence].tokens
        var cursor = position
        while cursor < min(range.upperBound, position + 3) {
            let token = input.tokens[cursor]
            guard token.kind == .word, input.temporalAt[cursor] == nil else { return nil }
            switch serviceWords.key(input.tokens, cursor) {
            case "noun"?: return (token.lower, cursor, false)
            case "office"?: return (token.lower, cursor, true)
            case "as"?:
                if let head = ((cursor + 1)..<min(range.upperBound, cursor + 4)).first(where: { postWords.contains(input.tokens, $0) }),
                   !((cursor + 1)..<head).contains(where: { input.tokens[$0].kind != .word }) {
                    return ("post", head, true)
                }
            default: break
            }
            guard words.functionWords.contains(token) || pronouns.key(for: token) == "possessive" else { return nil }
            cursor += 1
        }
        return nil
    }

    /// Whose the stretch is: a possessive between the duration and its noun ("in his post") or
    /// before the duration ("his 45-year career", "Davis's 45-year career"), or the person a
    /// "whose" follows ("Davis, whose 45-year career").
    private func owner(of duration: Range<Int>, through noun: Int, sentence: Int, _ input: Input) -> Int? {
        let range = input.sentences[sentence].tokens
        for position in duration.upperBound..<noun where pronouns.key(input.tokens, position) == "possessive" {
            return resolve(pronounAt: position, input)
        }
        var before = duration.lowerBound - 1
        guard before >= range.lowerBound else { return nil }
        if pronouns.key(input.tokens, before) == "possessive" { return resolve(pronounAt: before, input) }
        if input.tokens[before].lower == "s", before - 2 >= range.lowerBound, input.tokens[before - 1].isApostrophe {
            return input.personAt[before - 2]
        }
        // "Davis, whose": the relative word after a name set off by a comma.
        if pronouns.key(input.tokens, before) == "relative-possessive" {
            before -= 1
            if before >= range.lowerBound, input.tokens[before].isMark(",") { before -= 1 }
            if before >= range.lowerBound { return input.personAt[before] }
        }
        return nil
    }


    /// The event noun a lasting verb right before a duration gives its length to ("the strike,
    /// which lasted six weeks", "The inquiry lasted 18 months"): the last known event noun before
    /// the verb in the sentence, within eight words, told or stated, with no event between.
    private func lastingEvent(of duration: TemporalExpression, events: [Event], _ input: Input) -> Int? {
        let verb = duration.tokens.lowerBound - 1
        let range = input.sentences[duration.sentence].tokens
        guard verb >= range.lowerBound, serviceWords.key(input.tokens, verb) == "lasting" else { return nil }
        guard let thing = events.lastIndex(where: { $0.sentence == duration.sentence && $0.tokens.upperBound <= verb }),
              events[thing].isNoun, events[thing].isKnown, verb - events[thing].tokens.upperBound <= Self.lastingReach,
              EventStatus.toldOrStated.contains(events[thing].status), !events[thing].isNegated else { return nil }
        return thing
    }

    private static let lastingReach = 8

    /// The shortest stretch read as a service: a month.
    private static let shortestService = 28.0
}

