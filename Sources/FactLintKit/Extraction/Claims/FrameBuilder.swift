/// Builds a ``ClaimFrame`` for a figure from the words of its clause: its kind and direction
/// ("rose 5 pct", "to 120", "from 100"), what it measures (``MeasureReader``), its period,
/// qualifiers, subject and position. Everything is read from tokens once, here; checks compare
/// the frames.
final class FrameBuilder: Sendable {
    let vocabulary: ClaimVocabulary
    let measures: MeasureReader

    init(vocabulary: ClaimVocabulary) {
        self.vocabulary = vocabulary
        measures = MeasureReader(vocabulary: vocabulary)
    }

    /// What the builder needs to know about the whole article.
    struct Article {
        let tokens: [Token]
        let sentences: [Sentence]
        let inTemporal: [Bool]
        /// For each token inside a date, the index of its expression in `temporal`.
        let temporalIndex: TokenMap
        let temporal: [TemporalExpression]
        let quoted: [Bool]
        let ledeBlock: Int?
        /// Whether the sentence being read is the headline, where every word may be capitalised.
        var headline = false
    }

    /// The token range a figure's frame may read: from the end of the figure before it in the
    /// sentence to the start of the one after.
    struct Window {
        var lower: Int
        var upper: Int
        /// The sentence's first token: a change word may stand before the figure before ("fell 5
        /// pct to 120").
        var sentenceLower: Int
    }

    func frame(for figure: QuantityReader.Figure, quantity: Quantity, sentence: Sentence, window: Window, _ article: Article) -> ClaimFrame {
        let tokens = article.tokens
        var frame = ClaimFrame(quantity: quantity)
        frame.position = position(figure, sentence, article)
        frame.rangeWith = figure.rangeWith
        let (kind, direction, word, directionIndex) = kind(of: figure, window: window, article, unit: quantity.unit)
        frame.kind = kind
        frame.direction = direction
        frame.directionWord = word
        frame.changeIndex = directionIndex
        let found = measures.measure(of: figure, kind: kind, directionIndex: directionIndex, window: window, article)
        frame.measure = found.measure
        // "3.5 pct factory output growth", "a 12 mln dlr profit rise": the noun is the change;
        // what changed is the word before it.
        if frame.kind == .level, found.measure.source == .noun, let key = vocabulary.directions.key(for: found.measure.head),
           !vocabulary.directionAdverbs.contains(lowercased: found.measure.head) {
            frame.kind = .changeBy
            frame.direction = key == "up" ? 1 : -1
            frame.directionWord = found.measure.head
            frame.measure.head = found.measure.modifiers.last ?? ""
            frame.measure.modifiers = Array(found.measure.modifiers.dropLast())
            if frame.measure.head.isEmpty { frame.measure.source = .none }
        }
        // "added 337,000 jobs" and "the 327,000 new jobs added": a change's jobs are new jobs.
        if frame.kind == .changeBy, frame.measure.modifiers.contains(where: { vocabulary.changeImpliedModifiers.contains(lowercased: $0) }) {
            frame.measure.modifiers.removeAll { vocabulary.changeImpliedModifiers.contains(lowercased: $0) }
        }
        frame.subject = found.subject ?? possessive(before: figure.start, window: window, tokens)
        frame.qualifiers = qualifiers(figure, window: window, tokens)
        // A target, forecast or plan is a claim of its own: "the target of 1.7 mln", "the
        // original forecast of eight pct".
        if !frame.qualifiers.contains("target"), hasTargetWord(frame.measure.text) {
            frame.qualifiers = (frame.qualifiers + ["target"]).sorted()
        }
        frame.period = period(figure, window: window, article) ?? (kind == .changeFrom ? "PREVIOUS" : nil)
        // "the 14 victims", "Of the 23 people who died", "Freedonia's 800,000 teachers".
        if figure.start > window.lower {
            // "the total 3.4 billion crown figure", "the full 12 mln".
            var position = figure.start - 1
            if vocabulary.wholeWords.contains(tokens, position), position - 1 >= window.lower {
                position -= 1
            }
            let before = tokens[position]
            // "the", or a named owner ("Brazil's"); "their 17 seats" may be anyone's.
            if before.lower == "the" { frame.isDefinite = true }
            if before.lower == "s", figure.start - 2 >= window.lower, tokens[figure.start - 2].isApostrophe,
               figure.start - 3 >= window.lower, tokens[figure.start - 3].isCapitalized { frame.isDefinite = true }
        }
        // "three plants each", "500 dlrs apiece", "both of 75 mln dlrs": a figure for each of several.
        if figure.end < window.upper, vocabulary.distributiveWords.contains(tokens, figure.end) { frame.isPartitive = true }
        if figure.start - 2 >= window.lower, tokens[figure.start - 1].lower == "of", vocabulary.distributiveDeterminers.contains(tokens, figure.start - 2) {
            frame.isPartitive = true
        }
        // "14 of the dead", "six of them", "500,000 of Freedonia's 800,000".
        if figure.end + 1 < window.upper, quantity.unit != "percent", tokens[figure.end].lower == "of" || tokens[figure.end].lower == "among" {
            let next = tokens[figure.end + 1]
            let possessive = figure.end + 3 < window.upper && next.isCapitalized && tokens[figure.end + 3].lower == "s"
                && tokens[figure.end + 2].isApostrophe
            if vocabulary.definite.contains(next.lower) || vocabulary.partitivePronouns.contains(next) || possessive || next.kind == .number {
                frame.isPartitive = true
            }
        }
        return frame
    }

