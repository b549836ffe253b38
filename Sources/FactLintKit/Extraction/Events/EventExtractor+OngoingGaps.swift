/// A stretch told as running to now, whose start another sentence gives: "the strikes that have
/// hit the port for the past five weeks" and "the strikes, which began on May 2". The
/// publication date must come about that long after the start.
extension EventExtractor {
    func ongoingGaps(_ timeline: Timeline, _ input: Input) -> [DatePair] {
        guard input.published != nil else { return [] }
        var pairs: [DatePair] = []
        for (index, event) in timeline.events.enumerated() where event.isKnown && !event.isNegated && !event.isQuoted
            && EventStatus.toldOrStated.contains(event.status) {
            for anchor in event.anchors where anchor.relation == .purpose {
                let duration = input.temporal[anchor.temporal]
                guard case .duration(let length)? = duration.resolved, (length.amount ?? 0) >= 2, !length.isApproximate,
                      [.day, .week, .month, .year].contains(length.unit), isRunningToNow(duration, input),
                      let start = start(of: index, in: timeline, input) else { continue }
                pairs.append(DatePair(kind: .ongoing, cue: duration.text, cueSpan: duration.span, earlier: start, later: nil, length: length))
            }
        }
        return pairs
    }

    /// "have hit the port for the past five weeks": a present perfect before the length in its
    /// sentence, and no past auxiliary ("had hit … for the past five weeks" ended then).
    private func isRunningToNow(_ duration: TemporalExpression, _ input: Input) -> Bool {
        let before = input.sentences[duration.sentence].tokens.lowerBound..<duration.tokens.lowerBound
        return before.contains { temporalWords.perfectAuxiliaries.contains(input.tokens[$0].lower) && !input.quoted[$0] }
            && !before.contains { temporalWords.pastAuxiliaries.contains(input.tokens[$0].lower) }
    }

    /// The one date, in another sentence, on which the event began: a mention of it dated
    /// "since", or a beginning told as done whose subject is the event ("the strikes, which began
    /// on May 2"). Two different dates give none.
    private func start(of index: Int, in timeline: Timeline, _ input: Input) -> Int? {
        let event = timeline.events[index]
        let mentions = Set(timeline.mentions(of: index))
        var found = Set<Int>()
        for (other, candidate) in timeline.events.enumerated() where candidate.sentence != event.sentence && !candidate.isNegated {
            let relations: Set<TemporalRelation>
            if mentions.contains(other) {
                relations = [.since]
            } else if candidate.family == "begin", candidate.status == .reported, candidate.subject.contains(event.trigger) {
                relations = [.at]
            } else {
                continue
            }
            for anchor in candidate.anchors where relations.contains(anchor.relation) {
                let date = input.temporal[anchor.temporal]
                if date.kind == .date, date.isExplicit, !date.isRelative, date.interval != nil { found.insert(anchor.temporal) }
            }
        }
        return found.count == 1 ? found.first : nil
    }
}
