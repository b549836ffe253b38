/// A small set of lowercase words read from a lexicon ("will", "shall"; "going"), asked about
/// nearly every token. Like ``Lexicon``, it turns most words away by their first byte and length
/// before hashing them.
struct WordSet: Sendable {
    private let words: Set<String>
    private let shapes: ShapeFilter

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        shapes = ShapeFilter(self.words)
    }

    /// Whether the word, exactly as given, is in the set.
    func contains(_ word: String) -> Bool { shapes.mayContain(word) && words.contains(word) }
}
