/// Stated totals against their parts.
/// - Prose: a total followed by a colon or dash and its parts, "a total of 10 cases: 4 in the
///   north and 5 in the south" (4 + 5 = 9); and a count split by place after a comma, "employs
///   1,200 people, 700 of them in Tollard and 600 in Brannock", when the parts come to more.
/// - Tables: a row labelled as a total against the rows above it, column by column; a column
///   headed "Total" against the other columns of its row.
/// Parts that are not all given ("including", "among them") are not added up.
enum TotalArithmetic {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        prose(facts, scope: scope) + facts.tables.filter { $0.kind == .markdown }.flatMap { table($0, facts) }
            + facts.tables.filter { $0.kind == .columns }.flatMap { columns($0, facts, scope: scope) }
    }

    /// A wire table in columns: each total row against the rows above it, back to the table's
    /// start or the total before. Such a table's layout is read from folded lines, so a column is
    /// only reported when another column of the same rows adds up: that shows the rows were read
    /// right. All rows must have a figure in every column, and a column is added up only when its
    /// total is more than its largest part, none below zero: a column of changes or rates does not
    /// add up.
    private static func columns(_ table: Table, _ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        var start = 0
        for (index, row) in table.rows.enumerated() where row.isTotal {
            defer { start = index + 1 }
            // Every total row moves `start` past itself, so no part is a total.
            let parts = table.rows[start..<index], width = row.cells.count
            guard width >= 2, parts.count >= 2, parts.allSatisfy({ $0.cells.count == width }),
                  facts.isInScope(sentence: row.cells[0].quantity.sentence, scope) else { continue }
            var agreeing = 0
            var failing: [CheckMatch] = []
            for column in 0..<width {
                let total = row.cells[column].quantity
                let figures = parts.map { $0.cells[column].quantity }
                guard figures.allSatisfy({ $0.value >= 0 }), let largest = figures.map(\.value).max(), total.value > largest,
                      figures.filter({ $0.value > 0 }).count >= 2 else { continue }
                if let match = compare(figures, against: total, where: "line \(row.line)", facts) { failing.append(match) } else { agreeing += 1 }
            }
            if agreeing > 0 { matches += failing }
        }
        return matches
    }

    private static func prose(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let claims = facts.claims
        let partial = facts.lexicons["partial-list-words"]
        for index in claims.indices where claims[index].quantity.hedge == .exact && claims[index].position != .table && claims[index].rangeWith == nil {
            let total = claims[index]
            let sentence = total.quantity.sentence
            guard facts.isInScope(sentence: sentence, scope) else { continue }
            // The colon or dash right after the total's words.
            let range = facts.sentences[sentence].tokens
            var position = total.quantity.extent.upperBound
            var words = 0
            while position < range.upperBound, facts.tokens[position].kind == .word, words < 4 { position += 1; words += 1 }
            guard position < range.upperBound else { continue }
            let parts = claims[(index + 1)...].prefix { $0.quantity.sentence == sentence }
            // "employs 1,200 people, 700 of them in Tollard and 600 in Brannock": a count split by
            // place after a comma (its parts read as parts of it) may leave some out, so only
            // parts above it are wrong.
            if facts.tokens[position].isMark(","), total.quantity.unit.hasPrefix("count:"), total.kind == .level, !total.isPartitive,
               parts.count >= 2, parts.first!.quantity.extent.lowerBound == position + 1,
               parts.allSatisfy({ $0.isPartitive && $0.quantity.unit == total.quantity.unit && $0.quantity.hedge == .exact && $0.kind == .level }) {
                let sum = parts.reduce(FigureBounds(lower: 0, upper: 0)) { $0 + FigureBounds($1.quantity) }
                if sum.lower > FigureBounds(total.quantity).upper + 1e-9,
                   let match = compare(Array(parts.map(\.quantity)), against: total.quantity, where: "line \(facts.line(of: total.quantity.span))", facts) {
                    matches.append(match)
                }
                continue
            }
            guard total.qualifiers.contains("total") || saysTotal(before: total, facts),
                  facts.tokens[position].isMark(anyOf: ":\u{2014}\u{2013}") else { continue }
            guard parts.count >= 2, parts.count <= 12, parts.first!.quantity.extent.lowerBound > position,
                  parts.allSatisfy({ $0.quantity.hedge == .exact && $0.rangeWith == nil && $0.kind != .changeBy
                      && ChangeArithmetic.sameUnit($0.quantity, total.quantity) || ($0.quantity.unit.hasPrefix("count:") && total.quantity.unit.hasPrefix("count:")) && $0.quantity.hedge == .exact && $0.rangeWith == nil }),
                  total.quantity.unit != "percent" else { continue }
            // Words that say the list is not all of it.
            let tail = (position..<range.upperBound).map { facts.tokens[$0].lower }
            if tail.contains(where: { partial.contains(lowercased: $0) }) { continue }
            if let match = compare(Array(parts.map(\.quantity)), against: total.quantity, where: "line \(facts.line(of: total.quantity.span))", facts) {
                matches.append(match)
            }
        }
        return matches
    }

    /// "a total of 10", "10 in total", "10 in all", "totalling 10".
    private static func saysTotal(before frame: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        let start = frame.quantity.extent.lowerBound
        let lower = facts.sentences[frame.quantity.sentence].tokens.lowerBound
        if start - 2 >= lower, facts.tokens[start - 1].lower == "of", facts.tokens[start - 2].lower == "total" { return true }
        if start - 1 >= lower, facts.lexicons["total-verbs"].contains(lowercased: facts.tokens[start - 1].lower) { return true }
        return false
    }

    private static func table(_ table: Table, _ facts: ArticleFacts) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let totals = table.rows.filter(\.isTotal)
        let parts = table.rows.filter { !$0.isTotal }
        // One total row under its parts; subtotals and averages make the sum ambiguous.
        if totals.count == 1, let total = totals.first, parts.count >= 2, !total.label.lowercased().contains("average") {
            for cell in total.cells {
                let column = parts.map { row in row.cells.first { $0.column == cell.column } }
                guard column.allSatisfy({ $0 != nil && $0!.quantity.hedge == .exact }), cell.quantity.unit != "percent",
                      !isRatio(table, column: cell.column) else { continue }
                if let match = compare(column.map { $0!.quantity }, against: cell.quantity, where: "line \(total.line)", facts) { matches.append(match) }
            }
        }
        // A "Total" column against the row's other columns.
        if let totalColumn = table.header.firstIndex(where: { $0.lowercased().filter { $0 != " " } == "total" }),
           table.header.indices.allSatisfy({ $0 == totalColumn || !isRatio(table, column: $0) }) {
            for row in table.rows {
                guard let cell = row.cells.first(where: { $0.column == totalColumn }) else { continue }
                let others = row.cells.filter { $0.column != totalColumn }
                guard others.count >= 2, others.count == table.header.count - 1, others.allSatisfy({ $0.quantity.hedge == .exact }) else { continue }
                if let match = compare(others.map(\.quantity), against: cell.quantity, where: "line \(row.line)", facts) { matches.append(match) }
            }
        }
        return matches
    }

    /// A column of rates, shares or changes does not add up.
    private static func isRatio(_ table: Table, column: Int) -> Bool {
        guard column < table.header.count else { return true }
        let heading = table.header[column].lowercased()
        return ["%", "pct", "percent", "share", "rate", "change", "average", "avg", "per ", "ratio", "median", "growth"].contains { heading.contains($0) }
    }

    /// The parts' sum against the total, allowing each figure's rounding.
    static func compare(_ parts: [Quantity], against total: Quantity, where place: String, _ facts: ArticleFacts) -> CheckMatch? {
        let sum = parts.reduce(FigureBounds(lower: 0, upper: 0)) { $0 + FigureBounds($1) }
        guard !sum.overlaps(FigureBounds(total)) else { return nil }
        let value = parts.reduce(0) { $0 + $1.value }
        let decimals = parts.map(\.decimals).max() ?? 0
        let computation = parts.map(\.text).joined(separator: " + ") + " = " + FigureText.render(value, like: total, facts, decimals: decimals)
            + ", not the total of \(total.text) on \(place)"
        return CheckMatch(span: total.span, values: ["computation": computation, "figure": total.text],
                          related: parts.map { .init(span: $0.span, message: "a part") })
    }
}
