/// A percentage change that its own figures contradict: "output was 3.40 mln bpd, up 1.2 pct from
/// 3.39 mln" (the figures give 0.3 pct), or "fell 5 pct to 120 from 100" (a rise). It reads the
/// claim frames of one sentence: a `changeBy` percentage with the `changeTo` and `changeFrom`
/// figures of the same change. The figures' rounding is allowed for: only a change no rounding
/// of the numbers could give is reported.
public struct PercentChangeCheck: Check {
    public static let name = "percent-change"
    public static let summary = "A stated percentage change disagrees with the figures it joins."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("across-sentences", .boolean, default: "false",
                      help: "Compare a percentage change with the figures of the same measure told in another sentence instead."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "change": "the change as written ('up 1.1 pct')",
        "from": "the earlier figure",
        "to": "the later figure",
        "actual": "the change the figures give ('0.2%')",
        "other.line": "the line of the figures (with across-sentences)",
    ]) { $1 }

    private let acrossSentences: Bool
    public init(parameters: ParameterValues) throws(ParameterError) {
        acrossSentences = parameters.boolean("across-sentences", default: false)
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        if acrossSentences {
            return DistantChange.pairs(facts).compactMap { pair in
                guard facts.isInScope(sentence: pair.percent.quantity.sentence, scope) else { return nil }
                return mismatch(pair.percent, from: pair.from, to: pair.to, facts)
            }
        }
        var matches: [CheckMatch] = []
        let claims = facts.claims
        let otherBases = facts.lexicons["other-bases"]
        for index in claims.indices where claims[index].quantity.unit == "percent" && claims[index].kind == .changeBy && claims[index].direction != 0
            && (claims[index].quantity.hedge == .exact || claims[index].quantity.hedge == .about) && claims[index].position != .table {
            let percent = claims[index]
            let sentence = percent.quantity.sentence
            guard facts.isInScope(sentence: sentence, scope), !percent.qualifiers.contains(where: otherBases.contains(lowercased:)) else { continue }
            // "to B from A", "from A to B", or "B, up X pct from A".
            var from: ClaimFrame?
            var to: ClaimFrame?
            var cursor = index + 1
            var conversions = 0
            while cursor < claims.count, claims[cursor].quantity.sentence == sentence, cursor <= index + 2 + conversions {
                let claim = claims[cursor]
                // "to $2.4bn (£1.3bn) … from $1.8bn": a conversion restates the figure before it.
                if claim.isConversion {
                    conversions += 1
                } else if claim.kind == .changeFrom && from == nil {
                    from = claim
                } else if claim.kind == .changeTo && to == nil {
                    to = claim
                } else {
                    break
                }
                cursor += 1
            }
            if to == nil, from != nil, index > 0, claims[index - 1].quantity.sentence == sentence, claims[index - 1].kind.isLevel,
               percent.quantity.extent.lowerBound - claims[index - 1].quantity.extent.upperBound <= 3 {
                to = claims[index - 1]
            }
            guard let from, let to, compatible(from.quantity, to.quantity), from.quantity.value > 0,
                  !(from.qualifiers + to.qualifiers).contains(where: otherBases.contains(lowercased:)) else { continue }
            // The figures must belong to this change ("8.4 pct up on last year but down from the
            // record 2.05 mln" is two changes), be figures, not ranges or bounds.
            let change = percent.changeIndex
            guard [from, to].allSatisfy({ $0.changeIndex == nil || change == nil || $0.changeIndex == change }),
                  [percent, from, to].allSatisfy({ $0.rangeWith == nil }),
                  [from, to].allSatisfy({ $0.quantity.hedge == .exact || $0.quantity.hedge == .about }) else { continue }
            if let match = mismatch(percent, from: from, to: to, facts) { matches.append(match) }
        }
        return matches + wrongWay(facts, scope: scope) + wrongWayAfterLevel(facts, scope: scope)
    }

    /// "exports are expected to rise modestly to 3.7 mln tonnes this year from 3.85 mln": a change
    /// told with no percentage, whose two figures go the other way however they are rounded.
    /// Only the plain form is read: the change word within three words of "to" and its figure,
    /// then "from" and the other figure within five words, with no comma between.
    private func wrongWay(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let claims = facts.claims
        let tokens = facts.tokens
        for index in claims.indices.dropLast() where claims[index].kind == .changeTo && claims[index].direction != 0 && claims[index].position != .table {
            let to = claims[index], from = claims[index + 1]
            let sentence = to.quantity.sentence
            let gap = to.quantity.extent.upperBound..<from.quantity.extent.lowerBound
            guard from.kind == .changeFrom, from.quantity.sentence == sentence, facts.isInScope(sentence: sentence, scope),
                  to.quantity.extent.lowerBound > 0, tokens[to.quantity.extent.lowerBound - 1].lower == "to",
                  gap.count >= 1, gap.count <= 6, tokens[gap.upperBound - 1].lower == "from",
                  !gap.contains(where: { tokens[$0].isMark(anyOf: ",;()") }),
                  compatible(from.quantity, to.quantity), from.quantity.value > 0, to.quantity.value > 0,
                  [from, to].allSatisfy({ $0.rangeWith == nil && $0.quantity.hedge == .exact }),
                  let word = directionToken(to, facts, before: to.quantity.extent.lowerBound - 1),
                  // "the crown/dollar rate rose to 142 crowns from 171": a rate given in money is an
                  // exchange rate, read either way round (the crown rose), so its direction says nothing.
                  to.quantity.unit == "percent" || to.quantity.unit.hasPrefix("count:")
                      || !(facts.sentences[sentence].tokens.lowerBound..<word).contains(where: { facts.tokens[$0].lower == "rate" }),
                  // A percentage of the same change is compared above.
                  !claims.contains(where: { $0.quantity.sentence == sentence && $0.kind == .changeBy
                      && $0.quantity.extent.lowerBound > word && $0.quantity.extent.lowerBound < from.quantity.extent.lowerBound }) else { continue }
            if let match = wrongWayMatch(word: word, direction: to.direction, from: from.quantity, to: to.quantity, facts) { matches.append(match) }
        }
        return matches
    }

    /// The finding for a change word whose figures go the other way however they are rounded.
    func wrongWayMatch(word: Int, direction: Int, from: Quantity, to: Quantity, _ facts: ArticleFacts) -> CheckMatch? {
        let range = changeRange(from: from, to: to)
        guard direction > 0 ? range.upper < 0 : range.lower > 0 else { return nil }
        let token = facts.tokens[word]
        let wordSpan = facts.article.blocks[token.block].text.sourceSpan(of: token.range)
        let middle = (to.value - from.value) / from.value * 100
        let figures = to.span.union(from.span)
        return CheckMatch(span: wordSpan, values: [
            "change": token.text, "from": from.text, "to": to.text,
            "actual": format(middle), "other.line": String(facts.line(of: figures)),
        ], related: [.init(span: figures, message: "the figures it joins")])
    }

    /// The finding when no rounding of the figures gives the stated change.
    private func mismatch(_ percent: ClaimFrame, from: ClaimFrame, to: ClaimFrame, _ facts: ArticleFacts) -> CheckMatch? {
        let actual = changeRange(from: from.quantity, to: to.quantity)
        let stated = statedRange(percent.quantity, direction: Double(percent.direction))
        guard stated.upper < actual.lower || stated.lower > actual.upper else { return nil }
        let middle = (to.quantity.value - from.quantity.value) / from.quantity.value * 100
        var changeSpan = percent.quantity.span
        if let word = directionToken(percent, facts) {
            let token = facts.tokens[word]
            changeSpan = facts.article.blocks[token.block].text.sourceSpan(of: token.range).union(percent.quantity.span)
        }
        let figures = from.quantity.span.union(to.quantity.span)
        let distant = from.quantity.sentence != percent.quantity.sentence
        return CheckMatch(span: changeSpan, values: [
            "change": facts.article.source.text(of: changeSpan),
            "from": from.quantity.text, "to": to.quantity.text,
            "actual": format(middle),
            "other.line": String(facts.line(of: figures)),
        ], related: [.init(span: figures, message: distant ? "the figures of the same change" : "the figures it joins")])
    }

    /// The change word right before the percentage ("up", "rose by"), or before another
    /// position, to underline with it.
    private func directionToken(_ frame: ClaimFrame, _ facts: ArticleFacts, before end: Int? = nil) -> Int? {
        let start = facts.sentences[frame.quantity.sentence].tokens.lowerBound
        var index = (end ?? frame.quantity.extent.lowerBound) - 1
        var looked = 0
        while index >= start, looked < 3 {
            if facts.tokens[index].text == frame.directionWord { return index }
            if facts.tokens[index].kind == .word { looked += 1 }
            index -= 1
        }
        return nil
    }

    /// Same unit, or one of them given only with a scale ("from 3.39 mln" after "3.40 mln bpd").
    func compatible(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.unit == b.unit { return a.unit != "percent" && a.unit != "points" }
        // "to 1.24 billion stg from 986 mln": a figure with a scale word and no unit takes the
        // other's unit, whatever its scale, unless the two are ten times apart or more: that is a
        // scale slip ("to 2.35 billion dlrs from 2.718 mln"), not a change to size up.
        guard a.unit.isEmpty || b.unit.isEmpty else { return false }
        if a.scale == b.scale { return true }
        let ratio = a.value > 0 && b.value > 0 ? max(a.value, b.value) / min(a.value, b.value) : .infinity
        return a.scale > 1 && b.scale > 1 && ratio < 10
    }

    /// The smallest and largest change the figures allow, given how they are rounded.
    private func changeRange(from: Quantity, to: Quantity) -> (lower: Double, upper: Double) {
        // "about 22 mln": a hedged figure may be a tenth off.
        let fromError = from.hedge == .exact ? from.roundingError : abs(from.value) * 0.1
        let toError = to.hedge == .exact ? to.roundingError : abs(to.value) * 0.1
        var candidates: [Double] = []
        for fromValue in [from.value - fromError, from.value + fromError] where fromValue > 0 {
            for toValue in [to.value - toError, to.value + toError] {
                candidates.append((toValue - fromValue) / fromValue * 100)
            }
        }
        return (candidates.min() ?? 0, candidates.max() ?? 0)
    }

    private func statedRange(_ quantity: Quantity, direction: Double) -> (lower: Double, upper: Double) {
        // A whole percentage is often rounded loosely ("20 pct" for 19.0): allow a point; a
        // percentage with decimals is often worked out from figures more precise than the
        // ones printed: allow a quarter of a point.
        var error = quantity.decimals == 0 ? 1.0 : max(Quantity.roundingStep(quantity.decimals) / 2, 0.25)
        // A round figure of 25 or more ("a 25 pct increase" for 27.0) may be rounded to five,
        // a tenth of it at most; "10 pct" for 12.4 is still wrong.
        if quantity.decimals == 0, quantity.value >= 25, quantity.value.truncatingRemainder(dividingBy: 5) == 0 { error = 2.5 }
        if quantity.hedge == .about { error = max(error, abs(quantity.value) * 0.1) }
        let value = quantity.value * direction
        return (value - error, value + error)
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + "%"
    }
}
