/// Days written after a clock time.
extension EventExtractor {
    /// "will walk out at 6 a.m. (GMT) next Thursday", "at 9 a.m. on Tuesday": a day right after
    /// a clock time dates the event the clock time dates. Only brackets, commas, a time zone or
    /// "on" may stand between them.
    func eventOfClock(before index: Int, events: [Event], _ input: Input) -> Int? {
        guard index > 0 else { return nil }
        let day = input.temporal[index]
        let clock = input.temporal[index - 1]
        guard day.kind == .date, clock.kind == .time, clock.sentence == day.sentence,
              clock.tokens.upperBound <= day.tokens.lowerBound, day.tokens.lowerBound - clock.tokens.upperBound <= 4 else { return nil }
        for position in clock.tokens.upperBound..<day.tokens.lowerBound {
            let token = input.tokens[position]
            let allowed = token.kind == .punctuation ? token.isMark(anyOf: "(),")
                : temporalWords.clockWord(token.lower) == "zone" || prepositions.key(for: token) == "at"
            guard allowed else { return nil }
        }
        return events.firstIndex { $0.anchors.contains { $0.temporal == index - 1 } }
    }
}
