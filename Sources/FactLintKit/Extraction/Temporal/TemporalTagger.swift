/// Finds dates, times, durations and frequencies in an article's tokens and gives each a typed
/// value (``TemporalValue``), anchored to the publication date.
///
/// It works sentence by sentence over the shared tokens, trying at each token the expression
/// shapes news copy uses, from the most specific (a full date) to the least (a bare year). Each
/// family of shapes lives in its own file (`TemporalTagger+….swift`); the words come from
/// `Rules/lexicons/` through ``TemporalVocabulary``. Without a publication date, relative
/// expressions keep a nil value: nothing is guessed.
public final class TemporalTagger: Sendable {
    let months: Lexicon
    let weekdays: Lexicon
    let numberWords: Lexicon
    let ordinals: Lexicon
    let units: Lexicon
    let seasons: Lexicon
    let timesOfDay: Lexicon
    let references: Lexicon
    let approximators: Lexicon
    let yearBlockers: Lexicon
    let yearContexts: Lexicon
    let words: TemporalVocabulary
    /// First words of approximators of two words ("more" of "more than", "at" of "at least").
    let approximatorHeads: Set<String>
    let tenses: TenseReader
    let dateOrder: DateOrder
    let numericParser: DateLineParser

    public init(lexicons: LexiconSet = .builtIn, dateOrder: DateOrder = .monthDayYear) {
        months = lexicons["months"]
        weekdays = lexicons["weekdays"]
        numberWords = lexicons["number-words"]
        ordinals = lexicons["ordinal-words"]
        units = lexicons["time-units"]
        seasons = lexicons["seasons"]
        timesOfDay = lexicons["times-of-day"]
        references = lexicons["reference-words"]
        approximators = lexicons["approximators"]
        yearBlockers = lexicons["year-blockers"]
        yearContexts = lexicons["year-contexts"]
        words = TemporalVocabulary(lexicons: lexicons)
        approximatorHeads = Set(approximators.keysBySpelling.keys.compactMap { spelling in
            spelling.split(separator: " ").count > 1 ? spelling.split(separator: " ").first.map(String.init) : nil
        })
        tenses = TenseReader(lexicons: lexicons, vocabulary: words)
        self.dateOrder = dateOrder
        numericParser = DateLineParser(lexicons: LexiconSet(), dateOrder: dateOrder)
        // Words that can open an expression; any other word is skipped at once.
        unitBit = lexicons.mask("time-units")
        periodBit = lexicons.mask("period-words")
        monthBit = lexicons.mask("months")
        seasonBit = lexicons.mask("seasons")
        triggerBits = lexicons.mask("temporal-openers", "months", "weekdays", "number-words", "ordinal-words", "time-units",
                                    "seasons", "times-of-day", "reference-words", "approximators", "temporal-relations",
                                    "period-parts", "day-words")
    }

    /// Lexicon bits of the words that may start an expression.
    let triggerBits: WordClasses
    /// The lexicon bits of time units ("days", "years"), months and seasons; 0 when the
    /// lexicons ran out of bits, which turns the shortcuts that use them off.
    let unitBit: WordClasses
    /// The class bit of `period-words` (0 when it has none).
    let periodBit: WordClasses
    let monthBit: WordClasses
    let seasonBit: WordClasses

    /// What one matcher found: the tokens the expression covers, the tokens it used up (which
    /// may be more, as in "Wednesday (March 4)"), and its meaning.
    struct Match {
        var tokens: Range<Int>
        var consumed: Int
        var kind: TemporalExpression.Kind
        var value: TemporalValue?
        var day: CalendarDate? = nil
        var isExplicit = false
        var hasYear = false
        var weekday: Int? = nil
        var weekdayTokens: Range<Int>? = nil
        var days: Double? = nil
        var approximate = false
        /// A month or day whose year is taken from the publication date.
        var yearless = false
        /// "fiscal 2026": a year that need not start in January.
        var fiscal = false
        /// The last day of a run of days read with no year ("from 20 to 30 January" in an
        /// undated story), in its first day's month.
        var runLastDay: Int? = nil
        /// For "a year ago", "last year": how many years back, so an earnings report's "a year
        /// earlier" can become the same quarter a year before.
        var yearsBack: Int? = nil
    }

