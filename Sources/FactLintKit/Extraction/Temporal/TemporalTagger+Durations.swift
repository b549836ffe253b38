/// Stretches of time and frequencies: "three decades", "a 44-day war", "ten days ago", "every week".
extension TemporalTagger {
    /// "every week", "each year", "annually".
    func set(at start: Int, _ c: Context) -> Match? {
        let word = c.lower(start)
        if words.isPeriodWord(word, "yearly") {
            return Match(tokens: start..<(start + 1), consumed: start + 1, kind: .set, value: .every(.year))
        }
        guard words.isPeriodWord(word, "every") else { return nil }
        if let found = weekday(at: start + 1, c) {
            return Match(tokens: start..<found.end, consumed: found.end, kind: .set, value: .everyWeekday(found.weekday))
        }
        if let found = month(at: start + 1, c) {
            return Match(tokens: start..<found.end, consumed: found.end, kind: .set, value: .everyMonth(found.month))
        }
        guard let key = units.key(for: c.lower(start + 1)), let unit = TimeUnit(rawValue: key), !c.lower(start + 1).hasASCIISuffix("s") else { return nil }
        return Match(tokens: start..<(start + 2), consumed: start + 2, kind: .set, value: .every(unit))
    }

    /// "three decades", "nearly three decades", "44-day", "five-year", "the past two months",
    /// "the last twenty four hours", "10 days ago", "a year earlier", "several months".
    func duration(at start: Int, _ c: Context) -> Match? {
        // A duration's unit word comes at most six tokens after its start ("the past twenty -
        // four hours", "more than 44-day"); most numbers and openers have none so near.
        if unitBit != 0 {
            let window = start..<max(start, min(start + 7, c.range.upperBound))
            guard window.contains(where: { c.tokens[$0].classes & unitBit != 0 }) else { return nil }
        }
        var start = start
        var index = start
        var approximate = false
        var bareArticle = false
        if words.isConnective(c.lower(index), "the") {
            index += 1
            let word = c.lower(index)
            if words.isRelation(word, [.previous, .past, .next, .coming]) || words.isDurationWord(word, "opener") {
                index += 1
            } else {
                bareArticle = true
            }
        } else {
            // "nearly", "more than", "at least"
            if approximators.mayStartPhrase(c.lower(index)), approximators.contains(c.lower(index) + " " + c.lower(index + 1)) {
                index += 2; approximate = true
            }
            else if approximators.contains(c.lower(index)) { index += 1; approximate = true }
        }
        var amount: Double?
        var vague = false
        guard let first = c.token(index) else { return nil }
        // "a month-long strike": the length is "month-long", read from the unit on.
        if c.isPunct(index + 2, "-"), isSingleUnitWord(first.lower), oneUnitLong(at: index + 1, c) != nil { return nil }
        if first.kind == .number, let value = Double(first.text.replacingAll(",", with: "")) ?? Self.wholeAndFraction(first.text) {
            amount = value
            index += 1
        } else if words.isDurationWord(first.lower, "vague") {
            vague = true
            index += 1
        } else if let found = numberWordValue(at: index, c) {
            amount = Double(found.value)
            index = found.end
        } else if let unitLong = oneUnitLong(at: index, c) {
            return unitLong
        } else {
            return nil
        }
        // "44-day", "five-year"
        var hyphenated = false
        if c.isPunct(index, "-"), c.attached(index) { index += 1; hyphenated = true }
        guard c.kind(index) == .word, let unitToken = c.token(index), let key = units.key(for: unitToken),
              let unit = TimeUnit(rawValue: key), unit != .quarter else { return nil }
        if hyphenated && unitToken.lower.hasASCIISuffix("s") { return nil }
        // "the 44-day war": the article belongs to the noun, not to the duration.
        if hyphenated && bareArticle { start += 1 }
        // "a year" needs more than the article to be a duration; "a day earlier" is fine, "5 pct a
        // year" is a rate.
        if isSingleUnitWord(first.lower), start == index - 1 || c.lower(start) == first.lower {
            let previous = c.token(start - 1)
            if let previous, previous.kind == .number || words.isDurationWord(previous.lower, "percent")
                || words.isDurationWord(previous.lower, "per") || previous.isMark("%") { return nil }
        }
        index += 1
        let trailing = c.lower(index)
        let isAgo = words.isConnective(trailing, "ago")
        let isEarlier = words.isPart(trailing, .earlier)
        let isLater = words.isPart(trailing, .later)
        if isAgo && vague {
            return Match(tokens: start..<(index + 1), consumed: index + 1, kind: .date, value: .reference(.past))
        }
        // "a year earlier" points at a year; "three days later" is a stretch of time.
        let pointsAtDate = isAgo || ((isEarlier || isLater) && (unit == .year || unit == .month))
        if isEarlier && !pointsAtDate { index += 1 }
        if pointsAtDate, let amount, !vague {
            index += 1
            let direction = isAgo || isEarlier ? -1 : 1
            let span = start..<index
            // "10^60 years ago" has no calendar date, and would overflow the arithmetic below.
            guard let anchor = c.anchor, abs(amount) <= 100_000 else { return Match(tokens: span, consumed: index, kind: .date, value: nil) }
            let count = Int(amount) * direction
            let value: TemporalValue
            var day: CalendarDate?
            switch unit {
            case .day: day = anchor.adding(days: count); value = .day(day!)
            case .week: value = TemporalValue.week(of: anchor.adding(days: 7 * count))
            case .month:
                let date = anchor.adding(months: count)
                value = .month(year: date.year, month: date.month)
            case .year: value = .year(anchor.year + count)
            case .decade: value = .decade(anchor.year / 10 + count)
            default: value = .day(anchor)
            }
            var match = Match(tokens: span, consumed: index, kind: .date, value: value)
            match.day = day
            // "a week ago" is counted back loosely, not a calendar week.
            match.approximate = isAgo
            if unit == .year && direction < 0 { match.yearsBack = Int(amount) }
            return match
        }
        let duration = TemporalDuration(amount: vague ? nil : (amount ?? 1), unit: unit, isApproximate: approximate)
        var match = Match(tokens: start..<index, consumed: index, kind: .duration, value: .duration(duration))
        match.days = duration.days
        match.approximate = approximate
        return match
    }

