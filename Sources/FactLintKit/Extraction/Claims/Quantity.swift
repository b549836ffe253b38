/// A number as the article states it, with its scale, unit and hedging.
public struct Quantity: Sendable, Hashable {
    /// How the number bounds the true value.
    public enum Hedge: String, Sendable, Hashable {
        case exact
        /// "about", "nearly".
        case about
        /// "more than", "at least".
        case above
        /// "less than", "up to".
        case below
    }

    /// The value with its scale applied ("250 mln" → 250,000,000).
    public var value: Double
    /// The unit it is compared in ("percent", "usd", "tonnes", "count:job"), or "" for a bare
    /// number with a scale.
    public var unit: String
    public var hedge: Hedge
    /// Digits after the decimal point as written, for rounding ("1.5" → 1).
    public var decimals: Int
    /// The multiplier of a scale word ("mln" → 1,000,000), or 1.
    public var scale: Double
    /// The quantity as written, hedge and unit included.
    public var text: String
    public var span: SourceSpan
    public var sentence: Int
    /// Token indices of the number itself.
    public var tokens: Range<Int>
    /// Token indices of the whole quantity.
    public var extent: Range<Int>
    /// Whether the number is written as a word ("fourteen").
    public var isWord: Bool = false

    public init(value: Double, unit: String, hedge: Hedge, decimals: Int, scale: Double, text: String, span: SourceSpan,
                sentence: Int, tokens: Range<Int>, extent: Range<Int>, isWord: Bool = false) {
        self.value = value
        self.unit = unit
        self.hedge = hedge
        self.decimals = decimals
        self.scale = scale
        self.text = text
        self.span = span
        self.sentence = sentence
        self.tokens = tokens
        self.extent = extent
        self.isWord = isWord
    }

    /// The value before its scale ("4.2" of "£4.2bn").
    public var mantissa: Double { value / scale }

    /// Whether two statements of a quantity can both be true: equal after rounding, or within
    /// the hedge ("about 250" and 248; "more than 70" and 73).
    public func agrees(with other: Quantity) -> Bool {
        guard unit == other.unit else { return true }
        let tolerance = max(Quantity.roundingStep(decimals) * scale, Quantity.roundingStep(other.decimals) * other.scale) / 2
        if abs(value - other.value) <= tolerance + 1e-9 { return true }
        if hedge == other.hedge && hedge != .about { return false }
        return Quantity.fits(other.value, within: self) || Quantity.fits(value, within: other)
    }

    /// Whether two statements give the same figure: equal at the precision of the more precise
    /// one, or within 5% when either says "about". Bounds are not stretched: "up to 12.5" is not
    /// the figure 5.
    public func isSameFigure(as other: Quantity) -> Bool {
        guard unit == other.unit else { return false }
        let tolerance = min(Quantity.roundingStep(decimals) * scale, Quantity.roundingStep(other.decimals) * other.scale) / 2
        if abs(value - other.value) <= tolerance + 1e-9 { return true }
        if hedge == .about || other.hedge == .about {
            return abs(value - other.value) <= max(abs(value), abs(other.value)) * 0.05
        }
        return false
    }

    /// Half the last written digit, in the figure's own units: how far the true value may be
    /// from the written one by rounding alone ("4.2 billion" → 0.05 billion).
    public var roundingError: Double { Quantity.roundingStep(decimals) * scale / 2 }

    static func roundingStep(_ decimals: Int) -> Double {
        var step = 1.0
        for _ in 0..<decimals { step /= 10 }
        return step
    }

    /// Whether an exact value is consistent with a hedged one.
    static func fits(_ value: Double, within hedged: Quantity) -> Bool {
        switch hedged.hedge {
        case .exact: return false
        case .about: return abs(value - hedged.value) <= max(abs(hedged.value) * 0.1, roundingStep(hedged.decimals) * hedged.scale)
        case .above: return value >= hedged.value
        case .below: return value <= hedged.value
        }
    }
}
