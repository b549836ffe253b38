/// Profit per share against the profit and the shares it is shared among, in wire result lines
/// of one section and one column ("Shr 31 cts", "Net 412,000", "Avg shrs 13,290,000": 412,000
/// over 13,290,000 shares is 3.1 cts). Preferred dividends, share counts averaged over the
/// period and rounding all make smaller gaps legitimate, so only a gap of ten or a hundred
/// times is reported: a digit slipped in one of the three figures ("13,290,000" for
/// "1,329,000"). The table reader tags the three rows (``Table/Row/Role``, from the
/// `result-row-roles` lexicon); a per-share figure is in a currency (`currency-units`) or in
/// its hundredths (`hundredth-units`: cents, pence), and the profit must be in that currency or
/// in none.
enum PerShareArithmetic {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        for table in facts.tables where table.kind == .results {
            var sections: [String] = []
            for row in table.rows where !sections.contains(row.section ?? "") { sections.append(row.section ?? "") }
            for section in sections {
                let rows = table.rows.filter { ($0.section ?? "") == section }
                func only(_ role: Table.Row.Role) -> Table.Row? {
                    let found = rows.filter { $0.role == role }
                    return found.count == 1 ? found[0] : nil
                }
                guard let share = only(.perShare), let net = only(.profit), let shares = only(.shareCount) else { continue }
                // Every column of the per-share line: this period, the one before, and any more.
                for cell in share.cells {
                    guard let n = net.cells.first(where: { $0.column == cell.column })?.quantity,
                          let a = shares.cells.first(where: { $0.column == cell.column })?.quantity,
                          facts.isInScope(sentence: cell.quantity.sentence, scope),
                          let match = slip(perShare: cell.quantity, profit: n, shares: a, facts) else { continue }
                    matches.append(match)
                }
            }
        }
        return matches
    }

    /// The per-share figure's currency, and its value in that currency: cents and pence are
    /// hundredths. Nil for a figure that is no money.
    static func inCurrency(_ quantity: Quantity, _ facts: ArticleFacts) -> (currency: String, value: Double, hundredths: Bool)? {
        if let currency = facts.lexicons["hundredth-units"].key(lowercased: quantity.unit) {
            return (currency, quantity.value / 100, true)
        }
        guard facts.lexicons["currency-units"].contains(lowercased: quantity.unit) else { return nil }
        return (quantity.unit, quantity.value, false)
    }

    private static func slip(perShare e: Quantity, profit n: Quantity, shares a: Quantity, _ facts: ArticleFacts) -> CheckMatch? {
        guard let (currency, stated, hundredths) = inCurrency(e, facts), a.value > 0, a.unit.isEmpty || a.unit.hasPrefix("count:"),
              n.unit.isEmpty || n.unit == currency, n.value != 0, (stated > 0) == (n.value > 0) else { return nil }
        let computed = n.value / a.value
        // Figures this small are rounded too coarsely for a ratio to mean anything.
        guard abs(stated) >= 0.05, abs(computed) >= 0.05 else { return nil }
        let ratio = max(abs(stated), abs(computed)) / min(abs(stated), abs(computed))
        guard [10.0, 100.0].contains(where: { abs(ratio - $0) <= $0 * 0.12 }) else { return nil }
        // The computed figure written as the stated one is: "6.20 cts", "3.10p", "$0.12", "0.12 dlrs".
        let value = hundredths ? computed * 100 : computed
        let written = FigureText.render(value, like: e, facts, decimals: abs(value) < 10 ? 2 : 1)
        // Which way the gap goes: "6.20 cts, a tenth of the 62 cts stated", "620 cts, 10 times the 62 cts stated".
        let relation = abs(computed) < abs(stated) ? (ratio < 50 ? "a tenth of" : "a hundredth of") : "\(FigureText.number(ratio, decimals: 0)) times"
        let computation = "\(n.text) / \(a.text) shares = \(written), \(relation) the \(e.text) stated: a digit looks slipped in one of the three"
        return CheckMatch(span: e.span, values: ["computation": computation, "figure": e.text],
                          related: [.init(span: n.span, message: "the profit"), .init(span: a.span, message: "the shares")])
    }
}
