/// Adjustments made once a sentence's expressions are known: the ends of a range take each
/// other's year, and an earnings report's "a year earlier" becomes the same quarter a year before.
extension TemporalTagger {
    /// In "from Sept. 27 to Nov. 10, 2020" or "between May 12 and October 12", a date written
    /// without its year takes the year that keeps the range in order next to the other end.
    func alignRanges(_ expressions: inout [TemporalExpression], tokens: [Token]) {
        for index in expressions.indices.dropLast() {
            let first = expressions[index]
            let second = expressions[index + 1]
            let joiner = first.tokens.upperBound..<second.tokens.lowerBound
            guard first.sentence == second.sentence, first.tokens.lowerBound > 0,
                  isRange(opener: tokens[first.tokens.lowerBound - 1].lower, joiner: joiner, tokens: tokens)
                    || isDashRange(first, second, joiner: joiner, tokens: tokens) else { continue }
            expressions[index].rangeEnd = index + 1
            expressions[index].isWindow = words.isConnective(tokens[first.tokens.lowerBound - 1].lower, "between")
            guard let a = first.day, let b = second.day, first.isExplicit, second.isExplicit else { continue }
            if second.hasYear && !first.hasYear {
                var year = b.year
                if CalendarDate(year: year, month: a.month, day: a.day) > b { year -= 1 }
                let moved = CalendarDate(year: year, month: a.month, day: a.day)
                if moved.isValid { expressions[index].day = moved; expressions[index].setResolved(.day(moved)) }
            } else if !second.hasYear {
                var year = a.year
                if CalendarDate(year: year, month: b.month, day: b.day) < a { year += 1 }
                let moved = CalendarDate(year: year, month: b.month, day: b.day)
                if moved.isValid { expressions[index + 1].day = moved; expressions[index + 1].setResolved(.day(moved)) }
            }
        }
    }

    /// "released today, March 25", "yesterday (May 3)", "said last month, on May 9": a
    /// day, week or month counted from the publication date with a written day set beside it
    /// after a comma or an opening bracket (and "on" or "in").
    func markRestatements(_ expressions: inout [TemporalExpression], tokens: [Token]) {
        for index in expressions.indices.dropLast() {
            let first = expressions[index]
            let second = expressions[index + 1]
            guard first.sentence == second.sentence, first.isRelative, !first.isYearless, first.statedWeekday == nil,
                  second.isExplicit, second.day != nil, second.kind == .date, second.rangeEnd == nil, first.rangeEnd == nil,
                  first.tokens.upperBound < second.tokens.lowerBound,
                  tokens[first.tokens.upperBound].isMark(anyOf: ",(") else { continue }
            switch first.resolved {
            case .day?:
                guard first.part == nil, second.tokens.lowerBound == first.tokens.upperBound + 1 else { continue }
            case .week?, .month?:
                // "later this month, on July 10": a part of the month ("later", "early") narrows
                // what the day must fall in.
                let gap = second.tokens.lowerBound - first.tokens.upperBound
                guard gap == 1 || gap == 2 && ["on", "in"].contains(where: { words.isConnective(tokens[first.tokens.upperBound + 1].lower, $0) })
                else { continue }
            default:
                continue
            }
            expressions[index].restatedBy = index + 1
        }
    }

    /// In "signed on July 29 last year", the day takes the year of the relative year written
    /// right after it.
    func alignYearlessWithRelativeYears(_ expressions: inout [TemporalExpression]) {
        for index in expressions.indices.dropLast() {
            let first = expressions[index]
            let second = expressions[index + 1]
            guard first.isYearless, first.sentence == second.sentence, first.tokens.upperBound == second.tokens.lowerBound,
                  second.isRelative, case .year(let year)? = second.resolved else { continue }
            switch first.resolved {
            case .day(let day)?:
                let moved = CalendarDate(year: year, month: day.month, day: day.day)
                guard moved.isValid else { continue }
                expressions[index].day = moved
                expressions[index].setResolved(.day(moved))
            case .month(_, let month)?:
                expressions[index].setResolved(.month(year: year, month: month))
            default:
                continue
            }
            expressions[index].isYearless = false
        }
    }

    /// Whether the word before a first date and the tokens between it and a second make a
    /// range: "from A to B", "from A until B", "between A and B".
    func isRange(opener: String, joiner: Range<Int>, tokens: [Token]) -> Bool {
        guard joiner.count == 1 else { return false }
        let between = tokens[joiner.lowerBound].lower
        return (words.isConnective(opener, "from") && words.isConnective(between, "to"))
            || (words.isConnective(opener, "between") && words.isConnective(between, "and"))
    }

    /// "May 30-June 2", "30 May \u{2013} 2 June": two days written out, joined by a dash.
    func isDashRange(_ first: TemporalExpression, _ second: TemporalExpression, joiner: Range<Int>, tokens: [Token]) -> Bool {
        joiner.count == 1 && (tokens[joiner.lowerBound].isMark("-") || tokens[joiner.lowerBound].isMark("\u{2013}"))
            && first.isExplicit && second.isExplicit && first.day != nil && second.day != nil
    }

    /// In "profit rose in the third quarter from a year earlier", the year-ago point is the same
    /// quarter of the year before. The quarter is looked for in the same or the previous sentence.
    func alignYearAgoWithQuarters(_ expressions: inout [TemporalExpression], yearsBack: [Int?]) {
        var lastQuarter: (sentence: Int, year: Int, quarter: Int)?
        for index in expressions.indices {
            let expression = expressions[index]
            if case .quarter(let year, let quarter)? = expression.resolved, (1000...2999).contains(year) {
                lastQuarter = (expression.sentence, year, quarter)
                continue
            }
            guard let back = yearsBack[index], let quarter = lastQuarter, expression.sentence - quarter.sentence <= 1,
                  case .year(let year)? = expression.resolved, (1000...9999).contains(year) else { continue }
            let target = quarter.year - back
            if target == year { expressions[index].setResolved(.quarter(year: target, quarter: quarter.quarter)) }
        }
    }
}
