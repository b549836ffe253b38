/// When two frames state the same claim, so their values must agree.
extension ClaimFrame {
    /// How strict the comparison is.
    public enum Matching: Sendable {
        /// Headline against story: a measure read from the verb before the figure counts, and
        /// "total" does not set a figure apart (a headline gives totals plainly).
        case headline
        /// Two statements in the story: the measure must come from a noun or an equivalence.
        case story
        /// Two sentences worded alike: a measure read from a verb, or none, may match the same.
        case parallel
    }

    /// Whether the units can be compared: the same unit, two counts (their measures decide), or
    /// a figure given with only a scale beside one with a unit of that scale ("75 MLN" and "75
    /// mln dlrs").
    public func hasComparableUnit(_ other: ClaimFrame) -> Bool {
        let a = quantity, b = other.quantity
        if a.unit == b.unit { return true }
        if a.unit.hasPrefix("count:") && b.unit.hasPrefix("count:") { return true }
        return (a.unit.isEmpty || b.unit.isEmpty) && a.scale == b.scale && a.scale > 1
    }

    /// Whether the two frames are one claim: comparable units, compatible measures, the same
    /// kind (a level reached counts as a level), direction, basis, period and subject.
    public func isSameClaim(as other: ClaimFrame, _ matching: Matching) -> Bool {
        guard hasComparableUnit(other) else { return false }
        guard !isPartitive, !other.isPartitive, kind != .tally, other.kind != .tally else { return false }
        // A count of things and an amount of money are never one claim, whatever the words.
        if quantity.unit.hasPrefix("count:") != other.quantity.unit.hasPrefix("count:") { return false }
        switch matching {
        case .story:
            guard measure.source != .verb, other.measure.source != .verb, measure.isCompatible(with: other.measure) else { return false }
        case .parallel:
            guard measure.head == other.measure.head, Set(measure.modifiers) == Set(other.measure.modifiers) else { return false }
        case .headline:
            // Two nouns must agree; a measure read from a verb or a clause is too loose to tell
            // figures apart, so it neither matches nor blocks, but then the figures must be of
            // one size (a restated figure is mistyped, not a thousand times off).
            // "56 PCT OF CYCLOPS" and "40 pct of the outstanding shares": a share names its
            // whole in many ways.
            if kind == .share && other.kind == .share {
            } else if let noun = [measure, other.measure].first(where: { $0.source == .noun }),
                      let casualty = [measure, other.measure].first(where: { $0.source == .equivalence }), casualty.modifiers.last == noun.head {
                // "14 MINERS RESCUED" and "brought 12 miners to the surface": the people a
                // casualty or rescue word counts, told once without the word; then the figures
                // must be of one size.
                let ratio = abs(quantity.value) / max(abs(other.quantity.value), 1e-9)
                guard ratio <= 3.5, ratio >= 1 / 3.5 else { return false }
            } else if measure.isStrong && other.measure.isStrong {
                // "CP PROGRAM" and "commercial paper program": the modifiers of a headline are
                // often abbreviated, so only the nouns must agree (the best match is chosen later).
                guard measure.head == other.measure.head || measure.head.hasSuffix(other.measure.head) && other.measure.head.utf8.count >= 4
                        || other.measure.head.hasSuffix(measure.head) && measure.head.utf8.count >= 4 else { return false }
            } else if measure.head != other.measure.head || measure.isEmpty {
                if quantity.unit.hasPrefix("count:") && measure.head != other.measure.head { return false }
                let ratio = abs(quantity.value) / max(abs(other.quantity.value), 1e-9)
                guard ratio <= 3.5, ratio >= 1 / 3.5 else { return false }
            }
        }
        // A headline's "TO 78 PCT" is the story's "to about 78 pct of those outstanding"; but
        // "30 PCT OF ITS INTEREST" is not "its 30 pct interest".
        let shareAndLevel = matching == .headline && Set([kind, other.kind]) == [.share, .changeTo]
        let sameKind = kind == other.kind || (kind.isLevel && other.kind.isLevel) || shareAndLevel
        guard sameKind else { return false }
        // A measure read from a unit ("2.78 mln cubic metres") says what is counted, not what
        // it is: only a headline is matched on it.
        if matching != .headline, measure.source == .unit || other.measure.source == .unit { return false }
        // A rise and a fall are two changes (direction-conflict looks at one change told both ways).
        if kind != .level, direction != 0, other.direction != 0, direction != other.direction { return false }
        if matching == .headline {
            // A headline drops qualifiers ("SALES UP 8.2 PCT" for comparable-store sales) but
            // does not swap them ("UNDERLYING" against "seasonally adjusted").
            let ignored: Set<String> = ["total", "cumulative"]
            let mine = Set(qualifiers).subtracting(ignored), theirs = Set(other.qualifiers).subtracting(ignored)
            guard mine.isEmpty || theirs.isEmpty || mine == theirs else { return false }
            // Nor does the story's target or forecast stand for the headline's outcome ("SEEN
            // GROWING NINE PCT" and "the original forecast of eight pct"); a headline is often
            // a forecast itself ("SHORTAGE FORECAST AT 250 MLN").
            let (story, head) = isHeadline ? (theirs, mine) : (mine, theirs)
            guard !story.contains("target") || head.contains("target") else { return false }
        } else {
            guard Set(qualifiers) == Set(other.qualifiers) else { return false }
        }
        if let mine = period, let theirs = other.period, !ClaimFrame.periodsOverlap(mine, theirs) { return false }
        if let mine = subject, let theirs = other.subject, mine != theirs { return false }
        return true
    }

    /// Whether a period names one day ("1987-02-21"), not a month, quarter or year.
    public static func isDay(_ period: String) -> Bool { period.utf8.count == 10 }

    /// Whether two periods can be one: the same value, or a day within a month ("1987-02-21"
    /// and "1987-02"). A year and a quarter of it are different periods for a figure.
    public static func periodsOverlap(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.utf8.count < b.utf8.count ? (a, b) : (b, a)
        if short.utf8.count == 7 && isDay(long) && long.hasPrefix(short) { return true }
        // "1987-03" and "1987-Q1": a month within its quarter.
        if short.utf8.count == 7, long.utf8.count == 7, let quarterDigit = (a.contains("Q") ? a : b).last?.wholeNumberValue,
           a.prefix(5) == b.prefix(5), let month = Int((a.contains("Q") ? b : a).suffix(2)) {
            return (month - 1) / 3 + 1 == quarterDigit
        }
        return false
    }
}
