/// The values a stated figure allows: its rounding, its hedge ("more than 600" is anything
/// from 600 up), or a tenth either way for "about". Arithmetic is only reported when no value
/// inside the bounds of every figure gives the stated result.
struct FigureBounds: Sendable, Hashable {
    var lower: Double
    var upper: Double

    init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// The bounds of an exact or hedged quantity, in its own sign.
    init(_ quantity: Quantity) {
        // A whole count of things ("4 cases") is exact; an amount may be rounded to its last digit.
        let counted = quantity.unit.hasPrefix("count:") && quantity.scale == 1 && quantity.decimals == 0
        let value = quantity.value, error = counted ? 0 : quantity.roundingError
        switch quantity.hedge {
        case .exact: self.init(lower: value - error, upper: value + error)
        case .about: self.init(lower: value - max(error, abs(value) * 0.1), upper: value + max(error, abs(value) * 0.1))
        case .above: self.init(lower: value - error, upper: .infinity)
        case .below: self.init(lower: -.infinity, upper: value + error)
        }
    }

    /// A stated percentage: a whole percentage is often rounded loosely ("20 pct" for 19.1), so a
    /// point either way; one with decimals a quarter of a point.
    static func percentage(_ quantity: Quantity) -> FigureBounds {
        var bounds = FigureBounds(quantity)
        let slack = quantity.decimals == 0 ? 1.0 : max(Quantity.roundingStep(quantity.decimals) / 2, 0.25)
        bounds.lower = min(bounds.lower, quantity.value - slack)
        bounds.upper = max(bounds.upper, quantity.value + slack)
        return bounds
    }

    func overlaps(_ other: FigureBounds) -> Bool { lower <= other.upper + 1e-9 && other.lower <= upper + 1e-9 }

    static func + (a: FigureBounds, b: FigureBounds) -> FigureBounds { FigureBounds(lower: a.lower + b.lower, upper: a.upper + b.upper) }
    static func - (a: FigureBounds, b: FigureBounds) -> FigureBounds { FigureBounds(lower: a.lower - b.upper, upper: a.upper - b.lower) }

    /// a / b for positive b.
    static func / (a: FigureBounds, b: FigureBounds) -> FigureBounds {
        guard b.lower > 0 else { return FigureBounds(lower: -.infinity, upper: .infinity) }
        let candidates = [a.lower / b.lower, a.lower / b.upper, a.upper / b.lower, a.upper / b.upper]
        return FigureBounds(lower: candidates.min()!, upper: candidates.max()!)
    }
}
