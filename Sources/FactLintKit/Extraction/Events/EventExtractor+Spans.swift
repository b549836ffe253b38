/// A stretch given its length and both its ends in one sentence, by the words that open and
/// close it (`span-ends`): "A six-week pay freeze, imposed on May 4, expires on June 29".
/// The end must come that long after the start.
extension EventExtractor {
    func spans(_ input: Input) -> [DatePair] {
        var pairs: [DatePair] = []
        for sentence in input.sentences.indices {
            let indices = input.temporalBySentence[sentence]
            guard indices.count >= 3 else { continue }
            let durations = indices.filter { input.temporal[$0].kind == .duration }
            guard durations.count == 1, let duration = durations.first,
                  case .duration(let length)? = input.temporal[duration].resolved, (length.amount ?? 0) >= 1, !length.isApproximate,
                  [.day, .week, .month, .year].contains(length.unit), !isAgeAfter(input.temporal[duration], input) else { continue }
            // One date opened and one closed, each a day or a month named outright.
            var start: Int?, end: Int?
            var count = 0
            for index in indices where input.temporal[index].kind == .date {
                let date = input.temporal[index]
                guard date.isExplicit, !date.isRelative else { continue }
                count += 1
                switch endWord(before: date, input) {
                case "start"?: start = start == nil ? index : -1
                case "end"?: end = end == nil ? index : -1
                default: break
                }
            }
            guard count == 2, let start, let end, start >= 0, end >= 0 else { continue }
            // "the nine months ended June 30" is a period its one date closes, whatever else
            // the sentence dates.
            let cue = input.temporal[duration]
            guard cue.tokens.upperBound < input.tokens.count, spanEnds.key(input.tokens, cue.tokens.upperBound) == nil else { continue }
            pairs.append(DatePair(kind: .span, cue: cue.text, cueSpan: cue.span, earlier: start, later: end, length: length))
        }
        return pairs
    }

    /// Whether the word before a date, past "on", "in" or "at" ("imposed on", "expires on",
    /// "effective"), opens or closes a stretch: "start", "end" or nil.
    private func endWord(before date: TemporalExpression, _ input: Input) -> String? {
        var position = date.tokens.lowerBound - 1
        let first = input.sentences[date.sentence].tokens.lowerBound
        if position >= first, input.tokens[position].kind == .word, prepositions.key(input.tokens, position) == "at" { position -= 1 }
        guard position >= first, input.tokens[position].kind == .word, !input.quoted[position] else { return nil }
        return spanEnds.key(input.tokens, position)
    }

    /// "a 40-year-old": a length that is an age.
    private func isAgeAfter(_ duration: TemporalExpression, _ input: Input) -> Bool {
        let next = duration.tokens.upperBound
        return next + 1 < input.tokens.count && isAgeWord(next + 1, "old", input)
    }
}
