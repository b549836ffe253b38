/// Whether a repeated sentence is a parallel statement made of two parties named just before it,
/// not a paste: "Each Alder shareholder will receive one share. The warrant runs two years." and,
/// later, "Each Birch shareholder will receive two shares. The warrant runs two years." The
/// repeated sentence names nobody itself; the sentences before its two copies say much the same
/// thing (at least ``minimumOverlap`` of their words shared) of different names.
enum ParallelContext {
    /// The share of words (Dice over the words with letters) the two sentences before must have in
    /// common to be parallel statements themselves.
    static let minimumOverlap = 0.45

    /// `later` and `earlier` are the first sentences of the two copies, as indexes into
    /// ``ArticleFacts/sentences``.
    static func isParallel(later: Int, earlier: Int, _ facts: ArticleFacts) -> Bool {
        guard later - 1 > earlier, earlier >= 1 else { return false }
        let calendar = [facts.lexicons["months"], facts.lexicons["weekdays"]]
        guard [later, earlier].allSatisfy({ names(in: facts.words(ofSentence: $0), of: $0, facts, skipping: calendar).isEmpty }) else { return false }
        // Each sentence before a copy is read once, for its names and for its words.
        let before = [later - 1, earlier - 1].map { (index: $0, words: facts.words(ofSentence: $0)) }
        let laterNames = names(in: before[0].words, of: before[0].index, facts, skipping: calendar)
        let earlierNames = names(in: before[1].words, of: before[1].index, facts, skipping: calendar)
        guard !laterNames.isEmpty, !earlierNames.isEmpty, !laterNames.isSubset(of: earlierNames),
              !earlierNames.isSubset(of: laterNames) else { return false }
        let first = Set(before[0].words.words.filter(\.hasLetter).map(\.hash))
        let second = Set(before[1].words.words.filter(\.hasLetter).map(\.hash))
        guard !first.isEmpty, !second.isEmpty else { return false }
        let shared = Double(first.intersection(second).count)
        return 2 * shared / Double(first.count + second.count) >= minimumOverlap
    }

    /// A sentence's capitalised words after the first, as word hashes, leaving out month and
    /// weekday names ("until December 31" names no party).
    private static func names(in words: SentenceWords, of sentence: Int, _ facts: ArticleFacts, skipping calendar: [Lexicon]) -> Set<UInt64> {
        let bytes = facts.article.blocks[facts.sentences[sentence].blockIndex].text.bytes
        var result = Set<UInt64>()
        for (index, word) in words.words.enumerated() where index > 0 && word.isCapitalized && word.hasLetter {
            let text = String(decoding: bytes[word.range], as: UTF8.self).lowercased()
            if calendar.contains(where: { $0.contains(lowercased: text) }) { continue }
            result.insert(word.hash)
        }
        return result
    }
}
