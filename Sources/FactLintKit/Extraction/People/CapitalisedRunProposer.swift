/// The rule-based proposer: reads runs of capitalised words ("Armenia's Chief of General
/// Staff Davit Harutyan") and splits each into a title and a name; reads titles in apposition
/// ("Arvid Solbakk, Azerbaijan's chief of general staff,") and titles that stand alone for a
/// person ("says Azerbaijan's chief of general staff"). A run with no title is a name only when
/// something marks it as a person: an honorific, a speech verb, an age or a title beside it.
struct CapitalisedRunProposer: PersonCandidateProposer {
    let vocabulary: PeopleVocabulary
    let runs: CapitalisedRunReader

    init(vocabulary: PeopleVocabulary) {
        self.vocabulary = vocabulary
        runs = CapitalisedRunReader(vocabulary: vocabulary)
    }

    func propose(in c: SentenceContext, titles: TitleContextReader) -> PersonProposals {
        var proposals = PersonProposals()
        let tokens = c.tokens
        let range = c.range
        var index = range.lowerBound
        while index < range.upperBound {
            // Most tokens start no capitalised run; say so before building one.
            guard tokens[index].kind == .word, tokens[index].isCapitalized,
                  let run = runs.run(at: index, tokens, range), !run.isEmpty else {
                index += 1
                continue
            }
            let end = run.last!.tokens.upperBound
            // "Azerbaijan's chief of general staff": a possessive, then a title in lower case.
            if run.count == 1, run[0].isPossessive, let phrase = titles.titlePhrase(from: run[0].tokens.upperBound, c), let first = phrase.titles.first {
                let whole = run[0].tokens.lowerBound..<phrase.end
                var title = first
                title.org = run[0].text
                title.orgKey = titles.ontology.organisationKey(run[0].text)
                title.text = c.text(whole)
                title.span = c.span(whole)
                title.tokens = whole
                if title.tenure == .current, let tenure = titles.contextTenure(before: whole.lowerBound, after: whole.upperBound, c) { title.tenure = tenure }
                proposals.titleOnly.append(.init(title: title, mention: PersonMention(kind: .title, text: title.text, span: title.span,
                                                                                      sentence: c.sentence, tokens: whole, honorific: nil,
                                                                                      inQuote: c.quoted[whole.lowerBound])))
                index = phrase.end
                continue
            }
            let found = analyse(run, c, titles)
            let firstNew = proposals.candidates.count
            proposals.candidates.append(contentsOf: found.candidates)
            if let alone = found.titleOnly { proposals.titleOnly.append(alone) }
            proposals.agedSurnames += found.agedSurnames
            for candidate in found.candidates { proposals.usedTokens.append(contentsOf: candidate.mention.tokens) }
            // "Arvid Solbakk, Azerbaijan's chief of general staff,"
            if proposals.candidates.count > firstNew, let last = found.candidates.last, last.mention.tokens.upperBound == end,
               end < range.upperBound, tokens[end].isMark(","),
               let apposition = titles.titlePhrase(from: end + 1, c) {
                // "Acme's chairman, Nina Patel, Zenith's chairman, Omar Reyes,":
                // a title between two names set off by commas is the second one's.
                if !introducesName(at: apposition.end, c) {
                    proposals.candidates[proposals.candidates.count - 1].titles += apposition.titles
                }
                index = apposition.end
                continue
            }
            index = max(end, index + 1)
        }
        return proposals
    }

    /// Whether a comma and a capitalised name of two words or more follow: the title before
    /// them belongs to that name.
    private func introducesName(at index: Int, _ c: SentenceContext) -> Bool {
        // The title must end in its head ("Emery's chairman,"): "president of its rival, Acme
        // Freight," names the rival.
        guard index + 2 < c.range.upperBound, index > c.range.lowerBound, c.tokens[index].isMark(","), !c.quoted[index],
              vocabulary.roles.contains(c.tokens, index - 1) else { return false }
        let first = c.tokens[index + 1], second = c.tokens[index + 2]
        guard first.kind == .word, first.isCapitalized, !vocabulary.stopwords.contains(first), !vocabulary.starters.contains(first),
              !vocabulary.speechVerbs.contains(first) else { return false }
        return second.kind == .word && second.isCapitalized || second.isMark(".") && first.text.count == 1
    }

