/// Reads one figure from an article's tokens: digits with separators, decimals, number words
/// ("fourteen", "two hundred", "twenty-seven"), money in any notation ("$310 million", "250 mln
/// stg", "£4.2bn", "180p"), percentages and points, ranges ("30 to 35 mln dlrs", "20 or 21
/// cents"), hedges ("about", "more than") and, for a bare count, the noun it counts with the
/// words between ("900 extra nurses"). Vocabulary comes from the `scales`, `units`,
/// `quantity-hedges`, `number-words` and `person-nouns` lexicons and the other word lists of
/// `quantities.yml`.
final class QuantityReader: Sendable {
    let scales: Lexicon
    let units: Lexicon
    let hedges: Lexicon
    let numberWords: Lexicon
    let stopwords: Lexicon
    let personNouns: Lexicon
    let equivalents: Lexicon
    let seriesWords: Lexicon
    let compoundCounts: Lexicon
    let notCounted: Lexicon
    let countAdjectives: Lexicon
    let attachedOnly: Lexicon
    let looseNumbers: Lexicon
    let hedgeWords: Lexicon
    let tollLinks: Lexicon
    let ofDeterminers: Lexicon
    let perWords: Lexicon
    let currencyPlaces: Lexicon
    let numberWordBit: WordClasses
    /// "JUNE TWO": a number word after a month is the day of a date, not a figure.
    let monthBit: WordClasses

    init(lexicons: LexiconSet) {
        scales = lexicons["scales"]
        units = lexicons["units"]
        hedges = lexicons["quantity-hedges"]
        numberWords = lexicons["number-words"]
        stopwords = lexicons["stopwords"]
        personNouns = lexicons["person-nouns"]
        equivalents = lexicons["measure-equivalents"]
        seriesWords = lexicons["series-words"]
        compoundCounts = lexicons["compound-counts"]
        notCounted = lexicons["not-counted"]
        countAdjectives = lexicons["count-adjectives"]
        attachedOnly = lexicons["attached-only"]
        looseNumbers = lexicons["loose-number-words"]
        hedgeWords = lexicons["hedge-words"]
        tollLinks = lexicons["toll-links"]
        ofDeterminers = lexicons["of-determiners"]
        perWords = lexicons["per-words"]
        currencyPlaces = lexicons["currency-places"]
        numberWordBit = lexicons.mask("number-words")
        monthBit = lexicons.mask("months")
    }

    /// A figure as read, before it becomes a ``Quantity``.
    struct Figure {
        var value: Double
        var decimals: Int
        var scale: Double
        var unit: String
        var hedge: Quantity.Hedge
        /// The number token.
        var number: Int
        /// First and past-the-last token of the figure as written.
        var start: Int
        var end: Int
        var isWord: Bool
        /// The other end of a range written with it.
        var rangeWith: Double?
        /// For a count: the counted noun and the words between it and the number.
        var countHead: Int?
        var countModifiers: [Int] = []
    }

    /// The value of a plain number token or a number word, and its decimals.
    func value(of token: Token) -> (value: Double, decimals: Int, isWord: Bool)? {
        if token.kind == .number {
            let text = token.text
            guard !text.utf8.contains(UInt8(ascii: "/")), !text.utf8.contains(UInt8(ascii: ":")), !text.utf8.contains(UInt8(ascii: "-")) else { return nil }
            let digits = text.replacingAll(",", with: "")
            guard let parsed = Double(digits) else { return nil }
            var decimals = 0
            // Bytes, not Characters: a text Double reads is ASCII.
            if let dot = digits.utf8.firstIndex(of: UInt8(ascii: ".")) { decimals = digits.utf8.distance(from: dot, to: digits.utf8.endIndex) - 1 }
            return (parsed, decimals, false)
        }
        if token.kind == .word, token.classes & numberWordBit != 0, let key = numberWords.key(for: token), let parsed = Double(key),
           !looseNumbers.contains(token), token.lower != "hundred" {
            return (parsed, 0, true)
        }
        return nil
    }