    /// Tags every sentence of an article.
    public func tag(tokens: [Token], sentences: [Sentence], blocks: [Block], anchor: CalendarDate?) -> [TemporalExpression] {
        tag(tokens: tokens, sentences: sentences, blocks: blocks, anchor: anchor, tenseMarks: nil)
    }

    /// With `tenseMarks`, each sentence's tense marks read once for the whole extraction
    /// (``TenseReader/marks(_:_:headline:)`` without `headline`), so none is read twice.
    func tag(tokens: [Token], sentences: [Sentence], blocks: [Block], anchor: CalendarDate?,
             tenseMarks: [[(index: Int, tense: TenseReader.Mark)]]?) -> [TemporalExpression] {
        var expressions: [TemporalExpression] = []
        var yearsBack: [Int?] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let range = sentence.tokens
            guard !range.isEmpty, range.contains(where: { tokens[$0].kind == .number || tokens[$0].classes & triggerBits != 0
                || tokens[$0].isMark(anyOf: "'\u{2019}") }) else { continue }
            let isHeadline = sentence.blockKind == .headline
            let context = Context(tokens: tokens, range: range, anchor: anchor, tenses: tenses, isHeadline: isHeadline,
                                  marks: isHeadline ? nil : tenseMarks?[sentenceIndex])
            var index = range.lowerBound
            while index < range.upperBound {
                guard let match = match(at: index, context) else {
                    index += 1
                    continue
                }
                let text = blocks[sentence.blockIndex].text
                let byteRange = tokens[match.tokens.lowerBound].range.lowerBound..<tokens[match.tokens.upperBound - 1].range.upperBound
                let causal = isCausalSubject(match.tokens, context)
                var weekdaySpan: SourceSpan?
                if let weekdayTokens = match.weekdayTokens {
                    weekdaySpan = text.sourceSpan(of: tokens[weekdayTokens.lowerBound].range.lowerBound..<tokens[weekdayTokens.upperBound - 1].range.upperBound)
                }
                var expression = TemporalExpression(
                    kind: match.kind, resolved: match.value, text: text.string(in: byteRange), block: sentence.blockIndex,
                    range: byteRange, span: text.sourceSpan(of: byteRange), sentence: sentenceIndex, tokens: match.tokens,
                    day: match.day, isExplicit: match.isExplicit, hasYear: match.hasYear, statedWeekday: match.weekday,
                    weekdaySpan: weekdaySpan, tense: tense(of: match.tokens, causal: causal, context),
                    approximateDays: match.days, isApproximate: match.approximate)
                expression.part = part(of: match.tokens, tokens)
                expression.isYearless = match.yearless || (match.isExplicit && !match.hasYear)
                expression.isFiscal = match.fiscal
                expression.yearlessRunLastDay = match.runLastDay
                expression.isCausalSubject = causal
                expressions.append(expression)
                yearsBack.append(match.yearsBack)
                index = max(match.consumed, index + 1)
            }
        }
        alignYearAgoWithQuarters(&expressions, yearsBack: yearsBack)
        alignRanges(&expressions, tokens: tokens)
        alignYearlessWithRelativeYears(&expressions)
        markRestatements(&expressions, tokens: tokens)
        return expressions
    }

    /// The tense a date is told in: past after "since" ("closed since March 20, and is due to
    /// reopen"), unless "since" means "because"; otherwise that of the verbs nearest it.
    private func tense(of match: Range<Int>, causal: Bool, _ c: Context) -> Tense {
        if !causal, match.lowerBound > c.range.lowerBound, words.pastStarts.contains(c.tokens[match.lowerBound - 1].lower) { return .past }
        // "The pact signed in July 1987 is meant to …": a past verb and one preposition before
        // the date make it that verb's, whatever the main clause after it says.
        if match.lowerBound - 2 >= c.range.lowerBound, words.participleDates.contains(c.tokens[match.lowerBound - 1].lower),
           c.marks.contains(where: { $0.index == match.lowerBound - 2 && $0.tense == .past }) { return .past }
        // "was halted on March 20 and will restart in April": a future after "and" past the
        // date is the next clause's, when a past is told just before the date.
        let marks = c.marks
        guard let joiner = (match.upperBound..<min(c.range.upperBound, match.upperBound + 2)).first(where: { words.isConnective(c.tokens[$0].lower, "and") }),
              marks.contains(where: { $0.index < match.lowerBound && $0.tense == .past && match.lowerBound - $0.index <= Self.ownVerbReach }) else {
            return tenses.tense(near: match, marks: marks, sayingWinsTies: true)
        }
        return tenses.tense(near: match, marks: marks.filter { $0.index < joiner }, sayingWinsTies: true)
    }

    /// How far before a date the past verb it belongs to is looked for.
    private static let ownVerbReach = 4

    /// "Since March 20 is a holiday": "since" opening its clause, and a verb of the date's own
    /// after it.
    private func isCausalSubject(_ match: Range<Int>, _ c: Context) -> Bool {
        let since = match.lowerBound - 1
        guard since >= c.range.lowerBound, words.pastStarts.contains(c.tokens[since].lower), match.upperBound < c.range.upperBound,
              since == c.range.lowerBound || c.tokens[since - 1].kind == .punctuation else { return false }
        let next = c.tokens[match.upperBound].lower
        return words.auxiliaries.contains(next) || words.pastAuxiliaries.contains(next) || words.perfectAuxiliaries.contains(next)
    }

    /// The part of the period an expression's first words pick: "mid-March", "the early 1990s",
    /// "earlier this month".
    private func part(of range: Range<Int>, _ tokens: [Token]) -> PeriodPart? {
        var index = range.lowerBound
        if index < range.upperBound, words.isConnective(tokens[index].lower, "the") { index += 1 }
        guard index < range.upperBound, let part = words.part(tokens[index].lower) else { return nil }
        return part == .end || part == .start ? nil : part
    }

    // MARK: Matching

    /// The expression shapes, tried in this order at each token.
    private enum Shape {
        case calendarDate, numericDate, decade, season, quarter, duration, relativeUnit, weekdayAlone, monthAlone
        case referenceWord, dayWord, clockTime, set, year
    }

    private static let afterNumber: [Shape] = [.numericDate, .calendarDate, .decade, .clockTime, .duration, .year]
    private static let afterModifier: [Shape] = [.calendarDate, .decade, .season, .quarter, .duration, .relativeUnit, .weekdayAlone,
                                                 .monthAlone, .referenceWord, .dayWord, .year]
    private static let afterWord: [Shape] = [.calendarDate, .quarter, .season, .relativeUnit, .dayWord, .clockTime, .weekdayAlone,
                                             .monthAlone, .duration, .referenceWord, .set, .year]

    private func match(at index: Int, _ c: Context) -> Match? {
        // Fields by index: this runs at every token of a sentence with a number or an opener,
        // and a copy of the token retained both its strings.
        guard c.range.contains(index) else { return nil }
        let tokens = c.tokens
        let shapes: [Shape]
        switch tokens[index].kind {
        case .punctuation:
            guard tokens[index].isApostrophe else { return nil }
            return decade(at: index, c)
        case .number:
            shapes = Self.afterNumber
        case .word:
            guard tokens[index].classes & triggerBits != 0 else { return nil }
            let word = tokens[index].lower
            // "the" opens an expression only before another opener or a number ("the 1980s",
            // "the third quarter", "the past two months").
            let isThe = words.isConnective(word, "the")
            if isThe, let next = c.token(index + 1),
               next.kind != .number, next.classes & triggerBits == 0, !next.isApostrophe {
                return nil
            }
            // A word that modifies what follows ("early", "more than", "at least") is tried with
            // the shapes that can start with a modifier.
            if isThe || words.part(word) != nil || approximators.contains(word) || approximatorHeads.contains(word) {
                shapes = Self.afterModifier
            } else {
                shapes = Self.afterWord
            }
        }
        for shape in shapes {
            if let found = match(shape, at: index, c) { return found }
        }
        return nil
    }

    private func match(_ shape: Shape, at index: Int, _ c: Context) -> Match? {
        switch shape {
        case .calendarDate: return calendarDate(at: index, c)
        case .numericDate: return numericDate(at: index, c)
        case .decade: return decade(at: index, c)
        case .season: return season(at: index, c)
        case .quarter: return quarter(at: index, c)
        case .duration: return duration(at: index, c)
        case .relativeUnit: return relativeUnit(at: index, c)
        case .weekdayAlone: return weekdayAlone(at: index, c)
        case .monthAlone: return monthAlone(at: index, c)
        case .referenceWord: return referenceWord(at: index, c)
        case .dayWord: return dayWord(at: index, c)
        case .clockTime: return clockTime(at: index, c)
        case .set: return set(at: index, c)
        case .year: return year(at: index, c)
        }
    }
}
