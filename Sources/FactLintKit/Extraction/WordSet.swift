/// A small set of lowercase words read from a lexicon ("will", "shall"; "going"), asked about
/// nearly every token: a ``WordMap`` whose values say only that a word is there.
struct WordSet: Sendable {
    private let map: WordMap<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        map = WordMap(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Whether the word, exactly as given, is in the set. Inlined with the map's lookup: it is
    /// asked at nearly every token.
    @inline(__always)
    func contains(_ word: String) -> Bool { map[word] != nil }
}