    /// A run cut into people: several when an honorific or "and" starts another name.
    struct Analysis {
        var candidates: [PersonProposals.Candidate] = []
        var titleOnly: PersonProposals.TitleMention?
        /// Single name words with an age after them ("Tarvik, 47,").
        var agedSurnames: [Int] = []

        mutating func join(_ other: Analysis) {
            candidates.append(contentsOf: other.candidates)
            agedSurnames.append(contentsOf: other.agedSurnames)
            if titleOnly == nil { titleOnly = other.titleOnly }
        }
    }

    func analyse(_ original: [RunWord], _ c: SentenceContext, _ titles: TitleContextReader) -> Analysis {
        let v = vocabulary
        // "Chief of Staff Arvid Solbakk and Chief of Staff Yevgeny Lebedenko" is two people.
        if let split = original.indices.first(where: { index in
            original[index].isConnector && original[index].lower == "and" && index > 0 && index + 1 < original.count
                && isNameWord(original[index - 1])
                && !v.roles.contains(lowercased: original[index - 1].lower)
                && (original[..<index].contains(where: { v.roles.contains($0.lower) && $0.isCapitalized })
                    // "Rolf Dahl and President-elect Ida Moe"
                    || v.roles.contains(lowercased: original[index + 1].lower) || v.modifiers.contains(lowercased: original[index + 1].lower)
                    || v.honorifics.contains(lowercased: original[index + 1].lower)
                    // "Kostas Tollard and Katerina Vantor": two full names, each of two or
                    // three words opening with a known first name.
                    || isPairOfFullNames(original, and: index))
        }) {
            var first = analyse(Array(original[..<split]), c, titles)
            first.join(analyse(Array(original[(split + 1)...]), c, titles))
            return first
        }
        var words = original
        var result = Analysis()
        // A sentence opener ("The", "In") is not part of a name.
        while let first = words.first, v.starters.contains(lowercased: first.lower), !v.roles.contains(lowercased: first.lower), !v.honorifics.contains(lowercased: first.lower),
              !v.modifiers.contains(lowercased: first.lower) {
            words.removeFirst()
        }
        while let first = words.first, first.isConnector { words.removeFirst() }
        // A sentence opener after a name ("Vadim Mitroshin The dispute") is a missing full stop.
        if let cut = words.indices.dropFirst().first(where: { words[$0].lower == "the" && words[$0].isCapitalized }) {
            words = Array(words[..<cut])
        }
        guard !words.isEmpty else { return result }


        // "Commenting Mr Mecklin": the honorific starts the name.
        if let honorificIndex = words.indices.dropFirst().first(where: { v.honorifics.contains(words[$0].lower) && words[$0].isCapitalized }) {
            var first = analyse(Array(words[..<honorificIndex]), c, titles)
            first.join(analyse(Array(words[honorificIndex...]), c, titles))
            return first
        }
        // "Mr Hewitt", "Dr. Jane Smith"
        if v.honorifics.contains(lowercased: words[0].lower) {
            let honorific = words[0].text
            // "Mr Aiyar and Russian …": the name ends at a connector.
            let rest = Array(words.dropFirst().prefix { !$0.isConnector })
            guard !rest.isEmpty, rest.count <= 4, rest.allSatisfy(isNameWord) else { return result }
            let range = rest.first!.tokens.lowerBound..<rest.last!.tokens.upperBound
            let mention = PersonMention(kind: .honorific, text: c.text(range), span: c.span(range), sentence: c.sentence,
                                        tokens: range, honorific: honorific, inQuote: c.quoted[range.lowerBound])
            result.candidates.append(.init(nameWords: rest.map(\.text), mention: mention,
                                           titles: titles.titleBefore(words[0].tokens.lowerBound, c)))
            return result
        }

        // The last post head splits title from name.
        guard let head = titles.parser.headMatch(words) else { return nameOnly(words, c, titles) }
        // "Dean Kleckner", "King Hussein": a head that is also a first name, alone before one
        // name word, is part of the name.
        if head.range == 0..<1, words.count == 2, titles.ontology.headFirstNames.contains(lowercased: words[0].lower), isNameWord(words[1]),
           titles.leadingWords(before: words[0].tokens.lowerBound, c).isEmpty {
            return fullName(words, c)
        }
        // "Roger King, chairman of …": a known first name (not a place: "Charlotte Mayor") before
        // a head that ends the run is a surname when something marks a person after it, or a
        // title comes right before it ("deputy governor Mervyn King").
        // The title makes the first word a first name even when the given-names lexicon lacks it.
        if head.range == 1..<2, words.count == 2, isNameWord(words[0]), !v.roles.contains(lowercased: words[0].lower),
           !v.orgWords.contains(lowercased: words[0].lower),
           !words[0].isPossessive, v.ontology.place(words[0].text) == nil, titles.leadingWords(before: words[0].tokens.lowerBound, c).isEmpty,
           // "The Charlotte Mayor": an article before it makes it a post.
           !(words[0].tokens.lowerBound > c.range.lowerBound && v.articles.contains(lowercased: c.tokens[words[0].tokens.lowerBound - 1].lower)) {
            let before = titles.titleBefore(words[0].tokens.lowerBound, c)
            if !before.isEmpty || v.givenNames.contains(lowercased: words[0].lower) && isCued(after: words[1].tokens.upperBound, c, titles) {
                return fullName(words, c, titles: before)
            }
        }
        var nameStart = head.range.upperBound
        // "President-elect Ida Moe", "Chairman designate Ed Roy"
        while nameStart < words.count, vocabulary.postSuffixes.contains(lowercased: words[nameStart].lower) { nameStart += 1 }
        if nameStart < words.count, words[nameStart].isConnector, words[nameStart].lower == "of" {
            // "Chief of General Staff of Poland's Ground Forces Marek Zielny": the name follows
            // the last organisation word or possessive; otherwise it is the last two words.
            var lastOrg: Int?
            for index in nameStart..<words.count where v.orgWords.contains(lowercased: words[index].lower) || words[index].isPossessive || words[index].isConnector {
                lastOrg = index
            }
            if let lastOrg, lastOrg + 1 < words.count, !words[lastOrg].isConnector || lastOrg + 2 < words.count {
                nameStart = words[lastOrg].isConnector ? lastOrg + 2 : lastOrg + 1
            } else {
                nameStart = max(nameStart + 2, words.count - 2)
            }
        }
        // "former deputy Treasury Secretary": lower-case title words before the run belong to it.
        let titleWords = titles.leadingWords(before: words[0].tokens.lowerBound, c) + Array(words[..<min(nameStart, words.count)])
        let nameWords = nameStart < words.count ? Array(words[nameStart...]) : []
        let titleRange = titleWords.first!.tokens.lowerBound..<titleWords.last!.tokens.upperBound
        let nameEnd = nameWords.last?.tokens.upperBound ?? titleRange.upperBound
        let runTitles = titles.parser.makeTitles(titleWords, range: titleRange,
                                                 tenure: titles.contextTenure(before: titleRange.lowerBound, after: nameEnd, c), c)
        let title = runTitles[runTitles.count - 1]

        guard !nameWords.isEmpty else {
            // A title with no name after it stands for a person only with an organisation:
            // "Azerbaijan's Chief of General Staff said".
            if title.org != nil || title.qualifiers.count >= 1 {
                let mention = PersonMention(kind: .title, text: title.text, span: title.span, sentence: c.sentence,
                                            tokens: titleRange, honorific: nil, inQuote: title.inQuote)
                result.titleOnly = .init(title: title, mention: mention)
            }
            return result
        }
        guard nameWords.count <= 4, allNameWords(nameWords), nameWords.contains(where: { $0.isCapitalized }) else { return result }
        let range = nameWords.first!.tokens.lowerBound..<nameWords.last!.tokens.upperBound
        let mention = PersonMention(kind: nameWords.count >= 2 ? .fullName : .surname, text: c.text(range), span: c.span(range),
                                    sentence: c.sentence, tokens: range, honorific: nil, inQuote: c.quoted[range.lowerBound])
        result.candidates.append(.init(nameWords: nameWords.map(\.text), mention: mention, titles: runTitles))
        return result
    }

