/// Periods longer than a month: decades, seasons, quarters and halves.
extension TemporalTagger {
    /// "the 1980s", "1980s", "the '80s", "the mid-1990s".
    func decade(at start: Int, _ c: Context) -> Match? {
        var index = start
        if words.isConnective(c.lower(index), "the") { index += 1 }
        if words.isPart(c.lower(index), TemporalVocabulary.edges) {
            index += 1
            if c.isPunct(index, "-") { index += 1 }
        }
        var decadeStart: Int?
        if c.isPunct(index, "'") || c.isPunct(index, "\u{2019}"), c.kind(index + 1) == .number, let token = c.token(index + 1), token.text.count == 2,
           let value = Int(token.text), value % 10 == 0 {
            decadeStart = (value >= 30 ? 1900 : 2000) + value
            index += 2
        } else if c.kind(index) == .number, let token = c.token(index), token.text.count == 4, let value = Int(token.text), value % 10 == 0,
                  value >= 1000, value <= 2190 {
            decadeStart = value
            index += 1
        }
        // The plural "s" written onto the number: "1980s", "'80s".
        guard let decadeStart, c.kind(index) == .word, let suffix = c.token(index), suffix.lower == "s", !suffix.spaceBefore else { return nil }
        index += 1
        return Match(tokens: start..<index, consumed: index, kind: .date, value: .decade(decadeStart / 10))
    }

    /// "fall 2020", "the fall of 2020", "this summer", "in the spring"; "last September" is a month.
    func season(at start: Int, _ c: Context) -> Match? {
        guard c.hasWord(withBits: seasonBit, from: start) else { return nil }
        var index = start
        var hasDeterminer = false
        if words.isConnective(c.lower(index), "the") { index += 1; hasDeterminer = true }
        if words.isPart(c.lower(index), TemporalVocabulary.edges) { index += 1; hasDeterminer = true; if c.isPunct(index, "-") { index += 1 } }
        var relation: TemporalVocabulary.Relation?
        if let found = words.relation(c.lower(index)), found != .current { relation = found; index += 1; hasDeterminer = true }
        guard c.kind(index) == .word, let token = c.token(index), let code = seasons.key(for: token) else { return nil }
        index += 1
        var year: Int?
        if words.isConnective(c.lower(index), "of"), let value = yearNumber(at: index + 1, c) {
            year = value
            index += 2
        } else if let value = yearNumber(at: index, c) {
            year = value
            index += 1
        }
        // "fall" and "spring" are also verbs: without a determiner or a year, only after "in".
        guard hasDeterminer || year != nil || words.isConnective(c.lower(start - 1), "in") else { return nil }
        let value: TemporalValue?
        if let year {
            value = .season(year: year, season: code)
        } else if let anchor = c.anchor {
            let order = ["SP": 1, "SU": 2, "FA": 3, "WI": 4]
            let current = anchor.month >= 3 && anchor.month <= 5 ? 1 : anchor.month <= 8 && anchor.month >= 6 ? 2 : anchor.month >= 9 && anchor.month <= 11 ? 3 : 4
            let seasonYear = anchor.month <= 2 ? anchor.year - 1 : anchor.year
            let target = order[code] ?? 1
            var resolved = seasonYear
            switch relation {
            case .previous?, .past?: resolved = target >= current ? seasonYear - 1 : seasonYear
            case .next?, .coming?: resolved = target <= current ? seasonYear + 1 : seasonYear
            case .this?, .current?: resolved = seasonYear
            case nil:
                let tense = tenses.tense(near: start..<index, marks: c.marks)
                if tense == .past && target > current { resolved = seasonYear - 1 }
                if tense == .future && target < current { resolved = seasonYear + 1 }
            }
            value = .season(year: resolved, season: code)
        } else {
            value = nil
        }
        var match = Match(tokens: start..<index, consumed: index, kind: .date, value: value)
        // "in the spring": the year is inferred, as for a month without one; "the summer of
        // 1987" has its year written.
        match.yearless = year == nil && relation == nil
        match.hasYear = year != nil
        return match
    }

    /// How a quarter is placed when it has no ordinal: "the current quarter", "the next quarter",
    /// "the latest period", "the year-ago quarter".
    private enum QuarterRelation {
        case current, next, previous, recent, yearAgo
    }

