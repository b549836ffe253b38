/// An amount the writer presents as already known, "in default on the $43.8bn." with no noun
/// after it, against the one amount of that currency and scale the article gave before it. "The"
/// before a bare amount points back: when nothing earlier has that value and every earlier
/// amount of the same unit and scale is one figure close to it (within 30%), the
/// two are one amount written two ways.
enum DefiniteAmount {
    static func clashes(_ frames: [ClaimFrame], _ facts: ArticleFacts) -> [(later: ClaimFrame, earlier: ClaimFrame)] {
        var clashes: [(ClaimFrame, ClaimFrame)] = []
        for (index, later) in frames.enumerated() where isBareDefinite(later, facts) {
            let earlier = frames[..<index].filter { other in
                other.quantity.unit == later.quantity.unit && other.quantity.scale == later.quantity.scale && other.kind.isLevel
                    && !other.isPartitive && other.rangeWith == nil
            }
            guard let first = earlier.first, !earlier.contains(where: { $0.agrees(with: later) }),
                  earlier.allSatisfy({ $0.quantity.isSameFigure(as: first.quantity) || $0.quantity.agrees(with: first.quantity) }) else { continue }
            let ratio = max(first.quantity.value, later.quantity.value) / max(min(first.quantity.value, later.quantity.value), 1e-9)
            // "the 4 billion dlrs" for an award of 4.53 billion: a figure written with fewer
            // digits may round the earlier one loosely.
            if later.quantity.decimals < first.quantity.decimals, abs(later.quantity.value - first.quantity.value) <= first.quantity.value * 0.1 { continue }
            guard ratio <= 1.3, let stated = earlier.last(where: { !$0.isHeadline }) ?? earlier.last else { continue }
            clashes.append((later, stated))
        }
        return clashes
    }

    /// "the $43.8bn" with punctuation or the sentence's end right after it: an amount of money
    /// or a measure, exactly stated, with no noun to say what it is.
    private static func isBareDefinite(_ frame: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        let unit = frame.quantity.unit
        // A speaker's "the 4 billion" is a figure from memory, not the article's statement.
        guard frame.isDefinite, frame.kind == .level, frame.position != .quote, !frame.isPartitive, frame.rangeWith == nil, frame.quantity.hedge == .exact,
              !unit.isEmpty, !unit.hasPrefix("count:"), !facts.lexicons["rate-units"].contains(lowercased: unit),
              frame.measure.source == .none || frame.measure.source == .verb, frame.qualifiers.isEmpty else { return false }
        // "the $43.8bn" directly, not "the total 1.2 billion" or "the 12 mln dlrs it raised".
        let start = frame.quantity.extent.lowerBound, end = frame.quantity.extent.upperBound
        let range = facts.sentences[frame.quantity.sentence].tokens
        guard start > range.lowerBound, facts.tokens[start - 1].lower == "the" else { return false }
        return end >= range.upperBound || Self.closers.contains(facts.tokens[end].text)
    }

    private static let closers: Set<String> = [".", ",", ";", ":", "-", "\u{2013}", "\u{2014}", ")", "?", "!"]
}
