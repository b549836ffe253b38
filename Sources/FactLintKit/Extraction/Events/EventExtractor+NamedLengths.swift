/// Things named with their length: a length written as a modifier before a noun ("the five-year
/// immigration plan", "a 10-year pact") or before "of" ("five years of stagnation"). Words come
/// from `named-length-words`: the determiners that make a mention definite, and the nouns whose
/// lengths name kinds rather than one thing ("the 10-year bond", "the 30-day average").
extension EventExtractor {
    /// How many words may name the thing after its length.
    private static let namedLengthWords = 3

    func namedLengths(_ input: Input) -> [NamedLength] {
        var found: [NamedLength] = []
        for (index, expression) in input.temporal.enumerated() {
            guard expression.kind == .duration, !expression.isApproximate, case .duration(let length)? = expression.resolved,
                  length.amount != nil, [.day, .week, .month, .year, .decade].contains(length.unit) else { continue }
            let range = input.sentences[expression.sentence].tokens
            let tokens = expression.tokens
            guard !tokens.isEmpty, !input.quoted[tokens.lowerBound], tokens.upperBound < range.upperBound else { continue }
            var cursor = tokens.upperBound
            // The thing as written starts after a determiner the tagger kept ("the six years").
            let start = tokens.count > 1 && namedLengthWords.key(input.tokens, tokens.lowerBound) != nil ? tokens.lowerBound + 1 : tokens.lowerBound
            // "five years of stagnation"; or a modifier, its unit singular ("five-year plan").
            if namedLengthWords.key(input.tokens, cursor) == "of" {
                cursor += 1
            } else if input.tokens[tokens.upperBound - 1].lower.hasASCIISuffix("s") {
                continue
            }
            // Lowercase words up to a function word, a determiner, a date or a mark.
            let isThingWord = { (position: Int) in
                input.tokens[position].kind == .word && !input.tokens[position].isCapitalized && input.temporalAt[position] == nil
                    && !self.stopwords.contains(input.tokens, position)
                    && !["definite", "indefinite", "of"].contains(self.namedLengthWords.key(input.tokens, position))
            }
            var words: [String] = []
            while cursor < range.upperBound, words.count < Self.namedLengthWords, isThingWord(cursor) {
                words.append(input.tokens[cursor].lower)
                cursor += 1
            }
            guard let last = words.last else { continue }
            // The last word is taken for the noun. Words that run on into a verb ("the five-year
            // plan calls for") name nothing another mention ends in, so nothing is compared.
            words[words.count - 1] = EventExtractor.singular(last)
            // "the three-month bill discount": a kind's length anywhere in the name.
            if words.contains(where: { namedLengthWords.key(lowercased: EventExtractor.singular($0)) == "kind" }) { continue }
            found.append(NamedLength(sentence: expression.sentence, duration: index, words: words,
                                     determiner: determiner(of: tokens, range: range, input),
                                     span: input.span(start..<cursor)))
        }
        return found
    }

    /// What the word before a length (or the first word of it: the tagger keeps "the" in "the
    /// six years") makes of the mention: one known thing ("the", "its", a possessive: "the
    /// government's"), any one ("a", "another"), or neither ("five years of drought").
    private func determiner(of length: Range<Int>, range: Range<Int>, _ input: Input) -> NamedLength.Determiner {
        for position in [length.lowerBound, length.lowerBound - 1] where position >= range.lowerBound {
            switch namedLengthWords.key(input.tokens, position) {
            case "definite"?: return .definite
            case "indefinite"?: return .indefinite
            default: continue
            }
        }
        let start = length.lowerBound
        if start - 2 >= range.lowerBound, input.tokens[start - 1].lower == "s", input.tokens[start - 2].isApostrophe { return .definite }
        return .none
    }
}