    private func position(_ figure: QuantityReader.Figure, _ sentence: Sentence, _ article: Article) -> ClaimFrame.Position {
        if sentence.blockKind == .headline { return .headline }
        if article.quoted[figure.number] { return .quote }
        if sentence.blockKind == .listItem { return .list }
        if sentence.blockKind == .blockQuote { return .quote }
        if sentence.blockIndex == article.ledeBlock { return .lede }
        return .body
    }

    /// Whether the figure is a level, a change, where a change went to or came from, or a share;
    /// with the direction of a change and the index of the word that gave it.
    func kind(of figure: QuantityReader.Figure, window: Window, _ article: Article, unit: String)
        -> (ClaimFrame.Kind, Int, String?, Int?) {
        let tokens = article.tokens
        if let marker = namedBase(before: figure.start, window: window, tokens) {
            let change = changeWord(before: marker, window: window, tokens)
            return (.changeFrom, change?.direction ?? 0, change.map { tokens[$0.index].text }, change?.index)
        }
        // "the adjusted rise of 2.7 billion", "a fall of 12.25 crowns": a change named by its
        // noun, then "of" and its size.
        // Not a word joined by a hyphen ("a write-down of") or an adverb ("up", "lower").
        if figure.start - 2 >= window.lower, tokens[figure.start - 1].lower == "of", tokens[figure.start - 2].kind == .word,
           !(figure.start - 3 >= window.lower && tokens[figure.start - 3].isMark("-") && !tokens[figure.start - 2].spaceBefore),
           !vocabulary.directionAdverbs.contains(tokens, figure.start - 2),
           let key = vocabulary.directions.key(tokens, figure.start - 2) {
            return (.changeBy, key == "up" ? 1 : -1, tokens[figure.start - 2].text, figure.start - 2)
        }
        var index = figure.start - 1
        var skipped = 0
        while index >= window.lower, skipped < 5 {
            let word = tokens[index].lower
            // "from 3.39 mln", "against 8.81 mln", "compared with", "up from".
            if let (_, length) = phraseEnding(at: index, vocabulary.previousMarkers, tokens, lower: window.lower, longest: vocabulary.longestPrevious),
               !(figure.end < window.upper && tokens[figure.end].kind == .word && vocabulary.directions.contains(tokens, figure.end)) {
                // ("against a 50 tonne increase" is a change of its own, read below.)
                // "down from 1.22 mln": the marker may name the change itself.
                let inPhrase = ((index - length + 1)...index).first { vocabulary.directions.contains(tokens, $0) }
                let change = inPhrase.map { (index: $0, direction: vocabulary.directions.key(tokens, $0) == "up" ? 1 : -1) }
                    ?? changeWord(before: index - length + 1, window: window, tokens)
                return (.changeFrom, change?.direction ?? 0, change.map { tokens[$0.index].text }, change?.index)
            }
            // "closed down 180p, or 9%, at 1420 pence": the price a change ended at.
            let endedAt = word == "at" && !unit.isEmpty && unit != "percent" && unit != "points" && !unit.hasPrefix("count:")
            if word == "to" || endedAt {
                // "a levy up to a maximum of 40 dlrs": a bound, said twice, not where a change went.
                if word == "to", figure.hedge == .below, index > window.lower, tokens[index - 1].lower == "up" { break }
                if let change = changeWord(before: index, window: window, tokens) {
                    return (.changeTo, change.direction, tokens[change.index].text, change.index)
                }
                break
            }
            // "rose by 5 pct", "LIFT PROFITS BY 2.85 MLN": "by" gives the size of a change
            // named a few words before.
            if word == "by", let change = changeWord(before: index, window: window, tokens, reach: 4) {
                return (.changeBy, change.direction, tokens[change.index].text, change.index)
            }
            if let key = vocabulary.directions.key(for: word), tokens[index].kind == .word {
                return (.changeBy, key == "up" ? 1 : -1, tokens[index].text, index)
            }
            // "an underlying, seasonally-adjusted 1.3 billion", "from 512,400, or 8.6 pct",
            // "from yesterday's 137".
            let glue = word == "," || word == "-" || word == "or" || tokens[index].kind == .number || article.inTemporal[index]
                || (word == "s" && index > window.lower && tokens[index - 1].isApostrophe) || word == "'" || word == "\u{2019}"
            guard vocabulary.levelVerbs.contains(word) || vocabulary.qualifiers.contains(word) || glue else { break }
            index -= 1
            if !glue { skipped += 1 } else if index < figure.start - 9 { break }
        }
        // "a 5 pct rise", "1.00 dlr higher", "2,500 jobs cut".
        var after = figure.end
        if after < window.upper, vocabulary.rateAdjectives.contains(tokens, after) { after += 1 }
        if after < window.upper, tokens[after].kind == .word, let key = vocabulary.directions.key(tokens, after), tokens[after].lower != "off" {
            return (.changeBy, key == "up" ? 1 : -1, tokens[after].text, after)
        }
        if unit == "percent", figure.end < window.upper, tokens[figure.end].lower == "of" { return (.share, 0, nil, nil) }
        return (.level, 0, nil, nil)
    }

