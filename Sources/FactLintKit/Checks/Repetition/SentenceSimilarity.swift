/// How alike two sentences are, from their shingle sets (word pairs): 1 for the same pairs,
/// 0 for none shared.
///
/// The score is the larger of two measures:
/// - **Jaccard**, shared / (all distinct pairs of both): symmetric, and 1 only for the same pairs.
/// - **Containment**, shared / (pairs of the shorter sentence), weighted by ``containmentWeight``
///   and used only when the shorter has at least ``minimumLengthRatio`` of the longer's pairs.
///   A copy with a word dropped or a clause cut keeps nearly all of the shorter sentence, while
///   its Jaccard falls fast on a short sentence (one word dropped from ten loses two of nine pairs
///   and scores 0.78 Jaccard, but 1.0 containment). The weight keeps such a copy just under an
///   identical one, so the closest earlier sentence wins and `similarity: 1` still means word for
///   word. The length ratio stops a short sentence from being "contained" in a long one that
///   merely repeats some of its words (a lede restated inside a longer paragraph).
enum SentenceSimilarity {
    static let containmentWeight = 0.95
    static let minimumLengthRatio = 0.75

    /// The score for two shingle sets of sizes `first` and `second` that share `shared`.
    static func score(shared: Int, first: Int, second: Int) -> Double {
        let shorter = min(first, second)
        let longer = max(first, second)
        guard shorter > 0, shared > 0 else { return 0 }
        let jaccard = Double(shared) / Double(first + second - shared)
        let containment = Double(shared) / Double(shorter)
        let lengthRatio = Double(shorter) / Double(longer)
        return max(jaccard, lengthRatio >= minimumLengthRatio ? containment * containmentWeight : 0)
    }
}
