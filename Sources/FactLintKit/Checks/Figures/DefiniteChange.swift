/// A change the writer points back to, "the 408 point decline" or "the 3.1 pct rise", against
/// the one change of that direction and unit the article gave before it ("the index dropped more
/// than 500 points"). "The" before a change noun with its figure names a change already told;
/// when the earlier changes of that direction, unit and scale near it in size (within half as
/// much again) are one figure, for the same owner and period where both say, and none agrees
/// with it, the two are one change written two ways. A basis the later one names ("the adjusted
/// rise") picks the earlier changes told with it.
enum DefiniteChange {
    /// Further apart than this, the later figure is more likely another change than a slip.
    static let maximumRatio = 1.5

    static func clashes(_ frames: [ClaimFrame], _ facts: ArticleFacts) -> [(later: ClaimFrame, earlier: ClaimFrame)] {
        var clashes: [(ClaimFrame, ClaimFrame)] = []
        for (index, later) in frames.enumerated() where isPointingBack(later, facts) {
            let earlier = frames[..<index].filter { other in
                other.quantity.sentence != later.quantity.sentence && other.kind == .changeBy && other.direction == later.direction && other.quantity.unit == later.quantity.unit
                    && other.quantity.scale == later.quantity.scale && !other.isPartitive && other.rangeWith == nil
                    && (other.subject == nil || later.subject == nil || other.subject == later.subject)
                    && (other.period == nil || later.period == nil || other.period == later.period)
            }
            // Changes of another size ("the 31 point drop" in one share) are other changes; the
            // near ones must be one figure.
            var near = earlier.filter { other in
                max(other.quantity.value, later.quantity.value) / max(min(other.quantity.value, later.quantity.value), 1e-9) <= maximumRatio
            }
            // "the adjusted rise" is the change told with that basis ("seasonally-adjusted").
            let basis = near.filter { other in
                later.qualifiers.contains { word in other.qualifiers.contains { $0 == word || $0.hasSuffix("-" + word) } }
            }
            if !later.qualifiers.isEmpty, !basis.isEmpty { near = basis }
            guard let first = near.first, !earlier.contains(where: { $0.agrees(with: later) }),
                  near.allSatisfy({ $0.quantity.isSameFigure(as: first.quantity) || $0.quantity.agrees(with: first.quantity) }),
                  let stated = near.last(where: { !$0.isHeadline }) ?? near.last else { continue }
            clashes.append((later, stated))
        }
        return clashes
    }

    /// "the 408 point decline": "the", an exact figure with a unit, and a change noun as its
    /// measure, outside quotations.
    /// So is "the adjusted rise of 2.7 billion": "the", up to two words that say which, and the
    /// change noun with its figure after "of".
    private static func isPointingBack(_ frame: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        guard frame.kind == .changeBy, frame.direction != 0, frame.position != .quote,
              frame.position != .headline, frame.position != .table, !frame.isPartitive, frame.rangeWith == nil, frame.quantity.hedge == .exact,
              !frame.quantity.unit.isEmpty, !frame.quantity.unit.hasPrefix("count:") else { return false }
        let range = facts.sentences[frame.quantity.sentence].tokens
        guard let start = frame.isDefinite && frame.measure.source == .noun ? frame.quantity.extent.lowerBound : nounBeforeOf(frame, range, facts),
              start > range.lowerBound, facts.tokens[start - 1].lower == "the" else { return false }
        // "the 60 point decline in the Nasdaq", "the 550 point drop over two days": whose or
        // which change, said after the noun.
        let after = frame.quantity.extent.upperBound + 1
        if after < range.upperBound, facts.tokens[after].kind == .word, facts.lexicons["change-scopes"].contains(lowercased: facts.tokens[after].lower) {
            return false
        }
        // "less than the 0.9 pct gain expected", "compared with the 2.1 pct rise": a base to
        // compare with, not the change told again.
        let markers = facts.lexicons["previous-markers"]
        let before = start - 2 >= range.lowerBound ? facts.tokens[start - 2].lower : ""
        // "below the 3.4 pct increase forecast": a bound word of quantity-hedges before "the".
        if before == "than" || markers.contains(lowercased: before) || facts.lexicons["quantity-hedges"].key(lowercased: before).map({ $0 != "about" }) == true {
            return false
        }
        if before == "with" || before == "to", start - 3 >= range.lowerBound, markers.contains(lowercased: facts.tokens[start - 3].lower + " " + before) { return false }
        return true
    }

    /// For "the adjusted rise of 2.7 billion", the first word after "the": the change noun
    /// right before "of" and the figure, with at most two lower-case words before it.
    private static func nounBeforeOf(_ frame: ClaimFrame, _ range: Range<Int>, _ facts: ArticleFacts) -> Int? {
        guard let noun = frame.changeIndex, noun + 2 == frame.quantity.extent.lowerBound, facts.tokens[noun + 1].lower == "of" else { return nil }
        var start = noun
        while start > range.lowerBound, noun - start < 2, facts.tokens[start - 1].kind == .word, facts.tokens[start - 1].lower != "the",
              !facts.tokens[start - 1].isCapitalized, !facts.lexicons["stopwords"].contains(lowercased: facts.tokens[start - 1].lower) {
            start -= 1
        }
        return start
    }
}
