/// "The Fed's intervention followed the December 1985 accord": a verb of `order-verbs` orders
/// its subject's event against its object's.
extension OrderConstraintFinder {
    /// How many words (dates counting as none) may stand between the verb and its object's event.
    private static let objectReach = 6

    func orderVerbs(in sentence: Int, events: [Int], before: [Int], _ timeline: Timeline, _ input: EventExtractor.Input) -> [OrderConstraint] {
        var found: [OrderConstraint] = []
        let range = input.sentences[sentence].tokens
        for position in range where position > range.lowerBound && input.tokens[position].kind == .word && !input.quoted[position] {
            guard let key = words.orderVerbs.key(input.tokens, position) else { continue }
            // The object: the first event noun after the verb, within reach.
            guard let object = events.first(where: { index in
                let event = timeline.events[index]
                return event.isNoun && event.tokens.lowerBound > position
                    && (position + 1..<event.tokens.lowerBound).filter({ input.temporalAt[$0] == nil }).count <= Self.objectReach
            }), let subject = subjectEvent(of: position, in: range, events: events, before: before, timeline, input), subject != object else { continue }
            let span = input.span(position..<(position + 1))
            let text = input.tokens[position].text
            found.append(key == "after"
                ? OrderConstraint(earlier: object, later: subject, source: .connective, span: span, reason: text)
                : OrderConstraint(earlier: subject, later: object, source: .connective, span: span, reason: text))
        }
        return found
    }

    /// The event the verb's subject names: an event noun straight before the verb ("The strike
    /// preceded"), or, for a word of `event-anaphors` after a possessor ("The Fed's action"), the
    /// latest dated event told as done before it, in its sentence or the two before, whose
    /// subject holds the possessor's name. The subject must open the sentence.
    private func subjectEvent(of verb: Int, in range: Range<Int>, events: [Int], before: [Int], _ timeline: Timeline,
                              _ input: EventExtractor.Input) -> Int? {
        let head = verb - 1
        guard verb - range.lowerBound <= 6, input.tokens[head].kind == .word,
              !(range.lowerBound..<head).contains(where: { input.tokens[$0].kind == .punctuation && !input.tokens[$0].isApostrophe }) else { return nil }
        if let own = events.first(where: { timeline.events[$0].isNoun && timeline.events[$0].tokens.upperBound == verb }),
           !words.anaphors.contains(input.tokens, head) {
            return own
        }
        guard words.anaphors.contains(input.tokens, head), head - 2 > range.lowerBound,
              input.tokens[head - 1].lower == "s", input.tokens[head - 2].isApostrophe else { return nil }
        // The possessor's whole name ("The Vantor Bank's"): every capitalised word before "'s".
        var start = head - 3
        while start - 1 >= range.lowerBound, input.tokens[start - 1].kind == .word, input.tokens[start - 1].isCapitalized,
              input.tokens[start - 1].lower != "the" { start -= 1 }
        let names = (start...(head - 3)).map { input.tokens[$0].text }
        guard !names.isEmpty, (start...(head - 3)).allSatisfy({ input.tokens[$0].kind == .word && input.tokens[$0].isCapitalized }) else { return nil }
        let earlier = (before + events).filter { index in
            let event = timeline.events[index]
            return event.tokens.upperBound <= range.lowerBound && event.status == .reported && !event.isNegated
                && event.anchors.contains { $0.relation == .at || $0.relation == .modifier } && names.allSatisfy(event.subject.contains)
        }
        return earlier.max { timeline.events[$0].tokens.lowerBound < timeline.events[$1].tokens.lowerBound }
    }
}
