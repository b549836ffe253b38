/// A percentage against the counts it is computed from, in one sentence: "12 of the 40 members,
/// or 35 pct" (12 of 40 is 30%), "nine out of 20 schools (45%)". The part and the whole must be
/// joined by "of" or "out of", and the percentage must follow the whole, set off by "or", a
/// comma or a bracket.
enum ShareArithmetic {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let claims = facts.claims
        let joiners = facts.lexicons["share-joiners"], clauseJoiners = facts.lexicons["clause-joiners"]
        for index in claims.indices.dropLast(2) {
            let part = claims[index], whole = claims[index + 1], percent = claims[index + 2]
            guard part.quantity.sentence == whole.quantity.sentence, whole.quantity.sentence == percent.quantity.sentence,
                  part.position != .table, facts.isInScope(sentence: part.quantity.sentence, scope),
                  percent.quantity.unit == "percent", percent.kind != .changeBy, part.quantity.unit != "percent", whole.quantity.unit != "percent",
                  part.quantity.hedge == .exact, whole.quantity.hedge == .exact, percent.quantity.hedge != .above, percent.quantity.hedge != .below,
                  [part, whole, percent].allSatisfy({ $0.rangeWith == nil }),
                  part.quantity.unit == whole.quantity.unit || part.quantity.unit.isEmpty || whole.quantity.unit.hasPrefix("count:") && part.quantity.unit.hasPrefix("count:"),
                  whole.quantity.value > 0, part.quantity.value <= whole.quantity.value else { continue }
            // "12 of the 40", "nine out of 20".
            let joiner = words(from: part.quantity.extent.upperBound, to: whole.quantity.extent.lowerBound, facts)
            guard joiners.contains(lowercased: joiner) else { continue }
            // ", or 35 pct", "(35%)", ", 35 pct": the percentage restates the share, a few words on.
            let gap = percent.quantity.extent.lowerBound - whole.quantity.extent.upperBound
            guard gap >= 1, gap <= 6 else { continue }
            let between = (whole.quantity.extent.upperBound..<percent.quantity.extent.lowerBound).map { facts.tokens[$0] }
            guard between.contains(where: { $0.isMark(",") || $0.isMark("(") || $0.lower == "or" }),
                  !between.contains(where: { $0.kind == .number || $0.isMark(";") || clauseJoiners.contains($0) }),
                  between.last?.isMark("(") == true || between.last?.isMark(",") == true || between.last?.lower == "or" || between.last?.lower == "some" else { continue }
            if let match = mismatch(part, of: whole, percent, related: [.init(span: part.quantity.span.union(whole.quantity.span), message: "the counts it is computed from")]) {
                matches.append(match)
            }
        }
        return matches
    }

    /// The finding when a percentage is not the part's share of the whole, every figure's
    /// rounding and hedge allowed for: "12 of 40 is 30%, not 35 pct".
    static func mismatch(_ part: ClaimFrame, of whole: ClaimFrame, _ percent: ClaimFrame, related: [CheckMatch.Related]) -> CheckMatch? {
        let share = FigureBounds(part.quantity) / FigureBounds(whole.quantity)
        let implied = FigureBounds(lower: share.lower * 100, upper: share.upper * 100)
        guard !implied.overlaps(FigureBounds.percentage(percent.quantity)) else { return nil }
        let computation = "\(part.quantity.text) of \(whole.quantity.text) is \(FigureText.percent(part.quantity.value / whole.quantity.value * 100)), not \(percent.quantity.text)"
        return CheckMatch(span: percent.quantity.span, values: ["computation": computation, "figure": percent.quantity.text], related: related)
    }

    /// The lowercased words between two token positions, joined by spaces.
    static func words(from lower: Int, to upper: Int, _ facts: ArticleFacts) -> String {
        guard lower < upper else { return "" }
        return (lower..<upper).map { facts.tokens[$0].lower }.joined(separator: " ")
    }
}