    func read(at index: Int, _ tokens: [Token], range: Range<Int>, headline: Bool, allowRange: Bool = true) -> Figure? {
        let token = tokens[index]
        guard var (value, decimals, isWord) = value(of: token) else { return nil }
        // "3RD QTR JUNE TWO NET": the quarter ended on June 2.
        if isWord, value >= 1, value <= 31, index > range.lowerBound, tokens[index - 1].classes & monthBit != 0 { return nil }
        var end = index + 1
        if token.kind == .number {
            // "5-1/4", "1986/87", "44-day" and the like are not plain quantities.
            if end < range.upperBound, tokens[end].isMark("-"), !tokens[end].spaceBefore {
                return compoundCount(at: index, value: value, decimals: decimals, hyphen: end, tokens, range: range)
            }
            if index > range.lowerBound, tokens[index - 1].isMark("-"), !token.spaceBefore, index - 1 > range.lowerBound,
               tokens[index - 2].kind == .number { return nil }
        } else {
            if token.lower == "dozen", index > range.lowerBound, tokens[index - 1].lower == "a" { value = 12 }
            // "twenty-seven", "twenty seven"
            if value >= 20, value < 100, Int(value) % 10 == 0 {
                var next = end
                if next < range.upperBound, tokens[next].isMark("-"), !tokens[next].spaceBefore { next += 1 }
                if next < range.upperBound, let unitKey = numberWords.key(tokens, next), let units = Double(unitKey), units < 10,
                   !looseNumbers.contains(tokens, next) {
                    value += units
                    end = next + 1
                }
            }
        }
        // "two hundred", "3 hundred"
        if value < 100, end < range.upperBound, tokens[end].lower == "hundred" {
            value *= 100
            end += 1
        }
        var start = index
        var unit = ""
        // Currency symbol before the number.
        if index > range.lowerBound, tokens[index - 1].kind == .punctuation, let key = units.key(for: tokens[index - 1].text) {
            unit = key
            start = index - 1
        }
        // Scale word.
        var scale = 1.0
        if end < range.upperBound, let key = scales.key(tokens, end), let factor = Double(key),
           !attachedOnly.contains(tokens, end) || !tokens[end].spaceBefore {
            scale = factor
            end += 1
        }
        // Unit after the number: "pct", "dlrs", "mln U.S. Dlrs", "Swiss francs", "%", "180p".
        if unit.isEmpty, end < range.upperBound {
            var probe = end
            if currencyPlaces.contains(tokens, probe) {
                probe += 1
                if probe < range.upperBound, tokens[probe].isMark(".") { probe += 1 }
            }
            if probe < range.upperBound, tokens[probe].lower == "swiss", probe + 1 < range.upperBound, units.key(for: "swiss-" + tokens[probe + 1].lower) != nil {
                unit = units.key(for: "swiss-" + tokens[probe + 1].lower) ?? ""
                end = probe + 2
            } else if probe + 1 < range.upperBound, tokens[probe].lower == "percentage", tokens[probe + 1].lower.hasPrefix("point") {
                // "a 0.3 percentage point cut" is a difference of rates, not a rate.
                unit = "points"
                end = probe + 2
            } else if probe + 1 < range.upperBound, tokens[probe].lower == "basis", tokens[probe + 1].lower.hasPrefix("point") {
                unit = "basis-points"
                end = probe + 2
            } else if probe < range.upperBound, let key = units.key(tokens, probe) ?? units.key(for: tokens[probe].text),
                      !attachedOnly.contains(tokens, probe) || (!tokens[probe].spaceBefore && probe == end) {
                unit = key
                end = probe + 1
                // "barrels per day" and "barrels a day" are bpd.
                if key == "barrels", end + 1 < range.upperBound, perWords.contains(tokens, end), tokens[end + 1].lower == "day" {
                    unit = "bpd"
                    end += 2
                }
            }
        }
        // "90 pct-owned", "a 12-month-old": the figure describes the next word, it is not a claim.
        if end < range.upperBound, tokens[end].isMark("-"), !tokens[end].spaceBefore, !unit.isEmpty { return nil }
        var rangeWith: Double?
        // "30 to 35 mln dlrs", "20 or 21 cents", "between 60,000 and 90,000 barrels": the
        // first number takes the unit and scale of the second.
        if allowRange, unit.isEmpty, scale == 1, end + 1 < range.upperBound {
            let joiner = tokens[end].lower
            let between = start - 1 >= range.lowerBound && tokens[start - 1].lower == "between"
            if joiner == "to" || joiner == "or" || (joiner == "and" && between),
               let other = read(at: end + 1, tokens, range: range, headline: headline, allowRange: false),
               other.unit != "" || other.scale > 1, other.value / other.scale >= value || joiner == "or" {
                unit = other.unit
                scale = other.scale
                rangeWith = other.value
                end = other.end
                if between { start -= 1 }
            }
        }
        var countHead: Int?
        var countModifiers: [Int] = []
        let isYear = token.kind == .number && token.text.utf8.count == 4 && value >= 1800 && value <= 2100 && scale == 1
        if unit.isEmpty {
            // A count needs the noun it counts ("1,200 jobs", "12 victims", "900 extra nurses"),
            // not a table's next label ("41.35 versus", "64 Production"). In a headline every
            // noun may be capitalised ("Twelve Miners Rescued").
            if let (head, modifiers) = countNoun(after: end, tokens, range: range, headline: headline),
               !isYear || units.contains(tokens, head), !seriesWords.contains(tokens, head) {
                if let key = units.key(tokens, head) {
                    // "20.58 mln cubic meters": a unit after words, not a count of meters.
                    unit = key
                } else {
                    unit = "count:" + (equivalents.key(tokens, head) ?? ClaimExtractor.singular(tokens[head].lower))
                    countHead = head
                    countModifiers = modifiers
                }
                end = head + 1
            } else if scale == 1, !isYear, let key = casualty(around: start, end, tokens, range: range) {
                // "killed 9", "KILLING 12", "17 dead", "a death toll of 19": the casualty word
                // names what the bare number counts.
                unit = "count:" + key
            } else if scale == 1, !isYear, let whole = partitiveWhole(after: end, tokens, range: range, headline: headline) {
                // "12 of the 40 members", "nine out of 20 schools": a part counts what its whole does.
                unit = whole
            } else if scale == 1 {
                // A year or a number with neither unit nor scale is not compared: too many of
                // them are codes, years and counts of different things.
                return nil
            }
        }
        // Hedge before: "more than", "about", "up to".
        var hedge = Quantity.Hedge.exact
        for width in [4, 3, 2, 1] where start - width >= range.lowerBound {
            // Words are joined only where a phrase may start: most figures have no hedge.
            if width > 1, !hedges.mayStartPhrase(tokens[start - width].lower) { continue }
            let phrase = width == 1 ? tokens[start - 1].lower : (start - width..<start).map { tokens[$0].lower }.joined(separator: " ")
            if let key = hedges.key(for: phrase) {
                hedge = Quantity.Hedge(rawValue: key) ?? .about
                start -= width
                break
            }
        }
        return Figure(value: value * scale, decimals: decimals, scale: scale, unit: unit, hedge: hedge, number: index, start: start,
                      end: end, isWord: isWord, rangeWith: rangeWith.map { $0 }, countHead: countHead, countModifiers: countModifiers)
    }

