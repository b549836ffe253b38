/// Finds titles around a name and the tenure the sentence gives them: in apposition ("Anton
/// Reyes, Freedonia's chief of general staff,", "Mr Reeve, the chief operating officer,",
/// "Ferris, a Republican from Hays,", "Swett, who was finance minister"), in lower case before
/// the name ("chief financial officer Tim Howard", "India's petroleum minister Mani Aiyar"), and
/// the words that make a post past or future ("has served as", "his years as", "until 2019",
/// "will become").
struct TitleContextReader: Sendable {
    let parser: TitleParser
    var vocabulary: PeopleVocabulary { parser.vocabulary }
    var ontology: PostOntology { parser.vocabulary.ontology }


    // MARK: After a name

    /// A title after a comma: "Freedonia's chief of general staff", "the Shadow Secretary of State
    /// for Rural Affairs", "chairman of the Guild of …", "a Republican from Hays", "who was
    /// finance minister between 1984 and 1986".
    func titlePhrase(from start: Int, _ c: SentenceContext) -> (titles: [PersonTitle], end: Int)? {
        var index = start
        var tenure: Tenure?
        // "who was …", "who is …", "who has been …", "who became …"
        if index < c.range.upperBound, c.tokens[index].lower == "who" {
            index += 1
            guard index < c.range.upperBound else { return nil }
            switch c.tokens[index].lower {
            case "is", "remains": index += 1
            case "was", "were": tenure = .past; index += 1
            case "became": index += 1
            case "has", "had":
                guard index + 1 < c.range.upperBound, c.tokens[index + 1].lower == "been" else { return nil }
                if c.tokens[index].lower == "had" { tenure = .past }
                index += 2
            default: return nil
            }
        }
        if let party = partyApposition(from: index, c) { return party }
        var words: [RunWord] = []
        var head: Int?
        var looked = 0
        while index < c.range.upperBound, words.count < 14 {
            let token = c.tokens[index]
            if token.kind == .punctuation {
                if token.isApostrophe, index + 1 < c.range.upperBound, c.tokens[index + 1].lower == "s", !words.isEmpty {
                    words[words.count - 1].isPossessive = true
                    words[words.count - 1].tokens = words[words.count - 1].tokens.lowerBound..<(index + 2)
                    index += 2
                    continue
                }
                if token.isMark("-"), !token.spaceBefore { index += 1; continue }
                break
            }
            guard token.kind == .word else { break }
            let lower = token.lower
            if vocabulary.speechVerbs.contains(lower) { break }
            let isConnector = ontology.phraseConnectors.contains(lower)
            if head == nil {
                // Before the head only title words: "the", "a", possessives, ranks, portfolios,
                // organisation words and capitalised words. "the most important minister" is not
                // a title.
                looked += 1
                if looked > 7 { return nil }
                if isConnector {
                    if !words.isEmpty && !vocabulary.headConnectors.contains(lowercased: lower) { return nil }
                } else if vocabulary.stopwords.contains(lower) && ontology.tenure(marker: lower) == nil {
                    return nil
                }
            } else if !isConnector && !token.isCapitalized && !vocabulary.orgWords.contains(lower) && !ontology.portfolios.contains(lower)
                        && !vocabulary.roles.contains(lower) {
                // After the head only "of …" phrases belong to the title, with lower-case words
                // inside them ("of general staff").
                guard let previous = words.last,
                      previous.isConnector || previous.isCapitalized || vocabulary.orgWords.contains(previous.lower) || vocabulary.determiners.contains(lowercased: previous.lower),
                      !vocabulary.stopwords.contains(lower) || (vocabulary.determiners.contains(lowercased: lower) && previous.isConnector) else { break }
            }
            if head != nil, !isConnector, token.isCapitalized, let previous = words.last, !previous.isConnector, !previous.isPossessive,
               vocabulary.roles.contains(lowercased: previous.lower) || ontology.portfolios.contains(lowercased: previous.lower),
               !ontology.portfolios.contains(lower), !vocabulary.orgWords.contains(lower), !vocabulary.roles.contains(lower),
               ontology.rank(of: lower) == nil {
                // "Finance Minister Gustavo Petricioli", "Secretary of State George Shultz": a name
                // right after the title's words makes this another person, not an apposition.
                return nil
            }
            // "president of its rival": a possessive word after a connector belongs to the title.
            if !isConnector, head != nil, vocabulary.stopwords.contains(lower),
               !(vocabulary.determiners.contains(lowercased: lower) && words.last?.isConnector == true) { break }
            words.append(RunWord(tokens: index..<(index + 1), lower: lower, text: token.text, isCapitalized: token.isCapitalized,
                                 isConnector: isConnector, isPossessive: false))
            index += 1
            if let match = endOfHead(words), head == nil || !isConnector {
                head = words.count - 1
                // A multi-word head is read whole: "Secretary General", "chief operating officer".
                if let longer = longerHead(words, from: match.range.lowerBound, at: &index, c) {
                    words = longer
                    head = words.count - 1
                }
            }
        }
        guard head != nil else { return nil }
        while let first = words.first, first.isConnector, first.lower != "the" || words.count == 1 { words.removeFirst() }
        while let first = words.first, vocabulary.articles.contains(lowercased: first.lower) { words.removeFirst() }
        while let last = words.last, last.isConnector { words.removeLast() }
        guard !words.isEmpty, parser.headMatch(words, capitalized: false) != nil else { return nil }
        let range = words.first!.tokens.lowerBound..<words.last!.tokens.upperBound
        var titles = parser.makeTitles(words, range: range, tenure: tenure ?? contextTenure(before: range.lowerBound, after: range.upperBound, c), c)
        let indefinite = range.lowerBound > c.range.lowerBound && vocabulary.indefiniteArticles.contains(c.tokens, range.lowerBound - 1)
        for index in titles.indices { titles[index].isIndefinite = indefinite }
        return (titles, range.upperBound)
    }

