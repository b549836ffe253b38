/// One figure with what it claims: the quantity, what it measures, whose it is, when, on what
/// basis, and how it is stated. Checks compare frames, never the words around a number.
///
/// "The firm's loss widened to about 270 mln dlrs in 1987" gives a frame with the
/// quantity "about 270 mln dlrs", the measure "loss" (modifier "net"), the kind `changeTo`
/// (a level reached), the period 1987.
// Sendable by hand: the fields sit in a buffer shared between copies and written only through
// a copy made unique first, as an Array's are.
public struct ClaimFrame: @unchecked Sendable, Hashable {
    /// How the figure relates to its measure.
    public enum Kind: String, Sendable, Hashable {
        /// A level at a time: "sales of 5 mln dlrs", "12 victims".
        case level
        /// The level a change reached: "rose to 5 mln".
        case changeTo
        /// The level a change started from, or an earlier level compared against: "from 4 mln",
        /// "against 4 mln a year earlier", "from its 1985 profit of 4 mln".
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

    /// The stored fields, in one shared object: a frame is copied whenever a check filters or
    /// keeps one, and a copy retains one reference instead of a dozen strings and arrays.
    struct Fields: Sendable, Hashable {
        var quantity: Quantity
        var measure: Measure
        var kind: Kind
        var direction: Int
        var directionWord: String?
        var changeIndex: Int?
        var period: String?
        var qualifiers: [String]
        var subject: String?
        var position: Position
        var isDefinite: Bool
        var isPartitive: Bool
        var isConversion: Bool
        var rangeWith: Double?
        var perShareOf: Int?
        var spreadOver: Int?
        var tallyYes: Int?
        var tallyNo: Int?
        var subjectWords: [String]
        var context: [String]
    }

    /// The fields live in the header of a managed buffer and are reached through its pointer:
    /// a class's stored property is checked for exclusive access at every read and write.
    private var storage: ManagedBuffer<Fields, Void>

    /// The header's address. It outlives the closure that gives it because every accessor that
    /// uses it borrows `self`, which keeps the buffer alive, and a buffer's header never moves.
    @inline(__always)
    private var fields: UnsafeMutablePointer<Fields> { storage.withUnsafeMutablePointerToHeader { $0 } }

    /// Makes the storage this frame's own before a field changes.
    @inline(__always)
    private mutating func uniqueStorage() {
        if !isKnownUniquelyReferenced(&storage) {
            let copy = fields.pointee
            storage = ManagedBuffer<Fields, Void>.create(minimumCapacity: 0) { _ in copy }
        }
    }

    /// Two frames sharing one buffer are equal without comparing fields (as two copies of an
    /// Array are, even holding a NaN).
    public static func == (lhs: ClaimFrame, rhs: ClaimFrame) -> Bool { lhs.storage === rhs.storage || lhs.fields.pointee == rhs.fields.pointee }
    public func hash(into hasher: inout Hasher) { hasher.combine(fields.pointee) }

