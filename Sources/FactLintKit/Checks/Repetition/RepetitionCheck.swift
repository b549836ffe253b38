/// Sentences that appear again, word for word or nearly ("said" for "says", a word dropped),
/// anywhere in the article. The finding points at the later copy and relates the first. Runs of
/// consecutive repeated sentences (a pasted paragraph) make one finding.
///
/// Each sentence is read once into ``SentenceWords``; exact copies meet through their key's hash,
/// near copies through the word pairs they share in a ``ShingleIndex``, scored by
/// ``SentenceSimilarity``. A near copy is a parallel statement, not a paste, when its figures
/// differ ("an offering of 250 mln dlrs" / "… 112 mln dlrs"), when a changed word names a
/// different party on both sides ("Shares in Alder rose …" / "Shares in Birch rose …") or a
/// different group (a word of the `parallel-groups` lexicon on both sides: "men" / "women"), or
/// when both are list items. A repeat that names nobody, after two sentences saying much the same
/// of different parties, is parallel too (``ParallelContext``). A line of a quotation given first
/// on its own and again inside the speaker's longer passage is an excerpt (``QuotedExcerpt``). Lines that label rather than tell
/// (table rows, headings over parts of a table, footnotes) are not compared.
public struct RepetitionCheck: Check {
    public static let name = "repetition"
    public static let summary = "A sentence of at least min-words words appears again, exactly or nearly."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-words", .integer, default: "8", help: "Shorter sentences (\"He said no.\") may repeat without a finding."),
        ParameterSpec("similarity", .number, default: "0.7", help: "How alike two sentences must be, from 0 to 1 (1 is word for word); see SentenceSimilarity."),
        ParameterSpec("max-findings", .integer, default: "100", help: "At most this many findings per article, so a pasted-twice archive stays readable."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "other.line": "the line of the first copy",
        "words": "how many words the sentence has",
        "how": "'word for word' or 'almost word for word'",
        "count": "how many consecutive sentences repeat",
    ]) { $1 }

    let minimumWords: Int
    let similarity: Double
    let maximumFindings: Int

    public init(parameters: ParameterValues) throws(ParameterError) {
        minimumWords = parameters.integer("min-words", default: 8)
        similarity = parameters.number("similarity", default: 0.7)
        maximumFindings = parameters.integer("max-findings", default: 100)
        guard minimumWords >= 1 else { throw ParameterError(parameter: "min-words", message: "must be at least 1") }
        guard similarity > 0, similarity <= 1 else { throw ParameterError(parameter: "similarity", message: "must be more than 0 and at most 1") }
        guard maximumFindings >= 1 else { throw ParameterError(parameter: "max-findings", message: "must be at least 1") }
    }

    struct Pair {
        var later: Int
        var earlier: Int
        var exact: Bool
    }

    struct Candidate {
        var sentence: Int
        var words: SentenceWords
        /// How many shingles it has, once it has been compared (only the number is needed later).
        var shingleCount = 0
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let ledeBlock = facts.ledeBlock
        // Sentences long enough to compare, numbered by position in this list (reading order).
        var candidates: [Candidate] = []
        var totalWords = 0
        // A table's rows, a heading line over its parts, a footnote under two tables repeat by
        // design (``ArticleFacts/labelSentences``): only prose is compared.
        for (index, sentence) in facts.sentences.enumerated() where scope.includes(sentence, ledeBlock: ledeBlock)
            && !facts.labelSentences.contains(index) {
            let words = facts.words(ofSentence: index)
            // Words with letters count toward the minimum; a table row of figures is not prose.
            guard words.letterWords >= minimumWords, words.letterWords * 2 >= words.words.count else { continue }
            candidates.append(Candidate(sentence: index, words: words))
            totalWords += words.words.count
        }
        // Exact keys by their FNV hash, then compared byte for byte; different keys with the same
        // hash (rare) wait in `collidingKeys`, so none is lost.
        var exactKeys: [UInt64: Int] = [:]
        exactKeys.reserveCapacity(candidates.count)
        var collidingKeys: [UInt64: [Int]] = [:]
        var index = ShingleIndex(shingles: totalWords, sentences: candidates.count)
        let groups = facts.lexicons["parallel-groups"]
        var pairs: [Pair] = []
        for position in candidates.indices {
            let key = candidates[position].words.key
            let keyHash = FNV1a.hash(key)
            if let first = exactKeys[keyHash] {
                if let same = ([first] + (collidingKeys[keyHash] ?? [])).first(where: { candidates[$0].words.key == key }) {
                    pairs.append(Pair(later: candidates[position].sentence, earlier: candidates[same].sentence, exact: true))
                    continue
                }
                collidingKeys[keyHash, default: []].append(position)
            } else {
                exactKeys[keyHash] = position
            }
            guard similarity < 1 else { continue }
            let own = candidates[position].words.shingles
            candidates[position].shingleCount = own.count
            var best: (earlier: Int, score: Double)?
            for (earlier, shared) in index.sharing(own) {
                let score = SentenceSimilarity.score(shared: shared, first: own.count, second: candidates[earlier].shingleCount)
                if score >= similarity, best == nil || score > best!.score || (score == best!.score && earlier < best!.earlier) {
                    best = (earlier, score)
                }
            }
            index.add(own, sentence: position)
            if let best, !isParallel(candidates[position], candidates[best.earlier], facts, groups),
               !QuotedExcerpt.isExcerpt(later: candidates[position].sentence, earlier: candidates[best.earlier].sentence, facts) {
                pairs.append(Pair(later: candidates[position].sentence, earlier: candidates[best.earlier].sentence, exact: false))
            }
        }
        return merge(pairs, facts)
    }

    /// Two near copies that state the same thing of different figures, parties or groups.
    func isParallel(_ later: Candidate, _ earlier: Candidate, _ facts: ArticleFacts, _ groups: Lexicon) -> Bool {
        if later.words.figures != earlier.words.figures { return true }
        if facts.sentences[later.sentence].blockKind == .listItem, facts.sentences[earlier.sentence].blockKind == .listItem { return true }
        let (short, long) = later.words.words.count <= earlier.words.words.count ? (later, earlier) : (earlier, later)
        guard let alignment = WordAlignment(short: short.words.words.map(\.hash), long: long.words.words.map(\.hash)) else { return false }
        for change in alignment.changes where !change.short.isEmpty && !change.long.isEmpty {
            if names(short, change.short) && names(long, change.long) { return true }
            if inGroups(short, change.short, facts, groups) && inGroups(long, change.long, facts, groups) { return true }
        }
        return false
    }

    /// Whether the words hold a capitalised one other than the sentence's first.
    private func names(_ candidate: Candidate, _ range: Range<Int>) -> Bool {
        range.contains { $0 > 0 && candidate.words.words[$0].isCapitalized && candidate.words.words[$0].hasLetter }
    }

    private func inGroups(_ candidate: Candidate, _ range: Range<Int>, _ facts: ArticleFacts, _ groups: Lexicon) -> Bool {
        let bytes = facts.article.blocks[facts.sentences[candidate.sentence].blockIndex].text.bytes
        return range.contains { groups.contains(String(decoding: bytes[candidate.words.words[$0].range], as: UTF8.self).lowercased()) }
    }

    /// One finding per run of consecutive repeated sentences whose originals are consecutive too.
    private func merge(_ pairs: [Pair], _ facts: ArticleFacts) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        var index = 0
        while index < pairs.count, matches.count < maximumFindings {
            var end = index
            while end + 1 < pairs.count, pairs[end + 1].later == pairs[end].later + 1, pairs[end + 1].earlier == pairs[end].earlier + 1,
                  pairs[end + 1].earlier < pairs[index].later {
                end += 1
            }
            let run = pairs[index...end]
            index = end + 1
            if ParallelContext.isParallel(later: run.first!.later, earlier: run.first!.earlier, facts) { continue }
            let later = run.map { facts.sentences[$0.later].span }.reduce(facts.sentences[run.first!.later].span) { $0.union($1) }
            let earlier = run.map { facts.sentences[$0.earlier].span }.reduce(facts.sentences[run.first!.earlier].span) { $0.union($1) }
            let exact = run.allSatisfy(\.exact)
            let words = facts.sentences[run.first!.later].text.split(separator: " ").count
            matches.append(CheckMatch(span: later, values: [
                "other.line": String(facts.line(of: earlier)),
                "words": String(words),
                "how": exact ? "word for word" : "almost word for word",
                "count": String(run.count),
            ], related: [.init(span: earlier, message: run.count == 1 ? "first written here" : "first written here, \(run.count) sentences")]))
        }
        return matches
    }
}