    /// A head that the words read so far end in ("officer" ends "chief operating officer").
    private func endOfHead(_ words: [RunWord]) -> TitleParser.HeadMatch? {
        guard let last = words.last, vocabulary.roles.contains(lowercased: last.lower) else { return nil }
        for length in stride(from: min(ontology.longestHead, words.count), through: 1, by: -1) {
            let start = words.count - length
            let spelling = words[start...].map(\.lower).joined(separator: " ")
            if let head = ontology.head(for: spelling) { return .init(range: start..<words.count, head: head) }
        }
        return nil
    }

    /// Extends a head found at `start` with the words after it when together they spell a longer
    /// head ("Secretary" then "General").
    private func longerHead(_ words: [RunWord], from start: Int, at index: inout Int, _ c: SentenceContext) -> [RunWord]? {
        var extended = words
        var cursor = index
        var best: ([RunWord], Int)?
        while cursor < c.range.upperBound, extended.count - start < ontology.longestHead, c.tokens[cursor].kind == .word {
            let token = c.tokens[cursor]
            extended.append(RunWord(tokens: cursor..<(cursor + 1), lower: token.lower, text: token.text, isCapitalized: token.isCapitalized,
                                    isConnector: ontology.phraseConnectors.contains(token), isPossessive: false))
            cursor += 1
            if let match = parser.head(at: start, in: extended), match.range.upperBound == extended.count { best = (extended, cursor) }
        }
        guard let best else { return nil }
        index = best.1
        return best.0
    }

