/// The single capitalised words an article gives a speech verb outside quotation marks ("McIlroy
/// said", '"…," said McIlroy.'). Alone, such a word may be a company ("Chrysler said"); it marks
/// a person only where a run of name words ends in it ("Runner James McIlroy is confident").
/// Words of any lexicon, words in capitals, words also written in lower case ("Police said",
/// "police"), and words beside another capitalised word are left out.
enum CuedSurnames {
    static func find(_ tokens: [Token], quoted: [Bool], vocabulary: PeopleVocabulary) -> [String] {
        var found: [Int] = []
        // The speech verbs by their class bit: no lookup per token.
        for index in tokens.indices where tokens[index].classes & vocabulary.speechVerbBits != 0 && tokens[index].kind == .word && !quoted[index] {
            // "McIlroy said"
            if index >= 1, tokens[index - 1].block == tokens[index].block, isLoneName(index - 1, tokens) { found.append(index - 1) }
            // "said McIlroy." and "said McIlroy,"
            if index + 2 < tokens.count, tokens[index + 1].block == tokens[index].block, isLoneName(index + 1, tokens),
               tokens[index + 2].isMark(".") || tokens[index + 2].isMark(",") {
                found.append(index + 1)
            }
        }
        guard !found.isEmpty else { return [] }
        // A few words: short lists, compared by length before their letters.
        var lowers: [String] = []
        for index in found where !lowers.contains(tokens[index].lower) { lowers.append(tokens[index].lower) }
        let lengths = lowers.map(\.utf8.count)
        var common = [Bool](repeating: false, count: lowers.count)
        for index in tokens.indices where tokens[index].kind == .word && !tokens[index].isCapitalized {
            let length = tokens[index].range.count
            for candidate in lowers.indices where lengths[candidate] == length && !common[candidate] && tokens[index].lower == lowers[candidate] {
                common[candidate] = true
            }
        }
        var names: [String] = []
        for index in found {
            guard let candidate = lowers.firstIndex(of: tokens[index].lower), !common[candidate], !names.contains(tokens[index].text) else { continue }
            names.append(tokens[index].text)
        }
        return names
    }

    /// A capitalised word of no lexicon, not in capitals, with no capitalised word beside it.
    private static func isLoneName(_ index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].kind == .word, tokens[index].isCapitalized, tokens[index].classes == 0, tokens[index].range.count >= 3,
              !tokens[index].isAllCaps else { return false }
        let block = tokens[index].block
        let isName = { (other: Int) in
            tokens.indices.contains(other) && tokens[other].block == block && tokens[other].kind == .word && tokens[other].isCapitalized
        }
        return !isName(index - 1) && !isName(index + 1)
    }

    /// The name in a run of name words ending in a cued surname, which has no cue of its own,
    /// less a first word that only describes: a word opening the sentence before a first name
    /// and a surname ("Runner James McIlroy", "Veteran"), a place or nationality ("American
    /// Robby Ginepri"), a word in "-ing" or "-ed" ("Fuming Robinson"). Nil when what is left is
    /// one word, or holds a place ("Latin America").
    static func name(_ words: [RunWord], _ c: SentenceContext, ontology: PostOntology) -> [RunWord]? {
        var words = words
        let opensSentence = !(c.range.lowerBound..<words[0].tokens.lowerBound).contains { c.tokens[$0].kind == .word }
        let first = words[0]
        let describes = ontology.place(first.text) != nil || first.lower.hasASCIISuffix("ing") || first.lower.hasASCIISuffix("ed")
        if describes || (opensSentence && words.count >= 3) { words.removeFirst() }
        guard words.count >= 2, !words.contains(where: { ontology.place($0.text) != nil }) else { return nil }
        return words
    }
}
