/// Each token's content stem in a claim's context, worked out once however many figures stand
/// near it. The slots are plain integers: a list of optional Strings as long as the article was
/// destroyed element by element, and cost more than finding the stems.
struct StemCache {
    /// What was found for a token.
    enum Entry {
        /// Not asked about yet.
        case unknown
        /// No content word.
        case none
        /// This stem.
        case stem(String)
    }

    /// For each token: -1 not asked about yet, -2 no content word, else its stem's index.
    private var slots: [Int32]
    private var stems: [String] = []

    init(count: Int) { slots = [Int32](repeating: -1, count: count) }

    subscript(index: Int) -> Entry {
        switch slots[index] {
        case -1: .unknown
        case -2: .none
        case let slot: .stem(stems[Int(slot)])
        }
    }

    /// Notes what a token gave: its stem, or nil for no content word.
    mutating func note(_ stem: String?, at index: Int) {
        guard let stem else { slots[index] = -2; return }
        slots[index] = Int32(stems.count)
        stems.append(stem)
    }
}
