/// One amount compared with another a thousand times its size whose digits are nearly the same:
/// "deposits increased to 61.4 billion dlrs from 58.2 mln dlrs", "revenue of 4.38 billion
/// stg against 4.61 mln". A change a thousandfold with the digits kept is a scale word slipped.
/// Only figures of one comparison in one sentence are paired: the earlier level ("from",
/// "against", "compared with") and the figure it is compared with.
enum ScaleSlip {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let claims = facts.claims
        for (index, earlier) in claims.enumerated() where earlier.kind == .changeFrom && earlier.position != .table {
            guard facts.isInScope(sentence: earlier.quantity.sentence, scope) else { continue }
            // The figure it is compared with: the nearest before it in the sentence, a level.
            var cursor = index - 1
            while cursor >= 0, claims[cursor].quantity.sentence == earlier.quantity.sentence, claims[cursor].kind == .changeBy { cursor -= 1 }
            guard cursor >= 0, claims[cursor].quantity.sentence == earlier.quantity.sentence else { continue }
            let later = claims[cursor]
            guard later.kind.isLevel, later.changeIndex == nil || earlier.changeIndex == nil || later.changeIndex == earlier.changeIndex,
                  let match = slip(later, earlier, facts) else { continue }
            matches.append(match)
        }
        return matches
    }

    private static func slip(_ a: ClaimFrame, _ b: ClaimFrame, _ facts: ArticleFacts) -> CheckMatch? {
        let x = a.quantity, y = b.quantity
        guard x.unit == y.unit || x.unit.isEmpty || y.unit.isEmpty, x.unit != "percent", !x.unit.hasPrefix("count:"), !y.unit.hasPrefix("count:"),
              x.scale >= 1e6, y.scale >= 1e6, a.rangeWith == nil, b.rangeWith == nil else { return nil }
        let ratio = max(x.scale, y.scale) / min(x.scale, y.scale)
        guard abs(ratio - 1000) < 1e-6, x.mantissa > 0, y.mantissa > 0 else { return nil }
        let digits = x.mantissa / y.mantissa
        guard digits >= 0.5, digits <= 2 else { return nil }
        let (big, small) = x.value > y.value ? (x, y) : (y, x)
        let times = FigureText.number(big.value / small.value, decimals: 0)
        let computation = "\(big.text) / \(small.text) = \(times) times, for figures compared as one measure: a scale word (thousand, mln, billion) looks slipped"
        return CheckMatch(span: y.span, values: ["computation": computation, "figure": y.text, "other": x.text],
                          related: [.init(span: x.span, message: "'\(x.text)' is compared with it here")])
    }
}
