/// A small map from lowercase words to what they mean in a lexicon ("ago" → "ago", "last" →
/// `previous`), asked about nearly every token. It turns most words away by their first byte and
/// length before hashing them (``ShapeFilter``), and hashes ASCII words by their bytes
/// (``SpellingTable``).
struct WordMap<Value: Sendable>: Sendable {
    private let values: [String: Value]
    private let shapes: ShapeFilter
    private let ascii: SpellingTable<Value>

    init(_ values: [String: Value]) {
        self.values = values
        shapes = ShapeFilter(values.keys)
        ascii = SpellingTable(values)
    }

    /// The word's value, the word exactly as given.
    @inline(__always)
    subscript(word: String) -> Value? {
        let entry = ascii.entry(word, passing: shapes)
        if entry > 0 { return ascii.value(ofEntry: entry) }
        return entry == SpellingTable<Value>.notASCII ? values[word] : nil
    }
}
