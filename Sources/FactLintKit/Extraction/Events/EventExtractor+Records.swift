/// Records told by how far back they reach: a superlative with "since" and a date ("the lowest
/// level since May 1981"), or with a length ("the poorest harvest for 12 years"), and
/// a record noun after a length ("a seven-year low"). Words come from `record-words`.
extension EventExtractor {
    func records(_ input: Input) -> [RecordSpan] {
        var found: [RecordSpan] = []
        for (sentenceIndex, sentence) in input.sentences.enumerated() {
            let range = sentence.tokens
            for position in range where input.tokens[position].kind == .word && !input.quoted[position] {
                guard recordBit == 0 || input.tokens[position].classes & recordBit != 0, let key = recordWords.key(input.tokens, position) else { continue }
                let polarity: Int
                switch key {
                case "low", "low-noun": polarity = -1
                case "high", "high-noun": polarity = 1
                default: continue
                }
                var reach: RecordSpan.Reach?
                var head: String?
                if key.hasSuffix("-noun") {
                    // "a seven-year low": the length ends right before the noun.
                    if position > range.lowerBound, let length = input.temporalAt[position - 1], isRecordLength(length, input),
                       input.temporal[length].tokens.upperBound == position {
                        reach = .length(length)
                    }
                } else {
                    (reach, head) = reachAfter(superlative: position, range: range, input)
                }
                guard let reach else { continue }
                let reachIndex: Int
                switch reach {
                case .since(let index), .length(let index): reachIndex = index
                }
                let toldOn = input.temporalBySentence[sentenceIndex].first { index in
                    index != reachIndex && input.temporal[index].kind == .date && input.temporal[index].interval != nil
                        && !(input.temporal[index].tokens.lowerBound > range.lowerBound
                             && recordWords.key(lowercased: input.tokens[input.temporal[index].tokens.lowerBound - 1].lower) == "since")
                }
                // The record as written: from the superlative or the length to the end of both.
                let reached = input.temporal[reachIndex].tokens
                let phrase = min(position, reached.lowerBound)..<max(position + 1, reached.upperBound)
                found.append(RecordSpan(sentence: sentenceIndex, polarity: polarity, reach: reach,
                                        span: input.span(phrase), head: head, toldOn: toldOn))
            }
        }
        return found
    }

    /// What follows a superlative within its clause: the thing it is of (the word right after
    /// it, unless that word already starts the reach), then "since" and a date, or "for" or
    /// "in" and a length, within six words.
    private func reachAfter(superlative position: Int, range: Range<Int>, _ input: Input) -> (RecordSpan.Reach?, String?) {
        var head: String?
        var cursor = position + 1
        while cursor < min(range.upperBound - 1, position + 7) {
            let token = input.tokens[cursor]
            if token.kind == .punctuation { break }
            let key = recordWords.key(lowercased: token.lower)
            if key == "since", let date = input.temporalAt[cursor + 1], input.temporal[date].kind == .date,
               input.temporal[date].tokens.lowerBound == cursor + 1, input.temporal[date].interval != nil, input.temporal[date].hasYear {
                return (.since(date), head)
            }
            if key == "length", let length = input.temporalAt[cursor + 1], input.temporal[length].tokens.lowerBound == cursor + 1,
               isRecordLength(length, input) {
                return (.length(length), head)
            }
            if cursor == position + 1, key == nil, input.temporalAt[cursor] == nil, !stopwords.contains(lowercased: token.lower) {
                // ("Christmas" is no plural.)
                head = token.isCapitalized ? token.lower : EventExtractor.singular(token.lower)
            }
            cursor += 1
        }
        return (nil, head)
    }

    /// A length a record can reach back: a known number of weeks, months, years or decades.
    private func isRecordLength(_ index: Int, _ input: Input) -> Bool {
        let expression = input.temporal[index]
        guard expression.kind == .duration, !expression.isApproximate, case .duration(let length)? = expression.resolved,
              length.amount != nil else { return false }
        return [.week, .month, .year, .decade].contains(length.unit)
    }
}
