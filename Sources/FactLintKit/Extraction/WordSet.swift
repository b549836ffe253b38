/// A small set of lowercase words read from a lexicon ("will", "shall"; "going"), asked about
/// nearly every token. Like ``Lexicon``, it turns most words away by their first byte and length
/// before hashing them.
struct WordSet: Sendable, Hashable, ExpressibleByArrayLiteral {
    private var words: Set<String>
    /// For each first byte, a bit per byte length (lengths of 63 and more share a bit).
    private var shapes: [UInt64]

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        shapes = [UInt64](repeating: 0, count: 256)
        for word in self.words {
            guard let first = word.utf8.first else { continue }
            shapes[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// Whether the word, exactly as given, is in the set.
    func contains(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard let first = utf8.first else { return words.contains(word) }
        if shapes[Int(first)] & (1 << UInt64(min(utf8.count, 63))) == 0 { return false }
        return words.contains(word)
    }

    var isEmpty: Bool { words.isEmpty }
    var count: Int { words.count }
}
