/// Reads every figure of an article into a ``ClaimFrame``: the quantity (``QuantityReader``),
/// then what it claims (``FrameBuilder``), and vote tallies (``TallyReader``). Dates, times and
/// durations are left to the temporal tagger; lines of a table are read by ``TableReader``.
public final class ClaimExtractor: Sendable {
    let reader: QuantityReader
    let builder: FrameBuilder
    let tallies: TallyReader
    let vocabulary: ClaimVocabulary
    /// For the quotation marks of an article whose caller gives none.
    let quotations: QuotationReader
    /// Words that are not content: stop words, units, scales and number words.
    let nonContentBits: WordClasses
    let numberWordBit: WordClasses

    /// Content words taken on each side of a number for its subject.
    static let subjectReach = 10
    /// Content words taken on each side for its immediate context.
    static let contextReach = 4

    public init(lexicons: LexiconSet = .builtIn) {
        reader = QuantityReader(lexicons: lexicons)
        vocabulary = ClaimVocabulary(lexicons: lexicons)
        builder = FrameBuilder(vocabulary: vocabulary)
        tallies = TallyReader(vocabulary: vocabulary)
        quotations = QuotationReader(lexicons: lexicons)
        nonContentBits = lexicons.mask("stopwords", "units", "scales", "number-words")
        numberWordBit = lexicons.mask("number-words")
    }

