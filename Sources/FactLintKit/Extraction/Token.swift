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
    /// The token as written.
    public var text: String
    /// Lowercased, for vocabulary lookups.
    public var lower: String
    /// Bits of the lexicons the word is in (see ``LexiconSet/mask(_:)``); set by the extractor.
    public var classes: WordClasses = 0
    /// For a punctuation token, its Unicode scalar (`0x201C` for an opening curly quote), so a
    /// mark is compared as a number, not as a String; 0 for words and numbers. The one mark
    /// that is canonically another, the Greek question mark (U+037E), is kept as the semicolon
    /// it is equal to as a String (``canonicalMark(_:)``).
    public private(set) var mark: UInt32 = 0
    // The one-byte fields last, so they share the tail of the 80-byte stride.
    public var kind: Kind
    /// Whether white space (or the block start) comes right before the token.
    public var spaceBefore: Bool
    /// Whether the first letter is a capital; read once, when the token is made (by the
    /// tokenizer from the bytes it decoded, otherwise from `text`).
    public private(set) var isCapitalized: Bool = false

    public init(block: Int, range: Range<Int>, kind: Kind, text: String, lower: String, spaceBefore: Bool) {
        var isCapitalized = false
        var mark: UInt32 = 0
        var scalars = text.unicodeScalars.makeIterator()
        if let first = scalars.next() {
            isCapitalized = first.value < 0x80 ? ByteClass.isUpperASCII(UInt8(first.value)) : first.properties.isUppercase
            if kind == .punctuation, scalars.next() == nil { mark = first.value }
        }
        self.init(block: block, range: range, kind: kind, text: text, lower: lower, spaceBefore: spaceBefore,
                  isCapitalized: isCapitalized, mark: mark)
    }

    /// A token whose first letter's case and mark the caller has read already, from the bytes
    /// the text was made from (``Tokenizer``). They must be what ``init(block:range:kind:text:lower:spaceBefore:)``
    /// would read from `text`.
    init(block: Int, range: Range<Int>, kind: Kind, text: String, lower: String, spaceBefore: Bool, isCapitalized: Bool, mark: UInt32) {
        self.block = block
        self.range = range
        self.kind = kind
        self.text = text
        self.lower = lower
        self.spaceBefore = spaceBefore
        self.isCapitalized = isCapitalized
        self.mark = Self.canonicalMark(mark)
    }

    /// A punctuation scalar as compared: U+037E GREEK QUESTION MARK is canonically U+003B, and
    /// String comparison, which the tests of marks replaced, treats the two as one.
    static func canonicalMark(_ scalar: UInt32) -> UInt32 { scalar == 0x37E ? 0x3B : scalar }

    /// Whether the token is the punctuation mark `scalar`.
    @inline(__always)
    public func isMark(_ scalar: Unicode.Scalar) -> Bool { mark == scalar.value }

    /// Whether the token is one of these marks, given one scalar each (`",;:"`): its scalar is
    /// compared, and no String.
    @inline(__always)
    public func isMark(anyOf marks: String) -> Bool {
        mark != 0 && marks.unicodeScalars.contains { $0.value == mark }
    }

    /// Whether the token is an apostrophe, straight or curly (the curly one also closes a
    /// single quotation).
    @inline(__always)
    public var isApostrophe: Bool { mark == 0x27 || mark == 0x2019 }

    /// Whether every letter is a capital and there are at least two letters.
    public var isAllCaps: Bool {
        var letters = 0
        if text.isASCII {
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
