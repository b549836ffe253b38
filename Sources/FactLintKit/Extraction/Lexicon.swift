/// A named vocabulary from a YAML file under `Rules/lexicons/`: either a flat word list
/// (`words:`) or keyed entries (`entries:`, a key to its spellings).
public struct Lexicon: Sendable, Hashable {
    public var name: String
    public var description: String?
    /// Every spelling, lowercased, mapped to the entry's key (the word itself for a flat list).
    public var keysBySpelling: [String: String]
    /// Where the lexicon was read from.
    public var source: String
    /// For keyed entries, the first spelling of each key, for messages ("9" → "September").
    public var displayNames: [String: String]

    public init(name: String, description: String? = nil, keysBySpelling: [String: String], source: String,
                displayNames: [String: String] = [:]) {
        self.name = name
        self.description = description
        self.keysBySpelling = keysBySpelling
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
        if let key = keysBySpelling[word] { return key }
        guard word.utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }) else { return nil }
        return keysBySpelling[word.lowercased()]
    }

    /// Adds another lexicon's spellings; later spellings win.
    public mutating func merge(_ other: Lexicon) {
        keysBySpelling.merge(other.keysBySpelling) { _, new in new }
        displayNames.merge(other.displayNames) { old, _ in old }
    }
}
