/// A lexicon's spellings and the tables built from them to answer lookups fast. A class, built
/// once and never changed, so copying a ``Lexicon`` (extractors and vocabularies hold dozens, and
/// read them at every token) retains one reference instead of five tables.
final class LexiconSpellings: Sendable, Hashable {
    /// Every spelling, lowercased, mapped to the entry's key (the word itself for a flat list).
    let keysBySpelling: [String: String]
    /// The shapes of the spellings. Most words looked up are in no lexicon; this turns them away
    /// without hashing.
    let shapes: ShapeFilter
    /// The shapes of the first words of spellings of several words ("per share", "year-on-year"):
    /// a phrase lookup builds no string at a word that starts none.
    let phraseStarts: ShapeFilter
    /// Every beginning of a spelling of several words that ends where a token ends: before a
    /// space or a hyphen, or just after a hyphen ("per", "year-", "year-on"). A phrase is
    /// extended one token at a time only while it is one of these.
    let phrasePrefixes: Set<String>
    /// The ASCII spellings again, looked up by their bytes (``SpellingTable``).
    let asciiKeys: SpellingTable<String>

    init(_ keysBySpelling: [String: String]) {
        self.keysBySpelling = keysBySpelling
        var shapes = ShapeFilter()
        var starts = ShapeFilter()
        var prefixes = Set<String>()
        // Read in place: a copy of every spelling's bytes was a tenth of reading the lexicons.
        func note(_ bytes: UnsafeBufferPointer<UInt8>) {
            shapes.insert(bytes)
            // Tokens split at spaces and hyphens, so a phrase's first word ends at either.
            if let end = bytes.firstIndex(where: { $0 == 0x20 || $0 == 0x2D }), end > 0 { starts.insert(bytes[..<end]) }
            for (index, byte) in bytes.enumerated() where byte == 0x20 || byte == 0x2D {
                if index > 0 { prefixes.insert(String(decoding: bytes[..<index], as: UTF8.self)) }
                if byte == 0x2D { prefixes.insert(String(decoding: bytes[...index], as: UTF8.self)) }
            }
        }
        for spelling in keysBySpelling.keys {
            if spelling.utf8.withContiguousStorageIfAvailable(note) == nil { Array(spelling.utf8).withUnsafeBufferPointer(note) }
        }
        self.shapes = shapes
        phraseStarts = starts
        phrasePrefixes = prefixes
        asciiKeys = SpellingTable(keysBySpelling)
    }

    /// The entry key of a word already in lower case.
    func key(lowercased word: String) -> String? {
        let entry = asciiKeys.entry(word, passing: shapes)
        if entry > 0 { return asciiKeys.value(ofEntry: entry) }
        return entry == SpellingTable<String>.notASCII ? keysBySpelling[word] : nil
    }

    /// The entry key of an ASCII word with capitals, lowercased on the stack: a name asked
    /// about ("Reuters") needs no new string.
    func key(lowercasingASCII word: String) -> String? {
        let entry = word.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { folded in
                for index in bytes.indices { folded[index] = ByteClass.isUpperASCII(bytes[index]) ? bytes[index] | 0x20 : bytes[index] }
                return asciiKeys.entry(bytes: UnsafeBufferPointer(folded), passing: shapes)
            }
        }
        guard let entry else { return key(lowercased: word.lowercased()) }
        return entry > 0 ? asciiKeys.value(ofEntry: entry) : nil
    }

    static func == (lhs: LexiconSpellings, rhs: LexiconSpellings) -> Bool { lhs.keysBySpelling == rhs.keysBySpelling }
    func hash(into hasher: inout Hasher) { hasher.combine(keysBySpelling) }
}
