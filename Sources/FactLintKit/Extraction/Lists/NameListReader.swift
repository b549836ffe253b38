/// Reads the lists whose items are separate names (``NameList``): coordinated lists in prose
/// ("Ames, Brook, Cole and Dunn", "Ames, Brook, Cole") and line-up or results lines, where a
/// whole sentence is names separated by commas or semicolons ("Leeds: Ames; Brook, Cole (capt),
/// Dunn."). Consecutive line-up sentences (a team and its replacements, two teams) are one list.
///
/// An item is a capitalised word, then capitalised words, initials ("S."), hyphenated parts or
/// name particles ("de", "van"), up to five words. A list needs three items or more.
final class NameListReader: Sendable {
    /// Lower-case words inside an item ("Bank of England", "Charles de Gaulle").
    let particles: Lexicon
    /// Words that join the last item ("and", "or").
    let finals: Lexicon
    /// Notes between the names of a line-up ("capt").
    let notes: Lexicon
    /// Words that end a company's name ("Co", "Inc"): "Harlan, Vell and Co" is one name.
    let orgWords: Lexicon

    init(lexicons: LexiconSet) {
        notes = lexicons["line-up-notes"]
        orgWords = lexicons["org-words"]
        particles = lexicons["list-item-particles"]
        finals = lexicons["list-final-joiners"]
    }

    func read(tokens: [Token], sentences: [Sentence], blocks: [Block]) -> [NameList] {
        var lists: [NameList] = []
        var group: NameList?
        for (index, sentence) in sentences.enumerated() where sentence.blockKind != .headline {
            if let ranges = lineUp(sentence.tokens, tokens) {
                let items = ranges.map { item($0, tokens, blocks) }
                if var open = group, open.sentences.upperBound == index {
                    open.items += items
                    open.sentences = open.sentences.lowerBound..<(index + 1)
                    group = open
                } else {
                    if let open = group { lists.append(open) }
                    group = NameList(kind: .lineUp, items: items, sentences: index..<(index + 1))
                }
                continue
            }
            if let open = group { lists.append(open) }
            group = nil
            for ranges in coordinated(sentence.tokens, tokens) {
                lists.append(NameList(kind: .coordinated, items: ranges.map { item($0, tokens, blocks) }, sentences: index..<(index + 1)))
            }
        }
        if let open = group { lists.append(open) }
        return lists
    }

    private func item(_ range: Range<Int>, _ tokens: [Token], _ blocks: [Block]) -> NameList.Item {
        let text = blocks[tokens[range.lowerBound].block].text
        let bytes = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
        return NameList.Item(text: text.string(in: bytes), span: text.sourceSpan(of: bytes), tokens: range)
    }

    // MARK: Line-ups

    /// The items of a sentence that is nothing but a list of names, or nil.
    private func lineUp(_ range: Range<Int>, _ tokens: [Token]) -> [Range<Int>]? {
        var index = range.lowerBound
        var end = range.upperBound
        while end > index, tokens[end - 1].kind == .punctuation, tokens[end - 1].isMark(anyOf: ".!") { end -= 1 }
        // A bullet, then a label ("Leeds:", "Replacements:"), or a colon whose label is lost.
        while index < end, tokens[index].isMark(anyOf: "-*\u{2022}") { index += 1 }
        if let colon = (index..<min(index + 5, end)).first(where: { tokens[$0].isMark(":") }),
           (index..<colon).allSatisfy({ tokens[$0].kind == .word }) {
            index = colon + 1
        }
        var items: [Range<Int>] = []
        while index < end {
            // "1. Ames": a place number before the item.
            while index < end, tokens[index].kind == .number || (tokens[index].isMark(".") && index > range.lowerBound && tokens[index - 1].kind == .number) {
                index += 1
            }
            // "O'Connell, capt, Easterby": a note, not a name.
            if index + 1 < end, tokens[index].kind == .word, notes.contains(tokens, index), tokens[index + 1].isMark(anyOf: ",;") {
                index += 2
                continue
            }
            guard let name = itemRange(at: index, limit: end, tokens) else { return nil }
            items.append(name)
            index = skipFigures(from: name.upperBound, limit: end, tokens)
            // "(capt)", "(Rovers)", "(Nunez 73)": a name in the parenthesis is an item too.
            if index < end, tokens[index].isMark("(") {
                guard let close = (index + 1..<end).first(where: { tokens[$0].isMark(")") }) else { return nil }
                if let inner = itemRange(at: index + 1, limit: close, tokens) { items.append(inner) }
                index = skipFigures(from: close + 1, limit: end, tokens)
            }
            guard index < end else { break }
            if tokens[index].isMark(anyOf: ",;") {
                index += 1
                if index < end, tokens[index].kind == .word, finals.contains(tokens, index) { index += 1 }
            } else if tokens[index].kind == .word, finals.contains(tokens, index) {
                index += 1
            } else {
                return nil
            }
        }
        return items.count >= 3 ? items : nil
    }

