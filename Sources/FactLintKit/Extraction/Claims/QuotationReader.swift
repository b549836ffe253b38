/// Finds the quotations of an article (straight or curly double quotes, and curly single ones)
/// and attributes each to the person named outside the marks in its sentence, or, after "he
/// said" and the like, to the last person quoted.
final class QuotationReader: Sendable {
    let speechVerbs: Lexicon
    /// English clitic endings (`clitics`): a straight mark before one inside a word is an apostrophe.
    let clitics: Lexicon
    /// "he", "she", "they" (`subject-pronouns`).
    let subjectPronouns: Lexicon

    /// "said", "added": verbs never followed by the person spoken to, so a name after one is
    /// the speaker ("…," said Ms Hale).
    let clausalVerbs: Lexicon

    /// "of", "for": a name after one is part of a description ("a spokesman for Ms Hale
    /// said"), not the one who speaks (`title-prepositions`).
    let titlePrepositions: Lexicon

    init(lexicons: LexiconSet) {
        speechVerbs = lexicons["speech-verbs"]
        clausalVerbs = lexicons["clausal-speech-verbs"]
        titlePrepositions = lexicons["title-prepositions"]
        clitics = lexicons["clitics"]
        subjectPronouns = lexicons["subject-pronouns"]
    }

    /// For each token, whether it is inside quotation marks (the marks included). Marks do not
    /// carry over from one block to the next.
    func quoteFlags(_ tokens: [Token]) -> [Bool] { QuoteMarks.flags(tokens, clitics: clitics) }

