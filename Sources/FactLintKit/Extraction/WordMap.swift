/// A small map from lowercase words to what they mean in a lexicon ("ago" → "ago", "last" →
/// `previous`), asked about nearly every token. Like ``WordSet``, it turns most words away by
/// their first byte and length before hashing them.
struct WordMap<Value: Sendable>: Sendable {
    private let values: [String: Value]
    private let shapes: ShapeFilter

    init(_ values: [String: Value]) {
        self.values = values
        shapes = ShapeFilter(values.keys)
    }

    /// The word's value, the word exactly as given.
    subscript(word: String) -> Value? {
        shapes.mayContain(word) ? values[word] : nil
    }
}