    /// A bare number in a list after a count and a colon ("10 cases: 4 in the north"), as a
    /// count of the same things.
    func part(at index: Int, _ tokens: [Token], unit: String, decimalsAllowed: Bool = false) -> Figure? {
        guard let (value, decimals, isWord) = value(of: tokens[index]), decimals == 0 || decimalsAllowed else { return nil }
        if tokens[index].kind == .number, index + 1 < tokens.count, tokens[index + 1].isMark(anyOf: "-/") { return nil }
        return Figure(value: value, decimals: decimals, scale: 1, unit: unit, hedge: .exact, number: index, start: index, end: index + 1, isWord: isWord)
    }

    /// The unit of the whole in "12 of the 40 members", "nine out of 20 schools", when it is a count.
    private func partitiveWhole(after end: Int, _ tokens: [Token], range: Range<Int>, headline: Bool) -> String? {
        var index = end
        if index < range.upperBound, tokens[index].lower == "out" { index += 1 }
        guard index < range.upperBound, tokens[index].lower == "of" else { return nil }
        index += 1
        if index < range.upperBound, ofDeterminers.contains(tokens, index) { index += 1 }
        guard index < range.upperBound, tokens[index].kind == .number || tokens[index].classes & numberWordBit != 0,
              let whole = read(at: index, tokens, range: range, headline: headline, allowRange: false), whole.unit.hasPrefix("count:") else { return nil }
        return whole.unit
    }

    /// The casualty a bare number counts, from the word right before or after it: "killed 9",
    /// "KILLING 12", "17 dead", "the death toll rose to 19".
    private func casualty(around start: Int, _ end: Int, _ tokens: [Token], range: Range<Int>) -> String? {
        if end < range.upperBound, tokens[end].kind == .word, let key = equivalents.key(tokens, end) { return key }
        var index = start - 1
        // "toll rose to 19", "toll of 19", "killed at least 9" (the hedge is read later).
        var onlyHedges = true
        var skipped = 0
        while index >= range.lowerBound, skipped < 3 {
            let word = tokens[index].lower
            if hedgeWords.contains(lowercased: word) || (word == "at" && index + 1 < range.upperBound && tokens[index + 1].lower == "least") {
                index -= 1
            } else if tollLinks.contains(lowercased: word) {
                onlyHedges = false
                index -= 1
            } else {
                break
            }
            skipped += 1
        }
        guard index >= range.lowerBound, tokens[index].kind == .word, let key = equivalents.key(tokens, index) else { return nil }
        // "killed 9" must be right before; "toll … 19" may have words between.
        return onlyHedges || tokens[index].lower == "toll" ? key : nil
    }

    /// The plural noun a bare number counts, within three modifier words: "1,200 jobs", "900
    /// extra nurses", "2,500 new Ryanair jobs", "Fourteen people".
    private func countNoun(after position: Int, _ tokens: [Token], range: Range<Int>, headline: Bool) -> (Int, [Int])? {
        var modifiers: [Int] = []
        var index = position
        while index < range.upperBound, modifiers.count <= 3 {
            let token = tokens[index]
            guard token.kind == .word, token.lower.utf8.count >= 2, !notCounted.contains(token) else { return nil }
            if stopwords.contains(token) && !personNouns.contains(token) && !countAdjectives.contains(token) { return nil }
            let capitalised = token.isCapitalized && !headline
            let plural = personNouns.contains(token) || units.contains(token)
                || (token.lower.utf8.count >= 3 && token.lower.hasASCIISuffix("s") && !token.lower.hasASCIISuffix("ss") && !token.lower.hasASCIISuffix("'s"))
            if plural, !capitalised { return (index, modifiers) }
            // A capitalised word may narrow a later noun ("2,500 new Ryanair jobs") but is never
            // the counted noun itself outside a headline.
            modifiers.append(index)
            index += 1
            // Only the word right after the number may stand alone; modifiers need a noun after.
            if index < range.upperBound, tokens[index].kind != .word { return nil }
        }
        return nil
    }
}
