/// Gives each person the evidence of their sex: honorifics, gendered titles, and the pronouns
/// whose antecedent is plain. A pronoun outside quotation marks is read as a person's when that
/// person is the only one named earlier in its sentence, or, if none is, the only one named in
/// the sentence before, and no word for another person ("woman", "his wife", "spokeswoman")
/// stands between them.
struct PronounResolver: Sendable {
    let pronouns: Lexicon
    let gendered: Lexicon
    let honorifics: Lexicon
    let familyWords: Lexicon
    /// Words for people and posts ("lawyer", "negotiator", "the chairman"): another person.
    let personWords: UInt64

    init(lexicons: LexiconSet) {
        personWords = lexicons.mask("post-heads", "title-roles")
        pronouns = lexicons["gendered-pronouns"]
        gendered = lexicons["gendered-words"]
        honorifics = lexicons["honorifics"]
        familyWords = lexicons["family-words"]
    }

    func resolve(_ people: inout [Person], tokens: [Token], sentences: [Sentence], blocks: [Block], quoted: [Bool]) {
        guard !people.isEmpty else { return }
        // Who is named in each sentence, and where.
        var named: [Int: [(person: Int, token: Int)]] = [:]
        for (index, person) in people.enumerated() {
            for mention in person.mentions where mention.kind != .title { named[mention.sentence, default: []].append((index, mention.tokens.lowerBound)) }
            for mention in person.mentions where mention.kind == .honorific {
                // "Mrs Reagan" is usually the wife of "Reagan": Mrs, Mme, Lady and Dame give nothing.
                guard let word = honorificWord(before: mention.tokens.lowerBound, tokens),
                      !["mrs", "mme", "lady", "dame"].contains(word.lower),
                      let gender = honorifics.key(for: word.text).flatMap(Self.gender) else { continue }
                people[index].genderEvidence.append(GenderEvidence(gender: gender, source: .honorific, text: word.text,
                                                                   span: blocks[word.block].text.sourceSpan(of: word.range), sentence: mention.sentence))
            }
            for title in person.titles where !title.tokens.isEmpty {
                for position in title.tokens where tokens[position].kind == .word {
                    guard let gender = gendered.key(for: tokens[position].lower).flatMap(Self.gender) else { continue }
                    people[index].genderEvidence.append(GenderEvidence(gender: gender, source: .title, text: tokens[position].text,
                                                                       span: blocks[tokens[position].block].text.sourceSpan(of: tokens[position].range),
                                                                       sentence: title.sentence))
                }
            }
        }
        for (sentenceIndex, sentence) in sentences.enumerated() {
            // A sentence with both "he" and "she" is about two people: its pronouns say nothing.
            let genders = Set(sentence.tokens.compactMap { tokens[$0].kind == .word && !quoted[$0] ? pronouns.key(for: tokens[$0].lower) : nil })
            guard genders.count == 1 else { continue }
            for position in sentence.tokens where tokens[position].kind == .word && !quoted[position] {
                guard let gender = pronouns.key(for: tokens[position].lower).flatMap(Self.gender) else { continue }
                var candidates = (named[sentenceIndex] ?? []).filter { $0.token < position }
                var from = sentence.tokens.lowerBound
                if candidates.isEmpty, sentenceIndex > 0 {
                    candidates = named[sentenceIndex - 1] ?? []
                    from = sentences[sentenceIndex - 1].tokens.lowerBound
                }
                let persons = Set(candidates.map(\.person))
                guard persons.count == 1, let person = persons.first, let first = candidates.map(\.token).min() else { continue }
                // "She alleged Fernandez had …": a person named after the pronoun in its own
                // sentence is not its antecedent.
                if (named[sentenceIndex] ?? []).contains(where: { $0.person == person && $0.token > position }) { continue }
                // "Mr Lee and his wife, who said she …": another person between them.
                let between = max(from, first)..<position
                let own = people[person].titles.map(\.tokens)
                guard !between.contains(where: { index in
                    tokens[index].kind == .word
                        && (gendered.contains(tokens[index].lower) || familyWords.contains(tokens[index].lower) || tokens[index].classes & personWords != 0)
                        && !own.contains { $0.contains(index) }
                }) else { continue }
                let token = tokens[position]
                people[person].genderEvidence.append(GenderEvidence(gender: gender, source: .pronoun, text: token.text,
                                                                    span: blocks[token.block].text.sourceSpan(of: token.range), sentence: sentenceIndex))
            }
        }
        for index in people.indices { people[index].genderEvidence.sort { $0.span < $1.span } }
    }

    private func honorificWord(before start: Int, _ tokens: [Token]) -> Token? {
        var index = start - 1
        while index >= 0, tokens[index].text == "." { index -= 1 }
        guard index >= 0, tokens[index].kind == .word, honorifics.contains(tokens[index].lower) else { return nil }
        return tokens[index]
    }

    private static func gender(_ key: String) -> GenderEvidence.Gender? {
        switch key {
        case "m": return .male
        case "f": return .female
        default: return nil
        }
    }
}
