/// Reads counts followed by the named things they count: "nine other cities (Helsinki, Oslo, …
/// and Sydney)", "three candidates: Ames, Brook and Cole", "the two banks, Alder and Birch,
/// fell", "the three finalists are Ames, Brook and Cole".
///
/// The count is a number from 2 to 30 in digits or words, then up to two describing words and a
/// plural noun. The list opens right after the noun (a parenthesis, a colon, a dash, a comma, or
/// "are"/"were"), holds names (each starting with a capital, up to five words) separated by
/// commas with "and" or "or" before the last, and must close where its opening says: the
/// parenthesis, the sentence's end, the second dash or comma. Anything else (a lowercase word, a
/// figure, "including") and the words are not read as a list, so a selection is never counted.
final class CountedListReader: Sendable {
    let numberWords: Lexicon
    let stopwords: Lexicon
    let modifiers: Lexicon
    let listVerbs: Lexicon
    let pluralNouns: Lexicon
    /// Lower-case words inside a list item ("Bank of England", "Charles de Gaulle").
    let itemParticles: Lexicon
    /// "the" before an item ("the U.K.").
    let itemDeterminers: Lexicon
    /// "and", "or": end an item even when capitalised ("the U.S. And West Germany").
    let finalJoiners: Lexicon
    /// Company words that may close an item after "and" ("and Co Ltd").
    let orgWords: Lexicon
    /// "they", "these": with a word of `list-verbs`, they open the next sentence's list of
    /// what a count ending its sentence counts ("… the 10 worst bodies. They were …").
    let listPronouns: Lexicon
    /// The class bit of `number-words` (nil when the lexicon has none): most tokens are turned
    /// away by it without a lookup.
    let numberWordBit: WordClasses?

    init(lexicons: LexiconSet) {
        numberWords = lexicons["number-words"]
        numberWordBit = lexicons.bits["number-words"]
        stopwords = lexicons["stopwords"]
        modifiers = lexicons["list-count-modifiers"]
        listVerbs = lexicons["list-verbs"]
        pluralNouns = lexicons["plural-nouns"]
        itemParticles = lexicons["list-item-particles"]
        itemDeterminers = lexicons["list-item-determiners"]
        finalJoiners = lexicons["list-final-joiners"]
        orgWords = lexicons["org-words"]
        listPronouns = lexicons["list-pronouns"]
    }

    /// How the list opened, which says how it must close.
    enum Opening {
        case parenthesis, colon, dash, comma, verb
    }

    func read(tokens: [Token], sentences: [Sentence], blocks: [Block]) -> [CountedList] {
        var lists: [CountedList] = []
        for (sentenceIndex, sentence) in sentences.enumerated() where sentence.blockKind != .headline {
            let range = sentence.tokens
            var index = range.lowerBound
            while index < range.upperBound {
                defer { index += 1 }
                guard let count = count(at: index, tokens) else { continue }
                // Up to two describing words, then the plural noun.
                var noun = index + 1
                // 'the 10 "worst bodies"': the counted words may stand in quotation marks.
                let quoted = noun + 1 < range.upperBound && tokens[noun].isMark(anyOf: "\"\u{201C}")
                if quoted { noun += 1 }
                var described = 0
                while noun + 1 < range.upperBound, described < 2, isDescribing(tokens[noun]), tokens[noun + 1].kind == .word,
                      !isOpening(tokens[noun + 1]) {
                    noun += 1
                    described += 1
                }
                guard noun < range.upperBound, isPluralNoun(tokens[noun]) else { continue }
                let found: (items: [Range<Int>], end: Int)
                if noun + 1 < range.upperBound, let opening = opening(tokens[noun + 1]),
                   let list = items(from: noun + 2, opening: opening, in: range, tokens) {
                    found = list
                } else if let list = nextSentenceList(after: noun, sentence: sentenceIndex, sentences, tokens) {
                    found = (list, range.upperBound)
                } else { continue }
                let (items, end) = found
                guard items.count >= 2 else { continue }
                let text = blocks[tokens[index].block].text
                let listText = blocks[tokens[items[0].lowerBound].block].text
                // The closing mark of counted words in quotation marks is theirs.
                let last = quoted && noun + 1 < range.upperBound && tokens[noun + 1].isMark(anyOf: "\"\u{201D}") ? noun + 1 : noun
                let counted = tokens[index].range.lowerBound..<tokens[last].range.upperBound
                lists.append(CountedList(
                    count: count,
                    counted: text.string(in: counted),
                    countedSpan: text.sourceSpan(of: counted),
                    items: items.map { listText.string(in: tokens[$0.lowerBound].range.lowerBound..<tokens[$0.upperBound - 1].range.upperBound) },
                    listSpan: listText.sourceSpan(of: tokens[items[0].lowerBound].range.lowerBound..<tokens[items.last!.upperBound - 1].range.upperBound),
                    sentence: sentenceIndex))
                index = end - 1
            }
        }
        return lists
    }

