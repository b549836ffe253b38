/// A named vocabulary from a YAML file under `Rules/lexicons/`: either a flat word list
/// (`words:`) or keyed entries (`entries:`, a key to its spellings).
public struct Lexicon: Sendable, Hashable {
    /// The fields, in one shared object (``LexiconStorage``); a change makes a new one.
    private var storage: LexiconStorage
    private var fields: LexiconStorage.Fields {
        get { storage.fields }
        set {
            storage = LexiconStorage(newValue)
            // Changed spellings are no longer what the bit's words were given for.
            classBit = 0
        }
    }
    /// The lexicon's bit in ``Token/classes``, set by the ``LexiconSet`` it was added to once
    /// its spellings have the bit; 0 when it has none (a lexicon that says `classes: false`,
    /// one past the last bit, or one made or changed outside a set). Not part of equality.
    var classBit: WordClasses = 0

    public var name: String {
        get { storage.fields.name }
        set { fields.name = newValue }
    }
    public var description: String? {
        get { storage.fields.description }
        set { fields.description = newValue }
    }
    /// Every spelling, lowercased, mapped to the entry's key (the word itself for a flat list).
    public private(set) var keysBySpelling: [String: String] {
        get { spellings.keysBySpelling }
        set { fields.spellings = LexiconSpellings(newValue) }
    }
    /// The spellings with their lookup tables, in one shared object.
    private var spellings: LexiconSpellings { storage.fields.spellings }
    /// Where the lexicon was read from.
    public var source: String {
        get { storage.fields.source }
        set { fields.source = newValue }
    }
    /// For keyed entries, the first spelling of each key, for messages ("9" → "September").
    public var displayNames: [String: String] {
        get { storage.fields.displayNames }
        set { fields.displayNames = newValue }
    }
    /// Whether tokens carry a class bit for this lexicon (``Token/classes``). Only 64 bits exist;
    /// a lexicon only looked up by name says `classes: false` in its YAML.
    public var tokenClasses: Bool {
        get { storage.fields.tokenClasses }
        set { fields.tokenClasses = newValue }
    }

    /// A lexicon of these spellings. They must be lowercase, as the YAML reader makes them:
    /// lookups fold the word asked about, never the spellings.
    public init(name: String, description: String? = nil, keysBySpelling: [String: String], source: String,
                displayNames: [String: String] = [:]) {
        storage = LexiconStorage(.init(name: name, description: description, spellings: LexiconSpellings(keysBySpelling),
                                       source: source, displayNames: displayNames, tokenClasses: true))
    }

    public static func == (lhs: Lexicon, rhs: Lexicon) -> Bool { lhs.storage === rhs.storage || lhs.fields == rhs.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(fields) }

    /// The first spelling given for a key.
    public func displayName(for key: String) -> String? { displayNames[key] }

    /// Whether the word (any case) is in the lexicon.
    public func contains(_ word: String) -> Bool { key(for: word) != nil }

    /// The entry key for a spelling (any case). Spellings are stored lowercased, so a lowercase
    /// word (most lookups pass a token's `lower`) needs no new string.
    public func key(for word: String) -> String? {
        // Most words asked about are already lowercase ASCII: one scan of the bytes finds that,
        // and such a word needs only the lookup of a lowercase word. An ASCII word with capitals
        // (a name) is lowercased on the stack. Both rely on the spellings being lowercase.
        let shape = word.utf8.withContiguousStorageIfAvailable { bytes -> ASCIIShape in
            var shape = ASCIIShape.lowercase
            for byte in bytes {
                if byte >= 0x80 { return .other }
                if ByteClass.isUpperASCII(byte) { shape = .capitals }
            }
            return shape
        } ?? .other
        switch shape {
        case .lowercase: return spellings.key(lowercased: word)
        case .capitals: return spellings.key(lowercasingASCII: word)
        case .other: break
        }
        // A word beyond ASCII (or, on other platforms, a String without contiguous bytes).
        let utf8 = word.utf8
        if let first = utf8.first, first < 0x80 {
            // Case folding never changes an ASCII first letter, and changes the byte length only
            // of non-ASCII letters.
            let folded = ByteClass.isUpperASCII(first) ? first | 0x20 : first
            if !spellings.shapes.hasWords(startingWith: folded) { return nil }
            if !spellings.shapes.mayContain(first: folded, length: utf8.count), word.isASCII { return nil }
        }
        let (isASCII, found) = spellings.asciiKeys.lookup(word)
        if isASCII {
            if let found { return found }
        } else if let key = spellings.keysBySpelling[word] {
            return key
        }
        guard word.utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }) else { return nil }
        return key(lowercased: word.lowercased())
    }

    /// The entry key of a token's word. Its lowercase form is already folded, so no second lookup
    /// and no scan for capitals is needed.
    public func key(for token: Token) -> String? { spellings.key(lowercased: token.lower) }

    /// Whether a token's word is in the lexicon.
    public func contains(_ token: Token) -> Bool { spellings.key(lowercased: token.lower) != nil }

    /// The entry key of a word already in lower case.
    @inline(__always)
    public func key(lowercased word: String) -> String? { spellings.key(lowercased: word) }

    /// Whether a word already in lower case is in the lexicon.
    @inline(__always)
    public func contains(lowercased word: String) -> Bool { key(lowercased: word) != nil }

    /// Whether the word of `tokens[index]` is in the lexicon. A word token is answered by its
    /// class bit when the lexicon has one (the extractor gave every word token the classes of
    /// the same set), with no String hashed; any other token by its lowercase form. The tokens
    /// are read by index, so no token is copied.
    @inline(__always)
    func contains(_ tokens: [Token], _ index: Int) -> Bool {
        if classBit != 0, tokens[index].kind == .word { return tokens[index].classes & classBit != 0 }
        return spellings.key(lowercased: tokens[index].lower) != nil
    }

    /// The entry key of the word of `tokens[index]`; a word token without the lexicon's class
    /// bit is turned away before any lookup (see ``contains(_:_:)``).
    @inline(__always)
    func key(_ tokens: [Token], _ index: Int) -> String? {
        if classBit != 0, tokens[index].kind == .word, tokens[index].classes & classBit == 0 { return nil }
        return spellings.key(lowercased: tokens[index].lower)
    }

    /// Whether some spelling of several words could start with this lowercase word. It may say
    /// yes wrongly, never no wrongly.
    public func mayStartPhrase(_ word: String) -> Bool { !word.isEmpty && spellings.phraseStarts.mayContain(word) }

    /// Whether some spelling of several words goes on from this lowercase text.
    public func isPhrasePrefix(_ text: String) -> Bool { spellings.phrasePrefixes.contains(text) }

    /// What ``key(for:)`` found in a word's bytes.
    private enum ASCIIShape { case lowercase, capitals, other }

    /// Adds another lexicon's spellings; later spellings win.
    public mutating func merge(_ other: Lexicon) {
        keysBySpelling.merge(other.keysBySpelling) { _, new in new }
        displayNames.merge(other.displayNames) { old, _ in old }
    }
}
