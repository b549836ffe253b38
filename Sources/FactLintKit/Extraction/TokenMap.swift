/// For each token of an article, the index of the fact it belongs to (a temporal expression, a
/// person), or none. Extractors ask it at nearly every token, so it is an array of the article's
/// token count, not a dictionary that hashes every question.
struct TokenMap: Sendable {
    private var slots: [Int32]

    /// A map of `count` tokens, none of them mapped.
    init(count: Int) {
        slots = [Int32](repeating: -1, count: count)
    }

    /// The fact index of a token, or nil when it has none or lies outside the article.
    subscript(token: Int) -> Int? {
        get {
            guard token >= 0, token < slots.count else { return nil }
            let slot = slots[token]
            return slot < 0 ? nil : Int(slot)
        }
        set {
            guard token >= 0, token < slots.count else { return }
            slots[token] = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1
        }
    }
}
