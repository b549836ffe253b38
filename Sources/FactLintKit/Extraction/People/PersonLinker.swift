/// Joins the mentions a proposer found into people: full names and surnames by surname, then
/// bare surnames elsewhere ("Solbakk said") and titles standing alone to the one person they can
/// be. When two people share a surname, a bare surname links to nobody.
struct PersonLinker: Sendable {
    let titles: TitleContextReader
    var vocabulary: PeopleVocabulary { titles.vocabulary }

    /// `titleless` marks sentences that give no titles (a headline in capitals).
    func link(_ proposals: PersonProposals, tokens: [Token], sentences: [Sentence], blocks: [Block], quoted: [Bool],
              titleless: Set<Int> = []) -> [Person] {
        // Group by surname.
        var bySurname: [String: [PersonProposals.Candidate]] = [:]
        var order: [String] = []
        // "Sir Alan Fenwick", then "Sir Alan": a knight or dame is named by first name.
        // The knight's own full name first ("Sir Alan Fenwick" beside an "Alan Kittering").
        var surnamesByFirstName: [String: Set<String>] = [:], knightsByFirstName: [String: Set<String>] = [:]
        for candidate in proposals.candidates where candidate.nameWords.count >= 2 {
            let first = candidate.nameWords[0].lowercased(), surname = candidate.nameWords.last!.lowercased()
            surnamesByFirstName[first, default: []].insert(surname)
            if let honorific = candidate.mention.honorific, vocabulary.firstNameHonorifics.contains(honorific) {
                knightsByFirstName[first, default: []].insert(surname)
            }
        }
        for candidate in proposals.candidates {
            guard let last = candidate.nameWords.last else { continue }
            var key = last.lowercased()
            if candidate.nameWords.count == 1, let honorific = candidate.mention.honorific, vocabulary.firstNameHonorifics.contains(honorific),
               let surnames = knightsByFirstName[key] ?? surnamesByFirstName[key], surnames.count == 1 {
                key = surnames.first!
            }
            if bySurname[key] == nil { order.append(key) }
            bySurname[key, default: []].append(candidate)
        }
        var people: [Person] = []
        var surnameOwner: [String: Int] = [:]
        var ambiguous = Set<String>()
        for key in order {
            let group = bySurname[key]!
            let full = group.filter { $0.nameWords.count >= 2 }
            // "Febres Cordero" is the end of "Leon Febres Cordero": the same person, so it takes the
            // longer name's first name.
            let longest = full.map { $0.nameWords.map { $0.lowercased() } }.max { $0.count < $1.count } ?? []
            let firstNames = Set(full.map { candidate -> String in
                let words = candidate.nameWords.map { $0.lowercased() }
                return longest.count > words.count && Array(longest.suffix(words.count)) == words ? longest[0] : words[0]
            })
            if firstNames.count >= 2 {
                // Two people share the surname: each full name is its own person, and bare
                // surnames link to neither.
                ambiguous.insert(key)
                for firstName in firstNames.sorted() {
                    // "Sir Ian" goes with "Sir Ian Blair", not with "Tony Blair".
                    let members = group.filter { candidate in
                        candidate.nameWords.first!.lowercased() == firstName
                            && (candidate.nameWords.count >= 2 || candidate.mention.honorific.map { vocabulary.firstNameHonorifics.contains($0) } ?? false)
                    }
                    people.append(makePerson(members, key: key))
                }
                continue
            }
            surnameOwner[key] = people.count
            people.append(makePerson(group, key: key))
        }
        // A family name written first ("Tian Jiyun", then "Tian said"): the word before the last
        // of one person's full name, no one's surname and no known given name, stands for that
        // person.
        var firstWords: [String: Int] = [:]
        for (index, person) in people.enumerated() {
            for mention in person.mentions where mention.kind == .fullName && mention.tokens.count >= 2 {
                // The word before the last ("Tian" in "Vice-Premier Tian Jiyun").
                let words = mention.tokens.filter { tokens[$0].kind == .word }
                guard words.count >= 2, case let position = words[words.count - 2], position + 1 == words[words.count - 1],
                      tokens[position].isCapitalized, !tokens[position].isAllCaps, tokens[position].text.utf8.count >= 2 else { continue }
                let first = tokens[position].lower
                // "Hu", "Li": two letters, but not "De", "Le" or "Mr".
                if first.utf8.count == 2, vocabulary.particles.contains(lowercased: first) || vocabulary.honorifics.contains(lowercased: first)
                    || vocabulary.nameAbbreviations.contains(lowercased: first) || vocabulary.stopwords.contains(lowercased: first) { continue }
                guard surnameOwner[first] == nil, !ambiguous.contains(first), !vocabulary.givenNames.contains(lowercased: first),
                      !vocabulary.places.contains(tokens[position].text) else { continue }
                firstWords[first] = firstWords[first].map { $0 == index ? index : -1 } ?? index
            }
        }
        var familyFirst = Set<String>()
        for (word, owner) in firstWords.sorted(by: { $0.key < $1.key }) where owner >= 0 {
            surnameOwner[word] = owner
            familyFirst.insert(word)
        }
        // "Tarvik, 47,": a surname with an age is someone's. Of the person the word already
        // names, or, when nobody's, of a person of its own, whose mentions the bare surnames
        // below collect (this one, and "Dev Tarvik" before it).
        for index in proposals.agedSurnames {
            let key = tokens[index].lower
            guard surnameOwner[key] == nil, !ambiguous.contains(key) else { continue }
            surnameOwner[key] = people.count
            people.append(Person(name: tokens[index].text, key: key, mentions: [], titles: []))
        }
        // Bare surnames elsewhere ("Solbakk said") link to the one person of that surname.
        var isUsed = [Bool](repeating: false, count: surnameOwner.isEmpty ? 0 : tokens.count)
        for index in proposals.usedTokens where index < isUsed.count { isUsed[index] = true }
        for sentenceIndex in sentences.indices where !surnameOwner.isEmpty {
            let sentence = sentences[sentenceIndex]
            for index in sentence.tokens where !isUsed[index] && tokens[index].kind == .word {
                let token = tokens[index]
                guard token.isCapitalized, let owner = surnameOwner[token.lower], !ambiguous.contains(token.lower) else { continue }
                // "the King" is the post, not Roger King: no surname after an article.
                if index > sentence.tokens.lowerBound, vocabulary.articles.contains(tokens, index - 1) { continue }
                // A family name written first stands alone: not "Dean Foods Co".
                // "In Memphis, he said", "from Memphis": a place, not the singer Memphis Okoro.
                if familyFirst.contains(token.lower),
                   index + 1 < sentence.tokens.upperBound && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
                       || index > sentence.tokens.lowerBound && vocabulary.placePrepositions.contains(tokens, index - 1) { continue }
                // Skip the first word of a compound name run ("Solbakk Street").
                if index + 1 < sentence.tokens.upperBound, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
                   vocabulary.orgWords.contains(tokens, index + 1) { continue }
                let span = blocks[token.block].text.sourceSpan(of: token.range)
                people[owner].mentions.append(PersonMention(kind: .surname, text: token.text, span: span, sentence: sentenceIndex,
                                                            tokens: index..<(index + 1), honorific: nil, inQuote: quoted[index]))
                // "finance minister Aiyar", "Harris, editor of Mac Format,"
                guard !titleless.contains(sentenceIndex) else { continue }
                let context = SentenceContext(tokens: tokens, blocks: blocks, sentence: sentenceIndex, range: sentence.tokens, quoted: quoted)
                people[owner].titles += titles.titleBefore(index, context)
                if index + 2 < sentence.tokens.upperBound, tokens[index + 1].isMark(","), let apposition = titles.titlePhrase(from: index + 2, context) {
                    people[owner].titles += apposition.titles
                }
            }
        }
        // An aged surname the pass above passed over ("the Tarvik, 47, ...") names no one.
        people.removeAll { $0.mentions.isEmpty }
        // A title standing alone links to the one person holding a compatible title.
        for alone in proposals.titleOnly {
            let title = alone.title
            let holders = people.indices.filter { person in
                people[person].titles.contains { $0.role == title.role && $0.isCompatible(with: title, ontology: titles.ontology) && orgsAgree($0, title) }
            }
            if holders.count == 1, !people[holders[0]].titles.contains(where: { $0.span == title.span }) {
                people[holders[0]].mentions.append(alone.mention)
                people[holders[0]].titles.append(title)
            }
        }
        linkDescriptions(proposals.speakerDescriptions, to: &people, tokens: tokens, sentences: sentences)
        for index in people.indices {
            people[index].mentions.sort { $0.span < $1.span }
            people[index].titles.sort { $0.span < $1.span }
            var flags: UInt8 = 0
            for mention in people[index].mentions { flags |= postWords(around: mention.tokens, in: sentences[mention.sentence].tokens, tokens) }
            for title in people[index].titles where !title.tokens.isEmpty {
                flags |= postWords(around: title.tokens, in: sentences[title.sentence].tokens, tokens)
            }
            people[index].changesPost = flags & 1 != 0
            people[index].leavesPost = flags & 2 != 0
        }
        return people.sorted { ($0.mentions.first?.span ?? SourceSpan(start: 0, end: 0)) < ($1.mentions.first?.span ?? SourceSpan(start: 0, end: 0)) }
    }

