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
        return pairs + eventAges(timeline, input)
    }

    /// "the 2-1/2 year-old border war, which broke out in June 1986": a length written as an
    /// age ("-old") before an event noun, up to three words between, is how long the event has
    /// run at publication, from the one start the article gives it (in the same sentence too).
    private func eventAges(_ timeline: Timeline, _ input: Input) -> [DatePair] {
        var pairs: [DatePair] = []
        for duration in input.temporal where duration.kind == .duration && !input.quoted[duration.tokens.lowerBound] {
            guard case .duration(let length)? = duration.resolved, (length.amount ?? 0) >= 1, !length.isApproximate,
                  [.day, .week, .month, .year].contains(length.unit) else { continue }
            let sentence = input.sentences[duration.sentence].tokens
            var cursor = duration.tokens.upperBound
            if cursor < sentence.upperBound, input.tokens[cursor].isMark("-"), !input.tokens[cursor].spaceBefore { cursor += 1 }
            guard cursor < sentence.upperBound, input.tokens[cursor].kind == .word, input.tokens[cursor].lower == "old" else { continue }
            let old = cursor
            cursor += 1
            var words = 0
            while cursor < sentence.upperBound, words <= 3, !timeline.events.contains(where: { $0.tokens.lowerBound == cursor }) {
                let token = input.tokens[cursor]
                guard token.kind == .word && input.temporalAt[cursor] == nil && !self.words.functionWords.contains(input.tokens, cursor)
                        || token.isMark("-") && !token.spaceBefore else { break }
                if token.kind == .word { words += 1 }
                cursor += 1
            }
            guard words <= 3, let index = timeline.events.firstIndex(where: { $0.tokens.lowerBound == cursor && $0.isNoun && $0.isKnown }),
                  !timeline.events[index].isNegated, let start = start(of: index, in: timeline, input, sameSentence: true) else { continue }
            let cue = duration.tokens.lowerBound..<(old + 1)
            pairs.append(DatePair(kind: .ongoing, cue: input.text(cue), cueSpan: input.span(cue), earlier: start, later: nil, length: length))
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

    /// The one date, in another sentence (or in any with `sameSentence`), on which the event
    /// began: a mention of it dated "since", or a beginning told as done whose subject is the
    /// event ("the strikes, which began on May 2"). Two different dates give none; one date
    /// given twice is one start.
    private func start(of index: Int, in timeline: Timeline, _ input: Input, sameSentence: Bool = false) -> Int? {
        let event = timeline.events[index]
        let mentions = Set(timeline.mentions(of: index))
        var found = Set<Int>()
        for (other, candidate) in timeline.events.enumerated() where (sameSentence || candidate.sentence != event.sentence) && !candidate.isNegated {
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
        // The same day or month given twice is one start; two different ones give none.
        let starts = Set(found.compactMap { input.temporal[$0].interval.map { [$0.start.dayNumber, $0.end.dayNumber] } })
        return starts.count == 1 ? found.min() : nil
    }
}