    /// Past figures after an item ("75", "1:32.4", "2-1").
    private func skipFigures(from start: Int, limit: Int, _ tokens: [Token]) -> Int {
        var index = start
        while index < limit {
            if tokens[index].kind == .number { index += 1; continue }
            if tokens[index].kind == .punctuation, index + 1 < limit, tokens[index + 1].kind == .number, !tokens[index].isMark(","), !tokens[index].isMark(";") {
                index += 1
                continue
            }
            break
        }
        return index
    }

    // MARK: Coordinated lists

    /// The lists of three names or more in a sentence of prose: "Ames, Brook, Cole and Dunn",
    /// "Ames, Brook, Cole".
    private func coordinated(_ range: Range<Int>, _ tokens: [Token]) -> [[Range<Int>]] {
        var lists: [[Range<Int>]] = []
        let end = range.upperBound
        var index = range.lowerBound
        while index < end {
            guard let first = itemRange(at: index, limit: end, tokens) else { index += 1; continue }
            var items = [first]
            var cursor = skipParenthesis(from: first.upperBound, limit: end, tokens)
            while cursor < end {
                var next = cursor
                var isFinal = false
                if tokens[next].isMark(anyOf: ",;") {
                    next += 1
                    if next < end, tokens[next].kind == .word, finals.contains(tokens, next) { next += 1; isFinal = true }
                } else if tokens[next].kind == .word, finals.contains(tokens, next) {
                    next += 1
                    isFinal = true
                } else {
                    break
                }
                guard let name = itemRange(at: next, limit: end, tokens) else { break }
                items.append(name)
                cursor = skipParenthesis(from: name.upperBound, limit: end, tokens)
                if isFinal { break }
            }
            // "Goldman, Sachs and Co", "Smith, Barney, Harris Upham and Co": one company's name.
            let endsCompany = items.count >= 3 && items.last!.count == 1 && orgWords.contains(tokens, items.last!.lowerBound)
            if items.count >= 3, !endsCompany { lists.append(items) }
            index = max(items.last!.upperBound, index + 1)
        }
        return lists
    }

    /// Past a short parenthesis after an item ("Ames (Rovers)").
    private func skipParenthesis(from start: Int, limit: Int, _ tokens: [Token]) -> Int {
        guard start < limit, tokens[start].isMark("(") else { return start }
        for index in (start + 1)..<min(limit, start + 8) where tokens[index].isMark(")") { return index + 1 }
        return start
    }

    // MARK: Items

    /// A name starting at `start`: a capitalised word, then capitalised words, initials' periods,
    /// hyphenated or apostrophe parts ("Vantorre-Mballa", "O'Tarrow") and particles, up to five
    /// words, ending on a capitalised word.
    private func itemRange(at start: Int, limit: Int, _ tokens: [Token]) -> Range<Int>? {
        guard start < limit, tokens[start].kind == .word, tokens[start].isCapitalized, !finals.contains(tokens, start) else { return nil }
        var index = start + 1
        var words = 1
        var lastCapital = index
        // Fields by index: a copy of each token retained both its strings.
        while index < limit {
            if tokens[index].kind == .punctuation {
                // "S.": an initial's period.
                if tokens[index].isMark("."), !tokens[index].spaceBefore, tokens[index - 1].kind == .word, tokens[index - 1].text.utf8.count == 1 {
                    index += 1
                    lastCapital = index
                    continue
                }
                // "Vantorre-Mballa", "O'Tarrow".
                if tokens[index].isMark(anyOf: "-'\u{2019}"), !tokens[index].spaceBefore, index + 1 < limit,
                   tokens[index + 1].kind == .word, !tokens[index + 1].spaceBefore {
                    index += 2
                    if tokens[index - 1].isCapitalized { lastCapital = index }
                    continue
                }
                break
            }
            let isCapitalized = tokens[index].isCapitalized
            guard tokens[index].kind == .word, words < 5, isCapitalized || particles.contains(tokens, index) else { break }
            index += 1
            words += 1
            if isCapitalized { lastCapital = index }
        }
        return start..<lastCapital
    }
}
