/// Sentences that appear again, word for word or nearly ("said" for "says", a word dropped),
/// anywhere in the article. The finding points at the later copy and relates the first. Runs of
/// consecutive repeated sentences (a pasted paragraph) make one finding.
///
/// Sentences are compared through shingles (pairs of words) in an inverted index, so the
/// work grows with the article's length, not its square; shingles shared by very many
/// sentences are skipped.
public struct RepetitionCheck: Check {
    public static let name = "repetition"
    public static let summary = "A sentence of at least min-words words appears again, exactly or nearly."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-words", .integer, default: "8", help: "Shorter sentences (\"He said no.\") may repeat without a finding."),
        ParameterSpec("similarity", .number, default: "0.7", help: "How alike two sentences must be, from 0 to 1 (1 is word for word)."),
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
    /// A shingle in more sentences than this says nothing about any pair.
    static let maximumPostings = 64

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

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let ledeBlock = facts.ledeBlock
        // Sentences long enough to compare, normalised first so the posting table can be sized:
        // an article has no more distinct shingles than words, which keeps it at most half full.
        // Everything below is numbered by position in this list, which follows reading order.
        var candidates: [(sentence: Int, key: [UInt8], words: [Word])] = []
        var totalWords = 0
        for (index, sentence) in facts.sentences.enumerated() where scope.includes(sentence, ledeBlock: ledeBlock) {
            let block = facts.article.blocks[sentence.blockIndex].text.bytes
            let (key, words, letterWords) = normalised(block[sentence.range])
            // Words with letters count toward the minimum; a table row of figures is not prose.
            guard letterWords >= minimumWords, letterWords * 2 >= words.count else { continue }
            candidates.append((index, key, words))
            totalWords += words.count
        }
        // Exact keys by their FNV hash (hashing a [UInt8] through Hasher costs a call per byte),
        // then compared byte for byte; different keys with the same hash (rare) wait in
        // `collidingKeys`, so none is lost.
        var exactKeys: [UInt64: Int] = [:]
        var collidingKeys: [UInt64: [Int]] = [:]
        var shingles: [[Int]] = Array(repeating: [], count: candidates.count)
        // Posting lists as linked entries in flat arrays: one allocation per article, not one per
        // shingle. The table holds each shingle's newest entry and its list's length; the
        // shingles are hashes already, so it is open addressing on their bits rather than a
        // Dictionary, which would hash them again.
        var capacity = 16
        while capacity < totalWords * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slotShingle = [Int](repeating: 0, count: capacity)
        var slotNewest = [Int](repeating: -1, count: capacity)
        var slotCount = [Int](repeating: 0, count: capacity)
        func slot(of shingle: Int) -> Int {
            var position = (shingle ^ (shingle >> 29)) & mask
            while slotNewest[position] >= 0, slotShingle[position] != shingle { position = (position + 1) & mask }
            return position
        }
        var entryCandidate: [Int] = []
        var entryNext: [Int] = []
        var pairs: [Pair] = []
        // Shingles shared with each earlier candidate, reset through the list of the ones touched.
        var sharedCounts = [Int](repeating: 0, count: candidates.count)
        var touched: [Int] = []
        for (position, (index, key, words)) in candidates.enumerated() {
            let keyHash = FNV1a.hash(key)
            if let first = exactKeys[keyHash] {
                if let same = ([first] + (collidingKeys[keyHash] ?? [])).first(where: { candidates[$0].key == key }) {
                    pairs.append(Pair(later: index, earlier: candidates[same].sentence, exact: true))
                    continue
                }
                collidingKeys[keyHash, default: []].append(position)
            } else {
                exactKeys[keyHash] = position
            }
            guard similarity < 1 else { continue }
            var own: [Int] = []
            own.reserveCapacity(words.count - 1)
            for start in 0..<(words.count - 1) {
                // Word hashes are FNV-1a over the lowercased bytes, so no String is built.
                own.append(Int(truncatingIfNeeded: words[start].hash &* FNV1a.prime ^ words[start + 1].hash))
            }
            own.sort()
            Self.removeRepeats(fromSorted: &own)
            shingles[position] = own
            for shingle in own {
                let place = slot(of: shingle)
                guard slotNewest[place] >= 0, slotCount[place] <= Self.maximumPostings else { continue }
                var entry = slotNewest[place]
                while entry >= 0 {
                    let earlier = entryCandidate[entry]
                    if sharedCounts[earlier] == 0 { touched.append(earlier) }
                    sharedCounts[earlier] += 1
                    entry = entryNext[entry]
                }
            }
            // Candidates follow reading order, so the lower position is the earlier sentence.
            var best: (earlier: Int, score: Double)?
            for earlier in touched {
                let count = sharedCounts[earlier]
                sharedCounts[earlier] = 0
                let union = own.count + shingles[earlier].count - count
                let jaccard = Double(count) / Double(max(union, 1))
                // A copy with a word dropped still contains nearly all of the shorter sentence.
                let containment = Double(count) / Double(max(1, min(own.count, shingles[earlier].count)))
                let lengthRatio = Double(min(own.count, shingles[earlier].count)) / Double(max(own.count, shingles[earlier].count))
                let score = max(jaccard, lengthRatio >= 0.75 ? containment * 0.95 : 0)
                if score >= similarity, best == nil || score > best!.score || (score == best!.score && earlier < best!.earlier) {
                    best = (earlier, score)
                }
            }
            touched.removeAll(keepingCapacity: true)
            // Near copies with different figures are parallel statements ("Shelf offering of up to
            // 250 mln dlrs", "… 112 mln dlrs"), not a paste.
            if let best, numbers(of: words) == numbers(of: candidates[best.earlier].words) {
                pairs.append(Pair(later: index, earlier: candidates[best.earlier].sentence, exact: false))
            }
            for shingle in own {
                let place = slot(of: shingle)
                entryCandidate.append(position)
                entryNext.append(slotNewest[place])
                slotShingle[place] = shingle
                slotNewest[place] = entryCandidate.count - 1
                slotCount[place] += 1
            }
        }
        return merge(pairs, facts)
    }

    /// Removes repeats from a sorted array, in place.
    private static func removeRepeats(fromSorted values: inout [Int]) {
        guard values.count > 1 else { return }
        var kept = 1
        for index in 1..<values.count where values[index] != values[kept - 1] {
            values[kept] = values[index]
            kept += 1
        }
        values.removeSubrange(kept...)
    }

    private func numbers(of words: [Word]) -> [UInt64] {
        words.filter(\.hasDigit).map(\.hash)
    }

    /// A word of a sentence, reduced to what comparison needs.
    struct Word {
        var hash: UInt64
        var hasDigit: Bool
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
            index = end + 1
        }
        return matches
    }

    /// The exact-match key (lowercased, spacing folded), the words as hashes, and how many words
    /// have letters.
    private func normalised(_ bytes: ArraySlice<UInt8>, folded: Bool = false) -> (key: [UInt8], words: [Word], letterWords: Int) {
        var words: [Word] = []
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var inSpace = true
        var hash = FNV1a.offsetBasis
        var length = 0
        var hasDigit = false
        var hasLetter = false
        var letterWords = 0
        var nonASCII = false
        func finishWord() {
            guard length > 0 else { return }
            words.append(Word(hash: hash, hasDigit: hasDigit))
            if hasLetter { letterWords += 1 }
            hash = FNV1a.offsetBasis
            length = 0
            hasDigit = false
            hasLetter = false
        }
        for byte in bytes {
            let lower = ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte
            if ByteClass.isSpace(byte) {
                if !inSpace { key.append(0x20) }
                inSpace = true
            } else {
                inSpace = false
                key.append(lower)
            }
            if ByteClass.isAlnumASCII(byte) || byte >= 0x80 {
                if byte >= 0x80 { nonASCII = true; hasLetter = true }
                if ByteClass.isDigit(byte) { hasDigit = true } else { hasLetter = true }
                hash = FNV1a.combine(hash, lower)
                length += 1
            } else {
                finishWord()
            }
        }
        finishWord()
        if key.last == 0x20 { key.removeLast() }
        if nonASCII && !folded {
            // Case folding beyond ASCII, and the word hashes computed again from the folded text.
            let lowered = Array(String(decoding: key, as: UTF8.self).lowercased().utf8)
            return normalised(lowered[...], folded: true)
        }
        return (key, words, letterWords)
    }
}
