/// How a shorter run of words sits inside a longer one, word by word: the fewest words substituted,
/// added or left out (edit distance over word hashes) to turn the short run into some stretch of
/// the long one. The long run's ends are free, so a quotation quoted in part aligns with no
/// edits; the short run is aligned whole.
///
/// The work is the product of the two lengths; quotations are short, and callers skip pairs
/// longer than ``maximumCells``.
struct WordAlignment: Equatable {
    /// A stretch where the two runs differ: `short` words of the short run stand where `long`
    /// words of the long run are. Either side may be empty (a word added or left out).
    struct Change: Equatable {
        var short: Range<Int>
        var long: Range<Int>
    }

    /// Words the two runs have in common along the alignment.
    var matched: Int
    /// The differing stretches, in order.
    var changes: [Change]
    /// Where the short run starts and ends in the long one.
    var longRange: Range<Int>

    /// Beyond this many cells (short length × long length) no alignment is computed.
    static let maximumCells = 60_000

    /// Aligns `short` inside `long`; nil when either is empty or the pair is too long.
    init?(short: [UInt64], long: [UInt64]) {
        let m = short.count
        let n = long.count
        guard m > 0, n > 0, m * n <= Self.maximumCells else { return nil }
        let width = n + 1
        // cost[i * width + j]: the fewest edits aligning short[..<i] to long[k..<j] for the best k.
        var cost = [Int32](repeating: 0, count: (m + 1) * width)
        for i in 1...m {
            cost[i * width] = Int32(i)
            for j in 1...n {
                let diagonal = cost[(i - 1) * width + j - 1] + (short[i - 1] == long[j - 1] ? 0 : 1)
                let up = cost[(i - 1) * width + j] + 1
                let left = cost[i * width + j - 1] + 1
                cost[i * width + j] = min(diagonal, up, left)
            }
        }
        // The end in the long run: the cheapest where the last words match, so a change is not
        // pushed onto the short run's end to save an edit ("no other option but" against "no other
        // course of action but"); the cheapest of all when the last word is nowhere. The earliest
        // among equals.
        var end = 0
        for j in 1...n where short[m - 1] == long[j - 1] && (end == 0 || cost[m * width + j] < cost[m * width + end]) { end = j }
        if end == 0 {
            end = 1
            for j in 1...n where cost[m * width + j] < cost[m * width + end] { end = j }
        }
        // Back from the end, preferring matches, then substitutions, so changes come out as pairs.
        var i = m
        var j = end
        var matchedWords = 0
        var reversed: [Change] = []
        var open: Change?
        func close() {
            if let change = open { reversed.append(change) }
            open = nil
        }
        while i > 0 {
            let here = cost[i * width + j]
            if j > 0, short[i - 1] == long[j - 1], here == cost[(i - 1) * width + j - 1] {
                close()
                matchedWords += 1
                i -= 1
                j -= 1
                continue
            }
            var change = open ?? Change(short: i..<i, long: j..<j)
            if j > 0, here == cost[(i - 1) * width + j - 1] + 1 {
                i -= 1
                j -= 1
                change.short = i..<change.short.upperBound
                change.long = j..<change.long.upperBound
            } else if here == cost[(i - 1) * width + j] + 1 {
                i -= 1
                change.short = i..<change.short.upperBound
            } else {
                j -= 1
                change.long = j..<change.long.upperBound
            }
            open = change
        }
        close()
        matched = matchedWords
        changes = reversed.reversed()
        longRange = j..<end
    }
}
