/// Reads quantities and what they count from an article's tokens: digits with separators,
/// decimals, number words with a unit, money ("$310 million", "250 mln stg", "1.4 cts"),
/// percentages ("12%", "12 pct"), hedges ("about", "more than") and headline figures, including
/// all-capital wire headlines. Dates, times and durations are left to the temporal tagger.
public struct ClaimExtractor: Sendable {
    let scales: Lexicon
    let units: Lexicon
    let hedges: Lexicon
    let numberWords: Lexicon
    let stopwords: Lexicon
    /// Words that are not content: stop words, units, scales and number words.
    let nonContentBits: UInt64
    let numberWordBit: UInt64

    /// Content words taken on each side of a number for its subject.
    static let subjectReach = 10
    /// Content words taken on each side for its immediate context.
    static let contextReach = 4

    public init(lexicons: LexiconSet = .builtIn) {
        scales = lexicons["scales"]
        units = lexicons["units"]
        hedges = lexicons["quantity-hedges"]
        numberWords = lexicons["number-words"]
        stopwords = lexicons["stopwords"]
        nonContentBits = lexicons.mask("stopwords", "units", "scales", "number-words")
        numberWordBit = lexicons.mask("number-words")
    }

    public func extract(tokens: [Token], sentences: [Sentence], blocks: [Block], temporal: [TemporalExpression]) -> [Claim] {
        var inTemporal = [Bool](repeating: false, count: tokens.count)
        for expression in temporal { for index in expression.tokens { inTemporal[index] = true } }
        var claims: [Claim] = []
        // Each token's stem is worked out once, however many figures it stands near.
        var stems = [String?](repeating: nil, count: tokens.count)
        for (sentenceIndex, sentence) in sentences.enumerated() {
            // A line of a table ("Shr 1.20 dlrs vs 1.10 dlrs", "Named-A 875.6 805.1 nil") holds
            // figures, not claims: more than a third of its tokens are numbers.
            let numbers = sentence.tokens.reduce(0) { $0 + (tokens[$1].kind == .number ? 1 : 0) }
            if sentence.tokens.count >= 6, numbers * 3 > sentence.tokens.count { continue }
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                // Only a number or a number word can start a figure.
                guard !inTemporal[index], tokens[index].kind == .number || tokens[index].classes & numberWordBit != 0,
                      let quantity = quantity(at: index, tokens, sentence, sentenceIndex, blocks) else {
                    index += 1
                    continue
                }
                let (before, after) = contentWords(tokens, sentence.tokens, around: quantity.extent, reach: Self.subjectReach,
                                                   skip: inTemporal, stems: &stems)
                let words = before.reversed() + after
                let near = before.prefix(Self.contextReach).reversed() + after.prefix(Self.contextReach)
                claims.append(Claim(quantity: quantity, subject: Set(words), subjectWords: words, context: Set(near),
                                    isHeadline: sentence.blockKind == .headline))
                index = quantity.extent.upperBound
            }
        }
        return claims
    }

    private func quantity(at index: Int, _ tokens: [Token], _ sentence: Sentence, _ sentenceIndex: Int, _ blocks: [Block]) -> Quantity? {
        let range = sentence.tokens
        let token = tokens[index]
        var value: Double
        var decimals = 0
        var end = index + 1
        var isWordNumber = false
        if token.kind == .number {
            let text = token.text
            guard !text.utf8.contains(UInt8(ascii: "/")), !text.utf8.contains(UInt8(ascii: ":")), !text.utf8.contains(UInt8(ascii: "-")) else { return nil }
            // "5-1/4", "1986/87", "44-day" and the like are not plain quantities.
            if end < range.upperBound, tokens[end].text == "-", !tokens[end].spaceBefore { return nil }
            if index > range.lowerBound, tokens[index - 1].text == "-", !tokens[index].spaceBefore, index - 1 > range.lowerBound,
               tokens[index - 2].kind == .number { return nil }
            let digits = text.replacingAll(",", with: "")
            guard let parsed = Double(digits) else { return nil }
            value = parsed
            if let dot = digits.firstIndex(of: ".") { decimals = digits.distance(from: dot, to: digits.endIndex) - 1 }
            // A bare four-digit year-like number with no unit is left alone below.
        } else if token.kind == .word, token.classes & numberWordBit != 0, let key = numberWords.key(for: token.lower), let parsed = Double(key),
                  !["a", "an", "single", "couple"].contains(token.lower) {
            value = parsed
            isWordNumber = true
            if token.lower == "dozen", index > range.lowerBound, tokens[index - 1].lower == "a" { value = 12 }
            // "twenty-seven", "twenty seven"
            if parsed >= 20, parsed < 100, Int(parsed) % 10 == 0 {
                var next = end
                if next < range.upperBound, tokens[next].text == "-", !tokens[next].spaceBefore { next += 1 }
                if next < range.upperBound, let unitKey = numberWords.key(for: tokens[next].lower), let units = Double(unitKey), units < 10,
                   !["a", "an", "single", "couple"].contains(tokens[next].lower) {
                    value += units
                    end = next + 1
                }
            }
        } else {
            return nil
        }
        var start = index
        // Currency symbol before the number.
        var unit = ""
        if index > range.lowerBound, tokens[index - 1].kind == .punctuation, let key = units.key(for: tokens[index - 1].text) {
            unit = key
            start = index - 1
        }
        // Scale word.
        var scale = 1.0
        if end < range.upperBound, let key = scales.key(for: tokens[end].lower), let factor = Double(key),
           tokens[end].lower != "m" || !tokens[end].spaceBefore {
            scale = factor
            end += 1
        }
        // Unit after the number: "pct", "dlrs", "mln U.S. Dlrs", "Swiss francs", "%".
        if unit.isEmpty, end < range.upperBound {
            var probe = end
            if tokens[probe].lower == "u.s" || tokens[probe].lower == "us" {
                probe += 1
                if probe < range.upperBound, tokens[probe].text == "." { probe += 1 }
            }
            if probe < range.upperBound, tokens[probe].lower == "swiss", probe + 1 < range.upperBound, units.key(for: "swiss-" + tokens[probe + 1].lower) != nil {
                unit = units.key(for: "swiss-" + tokens[probe + 1].lower) ?? ""
                end = probe + 2
            } else if probe + 1 < range.upperBound, tokens[probe].lower == "percentage", tokens[probe + 1].lower.hasPrefix("point") {
                // "a 0.3 percentage point cut" is a difference of rates, not a rate.
                unit = "points"
                end = probe + 2
            } else if probe < range.upperBound, let key = units.key(for: tokens[probe].lower) ?? units.key(for: tokens[probe].text) {
                unit = key
                end = probe + 1
                // "barrels per day" and "barrels a day" are bpd.
                if key == "barrels", end + 1 < range.upperBound, ["per", "a"].contains(tokens[end].lower), tokens[end + 1].lower == "day" {
                    unit = "bpd"
                    end += 2
                }
            }
        }
        // "90 pct-owned", "a 12-month-old": the figure describes the next word, it is not a claim.
        if end < range.upperBound, tokens[end].text == "-", !tokens[end].spaceBefore, !unit.isEmpty { return nil }
        if isWordNumber && unit.isEmpty && scale == 1 {
            // "Twelve miners": a number word counts only with the noun it counts.
            guard end < range.upperBound, tokens[end].kind == .word, tokens[end].lower.count >= 3, tokens[end].lower.hasSuffix("s"),
                  !stopwords.contains(tokens[end].lower), !tokens[end].isCapitalized || sentence.blockKind == .headline else { return nil }
            unit = "count:" + stem(tokens[end].lower)
            end += 1
        }
        // A year or a number with neither unit nor scale is not compared: too many of them are
        // codes, years and counts of different things.
        if unit.isEmpty && scale == 1 {
            if token.text.count == 4, value >= 1800, value <= 2100, !token.text.utf8.contains(UInt8(ascii: ",")) { return nil }
            // A count needs a plural noun after it ("1,200 jobs", "12 victims"), not a table's
            // next label ("41.35 versus", "64 Production").
            // In a headline every noun may be capitalised ("Twelve Miners Rescued").
            guard end < range.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalized || sentence.blockKind == .headline,
                  tokens[end].lower.count >= 3,
                  tokens[end].lower.hasSuffix("s"), !stopwords.contains(tokens[end].lower),
                  !["vs", "versus", "previously", "nil"].contains(tokens[end].lower) else { return nil }
            unit = "count:" + stem(tokens[end].lower)
            end += 1
        }
        // Hedge before: "more than", "about", "up to".
        var hedge = Quantity.Hedge.exact
        for width in [3, 2, 1] where start - width >= range.lowerBound {
            let phrase = (start - width..<start).map { tokens[$0].lower }.joined(separator: " ")
            if let key = hedges.key(for: phrase) {
                hedge = Quantity.Hedge(rawValue: key) ?? .about
                start -= width
                break
            }
        }
        let first = tokens[start]
        let last = tokens[end - 1]
        let text = blocks[first.block].text
        let byteRange = first.range.lowerBound..<last.range.upperBound
        return Quantity(value: value * scale, unit: unit, hedge: hedge, decimals: decimals, scale: scale,
                        text: text.string(in: byteRange), span: text.sourceSpan(of: byteRange), sentence: sentenceIndex,
                        tokens: index..<(index + 1), extent: start..<end)
    }

    /// Content words within `reach` words before (nearest first) and after a token range.
    private func contentWords(_ tokens: [Token], _ sentence: Range<Int>, around extent: Range<Int>, reach: Int, skip: [Bool],
                              stems: inout [String?]) -> (before: [String], after: [String]) {
        var before: [String] = []
        var index = extent.lowerBound - 1
        while index >= sentence.lowerBound, before.count < reach {
            if !skip[index], let word = content(tokens, index, &stems) { before.append(word) }
            index -= 1
        }
        var after: [String] = []
        index = extent.upperBound
        while index < sentence.upperBound, after.count < reach {
            if !skip[index], let word = content(tokens, index, &stems) { after.append(word) }
            index += 1
        }
        return (before, after)
    }

    private func content(_ tokens: [Token], _ index: Int, _ stems: inout [String?]) -> String? {
        if let cached = stems[index] { return cached.isEmpty ? nil : cached }
        let token = tokens[index]
        guard token.kind == .word, token.classes & nonContentBits == 0, token.lower.utf8.count >= 3 else {
            stems[index] = ""
            return nil
        }
        let stemmed = stem(token.lower)
        stems[index] = stemmed
        return stemmed
    }

    private static let stemSuffixes: [[UInt8]] = ["ings", "ing", "ies", "ied", "es", "ed", "s"].map { Array($0.utf8) }

    /// ``stem(_:)`` on the bytes of an ASCII word, where a character is a byte; nil for any other
    /// word. Counting the characters of a String walks its graphemes, and this runs on every
    /// content word.
    private static func asciiStem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var count = bytes.count
        var addY = false
        for suffix in stemSuffixes where count > suffix.count + 3 && bytes[(count - suffix.count)...].elementsEqual(suffix) {
            count -= suffix.count
            addY = suffix == stemSuffixes[2] || suffix == stemSuffixes[3]
            break
        }
        var length = count + (addY ? 1 : 0)
        let last = addY ? UInt8(ascii: "y") : (count > 0 ? bytes[count - 1] : 0)
        let beforeLast = addY ? (count > 0 ? bytes[count - 1] : 0) : (count > 1 ? bytes[count - 2] : 0)
        // "bidding" → "bidd" → "bid"
        if length > 3, beforeLast == last, !"aeiousl".utf8.contains(last) { length -= 1 }
        return String(unsafeUninitializedCapacity: length) { buffer in
            for index in 0..<min(length, count) { buffer[index] = bytes[index] }
            if length > count { buffer[count] = UInt8(ascii: "y") }
            return length
        }
    }

    /// A light stemmer so "bids" and "bidding", "rises" and "rose" meet often enough.
    func stem(_ word: String) -> String {
        if let stemmed = word.utf8.withContiguousStorageIfAvailable({ Self.asciiStem($0) }), let stemmed { return stemmed }
        var result = word
        for suffix in ["ings", "ing", "ies", "ied", "es", "ed", "s"] where result.count > suffix.count + 3 && result.hasSuffix(suffix) {
            result = String(result.dropLast(suffix.count))
            if suffix == "ies" || suffix == "ied" { result += "y" }
            break
        }
        // "bidding" → "bidd" → "bid"
        if result.count > 3, let last = result.last, result.dropLast().last == last, !"aeiousl".contains(last) { result = String(result.dropLast()) }
        return result
    }
}
