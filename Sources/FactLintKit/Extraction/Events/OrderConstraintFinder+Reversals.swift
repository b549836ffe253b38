/// "was convicted in 2003. The conviction was quashed in 2005": a decision undone
/// (`reversals`) comes before its reversal.
extension OrderConstraintFinder {
    /// How many words of `auxiliaries` or `sequence-adverbs` may stand between the subject and the
    /// verb ("was later", "has since been").
    private static let auxiliaryReach = 3

    func reversals(in sentence: Int, events: [Int], previous: [Int], _ timeline: Timeline,
                   _ input: EventExtractor.Input) -> [OrderConstraint] {
        var found: [OrderConstraint] = []
        let range = input.sentences[sentence].tokens
        // From each verb told as done back to its subject: a few events a sentence, not every word.
        for reversal in events {
            let event = timeline.events[reversal]
            let verb = event.tokens.lowerBound
            guard !event.isNoun, event.status == .reported, !event.isNegated, !input.quoted[verb],
                  isReversalVerb(at: verb, range: range, input) else { continue }
            var noun = verb - 1
            while noun > range.lowerBound, verb - 1 - noun < Self.auxiliaryReach,
                  words.auxiliaries.contains(input.tokens, noun) || words.sequenceAdverbs.contains(input.tokens, noun) { noun -= 1 }
            guard noun < verb - 1, noun > range.lowerBound, input.tokens[noun].kind == .word,
                  words.reversals.key(input.tokens, noun) == "subject" else { continue }
            let determiner = input.tokens[noun - 1].lower
            guard determiner == "that" || determiner == "this" || determiner == "the",
                  let decision = latestDatedDone(before: noun - 1, among: previous + events, excluding: reversal, timeline) else { continue }
            let span = input.span(verb..<(verb + 1))
            found.append(OrderConstraint(earlier: decision, later: reversal, source: .connective, span: span, reason: input.tokens[verb].text))
        }
        return found
    }

    /// Whether a verb of `reversals` starts here, in one word or two ("set aside").
    private func isReversalVerb(at position: Int, range: Range<Int>, _ input: EventExtractor.Input) -> Bool {
        guard input.tokens[position].kind == .word else { return false }
        if words.reversals.key(input.tokens, position) == "verb" { return true }
        guard position + 1 < range.upperBound, words.reversals.mayStartPhrase(input.tokens[position].lower) else { return false }
        return words.reversals.key(for: input.tokens[position].lower + " " + input.tokens[position + 1].lower) == "verb"
    }

    /// The last event before a position, told as done and not denied, with a date of its own.
    private func latestDatedDone(before position: Int, among candidates: [Int], excluding reversal: Int, _ timeline: Timeline) -> Int? {
        candidates.filter { index in
            let event = timeline.events[index]
            return index != reversal && event.tokens.upperBound <= position && event.status == .reported && !event.isNegated
                && event.anchors.contains { $0.relation == .at || $0.relation == .modifier }
        }.max { timeline.events[$0].tokens.lowerBound < timeline.events[$1].tokens.lowerBound }
    }
}
