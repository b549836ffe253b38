/// Finds people, their titles and every mention of them in an article's tokens.
///
/// Three steps, one file each: a ``PersonCandidateProposer`` proposes names and the titles
/// beside them sentence by sentence, the ``TitleParser`` gives each title its structure, and the
/// ``PersonLinker`` joins mentions into people ("Valiyev said" and "Ms Hewitt" to the full name).
public struct PersonExtractor: Sendable {
    let vocabulary: PeopleVocabulary
    let proposer: any PersonCandidateProposer
    let titles: TitleParser
    let linker: PersonLinker

    public init(lexicons: LexiconSet = .builtIn) {
        vocabulary = PeopleVocabulary(lexicons: lexicons)
        proposer = CapitalisedRunProposer(vocabulary: vocabulary)
        titles = TitleParser(vocabulary: vocabulary)
        linker = PersonLinker(vocabulary: vocabulary)
    }

    public func extract(tokens: [Token], sentences: [Sentence], blocks: [Block]) -> [Person] {
        let quoted = SentenceContext.quoteFlags(tokens)
        var proposals = PersonProposals()
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let context = SentenceContext(tokens: tokens, blocks: blocks, sentence: sentenceIndex, range: sentence.tokens, quoted: quoted)
            proposals.append(proposer.propose(in: context, titles: titles))
        }
        dropHeadlineCapitals(&proposals, tokens: tokens, sentences: sentences)
        return linker.link(proposals, tokens: tokens, sentences: sentences, blocks: blocks, quoted: quoted)
    }

    /// Whether each token stands inside quotation marks, per block.
    func quoteFlags(_ tokens: [Token]) -> [Bool] { SentenceContext.quoteFlags(tokens) }

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