    public var quantity: Quantity {
        _read { yield fields.pointee.quantity }
        _modify { uniqueStorage(); yield &fields.pointee.quantity }
    }
    /// What the figure counts or measures, with its modifiers; empty when nothing says.
    public var measure: Measure {
        _read { yield fields.pointee.measure }
        _modify { uniqueStorage(); yield &fields.pointee.measure }
    }
    public var kind: Kind {
        _read { yield fields.pointee.kind }
        _modify { uniqueStorage(); yield &fields.pointee.kind }
    }
    /// +1 for a rise, -1 for a fall, 0 when the figure is not a change or says no direction.
    public var direction: Int {
        _read { yield fields.pointee.direction }
        _modify { uniqueStorage(); yield &fields.pointee.direction }
    }
    /// The word that gave the direction ("rose", "cut"), for messages.
    public var directionWord: String? {
        _read { yield fields.pointee.directionWord }
        _modify { uniqueStorage(); yield &fields.pointee.directionWord }
    }
    /// The token index of that word: figures of one change ("rose 5 pct to 120 from 100") share it.
    public var changeIndex: Int? {
        _read { yield fields.pointee.changeIndex }
        _modify { uniqueStorage(); yield &fields.pointee.changeIndex }
    }
    /// The period the figure is for, as a temporal value ("1987", "1987-02", "PREVIOUS") when the
    /// clause names one.
    public var period: String? {
        _read { yield fields.pointee.period }
        _modify { uniqueStorage(); yield &fields.pointee.period }
    }
    /// Basis words that make it a different claim from the same measure without them
    /// (`seasonally-adjusted`, `per-share`, `series:82a`), sorted.
    public var qualifiers: [String] {
        _read { yield fields.pointee.qualifiers }
        _modify { uniqueStorage(); yield &fields.pointee.qualifiers }
    }
    /// The entity the figure belongs to when the text ties it to one ("Brazil's", "Ryanair").
    public var subject: String? {
        _read { yield fields.pointee.subject }
        _modify { uniqueStorage(); yield &fields.pointee.subject }
    }
    public var position: Position {
        _read { yield fields.pointee.position }
        _modify { uniqueStorage(); yield &fields.pointee.position }
    }
    /// Whether it refers back to a group already counted: "the 14 victims", "Of the 23 people
    /// who died", "Freedonia's 800,000 teachers".
    public var isDefinite: Bool {
        _read { yield fields.pointee.isDefinite }
        _modify { uniqueStorage(); yield &fields.pointee.isDefinite }
    }
    /// Whether it is a part of a larger group: "14 of the dead", "six of them".
    public var isPartitive: Bool {
        _read { yield fields.pointee.isPartitive }
        _modify { uniqueStorage(); yield &fields.pointee.isPartitive }
    }
    /// Whether it restates the figure before it in another currency, in brackets: the "£1.3bn"
    /// of "rose to $2.4bn (£1.3bn)". It takes that figure's kind, measure and period.
    public var isConversion: Bool {
        _read { yield fields.pointee.isConversion }
        _modify { uniqueStorage(); yield &fields.pointee.isConversion }
    }
    /// The other end, when the figure is one end of a range ("30 to 35 mln", "20 or 21 cents").
    public var rangeWith: Double? {
        _read { yield fields.pointee.rangeWith }
        _modify { uniqueStorage(); yield &fields.pointee.rangeWith }
    }
    /// For profit per share told right after the profit ("earned 6.4 mln dlrs or 71 cts"), the
    /// token index where that profit's quantity starts.
    public var perShareOf: Int? {
        _read { yield fields.pointee.perShareOf }
        _modify { uniqueStorage(); yield &fields.pointee.perShareOf }
    }
    /// For a sum spread over a length told right after it ("£640m over 12 years", "$2bn (£1.1bn)
    /// over five years"), the index in ``ArticleFacts/temporal`` of that length.
    public var spreadOver: Int? {
        _read { yield fields.pointee.spreadOver }
        _modify { uniqueStorage(); yield &fields.pointee.spreadOver }
    }
    /// For a tally: votes for and against.
    public var tally: (yes: Int, no: Int)? {
        get { tallyYes.map { ($0, tallyNo ?? 0) } }
        set { tallyYes = newValue?.yes; tallyNo = newValue?.no }
    }
    public var tallyYes: Int? {
        _read { yield fields.pointee.tallyYes }
        _modify { uniqueStorage(); yield &fields.pointee.tallyYes }
    }
    public var tallyNo: Int? {
        _read { yield fields.pointee.tallyNo }
        _modify { uniqueStorage(); yield &fields.pointee.tallyNo }
    }
    /// Content words of the clause around the number, lowercased and lightly stemmed.
    public var subjectWords: [String] {
        _read { yield fields.pointee.subjectWords }
        _modify { uniqueStorage(); yield &fields.pointee.subjectWords }
    }
    /// Content words just before and just after the number, for matching restatements: sorted,
    /// each once (a sorted list, not a set: built for every figure, compared for few).
    public var context: [String] {
        _read { yield fields.pointee.context }
        // Kept sorted and each once whatever is assigned: `sharedContextCount(with:)` merges.
        set {
            uniqueStorage()
            fields.pointee.context = newValue.sortedUnique()
        }
    }

    public var isHeadline: Bool { position == .headline }

    public init(quantity: Quantity, measure: Measure = Measure(), kind: Kind = .level, direction: Int = 0, directionWord: String? = nil,
                period: String? = nil, qualifiers: [String] = [], subject: String? = nil, position: Position = .body,
                isDefinite: Bool = false, isPartitive: Bool = false, rangeWith: Double? = nil,
                subjectWords: [String] = [], context: [String] = []) {
        let fields = Fields(quantity: quantity, measure: measure, kind: kind, direction: direction, directionWord: directionWord,
                            changeIndex: nil, period: period, qualifiers: qualifiers, subject: subject, position: position,
                            isDefinite: isDefinite, isPartitive: isPartitive, isConversion: false, rangeWith: rangeWith, perShareOf: nil, spreadOver: nil,
                            tallyYes: nil, tallyNo: nil, subjectWords: subjectWords, context: context.sortedUnique())
        storage = ManagedBuffer<Fields, Void>.create(minimumCapacity: 0) { _ in fields }
    }

    /// How many context words two frames share (both lists are sorted).
    public func sharedContextCount(with other: ClaimFrame) -> Int {
        let mine = context, theirs = other.context
        var (i, j, shared) = (0, 0, 0)
        while i < mine.count, j < theirs.count {
            if mine[i] == theirs[j] {
                shared += 1
                i += 1
                j += 1
            } else if mine[i] < theirs[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
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
