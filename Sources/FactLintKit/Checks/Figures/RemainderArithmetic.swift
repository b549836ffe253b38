/// A remainder against its total and the part taken out of it: "agreed to pay $72m, including
/// $30m from its reserves" and then "The remaining $52m will come from insurers" ($72m −
/// $30m = $42m). The part is the next figure of the total's unit, in its sentence, with a word
/// of inclusion ("including"; a conversion in brackets may stand between); the remainder is
/// the next figure of the same unit, within two sentences and with no share, fraction ("a quarter of the sum")
/// or other amount between, with a word of remainder ("remaining"). Words come from `remainder-words`.
enum RemainderArithmetic {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let words = facts.lexicons["remainder-words"], fractions = facts.lexicons["fraction-words"]
        func role(_ frame: ClaimFrame) -> String? {
            frame.measure.source == .verb || frame.measure.source == .noun ? words.key(lowercased: frame.measure.text.lowercased()) : nil
        }
        let claims = facts.claims
        var matches: [CheckMatch] = []
        for index in claims.indices.dropLast(2) {
            let total = claims[index]
            // Past a conversion in brackets: "$72m (£39m), including $30m".
            guard let partIndex = claims[(index + 1)...].firstIndex(where: { $0.quantity.unit == total.quantity.unit }) else { continue }
            let part = claims[partIndex]
            guard total.kind == .level, part.kind == .level, role(part) == "inclusion", role(total) == nil,
                  part.quantity.sentence == total.quantity.sentence, !total.quantity.unit.isEmpty,
                  part.quantity.value < total.quantity.value,
                  let next = claims[(partIndex + 1)...].firstIndex(where: { $0.quantity.unit == total.quantity.unit }) else { continue }
            let rest = claims[next]
            // Nothing else taken out between, within two sentences: no figure between but a
            // conversion beside the total or a count ("the 10 had agreed"), not a share ("paid a
            // quarter of the sum").
            guard rest.kind == .level, role(rest) == "remainder", rest.quantity.sentence > total.quantity.sentence,
                  rest.quantity.sentence - total.quantity.sentence <= 2, claims[(partIndex + 1)..<next].allSatisfy({
                      $0.quantity.sentence == total.quantity.sentence && $0.quantity.unit != "percent" || $0.quantity.unit.hasPrefix("count:") }),
                  facts.isInScope(sentence: rest.quantity.sentence, scope),
                  !((total.quantity.sentence + 1)..<rest.quantity.sentence).contains(where: { sentence in
                      facts.sentences[sentence].tokens.contains { facts.tokens[$0].kind == .word && fractions.contains(facts.tokens[$0]) } })
            else { continue }
            let left = FigureBounds(total.quantity) - FigureBounds(part.quantity)
            guard !left.overlaps(FigureBounds(rest.quantity)) else { continue }
            let decimals = max(total.quantity.decimals, part.quantity.decimals)
            let computation = "\(total.quantity.text) − \(part.quantity.text) = "
                + FigureText.render(total.quantity.value - part.quantity.value, like: rest.quantity, facts, decimals: decimals)
                + ", not the remaining \(rest.quantity.text) (total on line \(facts.line(of: total.quantity.span)))"
            matches.append(CheckMatch(span: rest.quantity.span, values: ["computation": computation, "figure": rest.quantity.text],
                                      related: [.init(span: total.quantity.span, message: "the total"), .init(span: part.quantity.span, message: "the part included")]))
        }
        return matches
    }
}
