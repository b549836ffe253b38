/// Expressions placed against the publication date: "yesterday", "last week", "Friday", "last
/// September", "now".
extension TemporalTagger {
    /// "yesterday", "late yesterday", "today", "tomorrow", "tonight", "yesterday morning", "this morning".
    func dayWord(at start: Int, _ c: Context) -> Match? {
        var index = start
        if words.isPart(c.lower(index), TemporalVocabulary.edgesAndShifts) { index += 1 }
        let word = c.lower(index)
        var offset: Int?
        var part: String?
        if let found = words.dayOffset(word) {
            offset = found
        } else if words.dayWord(word) == "tonight" {
            offset = 0
            part = "NI"
        } else if words.dayWord(word, c.lower(index + 1)) == "last-night" {
            offset = -1
            part = "NI"
            index += 1
        } else if words.relation(word) == .this {
            guard let code = timesOfDay.key(for: c.lower(index + 1)) else { return nil }
            offset = 0
            part = code
            index += 1
        } else {
            return nil
        }
        index += 1
        if part == nil, let code = timesOfDay.key(for: c.lower(index)) {
            part = code
            index += 1
        }
        guard let offset else { return nil }
        let day = c.anchor?.adding(days: offset)
        var match = Match(tokens: start..<index, consumed: index, kind: part == nil ? .date : .time, value: nil)
        // "today (Tuesday)", "yesterday (Sunday)": the weekday the writer gives the day.
        if c.isPunct(index, "("), let found = weekday(at: index + 1, c), c.isPunct(found.end, ")") {
            match.weekday = found.weekday
            match.weekdayTokens = (index + 1)..<found.end
            match.tokens = start..<(found.end + 1)
            match.consumed = found.end + 1
        } else if c.isPunct(index, ","), let found = weekday(at: index + 1, c), c.isPunct(found.end, ",") || c.isPunct(found.end, ".") {
            // "tomorrow, Wednesday, …": the same, set off by commas; the closing comma or full
            // stop keeps "yesterday, Monday's figures" out.
            match.weekday = found.weekday
            match.weekdayTokens = (index + 1)..<found.end
            match.tokens = start..<found.end
            match.consumed = found.end
        }
        match.day = day
        if let day { match.value = part.map { .time(day, .part($0)) } ?? .day(day) }
        return match
    }

    /// "last week", "this month", "next year", "earlier this year", "early next year", "the weekend".
    func relativeUnit(at start: Int, _ c: Context) -> Match? {
        var index = start
        if words.part(c.lower(index)) != nil { index += 1 }
        let relation = words.relation(c.lower(index))
        var offset: Int
        switch relation {
        case .previous?, .past?: offset = -1
        case .this?, .current?: offset = 0
        case .next?, .coming?: offset = 1
        case nil:
            guard words.isConnective(c.lower(index), "the"), units.key(for: c.lower(index + 1)) == TimeUnit.weekend.rawValue,
                  !c.lower(index + 1).hasASCIISuffix("s") else { return nil }
            offset = 0
        }
        index += 1
        guard c.kind(index) == .word, let unitToken = c.token(index), let key = units.key(for: unitToken),
              let unit = TimeUnit(rawValue: key), !unitToken.lower.hasASCIISuffix("s") else { return nil }
        index += 1
        // "the past week" and "the coming year" are stretches of time, not calendar units.
        if relation == .past || relation == .coming {
            let duration = TemporalDuration(amount: 1, unit: unit)
            return Match(tokens: start..<index, consumed: index, kind: .duration, value: .duration(duration), days: duration.days)
        }
        guard let anchor = c.anchor else {
            return Match(tokens: start..<index, consumed: index, kind: .date, value: nil)
        }
        let value: TemporalValue
        switch unit {
        case .day: value = .day(anchor.adding(days: offset))
        case .week: value = TemporalValue.week(of: anchor.adding(days: 7 * offset))
        case .weekend:
            // "the weekend" is the one just past unless a future verb points at the coming one.
            var base = anchor.adding(days: 7 * offset)
            if offset == 0, anchor.weekday < 6, tenses.tense(near: start..<index, marks: c.marks) != .future {
                base = anchor.adding(days: -anchor.weekday)
            }
            let week = base.isoWeek
            value = .weekend(year: week.year, week: week.week)
        case .month:
            let date = anchor.adding(months: offset)
            value = .month(year: date.year, month: date.month)
        case .year:
            value = .year(anchor.year + offset)
            if offset == -1 {
                var match = Match(tokens: start..<index, consumed: index, kind: .date, value: value)
                match.yearsBack = 1
                return match
            }
        case .decade: value = .decade(anchor.year / 10 + offset)
        case .century: value = .century(anchor.year / 100 + offset)
        case .hour, .minute, .quarter: return nil
        }
        return Match(tokens: start..<index, consumed: index, kind: .date, value: value)
    }

