/// Dates written out: "Thursday, May 15, 2024", "15 May", "March 1987", `2024-05-15`, "in 1991".
extension TemporalTagger {
    /// "Thursday, May 15, 2024", "May 15", "15 May 2024", "Jan. 10", "March 1987", "Wednesday (March 4)".
    func calendarDate(at start: Int, _ c: Context) -> Match? {
        // A month ahead, or one earlier in the sentence for a weekday with a bare day
        // ("Wednesday 9"); both answered from the sentence's cached last month word.
        guard c.hasWord(withBits: monthBit, from: start) || c.hasWord(withBits: monthBit, from: c.range.lowerBound) else { return nil }
        var index = start
        var weekdayFound: (weekday: Int, tokens: Range<Int>)?
        var parenthesised = false
        if let day = weekday(at: index, c) {
            weekdayFound = (day.weekday, index..<day.end)
            index = day.end
            if c.isPunct(index, ",") { index += 1 } else if c.isPunct(index, "(") { index += 1; parenthesised = true }
        }
        let dateStart = index
        var month: Int?
        var day: Int?
        var year: Int?
        // The last day of a run of days ("May 1-20").
        var lastDay: Int?
        if let found = self.month(at: index, c) {
            month = found.month
            index = found.end
            if let run = dayRun(at: index, c) {
                // "August 3-17", "July 6\u{2013}21": a run of days.
                (day, lastDay, index) = (run.first, run.last, run.end)
                if let found = yearAfter(index, c) { (year, index) = (found.year, found.end) }
            } else if let found = dayOfMonth(at: index, c) ?? spelledDay(at: index, c),
               !(c.token(found.end).map { $0.kind == .word && words.isDurationWord($0.lower, "percent") } ?? false),
               // "June 15-day contracts": the number starts a duration, not a day.
               !(c.isPunct(found.end, "-") && c.attached(found.end) && units.key(for: c.lower(found.end + 1)) != nil) {
                day = found.day
                index = found.end
                if let found = yearAfter(index, c) { (year, index) = (found.year, found.end) }
            } else if weekdayFound == nil {
                // "March 1987", "March, 1987"
                guard let found = yearAfter(index, c) else { return nil }
                (year, index) = (found.year, found.end)
            } else {
                return nil
            }
        } else if let found = dayRun(at: index, c).map({ (day: $0.first, end: $0.end, last: $0.last) })
                    ?? dayOfMonth(at: index, c).map({ (day: $0.day, end: $0.end, last: nil) }) {
            var next = found.end
            if words.isConnective(c.lower(next), "of") { next += 1 }
            if let foundMonth = self.month(at: next, c) {
                day = found.day
                lastDay = found.last
                month = foundMonth.month
                index = foundMonth.end
                if let found = yearAfter(index, c) { (year, index) = (found.year, found.end) }
            } else if weekdayFound != nil, !parenthesised, found.last == nil, endsBareDay(found.end, c),
                      let inherited = inheritedMonth(before: start, c) {
                // "on Monday 6 December, and Reid on Wednesday 9.": the month of the date
                // before, in the same sentence.
                day = found.day
                month = inherited
                index = found.end
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard let month else { return nil }
        var consumed = index
        if parenthesised {
            guard c.isPunct(index, ")") else { return nil }
            consumed = index + 1
        }
        var match = Match(tokens: (parenthesised ? dateStart : start)..<index, consumed: consumed, kind: .date, value: nil)
        match.isExplicit = true
        match.hasYear = year != nil
        if let weekdayFound {
            match.weekday = weekdayFound.weekday
            match.weekdayTokens = weekdayFound.tokens
        }
        guard let day else {
            match.value = .month(year: year!, month: month)
            return match
        }
        // "May 15, a Thursday" / "May 15, the Friday before the vote" / "May 15 (Thursday)"
        if match.weekday == nil {
            var next = index
            // "the Friday before" only with the year written: without it the nearest year is a
            // guess the weekday may be right for ("On October 4, the Friday before the summit", in a year named earlier).
            if c.isPunct(next, ","), words.isConnective(c.lower(next + 1), "article") || words.isConnective(c.lower(next + 1), "the") && year != nil {
                next += 2
            } else if c.isPunct(next, "(") {
                next += 1
            } else {
                next = -1
            }
            if next >= 0, let found = weekday(at: next, c) {
                match.weekday = found.weekday
                match.weekdayTokens = next..<found.end
            }
        }
        let resolvedYear: Int?
        if let year {
            resolvedYear = year
        } else if let anchor = c.anchor {
            resolvedYear = yearFor(month: month, day: day, anchor: anchor, tense: tenses.tense(near: start..<index, marks: c.marks, sayingWinsTies: true))
        } else {
            resolvedYear = nil
        }
        if let resolvedYear {
            let date = CalendarDate(year: resolvedYear, month: month, day: day)
            guard date.isValid else { return nil }
            match.day = date
            match.value = .day(date)
            if let lastDay {
                // A run of days names no single weekday: "Saturday and Sunday, May 7-8" may give
                // the first day's or the last day's. One that fits neither end is kept, and
                // checked against the first ("Tuesday and Wednesday, March 9 and 10" when
                // March 9 is a Monday).
                let last = CalendarDate(year: resolvedYear, month: month, day: lastDay)
                if let stated = match.weekday, stated == date.weekday || last.isValid && stated == last.weekday {
                    match.weekday = nil
                    match.weekdayTokens = nil
                }
                // "April 1-31": a run past the month's end is read as its first day.
                if last.isValid { match.value = .days(date, last) }
                return match
            }
            // "on April 2 night", "May 15 morning": the part of the day belongs to the date.
            if !parenthesised, let code = timesOfDay.key(for: c.lower(index)) {
                match.tokens = match.tokens.lowerBound..<(index + 1)
                match.consumed = index + 1
                match.kind = .time
                match.value = .time(date, .part(code))
            }
        } else {
            guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
            match.value = .yearlessDay(month: month, day: day)
            if let lastDay, lastDay > day, lastDay <= CalendarDate.daysIn(month: month, year: 2000) { match.runLastDay = lastDay }
        }
        return match
    }

    /// The year of a month and day written without one: the latest on or before the anchor for
    /// the past, the earliest on or after it for the future, otherwise the nearest. Only the year
    /// before, of and after the anchor are considered.
    func yearFor(month: Int, day: Int, anchor: CalendarDate, tense: Tense) -> Int {
        // The nearest reading, unless the verbs put it more than three months on the wrong side.
        let nearest = Self.closestYear(month: month, day: day, to: anchor)
        let date = CalendarDate(year: nearest, month: month, day: min(day, CalendarDate.daysIn(month: month, year: nearest)))
        let ahead = date.dayNumber - anchor.dayNumber
        if tense == .past && ahead > 92 { return nearest - 1 }
        if tense == .future && ahead < -92 { return nearest + 1 }
        return nearest
    }

    /// The year that puts a month and day nearest the anchor.
    static func closestYear(month: Int, day: Int, to anchor: CalendarDate) -> Int {
        var best = anchor.year
        var bestDistance = Int.max
        for year in (anchor.year - 1)...(anchor.year + 1) {
            let candidate = CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))
            let distance = abs(candidate.dayNumber - anchor.dayNumber)
            if distance < bestDistance { best = year; bestDistance = distance }
        }
        return best
    }

