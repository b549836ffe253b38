/// A percentage set beside an amount as its share of an amount named after it: "paid out 16
/// bn pesos in repayments, about 49 pct of the budget deficit of 27 bn pesos" (16 of 27 is
/// 59%). The percentage follows the part after a comma, "of" follows the percentage, and the
/// whole is the next figure, in the part's unit, within nine words, with no other figure, no
/// new clause and no word of `share-breakers` between ("40 pct of them to banks with assets of").
enum ApposedShare {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let claims = facts.claims
        let joiners = facts.lexicons["share-joiners"], clauseJoiners = facts.lexicons["clause-joiners"], breakers = facts.lexicons["share-breakers"]
        for index in claims.indices.dropLast(2) {
            let part = claims[index], percent = claims[index + 1], whole = claims[index + 2]
            guard part.quantity.sentence == percent.quantity.sentence, percent.quantity.sentence == whole.quantity.sentence,
                  part.position != .table, facts.isInScope(sentence: part.quantity.sentence, scope),
                  percent.quantity.unit == "percent", percent.kind == .share || percent.kind == .level, percent.quantity.hedge != .above, percent.quantity.hedge != .below,
                  !part.quantity.unit.isEmpty, part.quantity.unit != "percent", part.quantity.unit == whole.quantity.unit,
                  part.quantity.hedge == .exact, whole.quantity.hedge == .exact, [part, percent, whole].allSatisfy({ $0.rangeWith == nil }),
                  whole.quantity.value > 0, part.quantity.value <= whole.quantity.value else { continue }
            // "…, about 49 pct": a comma last before the percentage, a few words after the part.
            let before = part.quantity.extent.upperBound..<percent.quantity.extent.lowerBound
            guard !before.isEmpty, before.count <= 6, facts.tokens[before.upperBound - 1].isMark(","),
                  !before.contains(where: { facts.tokens[$0].kind == .number || facts.tokens[$0].isMark(";") || clauseJoiners.contains(facts.tokens[$0]) })
            else { continue }
            // "49 pct of the budget deficit of 27 bn".
            let after = percent.quantity.extent.upperBound..<whole.quantity.extent.lowerBound
            guard !after.isEmpty, after.count <= 9, joiners.contains(lowercased: facts.tokens[after.lowerBound].lower),
                  !after.contains(where: { facts.tokens[$0].kind == .number || facts.tokens[$0].isMark(";") || facts.tokens[$0].isMark(",")
                      || clauseJoiners.contains(facts.tokens[$0]) || breakers.contains(facts.tokens[$0]) }) else { continue }
            if let match = ShareArithmetic.mismatch(part, of: whole, percent, related: [.init(span: part.quantity.span, message: "the part"),
                                                                                    .init(span: whole.quantity.span, message: "the whole")]) {
                matches.append(match)
            }
        }
        return matches
    }
}