    /// "Friday", "last Friday", "Friday morning".
    func weekdayAlone(at start: Int, _ c: Context) -> Match? {
        var index = start
        var relation: TemporalVocabulary.Relation?
        if let found = words.relation(c.lower(index)), found != .past, found != .current {
            relation = found
            index += 1
        }
        guard let found = weekday(at: index, c) else { return nil }
        // "next Tuesday, March 11": the weekday belongs to the date, which is tried from it.
        if relation != nil, c.isPunct(found.end, ",") || c.isPunct(found.end, "("), calendarDate(at: index, c) != nil { return nil }
        index = found.end
        var part: String?
        if let code = timesOfDay.key(for: c.lower(index)) {
            part = code
            index += 1
        }
        var match = Match(tokens: start..<index, consumed: index, kind: part == nil ? .date : .time, value: nil)
        match.weekday = found.weekday
        guard let anchor = c.anchor else { return match }
        let day = resolveWeekday(found.weekday, relation: relation, anchor: anchor, tense: tenses.tense(near: start..<index, marks: c.marks, sayingWinsTies: true))
        match.day = day
        match.value = part.map { .time(day, .part($0)) } ?? .day(day)
        return match
    }

    /// The day a weekday names: the latest on or before the anchor, unless "next" or a future
    /// verb says the coming one.
    func resolveWeekday(_ weekday: Int, relation: TemporalVocabulary.Relation?, anchor: CalendarDate, tense: Tense) -> CalendarDate {
        let back = (anchor.weekday - weekday + 7) % 7
        let forward = (weekday - anchor.weekday + 7) % 7
        switch relation {
        case .previous?, .past?: return anchor.adding(days: -(back == 0 ? 7 : back))
        case .next?, .coming?: return anchor.adding(days: forward == 0 ? 7 : forward)
        default: return tense == .future && back != 0 ? anchor.adding(days: forward) : anchor.adding(days: -back)
        }
    }

    /// "March", "last September", "early March", "next May" with no day or year.
    func monthAlone(at start: Int, _ c: Context) -> Match? {
        guard c.hasWord(withBits: monthBit, from: start) else { return nil }
        var index = start
        var relation: TemporalVocabulary.Relation?
        var hasRelation = false
        if let found = words.relation(c.lower(index)), found != .past, found != .current {
            relation = found
            hasRelation = true
            index += 1
            if c.isPunct(index, "-") { index += 1 }
        } else if words.isPart(c.lower(index), TemporalVocabulary.edges) {
            hasRelation = true
            index += 1
            if c.isPunct(index, "-") { index += 1 }
        }
        guard let found = month(at: index, c) else { return nil }
        // "late May 19" is late on May 19: the day makes it a calendar date.
        if hasRelation, relation == nil, dayOfMonth(at: found.end, c) != nil { return nil }
        let token = c.tokens[index]
        // "May" is also a verb, "March" a noun: without a cue word they are not dates.
        if words.ambiguousMonths.contains(token.lower) {
            guard hasRelation || words.monthCues.contains(c.lower(index - 1)) else { return nil }
            // "of May Street Bakery": a name.
            if c.kind(found.end) == .word, let next = c.token(found.end), next.isCapitalized { return nil }
        }
        // An abbreviation alone ("Jan") is too weak.
        guard token.lower.count >= 3, found.end == index + 1 || token.lower.count > 2 else { return nil }
        if isAbbreviation(token.lower, key: String(found.month), in: months), found.end == index + 1 { return nil }
        index = found.end
        guard let anchor = c.anchor else {
            var match = Match(tokens: start..<index, consumed: index, kind: .date, value: .yearlessMonth(found.month))
            match.yearless = relation == nil
            return match
        }
        var year = anchor.year
        switch relation {
        case .previous?: year = found.month < anchor.month ? anchor.year : anchor.year - 1
        case .next?, .coming?: year = found.month > anchor.month ? anchor.year : anchor.year + 1
        case .this?: year = anchor.year
        default:
            // The nearer of this year's and the neighbouring year's month, unless the verbs put it
            // more than two months on the wrong side.
            let tense = tenses.tense(near: start..<index, marks: c.marks)
            var ahead = found.month - anchor.month
            if ahead > 6 || (ahead == 6 && tense != .future) { year -= 1; ahead -= 12 }
            if ahead < -6 || (ahead == -6 && tense == .future) { year += 1; ahead += 12 }
            if tense == .past && ahead > 2 { year -= 1 }
            if tense == .future && ahead < -2 { year += 1 }
        }
        var match = Match(tokens: start..<index, consumed: index, kind: .date, value: .month(year: year, month: found.month))
        match.yearless = relation == nil
        return match
    }

    /// "now", "currently", "recently", "the past", "the future".
    func referenceWord(at start: Int, _ c: Context) -> Match? {
        let reference: TemporalReference?
        if !words.isConnective(c.lower(start), "the") {
            reference = nil
        } else if words.relation(c.lower(start + 1)) == .past {
            reference = .past
        } else if words.isPeriodWord(c.lower(start + 1), "future") {
            reference = .future
        } else {
            reference = nil
        }
        if let reference {
            let next = c.token(start + 2)
            // "the past two months" is a duration, "the future of" a noun phrase.
            if let next, next.kind == .number || numberWords.contains(next) || units.contains(next)
                || words.isConnective(next.lower, "of") { return nil }
            return Match(tokens: start..<(start + 2), consumed: start + 2, kind: .date, value: .reference(reference))
        }
        guard let key = references.key(for: c.lower(start)), let reference = TemporalReference(rawValue: key),
              c.token(start)?.kind == .word else { return nil }
        return Match(tokens: start..<(start + 1), consumed: start + 1, kind: .date, value: .reference(reference))
    }
}
