/// The lexicon classes of a word: one bit for each lexicon that gives its words classes (every
/// lexicon but those that say `classes: false`), so that one lookup per token answers every
/// membership question the extractors ask of it.
///
/// Two machine words, not one: the built-in lexicons that give classes passed 64 in session 22,
/// and a lexicon past the last bit silently answered "no" for every word.
public struct WordClasses: Hashable, Sendable, ExpressibleByIntegerLiteral {
    /// How many lexicons can have a bit.
    public static let capacity = 128

    private var low: UInt64
    private var high: UInt64

    /// `0`, the classes of a word in no lexicon.
    public init(integerLiteral value: UInt64) {
        low = value
        high = 0
    }

    /// The class of the lexicon given bit `index` (below ``capacity``).
    init(bit index: Int) {
        precondition(index >= 0 && index < Self.capacity, "a word class bit must be below \(Self.capacity)")
        low = index < 64 ? 1 << UInt64(index) : 0
        high = index < 64 ? 0 : 1 << UInt64(index - 64)
    }

    public static func & (left: WordClasses, right: WordClasses) -> WordClasses {
        var result = left
        result.low &= right.low
        result.high &= right.high
        return result
    }

    public static func | (left: WordClasses, right: WordClasses) -> WordClasses {
        var result = left
        result.low |= right.low
        result.high |= right.high
        return result
    }

    public static func |= (left: inout WordClasses, right: WordClasses) {
        left.low |= right.low
        left.high |= right.high
    }
}