    /// A run with no title: a name only when something marks it as a person (a speech verb, an
    /// apposition or an age after it, "according to" before it).
    private func nameOnly(_ words: [RunWord], _ c: SentenceContext, _ titles: TitleContextReader, cuesAfter: Int? = nil) -> Analysis {
        let v = vocabulary
        var result = Analysis()
        // "Ruth Amberley of Caldwell Partners said": a name, then the organisation it speaks
        // for. The name is cued by what stands before it or after the whole run.
        if cuesAfter == nil, let of = words.indices.first(where: { words[$0].isConnector && words[$0].lower == "of" }), of >= 2 {
            return nameOnly(Array(words[..<of]), c, titles, cuesAfter: words.last!.tokens.upperBound)
        }
        // A single capitalised word is too often a place or a company ("Russia announced"); it
        // becomes a person only through a full name, a title or an honorific elsewhere, or an
        // age set off after it ("Tarvik, 47, joined"), which a place or a firm never has.
        if words.count == 1, cuesAfter == nil, isSurnameWithAge(words[0], c) {
            result.agedSurnames.append(words[0].tokens.lowerBound)
            return result
        }
        guard words.count >= 2, words.count <= 4, allNameWords(words), !words.contains(where: { $0.isConnector }) else { return result }
        // "Tollard's Peter Vantor": whose the person is (a club, a firm, a country) before the name.
        if words.count >= 3, words[0].isPossessive, !words.dropFirst().contains(where: \.isPossessive) {
            return nameOnly(Array(words.dropFirst()), c, titles, cuesAfter: cuesAfter)
        }
        var words = words
        if words.last!.isPossessive == false, words.contains(where: \.isPossessive) { return result }
        let range = words.first!.tokens.lowerBound..<words.last!.tokens.upperBound
        let after = range.upperBound
        let before = range.lowerBound - 1
        // After the name, or after the organisation that follows it.
        var cued = isCued(after: after, c, titles)
        if let end = cuesAfter { cued = cued || isCued(after: pastOrganisation(from: end, c), c, titles) }
        if before >= c.range.lowerBound {
            let previous = c.tokens[before]
            // "ex-Yukos boss Mikhail Khodorkovsky", "film director Oliver Stone"
            if previous.kind == .word, !previous.isCapitalized, v.roles.contains(previous) { cued = true }
            // "Reagan's chief of staff, Donald Regan"
            if previous.isMark(","), ((max(c.range.lowerBound, before - 5))..<before).contains(where: { v.roles.contains(c.tokens, $0) }) { cued = true }
            if previous.lower == "to", before - 1 >= c.range.lowerBound, c.tokens[before - 1].lower == "according" { cued = true }
            // "said Ben Coppin from Envisional", "said Ann Lee, a spokeswoman"
            if v.speechVerbs.contains(previous), after < c.range.upperBound,
               [",", ".", "of", "from", "at"].contains(c.tokens[after].lower) { cued = true }
        }
        // "Ruth Calloway is confident": a known first name before one or two name words.
        if !cued { cued = startsWithGivenName(words, c) }
        // A possessive surname at the end ("Solbakk's") is still the person.
        if words.last!.isPossessive { words[words.count - 1].isPossessive = false }
        guard cued else { return result }
        let mention = PersonMention(kind: words.count >= 2 ? .fullName : .surname, text: c.text(range), span: c.span(range),
                                    sentence: c.sentence, tokens: range, honorific: nil, inQuote: c.quoted[range.lowerBound])
        // "film director Oliver Stone"; "Reagan's chief of staff, Donald Regan".
        var found = titles.titleBefore(range.lowerBound, c)
        if found.isEmpty, before >= c.range.lowerBound, c.tokens[before].isMark(",") {
            // Only a title that names whose it is: not "Tom Ellery is the brooding king, Anna …".
            found = titles.titleBefore(before, c).filter { $0.org != nil }
        }
        result.candidates.append(.init(nameWords: words.map(\.text), mention: mention, titles: found))
        return result
    }

