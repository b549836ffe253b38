/// One figure with what it claims: the quantity, what it measures, whose it is, when, on what
/// basis, and how it is stated. Checks compare frames, never the words around a number.
///
/// "The firm's loss widened to about 350 mln dlrs in 1987" gives a frame with the
/// quantity "about 350 mln dlrs", the measure "loss" (modifier "net"), the kind `changeTo`
/// (a level reached), the period 1987.
public struct ClaimFrame: Sendable, Hashable {
    /// How the figure relates to its measure.
    public enum Kind: String, Sendable, Hashable {
        /// A level at a time: "sales of 5 mln dlrs", "12 victims".
        case level
        /// The level a change reached: "rose to 5 mln".
        case changeTo
        /// The level a change started from, or an earlier level compared against: "from 4 mln",
        /// "against 4 mln a year earlier".
        case changeFrom
        /// The size of a change: "rose 5 pct", "a 12 mln dlr increase", "down 180p".
        case changeBy
        /// A part of a whole: "33 pct of its interest", "41 pct of the vote".
        case share
        /// A vote: "passed 5-4", "five in favour".
        case tally

        /// Whether the figure states a level (at its own time or an earlier one).
        public var isLevel: Bool { self == .level || self == .changeTo }
    }

    /// Where the figure stands in the article.
    public enum Position: String, Sendable, Hashable {
        case headline, lede, body, quote, list, table
    }

    public var quantity: Quantity
    /// What the figure counts or measures, with its modifiers; empty when nothing says.
    public var measure: Measure
    public var kind: Kind
    /// +1 for a rise, -1 for a fall, 0 when the figure is not a change or says no direction.
    public var direction: Int
    /// The word that gave the direction ("rose", "cut"), for messages.
    public var directionWord: String?
    /// The token index of that word: figures of one change ("rose 5 pct to 120 from 100") share it.
    public var changeIndex: Int?
    /// The period the figure is for, as a temporal value ("1987", "1987-02", "PREVIOUS") when the
    /// clause names one.
    public var period: String?
    /// Basis words that make it a different claim from the same measure without them
    /// (`seasonally-adjusted`, `per-share`, `series:82a`), sorted.
    public var qualifiers: [String]
    /// The entity the figure belongs to when the text ties it to one ("Brazil's", "Ryanair").
    public var subject: String?
    public var position: Position
    /// Whether it refers back to a group already counted: "the 14 victims", "Of the 23 people
    /// who died", "Freedonia's 800,000 teachers".
    public var isDefinite: Bool
    /// Whether it is a part of a larger group: "14 of the dead", "six of them".
    public var isPartitive: Bool
    /// The other end, when the figure is one end of a range ("30 to 35 mln", "20 or 21 cents").
    public var rangeWith: Double?
    /// For profit per share told right after the profit ("earned 6.4 mln dlrs or 71 cts"), the
    /// token index where that profit's quantity starts.
    public var perShareOf: Int?
    /// For a tally: votes for and against.
    public var tally: (yes: Int, no: Int)? {
        get { tallyYes.map { ($0, tallyNo ?? 0) } }
        set { tallyYes = newValue?.yes; tallyNo = newValue?.no }
    }
    public var tallyYes: Int?
    public var tallyNo: Int?
    /// Content words of the clause around the number, lowercased and lightly stemmed.
    public var subjectWords: [String]
    /// Content words just before and just after the number, for matching restatements.
    public var context: Set<String>

    public var isHeadline: Bool { position == .headline }

    public init(quantity: Quantity, measure: Measure = Measure(), kind: Kind = .level, direction: Int = 0, directionWord: String? = nil,
                period: String? = nil, qualifiers: [String] = [], subject: String? = nil, position: Position = .body,
                isDefinite: Bool = false, isPartitive: Bool = false, rangeWith: Double? = nil,
                subjectWords: [String] = [], context: Set<String> = []) {
        self.quantity = quantity
        self.measure = measure
        self.kind = kind
        self.direction = direction
        self.directionWord = directionWord
        self.period = period
        self.qualifiers = qualifiers
        self.subject = subject
        self.position = position
        self.isDefinite = isDefinite
        self.isPartitive = isPartitive
        self.rangeWith = rangeWith
        self.subjectWords = subjectWords
        self.context = context
    }

    /// Whether the value can be the other figure's, allowing for this figure's range.
    public func agrees(with other: ClaimFrame) -> Bool {
        // Two ranges agree when both ends do: "1.40 to 3.00 dlrs" is not "1.40 to 2.50 dlrs".
        if let mine = rangeWith, let theirs = other.rangeWith {
            var end = quantity, otherEnd = other.quantity
            end.value = mine
            otherEnd.value = theirs
            return quantity.agrees(with: other.quantity) && end.agrees(with: otherEnd)
        }
        if quantity.agrees(with: other.quantity) { return true }
        if let end = rangeWith, quantity.unit == other.quantity.unit || other.quantity.unit.isEmpty || quantity.unit.isEmpty {
            let low = min(end, quantity.value), high = max(end, quantity.value)
            if other.quantity.value >= low - 1e-9, other.quantity.value <= high + 1e-9 { return true }
        }
        if let end = other.rangeWith {
            let low = min(end, other.quantity.value), high = max(end, other.quantity.value)
            if quantity.value >= low - 1e-9, quantity.value <= high + 1e-9 { return true }
        }
        return false
    }
}

/// What a figure counts or measures: a head word with its modifiers ("net loss", "new jobs"),
/// or an equivalence class ("deaths" for killed, died, dead and death toll).
public struct Measure: Sendable, Hashable {
    /// The compared form: an equivalence key from `measure-equivalents`, or the head word's stem.
    public var head: String
    /// Stems of the words that narrow the head ("net", "new", "tax"), in text order.
    public var modifiers: [String]
    /// How the measure was found: after the figure, before it, from a verb, or a unit.
    public var source: Source
    /// The words as written, for messages and `facts`.
    public var text: String

    public enum Source: String, Sendable, Hashable {
        case none, noun, linked, changed, verb, unit, equivalence
    }

    public init(head: String = "", modifiers: [String] = [], source: Source = .none, text: String = "") {
        self.head = head
        self.modifiers = modifiers
        self.source = source
        self.text = text
    }

    public var isEmpty: Bool { head.isEmpty }

    /// Whether the measure was read from a noun the figure counts or qualifies, or from an
    /// equivalence: the readings a headline match may rely on to tell two figures apart.
    public var isStrong: Bool { source == .noun || source == .equivalence }

    /// Whether two measures can name the same thing: the same head, and the modifiers of one
    /// contained in the other's ("new jobs" and "jobs"; not "net loss" and "operating loss").
    public func isCompatible(with other: Measure) -> Bool {
        guard !head.isEmpty, head == other.head else { return false }
        let mine = Set(modifiers), theirs = Set(other.modifiers)
        return mine.isSubset(of: theirs) || theirs.isSubset(of: mine)
    }
}
