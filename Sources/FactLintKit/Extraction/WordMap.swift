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

    /// The value of two words with a space between ("last night"), joined only when some
    /// spelling has the first word's first byte and the pair's length.
    func value(of first: String, _ second: String) -> Value? {
        guard let byte = first.utf8.first, shapes.mayContain(first: byte, length: first.utf8.count + 1 + second.utf8.count) else { return nil }
        return self[first + " " + second]
    }
}
