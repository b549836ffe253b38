/// Exits told as complete ("left the company entirely", "quit politics altogether"): the last of
/// a person's exits, after the partial ones the article tells ("removed from the project").
extension OrderConstraintFinder {
    /// For each exit of a person told with a word of completeness after it, every other exit of
    /// the same person comes before it.
    func finalExits(_ timeline: Timeline, input: EventExtractor.Input) -> [OrderConstraint] {
        let events = timeline.events
        var found: [OrderConstraint] = []
        for (last, event) in events.enumerated() where isExit(event) && !event.people.isEmpty && isToldComplete(event, input) {
            for (other, earlier) in events.enumerated() where other != last && isExit(earlier) && !timeline.areLinked(other, last)
                && !Set(earlier.people).isDisjoint(with: event.people) {
                found.append(OrderConstraint(earlier: other, later: last, source: .knowledge, reason: "exit before complete exit"))
            }
        }
        return found
    }

    /// An exit told as done: an event of a `complete-exits` family, or one of its verbs.
    private func isExit(_ event: Event) -> Bool {
        event.status == .reported && !event.isNegated && !event.isQuoted
            && (event.isKnown ? event.family.map { words.completeExits.key(for: $0) == "family" } ?? false
                : words.completeExits.key(for: event.trigger) == "verb")
    }

    /// "left the agency entirely": a `complete-exits` word after the verb, within its clause and five
    /// words.
    private func isToldComplete(_ event: Event, _ input: EventExtractor.Input) -> Bool {
        let range = input.sentences[event.sentence].tokens
        var position = event.tokens.upperBound
        while position < min(range.upperBound, event.tokens.upperBound + 5) {
            let token = input.tokens[position]
            if token.kind == .punctuation || input.temporalAt[position] != nil { return false }
            if token.kind == .word, words.completeExits.key(for: token) == "word" { return true }
            position += 1
        }
        return false
    }
}