    /// "Tarvik, 47, joined the group": one name word, not a known place, party, post or
    /// organisation word, with an age between commas (or in brackets) right after it and a
    /// clause after that, is someone's surname; a list of places with counts ("Brannock, 12,
    /// Tollard, 9") has another name or count after the age instead. The linker gives it to the
    /// person the word already names ("Juan Lechin Oquendo"), or makes it a person.
    private func isSurnameWithAge(_ word: RunWord, _ c: SentenceContext) -> Bool {
        let v = vocabulary
        let range = word.tokens
        let (comma, age, close) = (range.upperBound, range.upperBound + 1, range.upperBound + 2)
        // The marks and the number first: most single words have no age after them.
        guard close + 1 < c.range.upperBound, c.tokens[age].kind == .number, c.tokens[comma].isMark(anyOf: ",("),
              c.tokens[age].text.utf8.count <= 2, let value = Int(c.tokens[age].text), value >= 16,
              c.tokens[close].isMark(c.tokens[comma].isMark("(") ? ")" : ","),
              c.tokens[close + 1].kind == .word, !c.tokens[close + 1].isCapitalized,
              isNameWord(word), !word.isPossessive, !RunWord.isUppercase(word.text), word.text.count >= 3,
              v.ontology.place(word.text) == nil, v.ontology.party(word.text) == nil,
              !v.roles.contains(lowercased: word.lower), !v.orgWords.contains(lowercased: word.lower),
              !v.starters.contains(lowercased: word.lower),
              range.lowerBound == c.range.lowerBound || c.tokens[range.lowerBound - 1].kind != .number else { return false }
        return true
    }

