extension TemporalTagger {
    struct Context {
        let tokens: [Token]
        let range: Range<Int>
        let anchor: CalendarDate?
        let tenses: TenseReader
        /// A headline's "TO HOLD" is its future.
        let isHeadline: Bool
        private let cache = SentenceCache()

        /// The sentence's tense marks, read when a match first needs them: most sentences with a
        /// number or an opener hold no expression at all.
        var marks: [(index: Int, tense: TenseReader.Mark)] {
            if let marks = cache.marks { return marks }
            let marks = tenses.marks(tokens, range, headline: isHeadline)
            cache.marks = marks
            return marks
        }

        /// Whether a word of these lexicon bits occurs at or after `index` in the sentence. The
        /// last such word is found once per sentence, so a shape that needs a month or a season
        /// gives up at once in the many sentences without one.
        func hasWord(withBits bits: WordClasses, from index: Int) -> Bool {
            guard bits != 0 else { return true }
            // A sentence asks about a few masks: a list searched in order, not a dictionary.
            if let found = cache.lastIndex.first(where: { $0.bits == bits }) { return found.last >= index }
            var last = -1
            for position in range.reversed() where tokens[position].classes & bits != 0 {
                last = position
                break
            }
            cache.lastIndex.append((bits, last))
            return last >= index
        }

        /// Whether a word that can end a quarter ("quarter", "qtr", "half", "period") occurs at
        /// or after `index`.
        func hasQuarterWord(from index: Int, units: Lexicon, unitBit: WordClasses, periodBit: WordClasses, words: TemporalVocabulary) -> Bool {
            if cache.lastQuarterWord == nil {
                cache.lastQuarterWord = range.reversed().first { position in
                    // A word in neither lexicon is turned away by its class bits, unhashed.
                    if unitBit != 0, periodBit != 0, tokens[position].classes & (unitBit | periodBit) == 0 { return false }
                    let lower = tokens[position].lower
                    return words.isPeriodWord(lower, "half") || words.isPeriodWord(lower, "period")
                        || ((unitBit == 0 || tokens[position].classes & unitBit != 0) && units.key(for: lower) == "Q")
                } ?? -1
            }
            return cache.lastQuarterWord! >= index
        }

        /// `marks`, when given, are the sentence's tense marks read already (not a headline's:
        /// the tagger reads those its own way).
        init(tokens: [Token], range: Range<Int>, anchor: CalendarDate?, tenses: TenseReader, isHeadline: Bool = false,
             marks: [(index: Int, tense: TenseReader.Mark)]? = nil) {
            self.tokens = tokens
            self.range = range
            self.anchor = anchor
            self.tenses = tenses
            self.isHeadline = isHeadline
            cache.marks = marks
        }

        func token(_ index: Int) -> Token? { range.contains(index) ? tokens[index] : nil }
        /// The kind of the token at `index`, nil outside the sentence: asked before ``token(_:)``
        /// so that a token of the wrong kind is not copied.
        func kind(_ index: Int) -> Token.Kind? { range.contains(index) ? tokens[index].kind : nil }
        // These read one field of the token rather than copying it whole: they run at nearly
        // every token of every sentence with a number in it.
        func lower(_ index: Int) -> String { range.contains(index) ? tokens[index].lower : "" }
        func isWord(_ index: Int, _ words: Set<String>) -> Bool {
            range.contains(index) && tokens[index].kind == .word && words.contains(tokens[index].lower)
        }
        func isPunct(_ index: Int, _ text: String) -> Bool {
            range.contains(index) && tokens[index].kind == .punctuation && tokens[index].text == text
        }
        /// The token at `index` touches the one before it (no space between).
        func attached(_ index: Int) -> Bool { range.contains(index) && !tokens[index].spaceBefore }
    }

    /// What a ``Context`` works out about its sentence once (tense marks, where the last month
    /// or quarter word is), shared by the copies of the context.
    final class SentenceCache {
        var marks: [(index: Int, tense: TenseReader.Mark)]?
        var lastIndex: [(bits: WordClasses, last: Int)] = []
        var lastQuarterWord: Int?
    }
}
