/// An inverted index from shingles (hashes of word pairs) to the sentences that hold them, so
/// finding the earlier sentences that share shingles with a new one costs the length of their
/// posting lists, not the number of sentences.
///
/// Posting lists are linked entries in flat arrays: one allocation per article, not one per
/// shingle. A table slot holds a shingle's newest entry and its list's length; shingles are hashes
/// already, so the table is open addressing on their bits rather than a `Dictionary`, which would
/// hash them again. Sized at twice the shingles it will hold, it stays at most half full.
struct ShingleIndex {
    /// A shingle in more sentences than this (a stock phrase, "the company said") says nothing
    /// about any pair and is not followed.
    static let maximumPostings = 64

    private var slotShingle: [Int]
    private var slotNewest: [Int]
    private var slotCount: [Int]
    private let mask: Int
    private var entrySentence: [Int] = []
    private var entryNext: [Int] = []
    /// Shared shingles per sentence, reset after each query through `touched`.
    private var shared: [Int]
    private var touched: [Int] = []

    /// An index for up to `shingles` shingles in all, over sentences numbered `0..<sentences`.
    init(shingles: Int, sentences: Int) {
        var capacity = 16
        while capacity < shingles * 2 { capacity <<= 1 }
        mask = capacity - 1
        slotShingle = [Int](repeating: 0, count: capacity)
        slotNewest = [Int](repeating: -1, count: capacity)
        slotCount = [Int](repeating: 0, count: capacity)
        shared = [Int](repeating: 0, count: sentences)
    }

    private func slot(of shingle: Int) -> Int {
        var position = (shingle ^ (shingle >> 29)) & mask
        while slotNewest[position] >= 0, slotShingle[position] != shingle { position = (position + 1) & mask }
        return position
    }

    /// The sentences already added that share at least one of `shingles` (sorted, no repeats),
    /// each with how many it shares, in no particular order.
    mutating func sharing(_ shingles: [Int]) -> [(sentence: Int, shared: Int)] {
        for shingle in shingles {
            let place = slot(of: shingle)
            guard slotNewest[place] >= 0, slotCount[place] <= Self.maximumPostings else { continue }
            var entry = slotNewest[place]
            while entry >= 0 {
                let sentence = entrySentence[entry]
                if shared[sentence] == 0 { touched.append(sentence) }
                shared[sentence] += 1
                entry = entryNext[entry]
            }
        }
        let result = touched.map { (sentence: $0, shared: shared[$0]) }
        for sentence in touched { shared[sentence] = 0 }
        touched.removeAll(keepingCapacity: true)
        return result
    }

    /// Adds a sentence's shingles (sorted, no repeats).
    mutating func add(_ shingles: [Int], sentence: Int) {
        for shingle in shingles {
            let place = slot(of: shingle)
            entrySentence.append(sentence)
            entryNext.append(slotNewest[place])
            slotShingle[place] = shingle
            slotNewest[place] = entrySentence.count - 1
            slotCount[place] += 1
        }
    }
}
