/// A word, number or punctuation mark in a block's analysis text.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters, with inner apostrophes ("don't") and inner periods ("U.S").
        case word
        /// Digits, with inner separators ("1,200", "3.5", "15.05.2024", "18:57", "1986/87").
        case number
        /// Any other single character.
        case punctuation
    }

    /// Index of the block in ``Article/blocks``.
    public var block: Int
    /// Byte range in the block's analysis text.
    public var range: Range<Int>
    public var kind: Kind
    /// The token as written.
    public var text: String
    /// Lowercased, for vocabulary lookups.
    public var lower: String
    /// Whether white space (or the block start) comes right before the token.
    public var spaceBefore: Bool
    /// Bits of the lexicons the word is in (see ``LexiconSet/mask(_:)``); set by the extractor.
    public var classes: UInt64 = 0

    /// Whether the first letter is a capital.
    public var isCapitalized: Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return ByteClass.isUpperASCII(first) }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    /// Whether every letter is a capital and there are at least two letters.
    public var isAllCaps: Bool {
        var letters = 0
        if !text.utf8.contains(where: { $0 >= 0x80 }) {
            for byte in text.utf8 {
                if ByteClass.isLowerASCII(byte) { return false }
                if ByteClass.isUpperASCII(byte) { letters += 1 }
            }
            return letters >= 2
        }
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
