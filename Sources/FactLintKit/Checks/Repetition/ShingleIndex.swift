/// An inverted index from shingles (hashes of word pairs) to the sentences that hold them, so
/// finding the earlier sentences that share shingles with a new one costs the length of their
/// posting lists, not the number of sentences.
///
/// Posting lists are linked entries in flat arrays: one allocation per article, not one per
/// shingle. A table slot holds a shingle's newest entry and its list's length; shingles are hashes
/// already, so the table is open addressing on their bits rather than a `Dictionary`, which would
/// hash them again. Sized at twice the shingles it will hold, it stays at most half full.
///
/// Entries, list lengths and sentence numbers are 32-bit: an article of a few megabytes has a
/// few hundred thousand shingles, and the index is most of what the duplicate check holds.
struct ShingleIndex {
    /// A shingle in more sentences than this (a stock phrase, "the company said") says nothing
    /// about any pair and is not followed.
    static let maximumPostings = 64

    private var slotShingle: [Int]
    /// The slot's newest entry, or -1 for an empty slot.
    private var slotNewest: [Int32]
    /// Entries in the slot's list, counted up to one past ``maximumPostings``.
    private var slotCount: [Int32]
    private let mask: Int
    private var entrySentence: [Int32] = []
    private var entryNext: [Int32] = []
    /// Shared shingles per sentence, reset after each query through `touched`.
    private var shared: [Int32]
    private var touched: [Int] = []

    /// An index for up to `shingles` shingles in all, over sentences numbered `0..<sentences`.
    init(shingles: Int, sentences: Int) {
        precondition(shingles < Int32.max && sentences < Int32.max, "too many shingles for one index")
        var capacity = 16
        while capacity < shingles * 2 { capacity <<= 1 }
        mask = capacity - 1
        slotShingle = [Int](repeating: 0, count: capacity)
        slotNewest = [Int32](repeating: -1, count: capacity)
        slotCount = [Int32](repeating: 0, count: capacity)
        entrySentence.reserveCapacity(shingles)
        entryNext.reserveCapacity(shingles)
        shared = [Int32](repeating: 0, count: sentences)
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
            var entry = Int(slotNewest[place])
            while entry >= 0 {
                let sentence = Int(entrySentence[entry])
                if shared[sentence] == 0 { touched.append(sentence) }
                shared[sentence] += 1
                entry = Int(entryNext[entry])
            }
        }
        let result = touched.map { (sentence: $0, shared: Int(shared[$0])) }
        for sentence in touched { shared[sentence] = 0 }
        touched.removeAll(keepingCapacity: true)
        return result
    }

    /// Adds a sentence's shingles (sorted, no repeats).
    mutating func add(_ shingles: [Int], sentence: Int) {
        for shingle in shingles {
            let place = slot(of: shingle)
            entryNext.append(slotNewest[place])
            entrySentence.append(Int32(sentence))
            slotShingle[place] = shingle
            slotNewest[place] = Int32(entrySentence.count - 1)
            // Past the limit the list is never followed: the count need not go higher.
            if slotCount[place] <= Self.maximumPostings { slotCount[place] += 1 }
        }
    }
}