    func read(tokens: [Token], sentences: [Sentence], blocks: [Block], people: [Person], quoted: [Bool]) -> [Quotation] {
        var mentions: [Int: [(person: Person, tokens: Range<Int>)]] = [:]
        for person in people {
            for mention in person.mentions where !quoted[mention.tokens.lowerBound] {
                mentions[mention.sentence, default: []].append((person, mention.tokens))
            }
        }
        var quotations: [Quotation] = []
        var lastSpeaker: Person?
        var sentenceIndex = 0
        var index = 0
        while index < tokens.count {
            guard quoted[index] else { index += 1; continue }
            var end = index
            while end < tokens.count, quoted[end], tokens[end].block == tokens[index].block {
                end += 1
                // A closing mark followed by an opening one is two quotations; so is a quotation
                // left open when the next opens ("… development. "His claim …").
                if end < tokens.count, isMark(tokens[end - 1]), end - 1 > index, isMark(tokens[end]) { break }
                if end < tokens.count, end - 1 > index, QuoteMarks.isRunOn(at: end, tokens) { break }
            }
            defer { index = end }
            var first = index
            var last = end - 1
            while first <= last, isMark(tokens[first]) { first += 1 }
            while last >= first, isMark(tokens[last]) || tokens[last].isMark(",") { last -= 1 }
            guard first <= last else { continue }
            while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex].tokens.upperBound <= first { sentenceIndex += 1 }
            let endSentence = sentenceOf(last, from: sentenceIndex, sentences)
            let words = (first...last).filter { tokens[$0].kind != .punctuation }.map { tokens[$0].lower }
            guard !words.isEmpty else { continue }
            let text = blocks[tokens[first].block].text
            let byteRange = tokens[first].range.lowerBound..<tokens[last].range.upperBound
            // The speaker: a person named outside the marks in the quotation's sentences, the
            // subject of a speech verb before any other ("Mr Ode told Ms Hale: "…"", "Mr Ode
            // said Ms Hale was "…""), and then the one nearest the marks; else, after a pronoun
            // and a speech verb, the last one quoted.
            var speaker: Person?
            var best = (rank: 2, distance: Int.max)
            for sentence in sentenceIndex...endSentence {
                for mention in mentions[sentence] ?? [] {
                    let distance = mention.tokens.lowerBound >= end ? mention.tokens.lowerBound - end : index - mention.tokens.upperBound
                    let rank = speaks(mention.tokens, tokens, quoted) ? 0 : 1
                    if distance >= 0, (rank, distance) < best { best = (rank, distance); speaker = mention.person }
                }
            }
            // "… served as minister until 1990. In a letter he wrote: "…"": the pronoun is the
            // one person the sentence before names, when it names one; else the last speaker.
            if speaker == nil, hasPronounAttribution(sentences[sentenceIndex].tokens.lowerBound..<sentences[endSentence].tokens.upperBound, tokens, quoted) {
                let before = sentenceIndex > 0 ? Set((mentions[sentenceIndex - 1] ?? []).map(\.person.key)) : []
                speaker = before.count == 1 ? mentions[sentenceIndex - 1]?.first?.person : lastSpeaker
            }
            if let speaker { lastSpeaker = speaker }
            let sentence = sentences[sentenceIndex]
            // A fragment: the writer's words run on both sides of the marks in one sentence, or
            // the quoted words finish the writer's sentence, run on from a word of it in lower
            // case (a settlement was "in the interests of both sides.").
            let before = (sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, index)).filter { tokens[$0].kind == .word }.count
            let after = (min(end, sentence.tokens.upperBound)..<sentence.tokens.upperBound).filter { tokens[$0].kind == .word && !quoted[$0] }.count
            let isFragment = endSentence == sentenceIndex && words.count <= 8 && before > 0
                && index > sentence.tokens.lowerBound && !tokens[index - 1].isMark(":") && !tokens[index - 1].isMark(",")
                && (after > 0 || (tokens[index - 1].kind == .word && tokens[first].kind == .word && !tokens[first].isCapitalized))
            quotations.append(Quotation(text: text.string(in: byteRange), words: words, span: text.sourceSpan(of: byteRange), tokens: first..<(last + 1),
                                        sentence: sentenceIndex, speakerKey: speaker?.key, speaker: speaker?.name, isFragment: isFragment))
            // "Calling the rise 'a fair price for a better harbour' was a mistake": words the
            // speaker quotes from someone else, who is not named.
            for inner in innerQuotations(max(index, first - 1)..<end, tokens) where inner != first..<(last + 1) {
                let innerWords = inner.filter { tokens[$0].kind != .punctuation }.map { tokens[$0].lower }
                let innerBytes = tokens[inner.lowerBound].range.lowerBound..<tokens[inner.upperBound - 1].range.upperBound
                quotations.append(Quotation(text: text.string(in: innerBytes), words: innerWords, span: text.sourceSpan(of: innerBytes), tokens: inner,
                                            sentence: sentenceOf(inner.lowerBound, from: sentenceIndex, sentences), speakerKey: nil, speaker: nil,
                                            isFragment: false, isInner: true, quotedByKey: speaker?.key))
            }
        }
        return quotations
    }

    /// Single marks inside a quotation (its own marks included in `range`) around three words
    /// or more: an opening mark after a space or the opening mark, a closing one after a word
    /// and before a space or punctuation.
    private func innerQuotations(_ range: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var open: Int?
        for index in range where tokens[index].kind == .punctuation {
            let mark = tokens[index].mark
            if open == nil, mark == 0x27 || mark == 0x2018, index + 1 < range.upperBound, tokens[index + 1].kind == .word,
               !tokens[index + 1].spaceBefore, tokens[index].spaceBefore || (index > range.lowerBound && isMark(tokens[index - 1])) {
                open = index
            } else if let start = open, mark == 0x27 || mark == 0x2019, index > start + 1, tokens[index - 1].kind == .word, !tokens[index].spaceBefore,
                      index + 1 >= tokens.count || tokens[index + 1].spaceBefore || tokens[index + 1].kind == .punctuation {
                let inner = (start + 1)..<index
                if inner.filter({ tokens[$0].kind == .word }).count >= 3 { found.append(inner) }
                open = nil
            }
        }
        return found
    }

    /// Whether a token is a quotation mark: straight or curly, double or single.
    private func isMark(_ token: Token) -> Bool {
        switch token.mark {
        case 0x22, 0x201C, 0x201D, 0x2018, 0x2019: return true
        default: return false
        }
    }

    private func sentenceOf(_ token: Int, from start: Int, _ sentences: [Sentence]) -> Int {
        var index = start
        while index + 1 < sentences.count, sentences[index].tokens.upperBound <= token { index += 1 }
        return index
    }

    /// Whether a mention is the subject of a speech verb: right before one ("Mr Ode told")
    /// or right after one that is never followed by the person spoken to
    /// ("said Mr Ode").
    private func speaks(_ mention: Range<Int>, _ tokens: [Token], _ quoted: [Bool]) -> Bool {
        let next = mention.upperBound
        // "a spokesman for Ms Hale said": the name describes the one who speaks.
        let described = mention.lowerBound > 0 && tokens[mention.lowerBound - 1].kind == .word
            && titlePrepositions.contains(tokens, mention.lowerBound - 1)
        if !described, next < tokens.count, !quoted[next], tokens[next].kind == .word, speechVerbs.contains(tokens, next) { return true }
        let before = mention.lowerBound - 1
        guard before >= 0, !quoted[before], tokens[before].kind == .word else { return false }
        return clausalVerbs.key(tokens, before) == "verb"
    }

    /// "he said", "she added", "they told reporters" outside the marks.
    private func hasPronounAttribution(_ range: Range<Int>, _ tokens: [Token], _ quoted: [Bool]) -> Bool {
        for index in range where !quoted[index] && subjectPronouns.contains(tokens, index) {
            if index + 1 < range.upperBound, speechVerbs.contains(tokens, index + 1) { return true }
            if index > range.lowerBound, speechVerbs.contains(tokens, index - 1) { return true }
        }
        return false
    }
}