    /// "the third quarter", "third-quarter", "4th qtr", "the first half of 1987", "the latest quarter".
    func quarter(at start: Int, _ c: Context) -> Match? {
        guard c.hasQuarterWord(from: start, units: units, unitBit: unitBit, periodBit: periodBit, words: words) else { return nil }
        var index = start
        if words.isConnective(c.lower(index), "the") { index += 1 }
        var ordinal: Int?
        var relation: QuarterRelation?
        while let token = c.token(index), token.kind == .word || token.kind == .number {
            if let key = ordinals.key(for: token), let value = Int(key) {
                ordinal = value
                index += 1
            } else if token.kind == .number, let value = Int(token.text), value >= 1, value <= 4,
                      let suffix = c.token(index + 1), isOrdinalSuffix(suffix) {
                ordinal = value
                index += 2
            } else if let found = quarterRelation(token.lower) {
                relation = found
                index += 1
            } else if words.isPeriodWord(token.lower, "year"), c.isPunct(index + 1, "-"),
                      words.isConnective(c.lower(index + 2), "ago") || words.isPart(c.lower(index + 2), .earlier) {
                relation = .yearAgo
                index += 3
            } else {
                break
            }
            if c.isPunct(index, "-") { index += 1 }
        }
        guard c.kind(index) == .word, let unit = c.token(index) else { return nil }
        let isHalf = words.isPeriodWord(unit.lower, "half")
        // "the latest period", "the year-earlier period" in an earnings report mean a quarter.
        let isPeriod = words.isPeriodWord(unit.lower, "period") && ordinal == nil && relation != nil && relation != .recent
        guard isHalf || isPeriod || units.key(for: unit) == "Q", !unit.lower.hasASCIISuffix("s") else { return nil }
        guard ordinal != nil || relation != nil || words.isConnective(c.lower(start), "the") else { return nil }
        if isHalf && ordinal == nil { return nil }
        index += 1
        var year: Int?
        if (words.isConnective(c.lower(index), "of") || c.isPunct(index, ",")), let value = yearNumber(at: index + 1, c) {
            year = value
            index += 2
        } else if words.isConnective(c.lower(index), "of") && words.isPeriodWord(c.lower(index + 1), "fiscal"), let value = yearNumber(at: index + 2, c) {
            year = value
            index += 3
        } else if let value = yearNumber(at: index, c) {
            year = value
            index += 1
        } else if words.isConnective(c.lower(index), "of") && ordinal == nil {
            // "the quarter of the shares" is not a date.
            return nil
        }
        let value: TemporalValue?
        if isHalf {
            let half = ordinal ?? 1
            if let year {
                value = .half(year: year, half: half)
            } else if let anchor = c.anchor {
                let current = anchor.month <= 6 ? 1 : 2
                value = .half(year: half <= current ? anchor.year : anchor.year - 1, half: half)
            } else {
                value = nil
            }
        } else if let anchor = c.anchor ?? year.map({ CalendarDate(year: $0, month: 12, day: 31) }) {
            let current = anchor.quarter
            var resolvedQuarter = ordinal ?? 0
            var resolvedYear = year ?? anchor.year
            if ordinal == nil {
                switch relation {
                case .current?: resolvedQuarter = current
                case .next?:
                    resolvedQuarter = current == 4 ? 1 : current + 1
                    if current == 4 { resolvedYear += 1 }
                default:
                    resolvedQuarter = current == 1 ? 4 : current - 1
                    if current == 1 { resolvedYear -= 1 }
                }
                if relation == .yearAgo { resolvedYear -= 1 }
            } else if year == nil {
                let tense = tenses.tense(near: start..<index, marks: c.marks)
                if resolvedQuarter > current && tense != .future { resolvedYear -= 1 }
                if relation == .yearAgo { resolvedYear -= 1 }
            }
            value = .quarter(year: resolvedYear, quarter: resolvedQuarter)
        } else {
            value = nil
        }
        var match = Match(tokens: start..<index, consumed: index, kind: .date, value: value)
        // "the first quarter", "the second half": the year is inferred.
        match.yearless = year == nil && relation == nil
        return match
    }

    /// The quarter relation a word gives, from `temporal-relations` and `period-words`.
    private func quarterRelation(_ word: String) -> QuarterRelation? {
        switch words.relation(word) {
        case .this?, .current?: return .current
        case .next?: return .next
        case .previous?: return .previous
        case .past?: return .recent
        case .coming?: return nil
        case nil: break
        }
        switch words.periodWord(word) {
        case "comparable", "fiscal": return .previous
        case "recent": return .recent
        case "year-ago": return .yearAgo
        default: return nil
        }
    }
}