    /// ", a Republican from Hays", ", the Labour member for Ashcombe": the person's party.
    private func partyApposition(from start: Int, _ c: SentenceContext) -> (titles: [PersonTitle], end: Int)? {
        guard start + 1 < c.range.upperBound, vocabulary.articles.contains(c.tokens, start) else { return nil }
        let token = c.tokens[start + 1]
        guard token.kind == .word, token.isCapitalized else { return nil }
        var end = start + 2
        var party: String?
        // "a Liberal Democrat" before "a Liberal".
        if end < c.range.upperBound, c.tokens[end].kind == .word, c.tokens[end].isCapitalized,
           let pair = ontology.party(token.text + " " + c.tokens[end].text) {
            party = pair
            end += 1
        }
        guard let party = party ?? ontology.party(token.text) else { return nil }
        if end < c.range.upperBound, c.tokens[end].lower == "member" || c.tokens[end].lower == "party" { end += 1 }
        // "a Democrat", "a Republican from Hays" — but not "a Democratic senator": that is a title.
        if end < c.range.upperBound, c.tokens[end].kind == .word, vocabulary.roles.contains(c.tokens, end) { return nil }
        let range = (start + 1)..<end
        var title = PersonTitle(text: c.text(range), role: "member", modifiers: [], qualifiers: [], org: nil,
                                span: c.span(range), sentence: c.sentence, inQuote: c.quoted[range.lowerBound], tokens: range)
        title.kind = .party
        title.party = party
        title.tenure = contextTenure(before: start, after: end, c) ?? .current
        return ([title], end)
    }

    // MARK: Before a name

    /// A title in lower or mixed case right before a name: "chief financial officer Tim Howard",
    /// "India's petroleum minister Mani Aiyar", "Chief executive Ainum Mohd-Saaid".
    func titleBefore(_ start: Int, _ c: SentenceContext) -> [PersonTitle] {
        let last = start - 1
        guard last >= c.range.lowerBound, c.tokens[last].kind == .word, vocabulary.roles.contains(c.tokens, last) else { return [] }
        // The head ends right before the name.
        var headStart: Int?
        var head: String?
        // The words before the name, back to the longest head, a hyphen joining two of them
        // ("secretary-general") read as a space.
        var heads = [last]
        while heads.count < ontology.longestHead, let word = heads.last {
            var previous = word - 1
            if previous > c.range.lowerBound, c.tokens[previous].isMark("-"), !c.tokens[previous].spaceBefore, !c.tokens[word].spaceBefore {
                previous -= 1
            }
            guard previous >= c.range.lowerBound, c.tokens[previous].kind == .word else { break }
            heads.append(previous)
        }
        for length in stride(from: heads.count, through: 1, by: -1) {
            let words = heads.prefix(length).reversed()
            let spelling = words.map { c.tokens[$0].lower }.joined(separator: " ")
            if let found = ontology.head(for: spelling) { headStart = words.first; head = found; break }
        }
        guard let headStart, head != nil else { return [] }
        let lead = leadingWords(before: headStart, c)
        let first = lead.first?.tokens.lowerBound ?? headStart
        var words = lead
        for index in headStart...last where c.tokens[index].kind == .word {
            let token = c.tokens[index]
            words.append(RunWord(tokens: index..<(index + 1), lower: token.lower, text: token.text, isCapitalized: token.isCapitalized,
                                 isConnector: ontology.connectors.contains(token), isPossessive: false))
        }
        // A lone generic word ("head Tim Lee") is too weak to be a title.
        if lead.isEmpty, headStart == last, ontology.postClass(of: head!) == .generic, !c.tokens[last].isCapitalized { return [] }
        let range = first..<start
        return parser.makeTitles(words, range: range, tenure: contextTenure(before: first, after: start, c), c)
    }

