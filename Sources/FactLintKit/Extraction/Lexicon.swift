/// A named vocabulary from a YAML file under `Rules/lexicons/`: either a flat word list
/// (`words:`) or keyed entries (`entries:`, a key to its spellings).
public struct Lexicon: Sendable, Hashable {
    public var name: String
    public var description: String?
    /// Every spelling, lowercased, mapped to the entry's key (the word itself for a flat list).
    public private(set) var keysBySpelling: [String: String] {
        didSet {
            (shapes, phraseStarts, phrasePrefixes) = Self.filters(of: keysBySpelling)
        }
    }
    /// The shapes of the spellings. Most words looked up are in no lexicon; this turns them away
    /// without hashing.
    private var shapes: ShapeFilter
    /// The shapes of the first words of spellings of several words ("per share", "year-on-year"):
    /// a phrase lookup builds no string at a word that starts none.
    private var phraseStarts: ShapeFilter
    /// Every beginning of a spelling of several words that ends where a token ends: before a
    /// space or a hyphen, or just after a hyphen ("per", "year-", "year-on"). A phrase is
    /// extended one token at a time only while it is one of these.
    private var phrasePrefixes: Set<String>
    /// Where the lexicon was read from.
    public var source: String
    /// For keyed entries, the first spelling of each key, for messages ("9" → "September").
    public var displayNames: [String: String]
    /// Whether tokens carry a class bit for this lexicon (``Token/classes``). Only 64 bits exist;
    /// a lexicon only looked up by name says `classes: false` in its YAML.
    public var tokenClasses = true

    public init(name: String, description: String? = nil, keysBySpelling: [String: String], source: String,
                displayNames: [String: String] = [:]) {
        self.name = name
        self.description = description
        self.keysBySpelling = keysBySpelling
        (shapes, phraseStarts, phrasePrefixes) = Self.filters(of: keysBySpelling)
        self.source = source
        self.displayNames = displayNames
    }

    /// The first spelling given for a key.
    public func displayName(for key: String) -> String? { displayNames[key] }

    /// Whether the word (any case) is in the lexicon.
    public func contains(_ word: String) -> Bool { key(for: word) != nil }

    /// The entry key for a spelling (any case). Spellings are stored lowercased, so a lowercase
    /// word (most lookups pass a token's `lower`) needs no new string.
    public func key(for word: String) -> String? {
        let utf8 = word.utf8
        if let first = utf8.first, first < 0x80 {
            // Case folding never changes an ASCII first letter, and changes the byte length only
            // of non-ASCII letters.
            let folded = ByteClass.isUpperASCII(first) ? first | 0x20 : first
            if !shapes.hasWords(startingWith: folded) { return nil }
            if !shapes.mayContain(first: folded, length: utf8.count), !utf8.contains(where: { $0 >= 0x80 }) { return nil }
        }
        if let key = keysBySpelling[word] { return key }
        guard word.utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }) else { return nil }
        return keysBySpelling[word.lowercased()]
    }

    /// The entry key of a token's word. Its lowercase form is already folded, so no second lookup
    /// and no scan for capitals is needed.
    public func key(for token: Token) -> String? { key(lowercased: token.lower) }

    /// Whether a token's word is in the lexicon.
    public func contains(_ token: Token) -> Bool { key(lowercased: token.lower) != nil }

    /// The entry key of a word already in lower case.
    public func key(lowercased word: String) -> String? {
        shapes.mayContain(word) ? keysBySpelling[word] : nil
    }

    /// Whether a word already in lower case is in the lexicon.
    public func contains(lowercased word: String) -> Bool { key(lowercased: word) != nil }

    /// Whether some spelling of several words could start with this lowercase word. It may say
    /// yes wrongly, never no wrongly.
    public func mayStartPhrase(_ word: String) -> Bool { !word.isEmpty && phraseStarts.mayContain(word) }

    /// Whether some spelling of several words goes on from this lowercase text.
    public func isPhrasePrefix(_ text: String) -> Bool { phrasePrefixes.contains(text) }

    /// The shape filters of the spellings and of the first words of phrases, and every beginning
    /// of a phrase that ends where a token ends: before a space or a hyphen, or just after a hyphen.
    private static func filters(of spellings: [String: String]) -> (ShapeFilter, ShapeFilter, Set<String>) {
        var shapes = ShapeFilter()
        var starts = ShapeFilter()
        var prefixes = Set<String>()
        for spelling in spellings.keys {
            let bytes = Array(spelling.utf8)
            shapes.insert(bytes)
            // Tokens split at spaces and hyphens, so a phrase's first word ends at either.
            if let end = bytes.firstIndex(where: { $0 == 0x20 || $0 == 0x2D }), end > 0 { starts.insert(bytes[..<end]) }
            for (index, byte) in bytes.enumerated() where byte == 0x20 || byte == 0x2D {
                if index > 0 { prefixes.insert(String(decoding: bytes[..<index], as: UTF8.self)) }
                if byte == 0x2D { prefixes.insert(String(decoding: bytes[...index], as: UTF8.self)) }
            }
        }
        return (shapes, starts, prefixes)
    }

    /// Adds another lexicon's spellings; later spellings win.
    public mutating func merge(_ other: Lexicon) {
        keysBySpelling.merge(other.keysBySpelling) { _, new in new }
        displayNames.merge(other.displayNames) { old, _ in old }
    }
}