    /// `15.05.2024`, `2024-05-15`, `05/15/2024` written as one token.
    func numericDate(at index: Int, _ c: Context) -> Match? {
        guard let token = c.token(index), token.text.utf8.count >= 8 else { return nil }
        let separators = token.text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ".") || $1 == UInt8(ascii: "/") || $1 == UInt8(ascii: "-") ? 1 : 0) }
        guard separators == 2 else { return nil }
        guard let date = numericParser.parseNumeric(token.text) else { return nil }
        let day = date.calendarDate
        var match = Match(tokens: index..<(index + 1), consumed: index + 1, kind: .date, value: .day(day))
        match.day = day
        match.isExplicit = true
        match.hasYear = true
        return match
    }

    /// A day written as a word after its month, in wire style ("from April six through
    /// mid-August"): only before punctuation or a function word, so "in March two men" stays a month.
    func spelledDay(at index: Int, _ c: Context) -> (day: Int, end: Int)? {
        guard !words.isConnective(c.lower(index), "article"), let found = numberWordValue(at: index, c), found.value >= 1, found.value <= 31,
              let next = c.token(found.end), next.kind == .punctuation || words.isConnective(next.lower, "to") || words.isConnective(next.lower, "and")
        else { return nil }
        return (found.value, found.end)
    }

    /// A year on its own: "in 1991", "since 1991", "fiscal 1989".
    func year(at start: Int, _ c: Context) -> Match? {
        var index = start
        if words.isPeriodWord(c.lower(index), "fiscal") {
            index += 1
            if words.isPeriodWord(c.lower(index), "year") { index += 1 }
        } else if words.isPart(c.lower(index), TemporalVocabulary.edges) {
            index += 1
            if c.isPunct(index, "-") { index += 1 }
        }
        guard let year = yearNumber(at: index, c) else { return nil }
        let previous = c.token(index - 1)
        let next = c.token(index + 1)
        // The hyphen of "mid-1978" is the part's own.
        if index == start, let previous, previous.kind == .punctuation, previous.isMark(anyOf: "$£€#-/"), !(previous.isMark("-") && previous.spaceBefore) { return nil }
        if let next, next.kind == .word, yearBlockers.contains(next) { return nil }
        // "until about 1800 or 1900 GMT": a clock time.
        if let next, next.kind == .word, next.isAllCaps, words.clockWord(next.lower) == "zone" { return nil }
        if let next, next.kind == .punctuation, next.isMark("%"), !next.spaceBefore { return nil }
        let contextual = index > start || previous.map { yearContexts.contains($0.lower) } ?? false
        // A number that could be a count ("1310 stations") is a year only in a year's context or
        // in the range years usually have.
        guard contextual || (year >= 1800 && year <= 2100) else { return nil }
        index += 1
        var match = Match(tokens: start..<index, consumed: index, kind: .date, value: .year(year))
        match.isExplicit = true
        match.hasYear = true
        match.fiscal = words.isPeriodWord(c.lower(start), "fiscal")
        return match
    }

    /// The month of the last explicit day-and-month date before a weekday in its sentence
    /// ("6 December" or "December 6"), which a weekday with a bare day after it ("Wednesday 9")
    /// goes on in.
    func inheritedMonth(before start: Int, _ c: Context) -> Int? {
        var index = start - 1
        while index > c.range.lowerBound {
            if let found = month(at: index, c), dayOfMonth(at: index - 1, c) != nil || dayOfMonth(at: found.end, c) != nil {
                return found.month
            }
            index -= 1
        }
        return nil
    }

    /// Whether a bare day ends there: at the end of the sentence, or before a comma, full stop,
    /// semicolon or closing bracket (not "Wednesday 9 people", "Friday 12-10").
    func endsBareDay(_ index: Int, _ c: Context) -> Bool {
        guard index < c.range.upperBound else { return true }
        return c.isPunct(index, ",") || c.isPunct(index, ".") || c.isPunct(index, ";") || c.isPunct(index, ")")
    }
}