    /// Lower-case title words before a head or a capitalised title, read backwards: ranks,
    /// tenure words, portfolios, organisation words, capitalised words and one possessive
    /// ("former deputy", "India's petroleum", "foreign exchange department").
    func leadingWords(before start: Int, _ c: SentenceContext) -> [RunWord] {
        var words: [RunWord] = []
        var index = start - 1
        while index >= c.range.lowerBound, words.count < 5 {
            let token = c.tokens[index]
            // "India's": the possessive ends the title on the left.
            if token.kind == .word, token.lower == "s", index >= c.range.lowerBound + 2, c.tokens[index - 1].isApostrophe,
               !c.tokens[index - 1].spaceBefore, c.tokens[index - 2].kind == .word {
                let owner = c.tokens[index - 2]
                words.append(RunWord(tokens: (index - 2)..<(index + 1), lower: owner.lower, text: owner.text, isCapitalized: owner.isCapitalized,
                                     isConnector: false, isPossessive: true))
                break
            }
            // "vice-president": a hyphen joining two words of the title.
            if token.isMark("-"), !token.spaceBefore, index + 1 < c.range.upperBound, !c.tokens[index + 1].spaceBefore,
               index - 1 >= c.range.lowerBound, c.tokens[index - 1].kind == .word {
                index -= 1
                continue
            }
            guard token.kind == .word else { break }
            let lower = token.lower
            let isTitleWord = ontology.rank(of: lower) != nil || ontology.tenure(marker: lower) != nil || ontology.portfolios.contains(lower)
                || vocabulary.orgWords.contains(lower) || vocabulary.modifiers.contains(lower)
                || (token.isCapitalized && !vocabulary.stopwords.contains(lower) && !vocabulary.starters.contains(lower)
                    // "On Monday shadow home secretary Piet Kestrova": a day or month is no organisation.
                    && !vocabulary.weekdays.contains(lower) && !vocabulary.months.contains(lower))
            guard isTitleWord, !vocabulary.speechVerbs.contains(lower) else { break }
            words.append(RunWord(tokens: index..<(index + 1), lower: lower, text: token.text, isCapitalized: token.isCapitalized,
                                 isConnector: false, isPossessive: false))
            index -= 1
            // "ex-chairman": the tenure word ends it.
            if ontology.tenure(marker: lower) != nil { break }
        }
        return words.reversed()
    }

    // MARK: Tenure

    /// The tenure the words around a title give it, or nil when they say nothing: "former" or
    /// "then" before it, "has served as", "his years as", "who was", "will become", "until" or
    /// "between 1984 and 1986" after it.
    func contextTenure(before start: Int, after end: Int, _ c: SentenceContext) -> Tenure? {
        var index = start - 1
        var steps = 0
        while index >= c.range.lowerBound, steps < 4 {
            let token = c.tokens[index]
            steps += 1
            if token.kind == .punctuation {
                if token.isMark("-"), !token.spaceBefore { index -= 1; continue }
                break
            }
            let lower = token.lower
            if let marked = ontology.tenure(marker: lower) { return marked }
            if vocabulary.determiners.contains(lowercased: lower) { index -= 1; continue }
            if lower == "as" {
                guard index - 1 >= c.range.lowerBound else { return nil }
                var previous = index - 1
                if vocabulary.determiners.contains(c.tokens, previous), previous - 1 >= c.range.lowerBound { previous -= 1 }
                let word = c.tokens[previous].lower
                if ontology.pastCues.contains(word) {
                    // "will serve as" is future; "served as", "his years as" past.
                    return word == "served" || word.hasASCIISuffix("s") || ontology.pastCues.contains(word) ? .past : nil
                }
                if word == "serve", previous - 1 >= c.range.lowerBound, vocabulary.futureMarkers.contains(c.tokens, previous - 1) { return .future }
                return nil
            }
            if lower == "was" || lower == "were" { return .past }
            if lower == "become" || lower == "be", index - 1 >= c.range.lowerBound, vocabulary.futureMarkers.contains(c.tokens, index - 1) {
                return .future
            }
            break
        }
        // After the title: "until he was ousted", "between 1984 and 1986", "under President Nixon".
        var after = end
        if after < c.range.upperBound, c.tokens[after].isMark(",") { after += 1 }
        guard after < c.range.upperBound else { return nil }
        switch c.tokens[after].lower {
        case "until", "till", "under": return .past
        case "between", "from":
            if after + 1 < c.range.upperBound, c.tokens[after + 1].kind == .number || vocabulary.months.contains(c.tokens, after + 1) { return .past }
        default: break
        }
        return nil
    }
}
