/// Profit per share told in prose against the profit it follows and the shares outstanding for
/// that year ("earned 6.4 mln dlrs or 71 cts" with "8.0 mln shares outstanding": 80 cts, not
/// 71 cts). The claim reader ties the per-share figure to its profit (``ClaimFrame/perShareOf``)
/// and marks share counts `outstanding`; the year is the profit's period.
///
/// Earnings per share divide by an average share count and after preferred dividends, so small
/// gaps are legitimate: a gap is reported only when it is over a tenth at face value and still
/// over a twentieth after every figure's rounding, when the year has one share count, and when
/// no figure in the story is diluted or preferred. When two years' figures or more are all below
/// profit over shares, the gap is the story's basis and none is reported.
enum PerShareProse {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let claims = facts.claims
        guard claims.contains(where: { $0.perShareOf != nil }),
              !claims.contains(where: { $0.qualifiers.contains("diluted") || $0.qualifiers.contains("preferred") }) else { return [] }
        let counts = claims.filter { $0.quantity.unit == "shares" && $0.qualifiers.contains("outstanding") && $0.position != .table }
        var matches: [(match: CheckMatch, direction: Int)] = []
        for perShare in claims where perShare.position != .table && perShare.position != .headline {
            guard let start = perShare.perShareOf, facts.isInScope(sentence: perShare.quantity.sentence, scope),
                  let profit = claims.first(where: { $0.quantity.extent.lowerBound == start }),
                  let year = (profit.period ?? perShare.period).map({ String($0.prefix(4)) }), year.count == 4 else { continue }
            // A count the year is compared from ("up from 6.2 mln shares in 1985") only when
            // none is told as the year's own.
            let sameYear = counts.filter { $0.period.map { String($0.prefix(4)) } == year }
            let levels = sameYear.filter { $0.kind != .changeFrom }
            let pool = levels.isEmpty ? sameYear : levels
            guard let shares = pool.first, pool.allSatisfy({ $0.quantity.value == shares.quantity.value }),
                  let match = gap(perShare, profit: profit, shares: shares.quantity, facts) else { continue }
            matches.append(match)
        }
        // This year's and last year's figures both below profit over shares: a gap every year
        // has is the story's basis (after preferred dividends, over average shares), not a slip.
        if matches.count >= 2, matches.allSatisfy({ $0.direction == 1 }) { return [] }
        return matches.map(\.match)
    }

    private static func gap(_ perShare: ClaimFrame, profit: ClaimFrame, shares a: Quantity, _ facts: ArticleFacts) -> (match: CheckMatch, direction: Int)? {
        let e = perShare.quantity, n = profit.quantity
        guard let (_, stated, hundredths) = PerShareArithmetic.inCurrency(e, facts), a.value > 0, n.value > 0, stated > 0 else { return nil }
        let divisor = hundredths ? 100.0 : 1.0
        let computed = n.value / a.value
        guard let direction = offBy(profit: n.value, stated: stated, n, a, e, divisor: divisor) else { return nil }
        // A range ("between 600,000 and 700,000 dlrs, or 10 to 12 cts a share") is compared end
        // with end, and only when both figures are ranges and both ends are off the same way.
        var high: Double?
        if profit.rangeWith != nil || perShare.rangeWith != nil {
            guard let profitHigh = profit.rangeWith, let statedHigh = perShare.rangeWith.map({ $0 / e.value * stated }),
                  offBy(profit: profitHigh, stated: statedHigh, n, a, e, divisor: divisor) == direction
            else { return nil }
            high = profitHigh / a.value
        }
        let value = computed * divisor
        let decimals = abs(value) < 10 ? 2 : 0
        let written = high.map { FigureText.renderRange(value, $0 * divisor, like: e, facts, decimals: decimals) }
            ?? FigureText.render(value, like: e, facts, decimals: decimals)
        // The other side of the contradiction, where it is not on the finding's own line.
        let line = facts.line(of: e.span)
        let place = { (q: Quantity) in facts.line(of: q.span) == line ? "" : " on line \(facts.line(of: q.span))" }
        let computation = "\(n.text)\(place(n)) / \(a.text) outstanding\(place(a)) = \(written) a share, not \(e.text) as stated"
        return (CheckMatch(span: e.span, values: ["computation": computation, "figure": e.text],
                           related: [.init(span: n.span, message: "the profit"), .init(span: a.span, message: "the shares outstanding")]), direction)
    }

    /// Whether `profit` (the profit figure `n`, or the top of its range) over the shares `a` is
    /// off the stated figure by over a tenth at face value and still over a twentieth once every
    /// figure is read at the edge of its rounding: +1 when the computed figure is the larger, -1
    /// when it is the smaller, nil when it is near enough.
    private static func offBy(profit: Double, stated: Double, _ n: Quantity, _ a: Quantity, _ e: Quantity, divisor: Double) -> Int? {
        let computed = profit / a.value
        guard max(computed, stated) / min(computed, stated) > 1.10 else { return nil }
        let low = (profit - n.roundingError) / (a.value + a.roundingError)
        let high = (profit + n.roundingError) / (a.value - a.roundingError)
        let statedLow = stated - e.roundingError / divisor, statedHigh = stated + e.roundingError / divisor
        let nearest = statedHigh < low ? low / statedHigh : statedLow > high ? statedLow / high : 1
        guard nearest > 1.05 else { return nil }
        return computed > stated ? 1 : -1
    }
}
