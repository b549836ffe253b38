/// Every capitalised name in an article, counted: each word ("Vandermolens") and each name of
/// two words or more ("Tabor Hughes", "Gerald W. Tansey", "Harper and Row"), with where they
/// stand. Titles, honorifics and sentence openers are cut from the front of a name; headlines in
/// capitals are skipped, since every word there is capitalised.
struct NameForms {
    /// One capitalised word or run, as written.
    struct Form {
        var text: String
        /// The words, for a run; one word for a word.
        var words: [String]
        var spans: [SourceSpan] = []
        var sentences: [Int] = []
        /// First token of each occurrence.
        var positions: [Int] = []
        /// The token after each occurrence ("W." and "Nord-Est" take more than one token).
        var ends: [Int] = []
        /// Whether some occurrence does not open its sentence.
        var seenInside = false
        /// For a word: the runs it was read in (empty when it stood alone every time).
        var runs: Set<String> = []
        /// For a word: how often it stood alone or as a person's name.
        var standalone = 0
        var count: Int { spans.count }
    }

    var words: [String: Form] = [:]
    var runs: [String: Form] = [:]
    /// Lower-case spellings of capitalised words that also appear in lower case ("Bank", "bank").
    var seenLowercase = Set<String>()

    init(tokens: [Token], sentences: [Sentence], blocks: [Block], personTokens: [Bool], excluded: WordClasses, trimmed: WordClasses, titleWords: WordClasses, places: Lexicon, orgWords: Lexicon, joiners: Lexicon,
         placeholders: Lexicon) {
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let range = sentence.tokens
            // A headline in capitals or in title case capitalises every word.
            if sentence.blockKind == .headline {
                let words = range.filter { tokens[$0].kind == .word }
                if words.filter({ tokens[$0].isCapitalized }).count * 5 >= words.count * 3 { continue }
            }
            var index = range.lowerBound
            while index < range.upperBound {
                guard tokens[index].kind == .word, tokens[index].isCapitalized else { index += 1; continue }
                var parts: [(text: String, tokens: Range<Int>)] = []
                var cursor = index
                // Fields by index: a copy of each token retained both its strings.
                // "Opening Stocks N.A. N.A.": a table's placeholder for a figure ends a row label.
                while cursor < range.upperBound, tokens[cursor].kind == .word, !placeholders.contains(tokens, cursor) {
                    if !tokens[cursor].isCapitalized {
                        // "Harper and Row", "Bank of England": a small word between capitalised ones.
                        guard !parts.isEmpty, joiners.contains(tokens, cursor),
                              cursor + 1 < range.upperBound, tokens[cursor + 1].kind == .word, tokens[cursor + 1].isCapitalized else { break }
                    }
                    var text = tokens[cursor].text
                    var end = cursor + 1
                    // "W." keeps its period; "Nord-Est" its hyphen. A single letter after a hyphen
                    // marks a unit or a footnote ("Sorghum-Y" in a table): the name is the word.
                    if text.isOneCharacter, end < range.upperBound, tokens[end].isMark("."), !tokens[end].spaceBefore { text += "."; end += 1 }
                    let hyphenated = { (end: Int) in
                        end + 1 < range.upperBound && tokens[end].isMark("-") && !tokens[end].spaceBefore && !tokens[end + 1].spaceBefore
                            && tokens[end + 1].kind == .word && tokens[end + 1].isCapitalized
                    }
                    while hyphenated(end), !tokens[end + 1].text.isOneCharacter {
                        text += "-" + tokens[end + 1].text
                        end += 2
                    }
                    // The marker stays in the span, so a row label still stands straight before
                    // its figures ("Wool Expd-E 4,112.6 3,987.0").
                    if hyphenated(end) { end += 2 }
                    parts.append((text, cursor..<end))
                    cursor = end
                    // "'s" ends a name.
                    if cursor < range.upperBound, tokens[cursor].isApostrophe { break }
                }
                while let last = parts.last, !tokens[last.tokens.lowerBound].isCapitalized { parts.removeLast() }
                index = max(cursor, index + 1)
                // The name starts after the last title word or honorific ("Finance Minister Ana
                // Ruiz"), or at a person's name when one is inside.
                var start = 0
                let person = parts.firstIndex { personTokens[$0.tokens.lowerBound] } ?? parts.count
                // "Co" ends a company's name ("Illinois Cooperative Futures Co"), not a title.
                for (offset, part) in parts[..<person].enumerated() where tokens[part.tokens.lowerBound].classes & titleWords != 0
                    && !(offset == parts.count - 1 && orgWords.contains(tokens, part.tokens.lowerBound)) { start = offset + 1 }
                while start < parts.count, tokens[parts[start].tokens.lowerBound].classes & trimmed != 0, !personTokens[parts[start].tokens.lowerBound] {
                    start += 1
                }
                // "Selling Ridgeway Park is …": a verb or adverb opening the sentence is no name.
                if start == 0, parts.count >= 2, !personTokens[parts[0].tokens.lowerBound], parts[0].tokens.lowerBound == firstWord(of: range, tokens) {
                    let lower = tokens[parts[0].tokens.lowerBound].lower
                    if lower.hasASCIISuffix("ing") || lower.hasASCIISuffix("ly") || lower.hasASCIISuffix("ed") { start = 1 }
                }
                guard start < parts.count else { continue }
                let name = Array(parts[start...])
                let opensSentence = name[0].tokens.lowerBound == firstWord(of: range, tokens)
                let runKey = name.count >= 2 ? name.map(\.text).joined(separator: " ") : nil
                if let runKey {
                    let span = blocks[tokens[name[0].tokens.lowerBound].block].text.sourceSpan(
                        of: tokens[name[0].tokens.lowerBound].range.lowerBound..<tokens[name[name.count - 1].tokens.upperBound - 1].range.upperBound)
                    runs[runKey, default: Form(text: runKey, words: name.map(\.text))].add(span, sentenceIndex, name[0].tokens.lowerBound,
                                                                                           end: name[name.count - 1].tokens.upperBound, inside: !opensSentence)
                }
                for (offset, part) in name.enumerated() where tokens[part.tokens.lowerBound].isCapitalized {
                    let first = part.tokens.lowerBound
                    guard tokens[first].classes & excluded == 0 || personTokens[first] else { continue }
                    let span = blocks[tokens[first].block].text.sourceSpan(of: tokens[first].range.lowerBound..<tokens[part.tokens.upperBound - 1].range.upperBound)
                    // "told Fnuaro Brazil": beside a place only, a word still stands alone.
                    let alone = runKey == nil || personTokens[part.tokens.lowerBound]
                        || (name.count == 2 && places.contains(name[1 - offset].text))
                    // One hash of the word for all three updates.
                    Self.update(&words[part.text, default: Form(text: part.text, words: [part.text])]) { form in
                        form.add(span, sentenceIndex, part.tokens.lowerBound, end: part.tokens.upperBound, inside: !(opensSentence && offset == 0))
                        if let runKey { form.runs.insert(runKey) }
                        if alone { form.standalone += 1 }
                    }
                }
            }
        }
        // Which of these words also appear in lower case: a word of the language, not a name.
        // Most lowercase words share no first byte and length with a name: those are not hashed.
        // A set and a shape filter, built once per article: a WordSet also built a byte table
        // and a dictionary for the few dozen words of one story.
        let lowered = Set(words.keys.map { $0.lowercased() })
        let shapes = ShapeFilter(lowered)
        for index in tokens.indices where tokens[index].kind == .word && !tokens[index].isCapitalized {
            if shapes.mayContain(tokens[index].lower), lowered.contains(tokens[index].lower) { seenLowercase.insert(tokens[index].lower) }
        }
    }

    /// The run or the word written `text`.
    func form(_ text: String, isRun: Bool) -> Form? { isRun ? runs[text] : words[text] }

    /// A spelling's key among runs and words together: a word and a run may be written alike.
    static func key(_ text: String, isRun: Bool) -> String { (isRun ? "r:" : "w:") + text }

    /// The spelling and whether it is a run, from its key.
    static func spelling(ofKey key: String) -> (text: String, isRun: Bool) { (String(key.dropFirst(2)), key.hasPrefix("r:")) }

    private static func update(_ form: inout Form, _ body: (inout Form) -> Void) { body(&form) }

    private func firstWord(of range: Range<Int>, _ tokens: [Token]) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, tokens[index].kind == .punctuation { index += 1 }
        return index
    }
}

extension NameForms.Form {
    mutating func add(_ span: SourceSpan, _ sentence: Int, _ position: Int, end: Int, inside: Bool) {
        spans.append(span)
        sentences.append(sentence)
        positions.append(position)
        ends.append(end)
        if inside { seenInside = true }
    }
}
