/// "Tarvik was suspended on February 22 and resigned on March 2": two verbs told as done, joined
/// by a word of `order-conjunctions`, the second with no subject of its own, each with its own
/// date, are told in the order they happened.
extension OrderConstraintFinder {
    func coordinated(in sentence: Int, events: [Int], _ timeline: Timeline, _ input: EventExtractor.Input) -> [OrderConstraint] {
        var found: [OrderConstraint] = []
        for (first, second) in zip(events, events.dropFirst()) {
            let a = timeline.events[first], b = timeline.events[second]
            guard !a.isNoun, !b.isNoun, a.status == .reported, b.status == .reported, !a.isNegated, !b.isNegated,
                  let joint = conjunction(before: b.tokens.lowerBound, after: a.tokens.upperBound, input),
                  hasOwnDate(a, from: a.tokens.upperBound, to: joint, input),
                  hasOwnDate(b, from: b.tokens.upperBound, to: input.sentences[sentence].tokens.upperBound, input) else { continue }
            found.append(OrderConstraint(earlier: first, later: second, source: .connective, span: input.span(joint..<(joint + 1)),
                                         reason: input.tokens[joint].text))
        }
        return found
    }

    /// The conjunction straight before the second verb, past auxiliaries and words of
    /// `sequence-adverbs` ("and was later dismissed"), with no comma, clause opener or mark
    /// between it and the first verb's end.
    private func conjunction(before verb: Int, after end: Int, _ input: EventExtractor.Input) -> Int? {
        var position = verb - 1
        while position >= end, input.tokens[position].kind == .word, input.temporalAt[position] == nil,
              words.sequenceAdverbs.contains(input.tokens, position)
                || words.auxiliaries.contains(input.tokens, position) { position -= 1 }
        guard position >= end, input.tokens[position].kind == .word, words.orderConjunctions.contains(input.tokens, position) else { return nil }
        let between = end..<position
        guard !between.contains(where: { input.temporalAt[$0] == nil
            && (input.tokens[$0].kind == .punctuation || clauseOpeners.contains(input.tokens[$0].lower)) }) else { return nil }
        return position
    }

    /// Whether a verb is dated to a day or a month ("in August 1985") by a written date it is
    /// anchored at within `from..<to`. A year alone is too wide to order two things told in one
    /// breath.
    private func hasOwnDate(_ event: Event, from: Int, to: Int, _ input: EventExtractor.Input) -> Bool {
        event.anchors.contains { anchor in
            let expression = input.temporal[anchor.temporal]
            guard anchor.relation == .at, expression.isExplicit,
                  expression.tokens.lowerBound >= from, expression.tokens.upperBound <= to else { return false }
            if expression.day != nil { return true }
            guard !expression.isYearless, let days = expression.coverage(published: input.published) else { return false }
            return days.end.dayNumber - days.start.dayNumber < Self.longestMonth
        }
    }

    /// Days in the longest month: a written date no wider than this is a month or finer.
    static let longestMonth = 31
}
