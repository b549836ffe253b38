/// The pairs of name runs (``NameForms/Form`` of two words or more) that ``NameClusterer`` can
/// join, found through keys every such pair shares instead of by comparing every pair: on a
/// 1 MB article the runs run to thousands, and every pair was millions of comparisons.
///
/// A pair of runs can be joined only when
/// - both have the same number of words and differ in exactly one ("Tim Varden", "Tom Varden"):
///   then both give the same words with that one left out;
/// - or the shorter's words but its last open the longer ("Federal Reserve Ban", "Federal Reserve
///   Bank of St. Louis"): then the longer holds that opening.
///
/// Candidates are a superset of the pairs that pass: the caller still tests each one in full.
/// A run of more than ``maximumKeyedWords`` words is not keyed (its keys would cost the square of
/// its length: a hostile "name" of thousands of capitalised words) but is a candidate for every
/// pair it is in, as every pair was before the index.
struct NameRunCandidates {
    /// Runs longer than this are paired with every other run rather than keyed.
    static let maximumKeyedWords = 12

    /// A run's words, each word as a number (equal words, equal numbers), with the word at
    /// `position` left out.
    private struct OneLeftOut: Hashable {
        var position: Int
        var others: [Int]
    }

    /// Runs by their words with each word in turn left out.
    private var byOneLeftOut: [OneLeftOut: [Int]] = [:]
    /// Runs by their words but the last: the shorter side of a pair.
    private var byAllButLast: [[Int]: [Int]] = [:]
    /// Runs by each opening of theirs that leaves two words or more: the longer side of a pair.
    private var byOpening: [[Int]: [Int]] = [:]
    /// Each run's words as numbers.
    private let numbered: [[Int]]
    /// The runs of more than ``maximumKeyedWords`` words, ascending.
    private var longRuns: [Int] = []

    /// `runs` are the runs' words, in the order the caller visits them.
    init(_ runs: [[String]]) {
        var numbers: [String: Int] = [:]
        numbered = runs.map { words in
            words.map { word in
                if let number = numbers[word] { return number }
                numbers[word] = numbers.count
                return numbers.count - 1
            }
        }
        for (index, words) in numbered.enumerated() {
            guard words.count <= Self.maximumKeyedWords else {
                longRuns.append(index)
                continue
            }
            for position in words.indices {
                var others = words
                others.remove(at: position)
                byOneLeftOut[OneLeftOut(position: position, others: others), default: []].append(index)
            }
            guard words.count >= 2 else { continue }
            byAllButLast[Array(words.dropLast()), default: []].append(index)
            for length in stride(from: 1, through: words.count - 2, by: 1) {
                byOpening[Array(words.prefix(length)), default: []].append(index)
            }
        }
    }

    /// The runs after `index` that may pair with it, in ascending order, each once.
    func later(than index: Int) -> [Int] {
        let words = numbered[index]
        guard words.count <= Self.maximumKeyedWords else { return Array((index + 1)..<numbered.count) }
        var found = Array(Self.after(index, longRuns))
        for position in words.indices {
            var others = words
            others.remove(at: position)
            found += Self.after(index, byOneLeftOut[OneLeftOut(position: position, others: others)])
        }
        if words.count >= 2 {
            // Longer runs that open with this one's words but the last.
            found += Self.after(index, byOpening[Array(words.dropLast())])
            // Shorter runs whose words but the last open this one.
            for length in stride(from: 1, through: words.count - 2, by: 1) {
                found += Self.after(index, byAllButLast[Array(words.prefix(length))])
            }
        }
        found.sortUnique()
        return found
    }

    /// The runs of an ascending list that come after `index`.
    private static func after(_ index: Int, _ runs: [Int]?) -> ArraySlice<Int> {
        guard let runs else { return [] }
        return runs[runs.partitionIndex { $0 > index }...]
    }
}
