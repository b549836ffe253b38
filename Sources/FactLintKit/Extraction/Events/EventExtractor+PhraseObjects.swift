/// An event noun inside the phrase of another event: "its vote on the harbour pact", "talks
/// over the merger".
extension EventExtractor {
    /// The event whose phrase holds this event noun as its topic, when a preposition of the
    /// topic-prepositions lexicon comes right after that event and only a few plain words (no
    /// mark, no clause word, no date, no other event) stand between the preposition and the
    /// noun. A day's date after the phrase dates the head ("will hold its vote on the harbour
    /// pact on March 25" is the vote's date, not the pact's).
    func phraseHead(ofObject noun: Int, events: [Event], range: Range<Int>, _ input: Input) -> Int? {
        guard events[noun].isNoun else { return nil }
        let start = events[noun].tokens.lowerBound
        var cursor = start - 1
        while cursor > range.lowerBound, start - cursor <= 4 {
            let token = input.tokens[cursor]
            if words.topicPrepositions.contains(lowercased: token.lower) {
                return events.firstIndex { $0.isKnown && $0.tokens.upperBound == cursor }
            }
            guard token.kind == .word, !clauseWords.contains(token), input.temporalAt[cursor] == nil,
                  !events.contains(where: { $0.tokens.contains(cursor) }) else { return nil }
            cursor -= 1
        }
        return nil
    }
}
