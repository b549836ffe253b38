/// Events told as not having happened, and negations that say when they did.
extension EventExtractor {
    /// Whether the event is denied: "did not resign", "has never opened".
    func isNegated(_ event: Event, _ input: Input) -> Bool {
        let start = input.sentences[event.sentence].tokens.lowerBound
        var position = event.tokens.lowerBound - 1
        while position >= max(start, event.tokens.lowerBound - 3) {
            let word = input.tokens[position].lower
            if words.statusCues.key(for: word) == "negation" || word.hasASCIISuffix("n't") || word.hasSuffix("n\u{2019}t") { return true }
            position -= 1
        }
        return false
    }

    /// "was not signed until June 1991", "did not open until 2005": a negation before the
    /// verb and "until" with a date right after it say when the event did happen. The index of
    /// that anchor, or nil.
    func notUntil(_ event: Event, _ input: Input) -> Int? {
        guard !event.isNoun else { return nil }
        return event.anchors.firstIndex { anchor in
            let date = input.temporal[anchor.temporal]
            guard anchor.relation == .until, date.sentence == event.sentence, date.tokens.lowerBound > event.tokens.upperBound,
                  date.tokens.lowerBound - event.tokens.upperBound <= 2 else { return false }
            return delayWords.contains(input.tokens, date.tokens.lowerBound - 1)
        }
    }

    /// Whether a verb is what a failure told as done failed to do: "to" right before it and a
    /// word of `failure-verbs` before that, `past` ("failed to pay on June 3", "refused to
    /// attend") or `ongoing` after "after" ("quit after failing to pay the fine on 12 August").
    func isFailedInfinitive(_ event: Event, _ input: Input) -> Bool {
        let start = input.sentences[event.sentence].tokens.lowerBound
        let to = event.tokens.lowerBound - 1, failure = to - 1
        guard !event.isNoun, failure >= start, temporalWords.infinitives.contains(input.tokens[to].lower),
              let key = failureVerbs.key(input.tokens, failure) else { return false }
        if key == "past" { return !(start..<failure).contains { modals.contains(input.tokens, $0) && input.temporalAt[$0] == nil } }
        return key == "ongoing" && failure > start && words.connectives.key(input.tokens, failure - 1) == "after"
    }
}