    public func extract(tokens: [Token], sentences: [Sentence], blocks: [Block], temporal: [TemporalExpression],
                        quoted: [Bool]? = nil, ledeBlock: Int? = nil) -> [ClaimFrame] {
        var inTemporal = [Bool](repeating: false, count: tokens.count)
        var temporalIndex = TokenMap(count: tokens.count)
        for (position, expression) in temporal.enumerated() {
            // "at 1420 pence": a number with a unit after it is an amount, not a year.
            if expression.tokens.count == 1, tokens[expression.tokens.lowerBound].kind == .number, expression.tokens.upperBound < tokens.count,
               let unit = vocabulary.units.key(tokens, expression.tokens.upperBound), !["", "percent", "points", "basis-points"].contains(unit) { continue }
            for index in expression.tokens {
                inTemporal[index] = true
                temporalIndex[index] = position
            }
        }
        var article = FrameBuilder.Article(tokens: tokens, sentences: sentences, inTemporal: inTemporal, temporalIndex: temporalIndex,
                                           temporal: temporal, quoted: quoted ?? quotations.quoteFlags(tokens), ledeBlock: ledeBlock)
        var claims: [ClaimFrame] = []
        // Each token's stem is worked out once, however many figures it stands near.
        var stems = StemCache(count: tokens.count)
        var figures: [QuantityReader.Figure] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            // A line of a table ("Shr 1.20 dlrs vs 1.10 dlrs", "Grade-B 412.3 398.7 nil") holds
            // figures, not claims: more than a third of its tokens are numbers.
            let numbers = sentence.tokens.reduce(0) { $0 + (tokens[$1].kind == .number ? 1 : 0) }
            if numbers == 0 && !sentence.tokens.contains(where: { tokens[$0].classes & numberWordBit != 0 }) { continue }
            if sentence.tokens.count >= 6, numbers * 3 > sentence.tokens.count { continue }
            article.headline = sentence.blockKind == .headline
            figures.removeAll(keepingCapacity: true)
            var index = sentence.tokens.lowerBound
            // After a count and a colon or dash ("a total of 10 cases: 4 in the north", "32 lenders
            // - 12 in Tarvik and 14 elsewhere"), bare numbers are its parts.
            var listUnit: String?
            var listStart = Int.max, listEnd = Int.max
            while index < sentence.tokens.upperBound {
                if let last = figures.last, last.unit.hasPrefix("count:"), index - last.end <= 4,
                   tokens[index].isMark(anyOf: ":\u{2014}")
                    || Self.isSpacedDash(index, sentence.tokens, tokens) && (listUnit != nil || startsWithCount(index + 1, tokens))
                    || listUnit == nil && tokens[index].isMark(",") && splitsByPlace(after: index, sentence.tokens, tokens) {
                    // The dash after a list's last part closes the list ("- 12 in Tarvik and 14
                    // elsewhere - over five years"); it opens none.
                    if listUnit != nil, listStart < figures.count {
                        listUnit = nil
                        listEnd = figures.count
                    } else {
                        listUnit = last.unit
                        listStart = figures.count
                    }
                }
                if tokens[index].isMark(";") { listUnit = nil }
                // Only a number or a number word can start a figure.
                guard !inTemporal[index], tokens[index].kind == .number || tokens[index].classes & numberWordBit != 0 else {
                    index += 1
                    continue
                }
                if let figure = reader.read(at: index, tokens, range: sentence.tokens, headline: article.headline) {
                    figures.append(figure)
                    index = figure.end
                } else if let listUnit, let part = reader.part(at: index, tokens, unit: listUnit) {
                    figures.append(part)
                    index = part.end
                } else if let unit = startingUnit(at: index, after: figures.last, tokens),
                          let start = reader.part(at: index, tokens, unit: unit, decimalsAllowed: true) {
                    figures.append(start)
                    index = start.end
                } else {
                    index += 1
                }
            }
            let listParts = listStart < min(listEnd, figures.count) ? Set(listStart..<min(listEnd, figures.count)).filter { figures[$0].countHead == nil && figures[$0].unit == (figures[listStart - 1].unit) } : []
            let first = claims.count
            // "$4bn (£2.1bn) deal": a conversion in brackets is the same figure; the words after
            // it belong to the figure before it.
            let conversion = figures.indices.map { position in
                position > 0 && figures[position].start > 0 && tokens[figures[position].start - 1].isMark("(")
                    && figures[position - 1].end == figures[position].start - 1
                    && figures[position].end < sentence.tokens.upperBound && tokens[figures[position].end].isMark(")")
            }
            for (position, figure) in figures.enumerated() {
                var upper = position + 1 < figures.count ? figures[position + 1].start : sentence.tokens.upperBound
                if position + 1 < figures.count, conversion[position + 1] {
                    upper = position + 2 < figures.count ? figures[position + 2].start : sentence.tokens.upperBound
                }
                let window = FrameBuilder.Window(lower: position > 0 ? figures[position - 1].end : sentence.tokens.lowerBound, upper: upper,
                                                 sentenceLower: sentence.tokens.lowerBound)
                let quantity = self.quantity(figure, tokens, blocks, sentenceIndex)
                var frame = builder.frame(for: figure, quantity: quantity, sentence: sentence, window: window, article)
                if conversion[position], let previous = claims.last, claims.count > first {
                    frame.measure = previous.measure
                    frame.kind = previous.kind
                    frame.direction = previous.direction
                    frame.period = previous.period
                    frame.subject = previous.subject
                    frame.isConversion = true
                }
                // Parts of a list are parts of its total, not claims of their own.
                if listParts.contains(position), !listParts.isEmpty { frame.isPartitive = true }
                let (before, after) = contentWords(tokens, sentence.tokens, around: figure.start..<figure.end, reach: Self.subjectReach,
                                                   skip: inTemporal, stems: &stems)
                frame.subjectWords = before.reversed() + after
                frame.context = Array(before.prefix(Self.contextReach)) + after.prefix(Self.contextReach)
                claims.append(frame)
            }
            inheritAlternatives(&claims, from: first, tokens)
            inheritChangeMeasure(&claims, from: first, tokens)
            joinRestatedStart(&claims, from: first, tokens, inTemporal: inTemporal)
            readPerShare(&claims, from: first, tokens)
            inheritSentencePeriod(&claims, from: first, sentence, tokens, temporal: temporal, temporalIndex: temporalIndex)
            readSpreads(&claims, from: first, tokens, temporal: temporal, temporalIndex: temporalIndex)
            claims.append(contentsOf: tallies.tallies(in: sentence, sentenceIndex, tokens, blocks, article))
        }
        claims.sort { $0.quantity.extent.lowerBound < $1.quantity.extent.lowerBound }
        return claims
    }

    /// The unit a bare number after "from" takes from the level a change reached before it in
    /// the sentence ("fell 4.6 pct to 725,023 tonnes in February, from 774,704"): that level's,
    /// when it was given after "to" with a unit and no scale word, within `startingReach` words,
    /// and the bare number starts no range ("from 12 to 15").
    private func startingUnit(at index: Int, after level: QuantityReader.Figure?, _ tokens: [Token]) -> String? {
        guard let level, index > 0, tokens[index - 1].lower == "from", tokens[index].kind == .number,
              !level.unit.isEmpty, level.scale == 1, level.start > 0, tokens[level.start - 1].lower == "to",
              index - level.end <= Self.startingReach else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].lower == "to" || tokens[index + 1].lower == "and" { return nil }
        return level.unit
    }

    /// How far after the level a bare starting figure may stand.
    private static let startingReach = 12

    /// "£640m over 12 years", "$2bn (£1.1bn) over five years": a sum of money with a length
    /// right after it (past a conversion in brackets) that `spread-words` opens is spread over it.
    private func readSpreads(_ claims: inout [ClaimFrame], from first: Int, _ tokens: [Token], temporal: [TemporalExpression], temporalIndex: TokenMap) {
        for position in first..<claims.count where !claims[position].isConversion && !claims[position].quantity.unit.isEmpty
            && !claims[position].quantity.unit.hasPrefix("count:") && claims[position].quantity.unit != "percent" {
            var next = claims[position].quantity.extent.upperBound
            if position + 1 < claims.count, claims[position + 1].isConversion, next < tokens.count, tokens[next].isMark("("),
               let close = (next..<min(tokens.count, next + 8)).first(where: { tokens[$0].isMark(")") }) { next = close + 1 }
            guard next < tokens.count, let index = temporalIndex[next], temporal[index].kind == .duration,
                  temporal[index].tokens.lowerBound == next, vocabulary.spreadWords.contains(tokens[next]) else { continue }
            claims[position].spreadOver = index
        }
    }

    /// A hyphen or en dash with space on both sides, as wire copy sets a dash: "32 lenders - 12 in
    /// Tarvik"; never the hyphen of a range ("12-14").
    static func isSpacedDash(_ index: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        tokens[index].isMark(anyOf: "-\u{2013}") && tokens[index].spaceBefore && index + 1 < range.upperBound && tokens[index + 1].spaceBefore
    }

    /// Whether a whole number or a number word is at `index`: a wire dash opens a list of parts
    /// only right before one, not "a" or "an" (`loose-number-words`: "23,000 pensioners - a club
    /// whose oldest member is 108" opens none).
    private func startsWithCount(_ index: Int, _ tokens: [Token]) -> Bool {
        index < tokens.count && (tokens[index].kind == .number && !tokens[index].text.utf8.contains(0x2E)
            || tokens[index].classes & numberWordBit != 0 && !vocabulary.looseNumbers.contains(tokens[index]))
    }

    /// "1,200 people, 700 of them in Tollard", "killed, two in Tollard": a bare number after the
    /// comma, then "of them" or a `part-places` word.
    private func splitsByPlace(after comma: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let number = comma + 1, next = comma + 2
        guard next + 1 < range.upperBound, tokens[number].kind == .number && !tokens[number].text.utf8.contains(0x2E)
                || tokens[number].classes & numberWordBit != 0, tokens[next].kind == .word else { return false }
        switch vocabulary.partPlaces.key(tokens, next) {
        case "place"?: return true
        case "of"?: return vocabulary.partitivePronouns.contains(tokens, next + 1)
        default: return false
        }
    }

    /// The article's tables: Markdown pipe tables, runs of wire result lines, and wire tables in
    /// columns that hold a total row.
    public func tables(tokens: [Token], sentences: [Sentence], article: Article, temporal: [TemporalExpression]) -> [Table] {
        var tables: [Table] = []
        if tokens.indices.contains(where: { tokens[$0].isMark("|") || vocabulary.versusWords.contains(tokens, $0) }) {
            tables = TableReader(reader: reader, vocabulary: vocabulary).tables(tokens: tokens, sentences: sentences, article: article)
        }
        tables += ColumnTableReader(reader: reader, vocabulary: vocabulary).tables(tokens: tokens, article: article)
        // Each cell's quantity knows its sentence, like any other figure.
        for tableIndex in tables.indices {
            for rowIndex in tables[tableIndex].rows.indices {
                for cellIndex in tables[tableIndex].rows[rowIndex].cells.indices {
                    let token = tables[tableIndex].rows[rowIndex].cells[cellIndex].quantity.tokens.lowerBound
                    tables[tableIndex].rows[rowIndex].cells[cellIndex].quantity.sentence = ArticleFacts.sentence(ofToken: token, in: sentences) ?? 0
                }
            }
        }
        return tables
    }

    /// The claims with a frame for each table cell in place of any frame read from the same
    /// figure as prose. The caller passes the tables whose cells are claims (not column tables,
    /// which are read for their totals only).
    public func merge(_ claims: [ClaimFrame], tables: [Table]) -> [ClaimFrame] {
        guard !tables.isEmpty else { return claims }
        var cellFrames: [ClaimFrame] = []
        for table in tables {
            for row in table.rows {
                let label = Tokenizer.words(row.label).filter { $0.utf8.count > 1 || $0.first?.isLetter == true }
                let joined = label.joined(separator: " ")
                let head = vocabulary.resultLabels.key(for: joined)
                    ?? label.last.map { vocabulary.equivalents.key(for: $0) ?? Self.singular($0) } ?? ""
                let modifiers = vocabulary.resultLabels.key(for: joined) == nil ? label.dropLast().map { vocabulary.stemmer.stem($0) } : []
                for cell in row.cells {
                    var frame = ClaimFrame(quantity: cell.quantity, measure: Measure(head: head, modifiers: modifiers, source: .noun, text: row.label),
                                           position: .table)
                    if table.kind == .results {
                        frame.period = cell.column == 0 ? nil : "PREVIOUS"
                        if let section = row.section { frame.qualifiers = ["section:" + section.lowercased()] }
                    } else if cell.column < table.header.count {
                        frame.period = table.header[cell.column].lowercased()
                    }
                    cellFrames.append(frame)
                }
            }
        }
        let kept = claims.filter { claim in
            !tables.contains { $0.span.start <= claim.quantity.span.start && claim.quantity.span.end <= $0.span.end }
        }
        return (kept + cellFrames).sorted { $0.quantity.span.start < $1.quantity.span.start }
    }

    /// "In the 1991/92 season, the board took in 12.46 mln tonnes of the 13.70 mln tonne harvest":
    /// a period among the sentence's opening words, before its first figure, dates every figure
    /// in it that names none of its own.
    private func inheritSentencePeriod(_ claims: inout [ClaimFrame], from first: Int, _ sentence: Sentence, _ tokens: [Token],
                                       temporal: [TemporalExpression], temporalIndex: TokenMap) {
        guard claims.count > first else { return }
        let limit = min(claims[first].quantity.extent.lowerBound, sentence.tokens.lowerBound + 8)
        var opening: String?
        var index = sentence.tokens.lowerBound
        while index < limit, opening == nil {
            if let position = temporalIndex[index], temporal[position].kind == .date {
                opening = temporal[position].value ?? temporal[position].text.lowercased()
            } else if tokens[index].kind == .number, tokens[index].text.utf8.count == 7, tokens[index].text.contains("/") {
                opening = tokens[index].text
            }
            index += 1
        }
        guard let opening else { return }
        for position in first..<claims.count where claims[position].period == nil && claims[position].kind != .changeFrom {
            claims[position].period = opening
        }
    }

    /// "rose 4.2 billion dlrs, or 0.6 pct,", "down 180p, or 9%": a figure given again in
    /// another unit after "or" is the same change.
    private func inheritAlternatives(_ claims: inout [ClaimFrame], from first: Int, _ tokens: [Token]) {
        guard claims.count - first >= 2 else { return }
        for index in (first + 1)..<claims.count {
            let previous = claims[index - 1]
            let start = claims[index].quantity.extent.lowerBound
            guard start >= 2, tokens[start - 1].lower == "or", tokens[start - 2].isMark(","),
                  previous.quantity.extent.upperBound == start - 2, claims[index].kind == .level || claims[index].kind == .share else { continue }
            claims[index].kind = previous.kind
            claims[index].direction = previous.direction
            claims[index].directionWord = previous.directionWord
            claims[index].changeIndex = previous.changeIndex
            if claims[index].measure.isEmpty || claims[index].measure.source == .verb { claims[index].measure = previous.measure }
            if claims[index].period == nil { claims[index].period = previous.period }
            if claims[index].subject == nil { claims[index].subject = previous.subject }
        }
    }

    /// "lowered its output ceiling by 7.5 pct to 12.2 mln bpd": where a change went to, right
    /// after its size, measures what the size measured, when it names no more than its unit.
    private func inheritChangeMeasure(_ claims: inout [ClaimFrame], from first: Int, _ tokens: [Token]) {
        guard claims.count - first >= 2 else { return }
        for index in (first + 1)..<claims.count {
            let previous = claims[index - 1]
            let by = previous.quantity.extent.lowerBound - 1, to = claims[index].quantity.extent.lowerBound - 1
            guard claims[index].kind == .changeTo, by >= 0, tokens[by].lower == "by", previous.quantity.extent.upperBound == to,
                  tokens[to].lower == "to", previous.measure.isStrong || previous.measure.source == .linked,
                  claims[index].measure.isEmpty || claims[index].measure.source == .unit else { continue }
            claims[index].measure = previous.measure
        }
    }

    /// "rose 3 pct to 880,000 cars (in 1986), up from 800,000": a start told after the change's end
    /// with a direction word of the same way ("up", "down") restates where that change began; it
    /// is not a change of its own ("8.4 pct up on last year but down from the record" is two).
    private func joinRestatedStart(_ claims: inout [ClaimFrame], from first: Int, _ tokens: [Token], inTemporal: [Bool]) {
        guard claims.count - first >= 2 else { return }
        for index in (first + 1)..<claims.count {
            let end = claims[index - 1]
            let start = claims[index].quantity.extent.lowerBound
            guard claims[index].kind == .changeFrom, end.kind == .changeTo, start >= 3, end.quantity.extent.upperBound <= start - 3,
                  (end.quantity.extent.upperBound..<(start - 3)).allSatisfy({ inTemporal[$0] || (tokens[$0].kind == .word && inTemporal[$0 + 1]) }),
                  tokens[start - 3].isMark(","), tokens[start - 1].lower == "from", claims[index].changeIndex == start - 2,
                  claims[index].direction == end.direction, end.direction != 0 else { continue }
            claims[index].changeIndex = end.changeIndex
        }
    }

    /// "earned 6.4 mln dlrs or 71 cts", "profit of 15 mln dlrs, or 2.05 dlrs a share": a small
    /// sum of money after "or" (with or without a comma before it) and a profit in the same
    /// currency is that profit per share.
    private func readPerShare(_ claims: inout [ClaimFrame], from first: Int, _ tokens: [Token]) {
        guard claims.count - first >= 2 else { return }
        for index in (first + 1)..<claims.count {
            let profit = claims[index - 1]
            let start = claims[index].quantity.extent.lowerBound
            let end = profit.quantity.extent.upperBound
            guard start >= 1, tokens[start - 1].lower == "or",
                  end == start - 1 || (end == start - 2 && tokens[start - 2].isMark(",")),
                  profit.kind.isLevel, profit.direction == 0, vocabulary.currencyUnits.contains(lowercased: profit.quantity.unit),
                  vocabulary.profitMeasures.contains(lowercased: profit.measure.head) else { continue }
            let unit = claims[index].quantity.unit
            let currency = vocabulary.hundredthUnits.key(lowercased: unit) ?? unit
            let inCurrency = claims[index].quantity.value / (currency == unit ? 1 : 100)
            // "or 2 mln dlrs a day": a sum with a scale word is no amount per share.
            guard currency == profit.quantity.unit, claims[index].quantity.scale == 1, abs(inCurrency) * 100 < abs(profit.quantity.value),
                  claims[index].measure.isEmpty || claims[index].qualifiers.contains("per-share") else { continue }
            claims[index].perShareOf = profit.quantity.extent.lowerBound
            if !claims[index].qualifiers.contains("per-share") { claims[index].qualifiers = (claims[index].qualifiers + ["per-share"]).sorted() }
            if claims[index].period == nil { claims[index].period = profit.period }
        }
    }

    private func quantity(_ figure: QuantityReader.Figure, _ tokens: [Token], _ blocks: [Block], _ sentence: Int) -> Quantity {
        let first = tokens[figure.start]
        let last = tokens[figure.end - 1]
        let text = blocks[first.block].text
        let byteRange = first.range.lowerBound..<last.range.upperBound
        return Quantity(value: figure.value, unit: figure.unit, hedge: figure.hedge, decimals: figure.decimals, scale: figure.scale,
                        text: text.string(in: byteRange), span: text.sourceSpan(of: byteRange), sentence: sentence,
                        tokens: figure.number..<(figure.number + 1), extent: figure.start..<figure.end, isWord: figure.isWord)
    }

    /// Content words within `reach` words before (nearest first) and after a token range.
    private func contentWords(_ tokens: [Token], _ sentence: Range<Int>, around extent: Range<Int>, reach: Int, skip: [Bool],
                              stems: inout StemCache) -> (before: [String], after: [String]) {
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

    private func content(_ tokens: [Token], _ index: Int, _ stems: inout StemCache) -> String? {
        switch stems[index] {
        case .stem(let stem): return stem
        case .none: return nil
        case .unknown: break
        }
        // Fields by index: a copy of the token retains both its strings.
        guard tokens[index].kind == .word, tokens[index].classes & nonContentBits == 0, tokens[index].lower.utf8.count >= 3 else {
            stems.note(nil, at: index)
            return nil
        }
        let stemmed = vocabulary.stemmer.stem(tokens[index].lower)
        stems.note(stemmed, at: index)
        return stemmed
    }

    /// The stem of a lowercase word (``Stemmer``).
    func stem(_ word: String) -> String { vocabulary.stemmer.stem(word) }

    /// The singular of a plural noun, for measures: "jobs" → "job", "redundancies" →
    /// "redundancy", "losses" → "loss"; other words as they are.
    static func singular(_ word: String) -> String {
        let bytes = Array(word.utf8)
        let count = bytes.count
        guard count > 3, bytes[count - 1] == UInt8(ascii: "s") else { return word }
        if word.hasASCIISuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasASCIISuffix("sses") || word.hasASCIISuffix("xes") || word.hasASCIISuffix("ches") || word.hasASCIISuffix("shes") { return String(word.dropLast(2)) }
        if word.hasASCIISuffix("ss") || word.hasASCIISuffix("us") || word.hasASCIISuffix("is") || word.hasASCIISuffix("'s") { return word }
        return String(word.dropLast())
    }
}
