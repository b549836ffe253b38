/// Finds what a figure measures, in this order:
/// - a casualty or other equivalence ("killed 9", "14 people were killed", "23 people who died"
///   are all `deaths`);
/// - the noun it counts, with the words between ("900 extra nurses" → nurses, extra);
/// - the noun phrase right after it ("the 400,000 bpd shortfall", "300 mln dlrs in unpaid freight
///   bills");
/// - for a change, what changed ("factory stocks rose 4.2 billion dlrs");
/// - the noun phrase linked before it ("a loss of 350 mln", "the output in June at
///   700,000 bpd");
/// - a unit that names a thing ("35,000 tonnes");
/// - the verb before it ("bidding 524.2 mln stg"), which only a headline is matched on.
struct MeasureReader: Sendable {
    let vocabulary: ClaimVocabulary

    func measure(of figure: QuantityReader.Figure, kind: ClaimFrame.Kind, directionIndex: Int?, window: FrameBuilder.Window,
                 _ article: FrameBuilder.Article) -> (measure: Measure, subject: String?) {
        let tokens = article.tokens
        let unit = figure.unit
        // "count:deaths" from "killed 9".
        if unit.hasPrefix("count:"), figure.countHead == nil {
            let key = String(unit.dropFirst(6))
            return (Measure(head: key, source: .equivalence, text: key), nil)
        }
        if let head = figure.countHead {
            let noun = tokens[head].lower
            let (modifiers, subject) = split(figure.countModifiers, tokens, headline: article.headline)
            if vocabulary.personNouns.contains(noun), let key = casualty(after: head + 1, window: window, tokens) ?? casualty(before: figure.start, window: window, tokens) {
                return (Measure(head: key, modifiers: modifiers + [ClaimExtractor.singular(noun)], source: .equivalence, text: tokens[head].text + " " + key), subject)
            }
            // "five missing people", "12 dead miners": the casualty word is the measure.
            if let casualty = figure.countModifiers.lazy.compactMap({ vocabulary.equivalents.key(tokens, $0) }).first {
                return (Measure(head: casualty, modifiers: [ClaimExtractor.singular(noun)], source: .equivalence,
                                text: text(figure.countModifiers + [head], tokens)), subject)
            }
            let headKey = vocabulary.equivalents.key(for: noun) ?? ClaimExtractor.singular(noun)
            return (Measure(head: headKey, modifiers: modifiers, source: .noun, text: text(figure.countModifiers + [head], tokens)), subject)
        }
        // The noun phrase right after: "the 400,000 bpd shortfall", "25 billion dlrs of notes".
        var index = figure.end
        if index < window.upper, tokens[index].lower == "of" || (tokens[index].lower == "in" && ClaimVocabulary.genericUnits.contains(unit) && !unit.isEmpty && unit != "percent") {
            index += 1
            if index < window.upper, vocabulary.ofDeterminers.contains(tokens, index) { index += 1 }
        }
        // "the 23 dlr per share dividend": after an article, the noun after the rate's unit is
        // the measure ("a cash payout of 18 dlrs per share through a dividend" is not read so).
        if index == figure.end, index + 2 < window.upper, figure.start > window.lower,
           vocabulary.indefiniteArticles.contains(tokens, figure.start - 1)
            || vocabulary.definite.contains(tokens, figure.start - 1),
           vocabulary.perWords.contains(tokens, index),
           isContent(tokens[index + 1]), isContent(tokens[index + 2]) {
            index += 2
        }
        var after = nounPhrase(from: index, window: window, article)
        // "a 33 mln stg eurobond due 2002", "the 12 mln dlrs owed": a participle after the
        // noun is not the noun.
        while let last = after.last, isTrailer(tokens[last]) { after.removeLast() }
        // "a 40 mln dlr mountain of debt": the figure measures the noun after "of".
        if let last = after.last, vocabulary.heapNouns.contains(tokens, last), last + 2 < window.upper, tokens[last + 1].lower == "of" {
            let owned = nounPhrase(from: last + 2, window: window, article)
            if !owned.isEmpty { after = owned }
        }
        // "a 23 pct fall in second quarter earnings": a change noun after an article and its
        // figure measures what changed, after "in" ("65 pct higher in real terms" does not).
        // ("rise" and "fall" are stop words, so the phrase after the figure may be empty).
        let noun = index
        if after.isEmpty || after == [noun], noun + 1 < window.upper, vocabulary.directions.contains(tokens, noun),
           figure.start > window.lower, vocabulary.indefiniteArticles.contains(tokens, figure.start - 1)
            || vocabulary.definite.contains(tokens, figure.start - 1),
           tokens[noun + 1].lower == "in" {
            var changed = nounPhrase(from: noun + 2, window: window, article)
            while let last = changed.last, isTrailer(tokens[last]) { changed.removeLast() }
            // "a 12 pct increase in exports of coffee beans", "spending on defence": a narrower
            // thing than the noun (a period after it, "sales in March", is not).
            let narrowed = changed.last.map { $0 + 2 < window.upper && vocabulary.changeScopes.contains(tokens, $0 + 1)
                && !article.inTemporal[$0 + 2] } ?? false
            if !narrowed, let last = changed.last, !vocabulary.vagueHeads.contains(tokens, last) {
                let (modifiers, subject) = split(Array(changed.dropLast()), tokens, headline: article.headline)
                return (Measure(head: headKey(changed, tokens), modifiers: modifiers, source: .changed, text: text(changed, tokens)), subject)
            }
        }
        if let last = after.last, !vocabulary.vagueHeads.contains(tokens, last) {
            let (modifiers, subject) = split(Array(after.dropLast()), tokens, headline: article.headline)
            return (Measure(head: headKey(after, tokens), modifiers: modifiers, source: .noun, text: text(after, tokens)), subject)
        }
        // What changed: the noun phrase before the change word.
        if let directionIndex, directionIndex < figure.start {
            let end = beforePeriod(directionIndex - 1, window: window, article)
            let before = nounPhrase(endingAt: end, window: window, article)
            if let last = before.last {
                let (modifiers, subject) = split(Array(before.dropLast()), tokens, headline: article.headline)
                return (Measure(head: headKey(before, tokens), modifiers: modifiers, source: .changed, text: text(before, tokens)), subject)
            }
        }
        // Linked before: "a loss of about 350 mln dlrs", "the output in June at 700,000".
        index = figure.start - 1
        while index >= window.lower, vocabulary.figurePremodifiers.contains(tokens, index) { index -= 1 }
        if index >= window.lower, vocabulary.measureLinks.contains(tokens, index) {
            var end = index - 1
            // "The dollar was fixed at", "output is put at": the participle and its auxiliary
            // stand between the noun and the link.
            if end >= window.lower, vocabulary.linkParticiples.contains(tokens, end)
                || (tokens[end].lower.hasASCIISuffix("ed") && !tokens[end].lower.hasASCIISuffix("eed") && tokens[end].kind == .word) { end -= 1 }
            while end >= window.lower, vocabulary.auxiliaries.contains(tokens, end) { end -= 1 }
            // "in February", "for 1986": a period between the noun and its link.
            while end >= window.lower {
                if article.inTemporal[end] { end -= 1; continue }
                if vocabulary.periodOpeners.contains(tokens, end), end + 1 < figure.start, article.inTemporal[end + 1] { end -= 1; continue }
                break
            }
            let before = nounPhrase(endingAt: end, window: window, article)
            if let last = before.last, !vocabulary.vagueHeads.contains(tokens, last) {
                let (modifiers, subject) = split(Array(before.dropLast()), tokens, headline: article.headline)
                return (Measure(head: headKey(before, tokens), modifiers: modifiers, source: .linked, text: text(before, tokens)), subject)
            }
        }
        if !ClaimVocabulary.genericUnits.contains(unit), !unit.hasPrefix("count:") {
            return (Measure(head: unit, source: .unit, text: unit), nil)
        }
        // The verb before, for headlines: "BIDS 542.2 MLN STG" and "bidding 524.2 mln stg".
        index = figure.start - 1
        var looked = 0
        while index >= window.lower, looked < 3 {
            let token = tokens[index]
            if token.kind == .word, !vocabulary.stopwords.contains(token), !vocabulary.levelVerbs.contains(token), token.lower.utf8.count >= 3 {
                // "admitted embezzling 19 mln" and "the embezzlement amounted to 17 mln": a verb
                // that `measure-equivalents` lists names its measure as firmly as the noun.
                if let key = vocabulary.equivalents.key(for: token) { return (Measure(head: key, source: .equivalence, text: token.text), nil) }
                return (Measure(head: vocabulary.stemmer.stem(ClaimExtractor.singular(token.lower)), source: .verb, text: token.text), nil)
            }
            if token.kind == .punctuation { break }
            index -= 1
            looked += 1
        }
        return (Measure(), nil)
    }

