/// A percentage change that its own figures contradict: "demand was 6.60 mln bpd, up 1.1 pct from
/// 6.59 mln" (the figures give 0.2 pct), or "fell 5 pct to 120 from 100" (a rise). The figures'
/// rounding is allowed for: only a change no rounding of the numbers could give is reported.
public struct PercentChangeCheck: Check {
    public static let name = "percent-change"
    public static let summary = "A stated percentage change disagrees with the figures it joins."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "change": "the change as written ('up 1.1 pct')",
        "from": "the earlier figure",
        "to": "the later figure",
        "actual": "the change the figures give ('0.2%')",
    ]) { $1 }

    private static let rising: Set<String> = ["up", "rose", "risen", "rising", "rise", "rises", "increased", "increase", "gained", "gain", "grew", "grown", "climbed", "jumped", "higher", "advanced"]
    private static let falling: Set<String> = ["down", "fell", "fallen", "falling", "fall", "falls", "declined", "decline", "dropped", "drop", "lower", "off", "decreased", "slipped", "slid", "shrank", "lost"]

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let claims = facts.claims
        for (index, percent) in claims.enumerated() where percent.quantity.unit == "percent" && percent.quantity.hedge != .above && percent.quantity.hedge != .below {
            let sentence = percent.quantity.sentence
            guard facts.isInScope(sentence: sentence, scope), let direction = direction(before: percent, facts) else { continue }
            // "rose 3.3 pct on a comparable-store basis to 332.9 mln from 323.2 mln": the change is
            // measured on another basis than the figures.
            if facts.sentences[sentence].tokens.contains(where: { ["comparable", "same-store", "comparable-store", "adjusted", "basis"].contains(facts.tokens[$0].lower) }) { continue }
            if percent.quantity.extent.upperBound < facts.tokens.count, facts.tokens[percent.quantity.extent.upperBound].lower.hasPrefix("point") { continue }
            // "to B from A", "from A to B", or "B, up X pct from A".
            var from: Claim?
            var to: Claim?
            var cursor = index + 1
            while cursor < claims.count, claims[cursor].quantity.sentence == sentence, cursor <= index + 2 {
                let claim = claims[cursor]
                let word = facts.tokens[claim.quantity.extent.lowerBound - 1].lower
                let before = claim.quantity.extent.lowerBound >= 2 ? facts.tokens[claim.quantity.extent.lowerBound - 2].lower : ""
                // "compared to 59,000 tons" is a comparison, not where the change ended.
                if word == "from" && from == nil { from = claim } else if word == "to" && to == nil && before != "compared" { to = claim } else { break }
                cursor += 1
            }
            if to == nil, from != nil, index > 0, claims[index - 1].quantity.sentence == sentence,
               percent.quantity.extent.lowerBound - claims[index - 1].quantity.extent.upperBound <= 3 {
                to = claims[index - 1]
            }
            guard let from, let to, compatible(from.quantity, to.quantity), from.quantity.value != 0 else { continue }
            let actual = changeRange(from: from.quantity, to: to.quantity)
            let stated = statedRange(percent.quantity, direction: direction)
            guard stated.upper < actual.lower || stated.lower > actual.upper else { continue }
            let middle = (to.quantity.value - from.quantity.value) / from.quantity.value * 100
            let changeStart = facts.tokens[directionIndex(before: percent, facts) ?? percent.quantity.extent.lowerBound]
            let changeSpan = facts.article.blocks[changeStart.block].text.sourceSpan(of: changeStart.range).union(percent.quantity.span)
            matches.append(CheckMatch(span: changeSpan, values: [
                "change": facts.article.source.text(of: changeSpan),
                "from": from.quantity.text, "to": to.quantity.text,
                "actual": format(middle),
            ], related: [.init(span: from.quantity.span.union(to.quantity.span), message: "the figures it joins")]))
        }
        return matches
    }

    private func directionIndex(before claim: Claim, _ facts: ArticleFacts) -> Int? {
        let start = facts.sentences[claim.quantity.sentence].tokens.lowerBound
        var index = claim.quantity.extent.lowerBound - 1
        var looked = 0
        while index >= start, looked < 3 {
            let word = facts.tokens[index].lower
            if Self.rising.contains(word) || Self.falling.contains(word) { return index }
            if facts.tokens[index].kind == .word { looked += 1 }
            index -= 1
        }
        return nil
    }

    private func direction(before claim: Claim, _ facts: ArticleFacts) -> Double? {
        guard let index = directionIndex(before: claim, facts) else { return nil }
        return Self.rising.contains(facts.tokens[index].lower) ? 1 : -1
    }

    /// Same unit, or one of them given only with a scale ("from 6.59 mln" after "6.60 mln bpd").
    private func compatible(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.unit == b.unit { return a.unit != "percent" }
        return (a.unit.isEmpty && a.scale == b.scale) || (b.unit.isEmpty && a.scale == b.scale)
    }

    /// The smallest and largest change the figures allow, given how they are rounded.
    private func changeRange(from: Quantity, to: Quantity) -> (lower: Double, upper: Double) {
        // "about 22 mln": a hedged figure may be a tenth off.
        let fromError = from.hedge == .exact ? Quantity.roundingStep(from.decimals) * from.scale / 2 : abs(from.value) * 0.1
        let toError = to.hedge == .exact ? Quantity.roundingStep(to.decimals) * to.scale / 2 : abs(to.value) * 0.1
        var candidates: [Double] = []
        for fromValue in [from.value - fromError, from.value + fromError] where fromValue > 0 {
            for toValue in [to.value - toError, to.value + toError] {
                candidates.append((toValue - fromValue) / fromValue * 100)
            }
        }
        return (candidates.min() ?? 0, candidates.max() ?? 0)
    }

    private func statedRange(_ quantity: Quantity, direction: Double) -> (lower: Double, upper: Double) {
        // A whole percentage is often rounded loosely ("20 pct" for 19.0): allow a point.
        var error = quantity.decimals == 0 ? 1.0 : Quantity.roundingStep(quantity.decimals) / 2
        if quantity.hedge == .about { error = max(error, abs(quantity.value) * 0.1) }
        let value = quantity.value * direction
        return (value - error, value + error)
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + "%"
    }
}
