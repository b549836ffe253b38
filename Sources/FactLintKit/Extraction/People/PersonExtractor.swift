/// Finds people, their titles and every mention of them in an article's tokens.
///
/// Three steps, one file each: a ``PersonCandidateProposer`` proposes names and the titles
/// beside them sentence by sentence, the ``TitleParser`` gives each title its structure, and the
/// ``PersonLinker`` joins mentions into people ("Solbakk said" and "Ms Hewitt" to the full name).
public final class PersonExtractor: Sendable {
    let vocabulary: PeopleVocabulary
    /// The post ontology the titles are read with, for the checks that compare them.
    public var ontology: PostOntology { vocabulary.ontology }
    let proposer: any PersonCandidateProposer
    let titles: TitleContextReader
    let linker: PersonLinker
    let descriptions: SpeakerDescriptionReader
    let pronouns: PronounResolver

    public init(lexicons: LexiconSet = .builtIn) {
        vocabulary = PeopleVocabulary(lexicons: lexicons)
        proposer = CapitalisedRunProposer(vocabulary: vocabulary)
        titles = TitleContextReader(parser: TitleParser(vocabulary: vocabulary))
        linker = PersonLinker(titles: titles)
        descriptions = SpeakerDescriptionReader(titles: titles)
        pronouns = PronounResolver(lexicons: lexicons)
    }

    /// `quoted` is ``QuoteMarks/flags(_:)`` of the tokens, when the caller has read it already;
    /// `temporal` the article's dates, which may open a sentence before a pronoun.
    public func extract(tokens: [Token], sentences: [Sentence], blocks: [Block], quoted: [Bool]? = nil,
                        temporal: [TemporalExpression] = []) -> [Person] {
        let quoted = quoted ?? QuoteMarks.flags(tokens)
        var proposals = PersonProposals()
        var titleless = Set<Int>()
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let context = SentenceContext(tokens: tokens, blocks: blocks, sentence: sentenceIndex, range: sentence.tokens, quoted: quoted)
            var found = proposer.propose(in: context, titles: titles)
            if sentence.blockKind == .headline, isAllCapitals(sentence.tokens, tokens) {
                // "CHAIRMAN OF KING WORLD FACES CHARGES": a capitals headline gives no titles.
                for index in found.candidates.indices { found.candidates[index].titles = [] }
                found.titleOnly = []
                titleless.insert(sentenceIndex)
            } else {
                found.speakerDescriptions = descriptions.descriptions(in: context)
            }
            proposals.append(found)
        }
        dropHeadlineCapitals(&proposals, tokens: tokens, sentences: sentences)
        dropFirmNames(&proposals, tokens: tokens)
        var people = linker.link(proposals, tokens: tokens, sentences: sentences, blocks: blocks, quoted: quoted, titleless: titleless)
        for person in people.indices {
            for index in people[person].titles.indices where people[person].titles[index].orgKey == nil {
                let title = people[person].titles[index]
                people[person].titles[index].contextPlace = placeBefore(title.tokens.lowerBound, in: sentences[title.sentence].tokens, tokens)
                people[person].titles[index].contextOrg = organisationNamed(for: title, of: people[person], sentences: sentences, tokens: tokens)
            }
        }
        pronouns.resolve(&people, tokens: tokens, sentences: sentences, blocks: blocks, quoted: quoted, temporal: temporal)
        return people
    }

    /// The last country or city the sentence names before a token, resolved ("Hong Kong",
    /// "france" for "French").
    private func placeBefore(_ end: Int, in range: Range<Int>, _ tokens: [Token]) -> String? {
        let ontology = vocabulary.ontology
        var found: String?
        var index = range.lowerBound
        while index < min(end, range.upperBound) {
            defer { index += 1 }
            guard tokens[index].kind == .word, tokens[index].isCapitalized else { continue }
            if index + 1 < end, tokens[index + 1].kind == .word, let place = ontology.place(tokens[index].text + " " + tokens[index + 1].text) {
                found = place
                index += 1
            } else if let place = ontology.place(tokens[index].text) {
                found = place
            }
        }
        return found?.lowercased()
    }

    private func isAllCapitals(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        !range.contains { tokens[$0].kind == .word && !RunWord.isUppercase(tokens[$0].text) }
    }

    /// "Tollard Vane said" beside "Tollard Vane Corp": a firm's name, not a person's, when the
    /// story writes it with a firm suffix after it and never gives it a title before it or an
    /// honorific.
    private func dropFirmNames(_ proposals: inout PersonProposals, tokens: [Token]) {
        guard proposals.candidates.contains(where: { $0.nameWords.count >= 2 }) else { return }
        var firms = Set<String>()
        for index in tokens.indices.dropFirst(2) where tokens[index].kind == .word && tokens[index].isCapitalized
            && vocabulary.firmSuffixes.contains(tokens[index]) {
            // The capitalised words before the suffix, up to four of them: each ending of that
            // run of two words or more is a name the firm may go by ("Vane Bay" of "Tollard Vane
            // Bay Corp" too).
            var start = index
            while start > 0, index - start < 4, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
                  tokens[start - 1].block == tokens[index].block {
                start -= 1
            }
            guard start < index else { continue }
            for first in start..<(index - 1) {
                firms.insert((first..<index).map { tokens[$0].lower }.joined(separator: " "))
            }
        }
        guard !firms.isEmpty else { return }
        let key = { (candidate: PersonProposals.Candidate) in candidate.nameWords.map { $0.lowercased() }.joined(separator: " ") }
        var personal = Set<String>()
        // A title after the name may be the appositive of the next name in a list ("formerly
        // president of American Vane, vice chairman"); one before it is the person's.
        for candidate in proposals.candidates where candidate.mention.honorific != nil
            || candidate.titles.contains(where: { $0.tokens.upperBound <= candidate.mention.tokens.lowerBound }) {
            personal.insert(key(candidate))
        }
        proposals.candidates.removeAll { candidate in
            candidate.nameWords.count >= 2 && firms.contains(key(candidate)) && !personal.contains(key(candidate))
        }
    }

    /// In an all-capitals headline every word looks like a name ("IRANIAN PREMIER REITERATES
    /// WARNING"): a name there counts only if the story spells each of its words as a name too.
    private func dropHeadlineCapitals(_ proposals: inout PersonProposals, tokens: [Token], sentences: [Sentence]) {
        let inCapitalHeadline = { (candidate: PersonProposals.Candidate) in
            sentences[candidate.mention.sentence].blockKind == .headline && candidate.nameWords.allSatisfy(RunWord.isUppercase)
        }
        // Most articles have no such name, and then the story's names are never needed.
        guard proposals.candidates.contains(where: inCapitalHeadline) else { return }
        var storyNames = Set<String>()
        for sentence in sentences where sentence.blockKind != .headline {
            for index in sentence.tokens where tokens[index].kind == .word && tokens[index].isCapitalized && !tokens[index].isAllCaps {
                storyNames.insert(tokens[index].lower)
            }
        }
        proposals.candidates.removeAll { candidate in
            inCapitalHeadline(candidate) && !candidate.nameWords.allSatisfy { storyNames.contains($0.lowercased()) }
        }
    }
}