    /// The casualty verb right before a count of people: "killed 17 people", "killing at least 9
    /// civilians" (the hedge is part of the figure).
    private func casualty(before position: Int, window: FrameBuilder.Window, _ tokens: [Token]) -> String? {
        guard position - 1 >= window.lower, tokens[position - 1].kind == .word else { return nil }
        let word = tokens[position - 1].lower
        guard vocabulary.casualtyVerbs.contains(lowercased: word) else { return nil }
        return vocabulary.equivalents.key(for: word)
    }

    /// The casualty word after a person noun: "people were killed", "people who died", "dead".
    private func casualty(after position: Int, window: FrameBuilder.Window, _ tokens: [Token]) -> String? {
        var index = position
        var skipped = 0
        while index < window.upper, skipped <= 3 {
            let word = tokens[index].lower
            if let key = vocabulary.equivalents.key(for: word), tokens[index].kind == .word { return key }
            guard vocabulary.casualtyGlue.contains(lowercased: word) else { return nil }
            index += 1
            skipped += 1
        }
        return nil
    }

    /// Where the noun before a change word ends, back over level verbs and its period:
    /// "profit for the third quarter ended August 31 fell" and "sales in 1986 rose" give
    /// "profit" and "sales". A period opener right before a date, the date, and a past form
    /// between two dates ("ended") are passed over.
    private func beforePeriod(_ position: Int, window: FrameBuilder.Window, _ article: FrameBuilder.Article) -> Int {
        let tokens = article.tokens
        var end = position
        while end >= window.lower {
            let next = end + 1 < window.upper && article.inTemporal[end + 1]
            if vocabulary.levelVerbs.contains(tokens, end) || article.inTemporal[end]
                || next && end > window.lower && article.inTemporal[end - 1] && tokens[end].kind == .word && tokens[end].lower.hasASCIISuffix("ed")
                || next && vocabulary.periodOpeners.contains(tokens, end) {
                end -= 1
                continue
            }
            break
        }
        return end
    }

