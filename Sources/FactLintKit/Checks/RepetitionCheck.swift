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
        // Exact keys by a 64-bit hash of their bytes (hashing a [UInt8] through Hasher costs a
        // call per byte), each candidate then compared byte for byte.
        var exactKeys: [UInt64: [(key: [UInt8], sentence: Int)]] = [:]
        var shingles: [[Int]] = Array(repeating: [], count: facts.sentences.count)
        var postings: [Int: [Int]] = [:]
        var pairs: [Pair] = []
        var wordsOf: [Int: [Word]] = [:]
        for (index, sentence) in facts.sentences.enumerated() where scope.includes(sentence, ledeBlock: ledeBlock) {
            let block = facts.article.blocks[sentence.blockIndex].text.bytes
            let (key, words, letterWords) = normalised(block[sentence.range])
            // Words with letters count toward the minimum; a table row of figures is not prose.
            guard letterWords >= minimumWords, letterWords * 2 >= words.count else { continue }
            let keyHash = Self.fnv1a(key)
            if let first = exactKeys[keyHash]?.first(where: { $0.key == key }) {
                pairs.append(Pair(later: index, earlier: first.sentence, exact: true))
                continue
            }
            exactKeys[keyHash, default: []].append((key, index))
            guard similarity < 1 else { continue }
            var set = Set<Int>()
            for start in 0..<(words.count - 1) {
                // Word hashes are FNV-1a over the lowercased bytes, so no String is built.
                set.insert(Int(truncatingIfNeeded: words[start].hash &* 0x100000001b3 ^ words[start + 1].hash))
            }
            let own = Array(set)
            shingles[index] = own
            // Count shingles shared with each earlier sentence.
            var shared: [Int: Int] = [:]
            for shingle in own {
                guard let list = postings[shingle], list.count <= Self.maximumPostings else { continue }
                for earlier in list { shared[earlier, default: 0] += 1 }
            }
            var best: (earlier: Int, score: Double)?
            for (earlier, count) in shared {
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
            // Near copies with different figures are parallel statements ("Shelf offering of up to
            // 250 mln dlrs", "… 112 mln dlrs"), not a paste.
            if let best, numbers(of: words) == numbers(of: wordsOf[best.earlier] ?? []) {
                pairs.append(Pair(later: index, earlier: best.earlier, exact: false))
            }
            wordsOf[index] = words
            for shingle in own { postings[shingle, default: []].append(index) }
        }
        return merge(pairs, facts)
    }

    private static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
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
        var hash: UInt64 = 0xcbf29ce484222325
        var length = 0
        var hasDigit = false
        var hasLetter = false
        var letterWords = 0
        var nonASCII = false
        func finishWord() {
            guard length > 0 else { return }
            words.append(Word(hash: hash, hasDigit: hasDigit))
            if hasLetter { letterWords += 1 }
            hash = 0xcbf29ce484222325
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
                hash = (hash ^ UInt64(lower)) &* 0x100000001b3
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