    /// A run of words read whole as one person's full name, with the titles before it, if any.
    private func fullName(_ words: [RunWord], _ c: SentenceContext, titles: [PersonTitle] = []) -> Analysis {
        let range = words[0].tokens.lowerBound..<words[words.count - 1].tokens.upperBound
        let mention = PersonMention(kind: .fullName, text: c.text(range), span: c.span(range), sentence: c.sentence,
                                    tokens: range, honorific: nil, inQuote: c.quoted[range.lowerBound])
        return Analysis(candidates: [.init(nameWords: words.map(\.text), mention: mention, titles: titles)])
    }

    /// Whether the words on both sides of an "and" are full names of two or three words, each
    /// opening with a known first name ("Ruth Calloway and Alan Kittering"), not a firm's two
    /// names ("Barnes and Noble") or a first name shared ("Simon and Garfunkel").
    private func isPairOfFullNames(_ words: [RunWord], and index: Int) -> Bool {
        let left = words[..<index], right = words[(index + 1)...]
        return (2...3).contains(left.count) && (2...3).contains(right.count)
            && [left.first!, right.first!].allSatisfy { vocabulary.givenNames.contains(lowercased: $0.lower) }
            && (left + right).allSatisfy { !$0.isConnector && !$0.isPossessive }
    }

