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
        // For each cell (short[..<i] aligned to long[k..<j] for the best k): the fewest edits,
        // then the most matched words among those, and the step that got there (0 diagonal,
        // 1 a short word left out, 2 a long word added), so the path kept is the one that keeps
        // the most words in place: "no other option but" against "no other path to follow but"
        // changes "option", not every word.
        var cost = [Int32](repeating: 0, count: (m + 1) * width)
        var kept = [Int32](repeating: 0, count: (m + 1) * width)
        var step = [UInt8](repeating: 2, count: (m + 1) * width)
        for i in 1...m {
            cost[i * width] = Int32(i)
            step[i * width] = 1
            for j in 1...n {
                let same = short[i - 1] == long[j - 1]
                var bestCost = cost[(i - 1) * width + j - 1] + (same ? 0 : 1)
                var bestKept = kept[(i - 1) * width + j - 1] + (same ? 1 : 0)
                var bestStep: UInt8 = 0
                let up = (i - 1) * width + j
                if cost[up] + 1 < bestCost || (cost[up] + 1 == bestCost && kept[up] > bestKept) {
                    bestCost = cost[up] + 1
                    bestKept = kept[up]
                    bestStep = 1
                }
                let left = i * width + j - 1
                if cost[left] + 1 < bestCost || (cost[left] + 1 == bestCost && kept[left] > bestKept) {
                    bestCost = cost[left] + 1
                    bestKept = kept[left]
                    bestStep = 2
                }
                cost[i * width + j] = bestCost
                kept[i * width + j] = bestKept
                step[i * width + j] = bestStep
            }
        }
        // The end in the long run: the cheapest where the last words match, so a change is not
        // pushed onto the short run's end to save an edit; the cheapest of all when the last word
        // is nowhere. More matched words, then the earliest, among equals.
        func better(_ j: Int, than other: Int) -> Bool {
            let a = m * width + j
            let b = m * width + other
            return cost[a] < cost[b] || (cost[a] == cost[b] && kept[a] > kept[b])
        }
        var end = 0
        for j in 1...n where short[m - 1] == long[j - 1] && (end == 0 || better(j, than: end)) { end = j }
        if end == 0 {
            end = 1
            for j in 1...n where better(j, than: end) { end = j }
        }
        // Back from the end along the recorded steps, gathering runs of edits into changes.
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
            let here = step[i * width + j]
            if here == 0, short[i - 1] == long[j - 1] {
                close()
                matchedWords += 1
                i -= 1
                j -= 1
                continue
            }
            var change = open ?? Change(short: i..<i, long: j..<j)
            switch here {
            case 0:
                i -= 1
                j -= 1
                change.short = i..<change.short.upperBound
                change.long = j..<change.long.upperBound
            case 1:
                i -= 1
                change.short = i..<change.short.upperBound
            default:
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