    /// The items' token ranges and the index after the list's closing, or nil when the words
    /// that follow are not a complete list of names.
    private func items(from start: Int, opening: Opening, in range: Range<Int>, _ tokens: [Token]) -> ([Range<Int>], Int)? {
        var items: [Range<Int>] = []
        var index = start
        var sawFinal = false
        while index < range.upperBound {
            // One item: a capitalised word, then capitalised words or name particles; "the"
            // may open it and stops may close an abbreviation's letters ("the U.K.", "the U.S.").
            let itemStart = index
            if tokens[index].kind == .word, itemDeterminers.contains(tokens, index), index + 1 < range.upperBound,
               tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized { index += 1 }
            guard tokens[index].kind == .word, tokens[index].isCapitalized else { return nil }
            index += 1
            while index < range.upperBound, index - itemStart < 8 {
                let token = tokens[index]
                // The stop after an initialism ("U.K" read as one word, then ".").
                if token.isMark("."), !token.spaceBefore, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
                   tokens[index - 1].text.utf8.count == 1 || tokens[index - 1].text.utf8.contains(UInt8(ascii: ".")) {
                    index += 1
                    continue
                }
                guard token.kind == .word, !finalJoiners.contains(lowercased: token.lower),
                      token.isCapitalized || itemParticles.contains(lowercased: token.lower) else { break }
                index += 1
            }
            guard tokens[index - 1].isCapitalized || tokens[index - 1].isMark(".") else { return nil }
            index = companyEnd(from: index, in: range, tokens)
            items.append(itemStart..<index)
            if sawFinal { break }
            // A separator: ",", ", and", "and", "or".
            guard index < range.upperBound else { return nil }
            if tokens[index].isMark(",") {
                index += 1
                if index < range.upperBound, finalJoiners.contains(tokens, index) { index += 1; sawFinal = true }
            } else if finalJoiners.contains(tokens, index) {
                index += 1
                sawFinal = true
            } else {
                return nil
            }
        }
        guard sawFinal else { return nil }
        // The closing the opening calls for.
        let atEnd = index >= range.upperBound || (index + 1 == range.upperBound && tokens[index].isMark(anyOf: ".!?"))
        switch opening {
        case .parenthesis:
            return index < range.upperBound && tokens[index].isMark(")") ? (items, index + 1) : nil
        case .colon, .verb:
            return atEnd || (index < range.upperBound && tokens[index].isMark(";")) ? (items, index) : nil
        case .dash:
            return atEnd || (index < range.upperBound && tokens[index].isMark(anyOf: "\u{2014}\u{2013}-")) ? (items, index) : nil
        case .comma:
            return atEnd || (index < range.upperBound && tokens[index].isMark(",")) ? (items, index) : nil
        }
    }

    /// "… listed the 10 worst bodies. They were Alder, Birch … and Yew.": a count that ends
    /// its sentence (a closing quotation mark may follow it) and the list the next sentence of
    /// its paragraph gives, opening with "They were" (`list-pronouns`, `list-verbs`) and
    /// running to its end.
    private func nextSentenceList(after noun: Int, sentence: Int, _ sentences: [Sentence], _ tokens: [Token]) -> [Range<Int>]? {
        let range = sentences[sentence].tokens
        guard (noun + 1..<range.upperBound).allSatisfy({ tokens[$0].kind == .punctuation && tokens[$0].isMark(anyOf: ".\"\u{201D}") }),
              sentence + 1 < sentences.count, sentences[sentence + 1].blockIndex == sentences[sentence].blockIndex else { return nil }
        let next = sentences[sentence + 1].tokens
        guard next.count > 3, tokens[next.lowerBound].kind == .word, listPronouns.contains(tokens[next.lowerBound]),
              tokens[next.lowerBound + 1].kind == .word, listVerbs.contains(tokens[next.lowerBound + 1]) else { return nil }
        return items(from: next.lowerBound + 2, opening: .verb, in: next, tokens)?.0
    }

    /// Past "and Co" or "and Co Ltd" closing a company's name ("Ashby Brothers and Co Ltd, Henry
    /// Dale and Co Ltd and Corlett Marsh"): one item, not two. Only company words that end
    /// the item ("and Bank of Harlow" is another item).
    private func companyEnd(from index: Int, in range: Range<Int>, _ tokens: [Token]) -> Int {
        guard index + 1 < range.upperBound, tokens[index].lower == "and", tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
              orgWords.contains(tokens[index + 1]) else { return index }
        var end = index + 2
        while end < range.upperBound, tokens[end].kind == .word, tokens[end].isCapitalized, orgWords.contains(tokens[end]) { end += 1 }
        guard end == range.upperBound || tokens[end].kind == .punctuation || tokens[end].lower == "and" || tokens[end].lower == "or" else { return index }
        return end
    }

    private func count(at index: Int, _ tokens: [Token]) -> Int? {
        switch tokens[index].kind {
        case .punctuation: return nil
        case .word: if let bit = numberWordBit, tokens[index].classes & bit == 0 { return nil }
        case .number: if tokens[index].range.count > 2 { return nil }
        }
        let token = tokens[index]
        let value: Int?
        switch token.kind {
        case .number: value = token.text.utf8.allSatisfy { ByteClass.isDigit($0) } ? Int(token.text) : nil
        case .word: value = numberWords.key(for: token).flatMap { Int($0) }
        case .punctuation: value = nil
        }
        guard let value, (2...30).contains(value), token.lower != "couple", token.lower != "dozen" else { return nil }
        // "its G-5 allies": a number glued by a hyphen to a word before it is part of a name.
        if index >= 2, tokens[index - 1].isMark("-"), !tokens[index - 1].spaceBefore, !token.spaceBefore, tokens[index - 2].kind == .word {
            return nil
        }
        return value
    }

    private func isDescribing(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && (!stopwords.contains(token) || modifiers.contains(token))
    }

    private func isPluralNoun(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized, !stopwords.contains(token) else { return false }
        return pluralNouns.contains(token) || (token.lower.utf8.last == UInt8(ascii: "s") && !token.lower.hasASCIISuffix("ss"))
    }

    private func isOpening(_ token: Token) -> Bool { opening(token) != nil }

    private func opening(_ token: Token) -> Opening? {
        switch token.text {
        case "(": return .parenthesis
        case ":": return .colon
        case "\u{2014}", "\u{2013}": return .dash
        case "-": return token.spaceBefore ? .dash : nil
        case ",": return .comma
        default: return token.kind == .word && listVerbs.contains(token) ? .verb : nil
        }
    }
}
