/// A small set of lowercase words read from a lexicon ("will", "shall"; "going"), asked about
/// nearly every token. Like ``Lexicon``, it turns most words away by their first byte and length
/// before hashing them.
struct WordSet: Sendable {
    private let words: Set<String>
    private let shapes: ShapeFilter
    private let ascii: SpellingTable<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        shapes = ShapeFilter(self.words)
        ascii = SpellingTable(Dictionary(self.words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Whether the word, exactly as given, is in the set.
    func contains(_ word: String) -> Bool {
        guard shapes.mayContain(word) else { return false }
        let (isASCII, found) = ascii.lookup(word)
        return isASCII ? found != nil : words.contains(word)
    }
}
