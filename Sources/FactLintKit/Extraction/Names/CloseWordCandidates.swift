/// The single name words that may be a letter or two from each other (``SpellingSimilarity/isClose(_:_:)``),
/// found through their deletion neighbourhoods instead of by comparing every pair: an article of
/// thousands of different capitalised words with one initial made every pair an edit distance.
///
/// Two words at most two edits apart (insertions, deletions, substitutions and adjacent
/// transpositions, in lower-case scalars, as ``SpellingSimilarity/distance(_:_:)`` counts) give
/// one string when at most two scalars are deleted from each: an insertion is a deletion from
/// the other word, and a substitution or a transposition a deletion from both. Each word is keyed
/// by the hash of every such string, and words sharing a key are candidates: a superset of the
/// close pairs (a hash collision adds a candidate, never loses one), which the caller still tests
/// in full. The keys are one sorted array of (hash, word) pairs, not a dictionary of lists.
struct CloseWordCandidates {
    private var entries: [(key: UInt64, word: Int32)] = []
    private var keysOfWord: [[UInt64]] = []

    /// `words` in the order the caller numbers them.
    init(_ words: [String]) {
        precondition(words.count < Int32.max, "too many words for one index")
        keysOfWord = words.map { Self.neighbourhood(Array($0.lowercased().unicodeScalars)) }
        entries.reserveCapacity(keysOfWord.reduce(0) { $0 + $1.count })
        for (index, keys) in keysOfWord.enumerated() {
            for key in keys { entries.append((key, Int32(index))) }
        }
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.word < $1.word }
    }

    /// The words other than word `index` that share a key with it: ascending, each once.
    func candidates(for index: Int) -> [Int] {
        var found: [Int] = []
        for key in keysOfWord[index] {
            var low = entries.partitionIndex { $0.key >= key }
            while low < entries.count, entries[low].key == key {
                if Int(entries[low].word) != index { found.append(Int(entries[low].word)) }
                low += 1
            }
        }
        found.sortUnique()
        return found
    }

    /// Hashes of the word and of the word with any one or any two of its scalars deleted, each once.
    static func neighbourhood(_ scalars: [Unicode.Scalar]) -> [UInt64] {
        var result: [UInt64] = [hash(scalars, skipping: -1, -1)]
        for first in scalars.indices {
            result.append(hash(scalars, skipping: first, -1))
            for second in (first + 1)..<scalars.count {
                result.append(hash(scalars, skipping: first, second))
            }
        }
        result.sortUnique()
        return result
    }

    /// FNV-1a over the scalars' values but the ones at `first` and `second`, and the count kept,
    /// so strings of different lengths rarely meet.
    private static func hash(_ scalars: [Unicode.Scalar], skipping first: Int, _ second: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var kept: UInt64 = 0
        for (position, scalar) in scalars.enumerated() where position != first && position != second {
            hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
            kept += 1
        }
        return (hash ^ kept) &* 0x0000_0100_0000_01B3
    }
}