    /// Whether a run of two or three words starts with a known first name ("Ruth Calloway"),
    /// and is not a place ("Victoria Falls"), a party ("Tory Whips"), a post ("Dean Ames" is
    /// read by the title parser) or the start of an organisation's name ("Walt Disney Co").
    private func startsWithGivenName(_ words: [RunWord], _ c: SentenceContext) -> Bool {
        let v = vocabulary
        guard words.count == 2 || words.count == 3, !words[0].isPossessive, words[0].text.count >= 3,
              v.givenNames.contains(lowercased: words[0].lower), words.allSatisfy({ $0.isCapitalized && !RunWord.isUppercase($0.text) }),
              v.ontology.place(words[0].text) == nil, v.ontology.place(words[1].text) == nil, v.ontology.party(words[0].text) == nil,
              !v.roles.contains(lowercased: words[0].lower) else { return false }
        let after = words.last!.tokens.upperBound
        if after < c.range.upperBound, c.tokens[after].kind == .word, c.tokens[after].isCapitalized { return false }
        return true
    }

    /// Whether what follows a name marks it as a person: a speech verb ("Nina Patel said"), or
    /// after a comma an age, a speech verb, "who" or a title ("Nina Patel, 45,", "…, said",
    /// "…, who", "…, an economist,").
    private func isCued(after position: Int, _ c: SentenceContext, _ titles: TitleContextReader) -> Bool {
        guard position < c.range.upperBound else { return false }
        if vocabulary.speechVerbs.contains(c.tokens, position) { return true }
        guard c.tokens[position].isMark(","), position + 1 < c.range.upperBound else { return false }
        let following = c.tokens[position + 1]
        return (following.kind == .number && following.text.count <= 3) || vocabulary.speechVerbs.contains(following)
            || vocabulary.personRelatives.contains(c.tokens, position + 1)
            || titles.titlePhrase(from: position + 1, c) != nil
    }

    /// The position after the rest of an organisation's name, commas and "and Co" included
    /// ("Grant, Hale and Co said"), looking at most six tokens on.
    private func pastOrganisation(from start: Int, _ c: SentenceContext) -> Int {
        var next = start
        let limit = min(c.range.upperBound, start + 6)
        while next < limit, c.tokens[next].isCapitalized || c.tokens[next].lower == "and" || c.tokens[next].isMark("&")
            || (c.tokens[next].isMark(",") && next + 1 < limit && c.tokens[next + 1].isCapitalized) { next += 1 }
        return next
    }

    /// Whether every word can be part of a name; a short capital group ("FX" in "Robert FX
    /// Sillerman") is allowed between other name words.
    private func allNameWords(_ words: [RunWord]) -> Bool {
        let v = vocabulary
        return words.indices.allSatisfy { index in
            if isNameWord(words[index]) { return true }
            let word = words[index]
            // "Jan Holt", "May Lee": a month name can be a first name.
            if index < words.count - 1, v.months.contains(lowercased: word.lower), word.isCapitalized { return true }
            let isInnerAcronym = index > 0 && index < words.count - 1 && word.text.count <= 3 && RunWord.isUppercase(word.text)
                && !v.orgWords.contains(lowercased: word.lower) && !v.roles.contains(lowercased: word.lower)
            return isInnerAcronym
        }
    }

    func isNameWord(_ word: RunWord) -> Bool {
        let v = vocabulary
        guard word.isCapitalized || v.particles.contains(lowercased: word.lower) else { return false }
        if v.orgWords.contains(lowercased: word.lower) || v.roles.contains(lowercased: word.lower) || v.modifiers.contains(lowercased: word.lower) { return false }
        if v.months.contains(lowercased: word.lower) || v.weekdays.contains(lowercased: word.lower) { return false }
        if word.text.count >= 2 && RunWord.isUppercase(word.text) && word.text.count <= 4 && !word.text.utf8.contains(UInt8(ascii: ".")) {
            // Acronyms ("EC", "IBM") are organisations, not names.
            return word.text.count > 4
        }
        return true
    }
}
