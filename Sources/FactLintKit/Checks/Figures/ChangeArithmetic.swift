/// A change against its own figures, within one sentence: the size of a change against its
/// before and after values ("slipped by more than £600 from £175,412 to £174,820": £592), and a
/// percentage against the size and the level ("down 180p, or 9%, at 1,420p": 180p is 11.3%
/// of 1,600p). The figures of one change share its change word. A percentage given with both
/// levels is `change-mismatch`'s.
enum ChangeArithmetic {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var groups: [[ClaimFrame]] = []
        for index in facts.claims.indices
            where facts.claims[index].changeIndex != nil && facts.claims[index].position != .table && facts.claims[index].position != .headline {
            let frame = facts.claims[index]
            if let last = groups.last?.last, last.quantity.sentence == frame.quantity.sentence, last.changeIndex == frame.changeIndex {
                groups[groups.count - 1].append(frame)
            } else {
                groups.append([frame])
            }
        }
        var matches: [CheckMatch] = []
        // Bases on which a change is often measured apart from the figures beside it.
        let otherBases = facts.lexicons["other-bases"]
        for group in groups where group.count >= 2 && facts.isInScope(sentence: group[0].quantity.sentence, scope) {
            // One of each: two sizes or two levels are two changes told together.
            let amounts = group.filter { $0.kind == .changeBy && $0.quantity.unit != "percent" && $0.quantity.unit != "points" }
            let percents = group.filter { $0.kind == .changeBy && $0.quantity.unit == "percent" }
            let tos = group.filter { $0.kind == .changeTo }, froms = group.filter { $0.kind == .changeFrom }
            guard amounts.count <= 1, percents.count <= 1, tos.count <= 1, froms.count <= 1,
                  group.allSatisfy({ $0.rangeWith == nil && !$0.qualifiers.contains(where: otherBases.contains(lowercased:)) }) else { continue }
            let levels = (tos + froms)
            guard levels.allSatisfy({ $0.quantity.hedge == .exact }) else { continue }
            // "Profit was 35 mln stg, down 3.5 mln stg from 37.5 mln": the level before the
            // comma is the level reached, when the figure it came from follows the size straight
            // after "from" (not "up 400 tonnes from a revised 33,500 … and compared with 32,900").
            var reached = tos.first
            if reached == nil, let amount = amounts.first, let from = froms.first, let word = group[0].changeIndex,
               from.quantity.extent.lowerBound == amount.quantity.extent.upperBound + 1, facts.tokens[amount.quantity.extent.upperBound].lower == "from" {
                reached = LevelBeforeChange.level(beforeChangeWord: word, sentence: group[0].quantity.sentence, facts)
            }
            if let amount = amounts.first, let to = reached, let from = froms.first,
               let match = sizeAgainstLevels(amount, to: to, from: from, facts) {
                matches.append(match)
            } else if let amount = amounts.first, let percent = percents.first, levels.count == 1,
                      let match = percentAgainstSize(percent, amount: amount, level: levels[0], facts) {
                matches.append(match)
            }
        }
        return matches
    }

    /// Whether two figures are in one unit ("£600" and "£175,412"; "4.2 billion dlrs" and
    /// "586.65 billion"), so they can be added.
    static func sameUnit(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.unit == b.unit { return !a.unit.isEmpty || a.scale == b.scale }
        return (a.unit.isEmpty || b.unit.isEmpty) && a.scale == b.scale && a.scale > 1
    }

    /// "slipped by more than £600 from £175,412 to £174,820".
    private static func sizeAgainstLevels(_ amount: ClaimFrame, to: ClaimFrame, from: ClaimFrame, _ facts: ArticleFacts) -> CheckMatch? {
        guard sameUnit(amount.quantity, to.quantity), sameUnit(amount.quantity, from.quantity) else { return nil }
        let difference = FigureBounds(to.quantity) - FigureBounds(from.quantity)
        let actual = to.quantity.value - from.quantity.value
        // A rise told as a fall is direction-conflict's; here only the size is compared.
        guard amount.direction == 0 || (actual > 0) == (amount.direction > 0), actual != 0 else { return nil }
        let crossesZero = difference.lower <= 0 && difference.upper >= 0
        let size = FigureBounds(lower: crossesZero ? 0 : min(abs(difference.lower), abs(difference.upper)),
                                upper: max(abs(difference.lower), abs(difference.upper)))
        guard !size.overlaps(FigureBounds(amount.quantity)) else { return nil }
        let (first, second) = actual > 0 ? (to, from) : (from, to)
        let decimals = max(to.quantity.decimals, from.quantity.decimals)
        let computation = "\(first.quantity.text) - \(second.quantity.text) = \(FigureText.render(abs(actual), like: amount.quantity, facts, decimals: decimals)), not \(amount.quantity.text)"
        return CheckMatch(span: amount.quantity.span, values: ["computation": computation, "figure": amount.quantity.text],
                          related: [.init(span: from.quantity.span.union(to.quantity.span), message: "the levels it joins")])
    }

    /// "down 180p, or 9%, at 1420 pence": the level before is 1,420 + 180 = 1,600 pence, and
    /// 180 of it is 11.3%.
    private static func percentAgainstSize(_ percent: ClaimFrame, amount: ClaimFrame, level: ClaimFrame, _ facts: ArticleFacts) -> CheckMatch? {
        guard sameUnit(amount.quantity, level.quantity), amount.quantity.value > 0, percent.quantity.hedge != .above, percent.quantity.hedge != .below,
              amount.quantity.hedge == .exact || amount.quantity.hedge == .about else { return nil }
        let direction = amount.direction != 0 ? amount.direction : percent.direction
        guard direction != 0, percent.direction == 0 || percent.direction == direction else { return nil }
        let size = FigureBounds(amount.quantity)
        let base: FigureBounds, baseValue: Double, baseText: String
        if level.kind == .changeFrom {
            base = FigureBounds(level.quantity)
            baseValue = level.quantity.value
            baseText = level.quantity.text
        } else {
            // The level before is the level reached less the rise, or plus the fall.
            base = direction > 0 ? FigureBounds(level.quantity) - size : FigureBounds(level.quantity) + size
            baseValue = level.quantity.value - Double(direction) * amount.quantity.value
            let sign = direction > 0 ? "-" : "+"
            baseText = "\(FigureText.render(baseValue, like: level.quantity, facts)) (\(level.quantity.text) \(sign) \(amount.quantity.text))"
        }
        guard base.lower > 0, baseValue > 0 else { return nil }
        let actual = size / base
        let implied = FigureBounds(lower: actual.lower * 100, upper: actual.upper * 100)
        guard !implied.overlaps(FigureBounds.percentage(percent.quantity)) else { return nil }
        let computation = "\(amount.quantity.text) of \(baseText) is \(FigureText.percent(amount.quantity.value / baseValue * 100)), not \(percent.quantity.text)"
        return CheckMatch(span: percent.quantity.span, values: ["computation": computation, "figure": percent.quantity.text],
                          related: [.init(span: amount.quantity.span.union(level.quantity.span), message: "the change and the level it gives")])
    }
}
