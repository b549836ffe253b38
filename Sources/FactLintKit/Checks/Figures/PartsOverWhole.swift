/// Parts told in one sentence that add up to more than the whole told in another: "a 14-count
/// indictment" and "charged with 8 counts of wire fraud and 7 counts of bribery" (15). The parts
/// are counts of one thing joined by "and" or commas ("8 counts of A and 7 counts of B"); the
/// whole is the same claim (measure, basis, period, owner) stated once elsewhere. Only parts
/// that exceed the whole are reported: parts that fall short may leave some out.
enum PartsOverWhole {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let claims = facts.claims
        var matches: [CheckMatch] = []
        var start = 0
        while start < claims.count {
            // The longest run of coordinated counts from `start`.
            var end = start + 1
            while end < claims.count, isPart(claims[start]), isPart(claims[end]), claims[end].quantity.unit == claims[start].quantity.unit,
                  claims[end].quantity.sentence == claims[start].quantity.sentence, isCoordinated(claims[end - 1], claims[end], facts) {
                end += 1
            }
            defer { start = end }
            guard end - start >= 2, facts.isInScope(sentence: claims[start].quantity.sentence, scope) else { continue }
            let parts = Array(claims[start..<end])
            if let match = compare(parts, claims, facts) { matches.append(match) }
        }
        return matches
    }

    /// A count stated plainly: exact, a level, of its own (not "six of them"), in prose.
    private static func isPart(_ frame: ClaimFrame) -> Bool {
        frame.quantity.unit.hasPrefix("count:") && frame.quantity.hedge == .exact && frame.kind == .level && !frame.isPartitive
            && frame.rangeWith == nil && frame.position != .table && frame.position != .headline && frame.measure.isStrong
    }

    /// "12 counts of fraud and 12 counts of theft", "four in the north, five in the south": only
    /// words, commas and one "and" between, and nothing that makes the second a subset or a
    /// separate clause.
    private static func isCoordinated(_ first: ClaimFrame, _ second: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        let lower = first.quantity.extent.upperBound, upper = second.quantity.extent.lowerBound
        guard lower < upper, upper - lower <= 8 else { return false }
        var joined = false
        let stops = facts.lexicons["part-list-stops"]
        for index in lower..<upper {
            let token = facts.tokens[index]
            if token.kind == .number { return false }
            if token.kind == .punctuation, !token.isMark(",") { return false }
            if stops.contains(token) { return false }
            if token.lower == "and" || token.isMark(",") { joined = true }
        }
        return joined
    }


    /// The parts' sum against the one whole they can belong to; nothing when any statement of
    /// the whole can hold them.
    private static func compare(_ parts: [ClaimFrame], _ claims: [ClaimFrame], _ facts: ArticleFacts) -> CheckMatch? {
        let sentence = parts[0].quantity.sentence
        let wholes = claims.filter { whole in
            whole.quantity.sentence != sentence && whole.quantity.unit == parts[0].quantity.unit && whole.kind == .level && !whole.isPartitive
                && whole.rangeWith == nil && whole.position != .table && whole.measure.isStrong
                && parts.allSatisfy { whole.isSameClaim(as: $0, .story) }
        }
        let sum = parts.reduce(FigureBounds(lower: 0, upper: 0)) { $0 + FigureBounds($1.quantity) }
        // Any statement that can hold the parts may be their whole; a smaller one is then a part.
        guard !wholes.isEmpty, !wholes.contains(where: { FigureBounds($0.quantity).upper + 1e-9 >= sum.lower }) else { return nil }
        let whole = wholes.first { $0.quantity.hedge == .exact } ?? wholes[0]
        // A "whole" smaller than one of the parts is no whole of theirs ("a 20-count and a
        // 14-count indictment" against "8 counts of fraud").
        guard whole.quantity.hedge != .above, parts.allSatisfy({ FigureBounds($0.quantity).upper < FigureBounds(whole.quantity).lower }) else { return nil }
        let value = parts.reduce(0) { $0 + $1.quantity.value }
        let computation = parts.map(\.quantity.text).joined(separator: " + ") + " = " + FigureText.render(value, like: parts[0].quantity, facts, decimals: 0)
            + " on line \(facts.line(of: parts[0].quantity.span)), more than the whole of \(whole.quantity.text)"
        return CheckMatch(span: whole.quantity.span, values: ["computation": computation, "figure": whole.quantity.text],
                          related: parts.map { .init(span: $0.quantity.span, message: "a part") })
    }
}