    /// "down a little from its 1985 profit of 418 mln": the figure a change came from, named by its
    /// measure between "from" and "of" (a determiner and up to three words), not a target or a
    /// forecast ("from the target of 1.7 mln"). The position of "from".
    private func namedBase(before start: Int, window: Window, _ tokens: [Token]) -> Int? {
        let of = start - 1
        guard of - 3 >= window.lower, tokens[of].lower == "of", tokens[of - 1].kind == .word, !hasTargetWord(tokens[of - 1].lower) else { return nil }
        var index = of - 1
        while index > window.lower, of - index <= 3, tokens[index].kind != .punctuation {
            if vocabulary.determiners.contains(tokens[index]), tokens[index - 1].lower == "from" { return index - 1 }
            index -= 1
        }
        return nil
    }

    /// The change word ("rose", "up", "cut") before a "to" or "from" in the same clause.
    func changeWord(before position: Int, window: Window, _ tokens: [Token], reach: Int = 12) -> (index: Int, direction: Int)? {
        var index = position - 1
        var looked = 0
        while index >= window.sentenceLower, looked < reach {
            let token = tokens[index]
            if token.isMark(anyOf: ";:") { return nil }
            if token.kind == .word, let key = vocabulary.directions.key(for: token) { return (index, key == "up" ? 1 : -1) }
            index -= 1
            looked += 1
        }
        return nil
    }

    /// A phrase of a lexicon that ends at a token ("compared with" ending at "with").
    func phraseEnding(at index: Int, _ lexicon: Lexicon, _ tokens: [Token], lower: Int, longest: Int) -> (String, Int)? {
        var width = min(longest, index - lower + 1)
        while width >= 1 {
            if let (key, length) = vocabulary.phrase(lexicon, at: index - width + 1, tokens, limit: index + 1, longest: width), length == width {
                return (key, width)
            }
            width -= 1
        }
        return nil
    }

    /// Whether a word of the measure is a `target` qualifier ("the original forecast"), read
    /// word by word between spaces without splitting the text into an array. A text beyond ASCII
    /// is split by Characters, as a space followed by a combining mark does not end a word.
    private func hasTargetWord(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.contains(where: { $0 >= 0x80 }) {
            return text.split(separator: " ").contains { vocabulary.qualifiers.key(for: String($0)) == "target" }
        }
        var start = utf8.startIndex
        while start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
            if end > start, vocabulary.qualifiers.key(for: String(text[start..<end])) == "target" { return true }
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
        return false
    }