    /// "week-long", "month-long" (`duration-words` `long`): a unit word alone, singular, joined
    /// by a hyphen, is one unit ("a week-long festival", "the month-long strike").
    private func oneUnitLong(at index: Int, _ c: Context) -> Match? {
        guard c.isPunct(index + 1, "-"), c.attached(index + 1), c.kind(index + 2) == .word, c.attached(index + 2),
              c.kind(index) == .word, let unitToken = c.token(index), !unitToken.lower.hasASCIISuffix("s"),
              let key = units.key(for: unitToken), let unit = TimeUnit(rawValue: key), unit != .quarter,
              words.isDurationWord(c.lower(index + 2), "long") else { return nil }
        let duration = TemporalDuration(amount: 1, unit: unit, isApproximate: false)
        var match = Match(tokens: index..<(index + 3), consumed: index + 3, kind: .duration, value: .duration(duration))
        match.days = duration.days
        return match
    }

    /// "3-1/2" (one number token): a whole number, a hyphen and a half or a quarter, as wire
    /// copy writes them ("3-1/2 year lows", "a 4-1/2-year term").
    static func wholeAndFraction(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard let hyphen = bytes.firstIndex(of: 0x2D), hyphen > 0, bytes[..<hyphen].allSatisfy(ByteClass.isDigit),
              let whole = Double(String(decoding: bytes[..<hyphen], as: UTF8.self)) else { return nil }
        switch String(decoding: bytes[(hyphen + 1)...], as: UTF8.self) {
        case "1/2": return whole + 0.5
        case "1/4": return whole + 0.25
        case "3/4": return whole + 0.75
        default: return nil
        }
    }

    /// "a", "an" and "one" (the first spelling of 1 in `number-words`): the words that make "a
    /// year" one unit.
    private func isSingleUnitWord(_ word: String) -> Bool {
        words.isConnective(word, "article") || numberWords.displayName(for: "1")?.lowercased() == word
    }
}