    /// What the words near a mention say of posts: bit 1 when one changes hands ("was named
    /// chairman", "succeeded", "took over"), bit 2 when someone leaves one ("resigned",
    /// "ousted"). Near is five words before and eight after, within the sentence.
    private func postWords(around mention: Range<Int>, in sentence: Range<Int>, _ tokens: [Token]) -> UInt8 {
        let ontology = titles.ontology
        var flags: UInt8 = 0
        let window = max(sentence.lowerBound, mention.lowerBound - 5)..<min(sentence.upperBound, mention.upperBound + 8)
        for index in window where tokens[index].kind == .word && !mention.contains(index) {
            let lower = tokens[index].lower
            if ontology.changeWords.contains(lower)
                || (index + 1 < window.upperBound && tokens[index + 1].lower == "over" && ontology.changeWords.contains(lower + " over")) {
                flags |= 1
            }
            if ontology.departureWords.contains(lower) { flags |= 2 }
        }
        return flags
    }

    func orgsAgree(_ a: PersonTitle, _ b: PersonTitle) -> Bool {
        guard let first = a.orgKey, let second = b.orgKey else { return true }
        return titles.ontology.sameOrganisation(first, second)
    }

    private struct SpanKey: Hashable {
        var span: SourceSpan
        var role: String
    }

    private func makePerson(_ members: [PersonProposals.Candidate], key: String) -> Person {
        let longest = members.max { $0.nameWords.count < $1.nameWords.count || ($0.nameWords.count == $1.nameWords.count && $0.mention.span > $1.mention.span) }!
        var mentions: [PersonMention] = []
        var seen = Set<SourceSpan>()
        for member in members where seen.insert(member.mention.span).inserted { mentions.append(member.mention) }
        var titles: [PersonTitle] = []
        var seenTitles = Set<SpanKey>()
        for member in members {
            for title in member.titles where seenTitles.insert(SpanKey(span: title.span, role: title.role)).inserted { titles.append(title) }
        }
        return Person(name: longest.nameWords.joined(separator: " "), key: key, mentions: mentions, titles: titles)
    }
}