    /// Qualifiers in the figure's window: a few words after it, and back to the figure before.
    private func qualifiers(_ figure: QuantityReader.Figure, window: Window, _ tokens: [Token]) -> [String] {
        var found = Set<String>()
        // "Excluding a one-time credit, earnings rose 8 pct": a qualifier opening the window
        // holds for its figures however far they stand.
        if window.lower < figure.start - 12, let (key, _) = vocabulary.phrase(vocabulary.qualifiers, at: window.lower, tokens, limit: figure.start,
                                                                              longest: vocabulary.longestQualifier),
           key != "per-share", key != "target" {
            found.insert(key)
        }
        let lower = max(window.lower, figure.start - 12)
        let upper = min(window.upper, figure.end + 4)
        var index = lower
        while index < upper {
            if index >= figure.start && index < figure.end { index = figure.end; continue }
            // "Total Cie Francaise" is a name, not a total.
            let named = tokens[index].isCapitalized && !tokens[index].isAllCaps && index > window.lower && tokens[index - 1].kind == .word
            if !named, let (key, length) = vocabulary.phrase(vocabulary.qualifiers, at: index, tokens, limit: upper, longest: vocabulary.longestQualifier) {
                // "per share" and its kin only after the figure: "1.12 dlrs a share"; a target
                // only right before it ("targeted at 1.8 mln"; not "The plan would see 900").
                if (key != "per-share" || index >= figure.end) && (key != "target" || index >= figure.start - 2) { found.insert(key) }
                index += length
                continue
            }
            // "Series 82A bonds", "class B shares".
            if vocabulary.seriesWords.contains(tokens, index), index + 1 < upper {
                let next = tokens[index + 1]
                if next.kind == .number || (next.kind == .word && next.isAllCaps && next.text.utf8.count <= 3) || (next.text.utf8.count == 1 && next.isCapitalized) {
                    found.insert("series:" + next.lower)
                }
            }
            index += 1
        }
        // "18 dlrs a barrel", "900 rupees per tonne": a price per unit.
        if figure.end + 1 < window.upper, vocabulary.perWords.contains(tokens, figure.end), tokens[figure.end + 1].kind == .word,
           let unit = vocabulary.units.key(tokens, figure.end + 1), !ClaimVocabulary.genericUnits.contains(unit) {
            found.insert("per:" + unit)
        }
        return found.sorted()
    }

    /// The date nearest the figure within its window, as a temporal value.
    private func period(_ figure: QuantityReader.Figure, window: Window, _ article: Article) -> String? {
        let lower = max(window.lower, figure.start - 10)
        let upper = min(window.upper, figure.end + 8)
        var best: (distance: Int, value: String)?
        var index = lower
        while index < upper {
            if let expressionIndex = article.temporalIndex[index] {
                let expression = article.temporal[expressionIndex]
                if expression.kind == .date {
                    let distance = index < figure.start ? figure.start - expression.tokens.upperBound : index - figure.end
                    let value = expression.value ?? expression.text.lowercased()
                    if best == nil || distance < best!.distance { best = (distance, value) }
                }
                index = max(index + 1, expression.tokens.upperBound)
                continue
            }
            // "1985/86", "1986-87": a season or fiscal year the temporal tagger leaves alone.
            // The text by index: a copy of each token retained both its strings.
            if article.tokens[index].kind == .number, case let text = article.tokens[index].text, text.utf8.count == 7,
               text.utf8.first == UInt8(ascii: "1") || text.utf8.first == UInt8(ascii: "2"),
               let separator = text.utf8.dropFirst(4).first, separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") {
                let distance = index < figure.start ? figure.start - index : index - figure.end
                if best == nil || distance < best!.distance { best = (distance, text.replacingAll("-", with: "/")) }
            }
            index += 1
        }
        return best?.value
    }

    /// "Freedonia's 800,000 teachers", "OPEC's output of": the owner named right before.
    func possessive(before position: Int, window: Window, _ tokens: [Token]) -> String? {
        var index = position - 1
        if index >= window.lower, tokens[index].lower == "the" { index -= 1 }
        guard index - 2 >= window.lower, tokens[index].lower == "s", tokens[index - 1].isApostrophe else { return nil }
        var start = index - 2
        guard tokens[start].kind == .word, tokens[start].isCapitalized else { return nil }
        while start - 1 >= window.lower, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized { start -= 1 }
        return (start...(index - 2)).map { tokens[$0].lower }.joined(separator: " ")
    }
}
