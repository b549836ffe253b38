/// One amount compared with another a thousand times its size whose digits are nearly the same:
/// "deposits increased to 61.4 billion dlrs from 58.2 mln dlrs", "revenue of 4.38 billion
/// stg against 4.61 mln". A change a thousandfold with the digits kept is a scale word slipped.
/// In one sentence, figures of one comparison are paired: the earlier level ("from",
/// "against", "compared with") and the figure it is compared with. Across sentences, only two
/// levels of one measure (one of them unqualified, or both qualified alike) in one currency with
/// exactly the same digits.
enum ScaleSlip {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let claims = facts.claims
        for index in claims.indices where claims[index].kind == .changeFrom && claims[index].position != .table {
            let earlier = claims[index]
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
        return matches + acrossSentences(claims, facts, scope: scope)
    }

    /// Two levels of one measure in different sentences, money in one currency, with the same
    /// digits and scales a thousand apart: "a 40 mln dlr mountain of debt" and "its debt of 40
    /// billion dlrs". The later one is reported.
    private static func acrossSentences(_ claims: [ClaimFrame], _ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let currencies = facts.lexicons["currency-units"]
        let levels = claims.filter { frame in
            frame.kind.isLevel && frame.position != .table && frame.position != .headline && frame.rangeWith == nil
                && frame.quantity.scale >= 1e6 && !frame.measure.isEmpty && frame.measure.source != .verb && frame.measure.source != .unit
                && currencies.contains(lowercased: frame.quantity.unit)
        }
        var matches: [CheckMatch] = []
        for index in levels.indices where facts.isInScope(sentence: levels[index].quantity.sentence, scope) {
            let later = levels[index]
            guard let earlier = levels[..<index].first(where: { earlier in
                earlier.quantity.sentence != later.quantity.sentence && earlier.measure.head == later.measure.head
                    // "trading losses" and "a net loss" are two measures; "debt" and "long-term debt" may be one.
                    && (earlier.measure.modifiers.isEmpty || later.measure.modifiers.isEmpty || earlier.measure.modifiers == later.measure.modifiers)
                    && earlier.quantity.unit == later.quantity.unit && earlier.qualifiers == later.qualifiers
                    && (earlier.period == nil || later.period == nil || earlier.period == later.period)
                    && (earlier.subject == nil || later.subject == nil || earlier.subject == later.subject)
                    && abs(earlier.quantity.mantissa - later.quantity.mantissa) < 1e-9
                    && abs(max(earlier.quantity.scale, later.quantity.scale) / min(earlier.quantity.scale, later.quantity.scale) - 1000) < 1e-6
            }), let match = slip(earlier, later, facts, otherLine: facts.line(of: earlier.quantity.span)) else { continue }
            matches.append(match)
        }
        return matches
    }

    /// `otherLine`: the line of `a`, named in the message when it is in another sentence.
    private static func slip(_ a: ClaimFrame, _ b: ClaimFrame, _ facts: ArticleFacts, otherLine: Int? = nil) -> CheckMatch? {
        let x = a.quantity, y = b.quantity
        guard x.unit == y.unit || x.unit.isEmpty || y.unit.isEmpty, x.unit != "percent", !x.unit.hasPrefix("count:"), !y.unit.hasPrefix("count:"),
              x.scale >= 1e6, y.scale >= 1e6, a.rangeWith == nil, b.rangeWith == nil else { return nil }
        let ratio = max(x.scale, y.scale) / min(x.scale, y.scale)
        guard abs(ratio - 1000) < 1e-6, x.mantissa > 0, y.mantissa > 0 else { return nil }
        let digits = x.mantissa / y.mantissa
        guard digits >= 0.5, digits <= 2 else { return nil }
        let (big, small) = x.value > y.value ? (x, y) : (y, x)
        let times = FigureText.number(big.value / small.value, decimals: 0)
        let place = otherLine.map { " on line \($0)" } ?? ""
        let (bigText, smallText) = x.value > y.value ? (big.text + place, small.text) : (big.text, small.text + place)
        let computation = "\(bigText) / \(smallText) = \(times) times, for figures compared as one measure: a scale word (thousand, mln, billion) looks slipped"
        return CheckMatch(span: y.span, values: ["computation": computation, "figure": y.text, "other": x.text],
                          related: [.init(span: x.span, message: "'\(x.text)' is compared with it here")])
    }
}