    /// A word that ends a noun phrase without being its noun: a participle ("owed", "due").
    private func isTrailer(_ token: Token) -> Bool {
        vocabulary.phraseTrailers.contains(lowercased: token.lower) || (token.lower.hasASCIISuffix("ed") && !token.lower.hasASCIISuffix("eed"))
    }

    /// The compared form of a noun phrase's head: the key of its last two words when they are
    /// one entry of `measure-equivalents` ("net income" is earnings, though "income" alone is
    /// not), else of its head word, else the head's singular.
    private func headKey(_ phrase: [Int], _ tokens: [Token]) -> String {
        let head = tokens[phrase[phrase.count - 1]]
        if phrase.count >= 2, tokens[phrase[phrase.count - 2]].kind == .word,
           let key = vocabulary.equivalents.key(lowercased: tokens[phrase[phrase.count - 2]].lower + " " + head.lower) {
            return key
        }
        return vocabulary.equivalents.key(for: head) ?? ClaimExtractor.singular(head.lower)
    }

    /// Lowercase modifier stems, and the capitalised words as the subject ("Ryanair").
    private func split(_ indices: [Int], _ tokens: [Token], headline: Bool) -> ([String], String?) {
        var modifiers: [String] = []
        var subject: [String] = []
        for index in indices {
            let token = tokens[index]
            if token.isCapitalized && !token.isAllCaps && !headline {
                subject.append(token.lower)
            } else if token.kind == .word {
                modifiers.append(vocabulary.stemmer.stem(token.lower))
            }
        }
        return (modifiers, subject.isEmpty ? nil : subject.joined(separator: " "))
    }

    private func text(_ indices: [Int], _ tokens: [Token]) -> String {
        indices.map { tokens[$0].text }.joined(separator: " ")
    }

    /// Up to four content words from a token on: stops at punctuation, a number, a stop word or
    /// a date. Possessive owners are skipped ("Brazil's").
    func nounPhrase(from position: Int, window: FrameBuilder.Window, _ article: FrameBuilder.Article) -> [Int] {
        let tokens = article.tokens
        var words: [Int] = []
        var index = position
        while index < window.upper, words.count < 4 {
            let token = tokens[index]
            if article.inTemporal[index] { if words.isEmpty { index += 1; continue } else { break } }
            // "$4bn (£2.1bn) debt": a conversion in brackets right after the figure.
            if words.isEmpty, token.isMark("("), let close = (index..<min(window.upper, index + 10)).first(where: { tokens[$0].isMark(")") }) {
                index = close + 1
                continue
            }
            if token.isMark("-"), !token.spaceBefore, !words.isEmpty { index += 1; continue }
            // "U.S. maize": the full stop of an abbreviation.
            if token.isMark("."), let last = words.last, tokens[last].text.utf8.contains(0x2E) { index += 1; continue }
            guard isContent(token) else { break }
            words.append(index)
            index += 1
        }
        return words
    }

    /// Up to four content words ending at a token, in text order.
    func nounPhrase(endingAt position: Int, window: FrameBuilder.Window, _ article: FrameBuilder.Article) -> [Int] {
        let tokens = article.tokens
        var words: [Int] = []
        var index = position
        while index >= window.lower, words.count < 4 {
            let token = tokens[index]
            if token.isMark("-"), !token.spaceBefore, !words.isEmpty { index -= 1; continue }
            // "Brazil's output": the owner ends the phrase.
            if token.lower == "s", index >= 1, tokens[index - 1].isApostrophe { break }
            guard isContent(token), !article.inTemporal[index] else { break }
            words.insert(index, at: 0)
            index -= 1
        }
        return words
    }

    private func isContent(_ token: Token) -> Bool {
        guard token.kind == .word, token.lower.utf8.count >= 2 else { return false }
        if vocabulary.stopwords.contains(token) && !vocabulary.personNouns.contains(token) { return false }
        if vocabulary.speechVerbs.contains(token) || vocabulary.numberWords.contains(token) { return false }
        return vocabulary.units.key(for: token) == nil || ClaimVocabulary.genericUnits.contains(vocabulary.units.key(for: token)!) == false
    }
}
