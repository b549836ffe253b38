/// A unit of time, keyed as in the `time-units` lexicon.
public enum TimeUnit: String, Sendable, Hashable, CaseIterable {
    case hour = "H"
    case minute = "MIN"
    case day = "D"
    case week = "W"
    case weekend = "WE"
    case month = "M"
    case quarter = "Q"
    case year = "Y"
    case decade = "DE"
    case century = "CE"

    /// The unit's length in days; nil for a quarter, which is never a duration here.
    public var days: Double? {
        switch self {
        case .hour: return 1.0 / 24
        case .minute: return 1.0 / 1440
        case .day: return 1
        case .week: return 7
        case .weekend: return 2
        case .month: return 30.44
        case .quarter: return nil
        case .year: return 365.25
        case .decade: return 3652.5
        case .century: return 36525
        }
    }

    /// Whether the unit is shorter than a day.
    public var isClock: Bool { self == .hour || self == .minute }
}

/// A stretch of time: "44 days", "nearly three decades", "several months".
public struct TemporalDuration: Sendable, Hashable {
    /// How many units; nil when the amount is vague ("several months", "recent days").
    public var amount: Double?
    public var unit: TimeUnit
    /// Hedged: "nearly", "about", "more than".
    public var isApproximate: Bool

    public init(amount: Double?, unit: TimeUnit, isApproximate: Bool = false) {
        self.amount = amount
        self.unit = unit
        self.isApproximate = isApproximate
    }

    /// The length in days, when the amount is known.
    public var days: Double? {
        guard let amount else { return nil }
        switch unit {
        // Divided, not multiplied by a fraction, so the figures match to the last bit.
        case .hour: return amount / 24
        case .minute: return amount / 1440
        default: return unit.days.map { amount * $0 }
        }
    }

    /// `P44D`, `PT24H`, `P3DE`; a vague amount is `PX` and the unit's first letter.
    public var timex: String {
        guard let amount else {
            return "PX" + (unit.rawValue.count == 1 ? unit.rawValue : String(unit.rawValue.prefix(1)))
        }
        let number = wholeNumberText(amount) ?? String(amount)
        switch unit {
        case .hour: return "PT" + number + "H"
        case .minute: return "PT" + number + "M"
        default: return "P" + number + unit.rawValue
        }
    }
}
