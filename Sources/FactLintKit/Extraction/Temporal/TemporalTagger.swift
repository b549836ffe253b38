/// Finds dates, times, durations and frequencies in an article's tokens and normalises them to
/// TIMEX3-style values, anchored to the publication date.
///
/// It works sentence by sentence over the shared tokens, trying at each token the expression
/// shapes news copy uses, from the most specific (a full date) to the least (a bare year). The
/// vocabulary comes from `Rules/lexicons/`. Without a publication date, relative expressions keep
/// a nil value: nothing is guessed.
public final class TemporalTagger: Sendable {
    let months: Lexicon
    let weekdays: Lexicon
    let numberWords: Lexicon
    let ordinals: Lexicon
    let units: Lexicon
    let seasons: Lexicon
    let timesOfDay: Lexicon
    let references: Lexicon
    let approximators: Lexicon
    let yearBlockers: Lexicon
    let yearContexts: Lexicon
    let tenses: TenseReader
    let dateOrder: DateOrder
    let numericParser: DateLineParser

    public init(lexicons: LexiconSet = .builtIn, dateOrder: DateOrder = .monthDayYear) {
        months = lexicons["months"]
        weekdays = lexicons["weekdays"]
        numberWords = lexicons["number-words"]
        ordinals = lexicons["ordinal-words"]
        units = lexicons["time-units"]
        seasons = lexicons["seasons"]
        timesOfDay = lexicons["times-of-day"]
        references = lexicons["reference-words"]
        approximators = lexicons["approximators"]
        yearBlockers = lexicons["year-blockers"]
        yearContexts = lexicons["year-contexts"]
        tenses = TenseReader(lexicons: lexicons)
        self.dateOrder = dateOrder
        numericParser = DateLineParser(lexicons: LexiconSet(), dateOrder: dateOrder)
        // Words that can open an expression; any other word is skipped at once.
        unitBit = lexicons.mask("time-units")
        monthBit = lexicons.mask("months")
        seasonBit = lexicons.mask("seasons")
        triggerBits = lexicons.mask("temporal-openers", "months", "weekdays", "number-words", "ordinal-words", "time-units",
                                    "seasons", "times-of-day", "reference-words", "approximators")
    }

    /// Lexicon bits of the words that may start an expression.
    let triggerBits: UInt64
    /// The lexicon bits of time units ("days", "years"), months and seasons; 0 when the
    /// lexicons ran out of bits, which turns the shortcuts that use them off.
    let unitBit: UInt64
    let monthBit: UInt64
    let seasonBit: UInt64

    /// What one matcher found: the tokens the expression covers, the tokens it used up (which
    /// may be more, as in "Wednesday (March 4)"), and its meaning.
    struct Match {
        var tokens: Range<Int>
        var consumed: Int
        var kind: TemporalExpression.Kind
        var value: String?
        var day: CalendarDate? = nil
        var isExplicit = false
        var hasYear = false
        var weekday: Int? = nil
        var weekdayTokens: Range<Int>? = nil
        var days: Double? = nil
        var approximate = false
        /// For "a year ago", "last year": how many years back, so an earnings report's "a year
        /// earlier" can become the same quarter a year before.
        var yearsBack: Int? = nil
    }

    /// Tags every sentence of an article.
    public func tag(tokens: [Token], sentences: [Sentence], blocks: [Block], anchor: CalendarDate?) -> [TemporalExpression] {
        var expressions: [TemporalExpression] = []
        var yearsBack: [Int?] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let range = sentence.tokens
            guard !range.isEmpty, range.contains(where: { tokens[$0].kind == .number || tokens[$0].classes & triggerBits != 0
                || tokens[$0].text == "'" || tokens[$0].text == "\u{2019}" }) else { continue }
            let context = Context(tokens: tokens, range: range, anchor: anchor, tenses: tenses)
            var index = range.lowerBound
            while index < range.upperBound {
                guard let match = match(at: index, context) else {
                    index += 1
                    continue
                }
                let text = blocks[sentence.blockIndex].text
                let byteRange = tokens[match.tokens.lowerBound].range.lowerBound..<tokens[match.tokens.upperBound - 1].range.upperBound
                var weekdaySpan: SourceSpan?
                if let weekdayTokens = match.weekdayTokens {
                    weekdaySpan = text.sourceSpan(of: tokens[weekdayTokens.lowerBound].range.lowerBound..<tokens[weekdayTokens.upperBound - 1].range.upperBound)
                }
                expressions.append(TemporalExpression(
                    kind: match.kind, value: match.value, text: text.string(in: byteRange), block: sentence.blockIndex,
                    range: byteRange, span: text.sourceSpan(of: byteRange), sentence: sentenceIndex, tokens: match.tokens,
                    day: match.day, isExplicit: match.isExplicit, hasYear: match.hasYear, statedWeekday: match.weekday,
                    weekdaySpan: weekdaySpan, tense: tenses.tense(near: match.tokens, marks: context.marks),
                    approximateDays: match.days, isApproximate: match.approximate))
                yearsBack.append(match.yearsBack)
                index = max(match.consumed, index + 1)
            }
        }
        alignYearAgoWithQuarters(&expressions, yearsBack: yearsBack)
        alignRanges(&expressions, tokens: tokens)
        return expressions
    }

    /// In "from Sept. 27 to Nov. 10, 2020" or "between May 10 and October 10", a date written
    /// without its year takes the year that keeps the range in order next to the other end.
    private func alignRanges(_ expressions: inout [TemporalExpression], tokens: [Token]) {
        for index in expressions.indices.dropLast() {
            let first = expressions[index]
            let second = expressions[index + 1]
            guard first.sentence == second.sentence, first.tokens.lowerBound > 0, let a = first.day, let b = second.day,
                  first.isExplicit, second.isExplicit else { continue }
            let opener = tokens[first.tokens.lowerBound - 1].lower
            let joiner = (first.tokens.upperBound..<second.tokens.lowerBound).map { tokens[$0].lower }
            guard (opener == "from" && joiner.count == 1 && ["to", "until", "till", "through"].contains(joiner[0]))
                    || (opener == "between" && joiner == ["and"]) else { continue }
            if second.hasYear && !first.hasYear {
                var year = b.year
                if CalendarDate(year: year, month: a.month, day: a.day) > b { year -= 1 }
                let moved = CalendarDate(year: year, month: a.month, day: a.day)
                if moved.isValid { expressions[index].day = moved; expressions[index].setValue(moved.iso) }
            } else if !second.hasYear {
                var year = a.year
                if CalendarDate(year: year, month: b.month, day: b.day) < a { year += 1 }
                let moved = CalendarDate(year: year, month: b.month, day: b.day)
                if moved.isValid { expressions[index + 1].day = moved; expressions[index + 1].setValue(moved.iso) }
            }
        }
    }

    /// In "profit rose in the third quarter from a year earlier", the year-ago point is the same
    /// quarter of the year before. The quarter is looked for in the same or the previous sentence.
    private func alignYearAgoWithQuarters(_ expressions: inout [TemporalExpression], yearsBack: [Int?]) {
        var lastQuarter: (sentence: Int, year: Int, quarter: String)?
        for index in expressions.indices {
            let expression = expressions[index]
            if let value = expression.value, value.utf8.count == 7, value.hasPrefix("1") || value.hasPrefix("2"),
               value.dropFirst(4).hasPrefix("-Q"), let year = Int(value.prefix(4)) {
                lastQuarter = (expression.sentence, year, String(value.suffix(2)))
                continue
            }
            guard let back = yearsBack[index], let quarter = lastQuarter, expression.sentence - quarter.sentence <= 1,
                  let value = expression.value, let year = Int(value.prefix(4)), value.utf8.count == 4 else { continue }
            let target = quarter.year - back
            if target == year { expressions[index].setValue(pad(target, 4) + "-" + quarter.quarter) }
        }
    }

    // MARK: Context

    struct Context {
        let tokens: [Token]
        let range: Range<Int>
        let anchor: CalendarDate?
        let tenses: TenseReader
        private let cache = SentenceCache()

        /// The sentence's tense marks, read when a match first needs them: most sentences with a
        /// number or an opener hold no expression at all.
        var marks: [(index: Int, tense: TenseReader.Mark)] {
            if let marks = cache.marks { return marks }
            let marks = tenses.marks(tokens, range)
            cache.marks = marks
            return marks
        }

        /// Whether a word of these lexicon bits occurs at or after `index` in the sentence. The
        /// last such word is found once per sentence, so a shape that needs a month or a season
        /// gives up at once in the many sentences without one.
        func hasWord(withBits bits: UInt64, from index: Int) -> Bool {
            guard bits != 0 else { return true }
            if let last = cache.lastIndex[bits] { return last >= index }
            var last = -1
            for position in range.reversed() where tokens[position].classes & bits != 0 {
                last = position
                break
            }
            cache.lastIndex[bits] = last
            return last >= index
        }

        /// Whether a word that can end a quarter ("quarter", "qtr", "half", "period") occurs at
        /// or after `index`.
        func hasQuarterWord(from index: Int, units: Lexicon, unitBit: UInt64) -> Bool {
            if cache.lastQuarterWord == nil {
                cache.lastQuarterWord = range.reversed().first { position in
                    let lower = tokens[position].lower
                    return lower == "half" || lower == "period"
                        || ((unitBit == 0 || tokens[position].classes & unitBit != 0) && units.key(for: lower) == "Q")
                } ?? -1
            }
            return cache.lastQuarterWord! >= index
        }

        init(tokens: [Token], range: Range<Int>, anchor: CalendarDate?, tenses: TenseReader) {
            self.tokens = tokens
            self.range = range
            self.anchor = anchor
            self.tenses = tenses
        }

        func token(_ index: Int) -> Token? { range.contains(index) ? tokens[index] : nil }
        // These read one field of the token rather than copying it whole: they run at nearly
        // every token of every sentence with a number in it.
        func lower(_ index: Int) -> String { range.contains(index) ? tokens[index].lower : "" }
        func isWord(_ index: Int, _ words: Set<String>) -> Bool {
            range.contains(index) && tokens[index].kind == .word && words.contains(tokens[index].lower)
        }
        func isPunct(_ index: Int, _ text: String) -> Bool {
            range.contains(index) && tokens[index].kind == .punctuation && tokens[index].text == text
        }
        /// The token at `index` touches the one before it (no space between).
        func attached(_ index: Int) -> Bool { range.contains(index) && !tokens[index].spaceBefore }
    }

    /// What a ``Context`` works out about its sentence once (tense marks, where the last month
    /// or quarter word is), shared by the copies of the context.
    final class SentenceCache {
        var marks: [(index: Int, tense: TenseReader.Mark)]?
        var lastIndex: [UInt64: Int] = [:]
        var lastQuarterWord: Int?
    }

    private static let modifiers: Set<String> = ["early", "late", "mid", "earlier", "later", "end", "start"]

    // MARK: Matching

    /// The expression shapes, tried in this order at each token.
    private enum Shape {
        case calendarDate, numericDate, decade, season, quarter, duration, relativeUnit, weekdayAlone, monthAlone
        case referenceWord, dayWord, clockTime, set, year
    }

    private static let afterNumber: [Shape] = [.numericDate, .calendarDate, .decade, .clockTime, .duration, .year]
    private static let afterModifier: [Shape] = [.calendarDate, .decade, .season, .quarter, .duration, .relativeUnit, .weekdayAlone,
                                                 .monthAlone, .referenceWord, .dayWord, .year]
    private static let afterWord: [Shape] = [.calendarDate, .quarter, .season, .relativeUnit, .dayWord, .clockTime, .weekdayAlone,
                                             .monthAlone, .duration, .referenceWord, .set, .year]
    private static let modifierWords: Set<String> = ["more", "less", "at", "up", "close", "just"]

    private func match(at index: Int, _ c: Context) -> Match? {
        guard let token = c.token(index) else { return nil }
        let shapes: [Shape]
        switch token.kind {
        case .punctuation:
            guard token.text == "'" || token.text == "\u{2019}" else { return nil }
            return decade(at: index, c)
        case .number:
            shapes = Self.afterNumber
        case .word:
            let word = token.lower
            guard token.classes & triggerBits != 0 else { return nil }
            // "the" opens an expression only before another opener or a number ("the 1980s",
            // "the third quarter", "the past two months").
            if word == "the", let next = c.token(index + 1),
               next.kind != .number, next.classes & triggerBits == 0, next.text != "'", next.text != "\u{2019}" {
                return nil
            }
            if word == "the" || Self.modifiers.contains(word) || approximators.contains(word) || Self.modifierWords.contains(word) {
                shapes = Self.afterModifier
            } else {
                shapes = Self.afterWord
            }
        }
        for shape in shapes {
            if let found = match(shape, at: index, c) { return found }
        }
        return nil
    }

    private func match(_ shape: Shape, at index: Int, _ c: Context) -> Match? {
        switch shape {
        case .calendarDate: return calendarDate(at: index, c)
        case .numericDate: return numericDate(at: index, c)
        case .decade: return decade(at: index, c)
        case .season: return season(at: index, c)
        case .quarter: return quarter(at: index, c)
        case .duration: return duration(at: index, c)
        case .relativeUnit: return relativeUnit(at: index, c)
        case .weekdayAlone: return weekdayAlone(at: index, c)
        case .monthAlone: return monthAlone(at: index, c)
        case .referenceWord: return referenceWord(at: index, c)
        case .dayWord: return dayWord(at: index, c)
        case .clockTime: return clockTime(at: index, c)
        case .set: return set(at: index, c)
        case .year: return year(at: index, c)
        }
    }

    // MARK: Pieces

    /// A capitalised month name, with the period of an abbreviation ("Sept."). Returns the month
    /// and the index after it.
    private func month(at index: Int, _ c: Context) -> (month: Int, end: Int)? {
        guard let token = c.token(index), token.kind == .word, token.isCapitalized || token.isAllCaps,
              let key = months.key(for: token.lower), let month = Int(key) else { return nil }
        var end = index + 1
        if c.isPunct(end, "."), c.attached(end), token.lower.count <= 4, token.lower != "may", token.lower != "june", token.lower != "july" {
            end += 1
        }
        return (month, end)
    }

    private func weekday(at index: Int, _ c: Context) -> (weekday: Int, end: Int)? {
        guard let token = c.token(index), token.kind == .word, token.isCapitalized,
              let key = weekdays.key(for: token.lower), let weekday = Int(key) else { return nil }
        var end = index + 1
        let isAbbreviation = token.lower.count <= 5 && !token.lower.hasSuffix("day")
        if isAbbreviation {
            guard c.isPunct(end, "."), c.attached(end) else { return nil }
            end += 1
        }
        return (weekday, end)
    }

    /// 1-31, optionally with "st", "nd", "rd" or "th".
    private func dayOfMonth(at index: Int, _ c: Context) -> (day: Int, end: Int)? {
        guard let token = c.token(index), token.kind == .number, token.text.utf8.count <= 2, let day = Int(token.text), day >= 1, day <= 31 else { return nil }
        var end = index + 1
        if let suffix = c.token(end), suffix.kind == .word, !suffix.spaceBefore, ["st", "nd", "rd", "th"].contains(suffix.lower) { end += 1 }
        return (day, end)
    }

    private func yearNumber(at index: Int, _ c: Context) -> Int? {
        guard let token = c.token(index), token.kind == .number, token.text.utf8.count == 4, let year = Int(token.text),
              year >= 1000, year <= 2199 else { return nil }
        return year
    }

    /// A year right after a month or a day, with or without a comma ("May 15, 2024", "March 1987"):
    /// the year and the index after it.
    private func yearAfter(_ index: Int, _ c: Context) -> (year: Int, end: Int)? {
        if let value = yearNumber(at: index, c) { return (value, index + 1) }
        if c.isPunct(index, ","), let value = yearNumber(at: index + 1, c) { return (value, index + 2) }
        return nil
    }

    /// "Thursday, May 15, 2024", "May 15", "15 May 2024", "Jan. 10", "March 1987", "Wednesday (March 4)".
    private func calendarDate(at start: Int, _ c: Context) -> Match? {
        guard c.hasWord(withBits: monthBit, from: start) else { return nil }
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
        if let found = self.month(at: index, c) {
            month = found.month
            index = found.end
            if let found = dayOfMonth(at: index, c), !(c.token(found.end).map { $0.kind == .word && ["percent", "pct"].contains($0.lower) } ?? false) {
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
        } else if let found = dayOfMonth(at: index, c) {
            var next = found.end
            if c.lower(next) == "of" { next += 1 }
            guard let foundMonth = self.month(at: next, c) else { return nil }
            day = found.day
            month = foundMonth.month
            index = foundMonth.end
            if let found = yearAfter(index, c) { (year, index) = (found.year, found.end) }
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
            match.value = pad(year!, 4) + "-" + pad(month, 2)
            return match
        }
        // "May 15, a Thursday" / "May 15 (Thursday)"
        if match.weekday == nil {
            var next = index
            if c.isPunct(next, ",") && (c.lower(next + 1) == "a" || c.lower(next + 1) == "an") { next += 2 } else if c.isPunct(next, "(") { next += 1 } else { next = -1 }
            if next >= 0, let found = weekday(at: next, c) {
                match.weekday = found.weekday
                match.weekdayTokens = next..<found.end
            }
        }
        let resolvedYear: Int?
        if let year {
            resolvedYear = year
        } else if let anchor = c.anchor {
            resolvedYear = yearFor(month: month, day: day, anchor: anchor, tense: tenses.tense(near: start..<index, marks: c.marks))
        } else {
            resolvedYear = nil
        }
        if let resolvedYear {
            let date = CalendarDate(year: resolvedYear, month: month, day: day)
            guard date.isValid else { return nil }
            match.day = date
            match.value = date.iso
        } else {
            guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
            match.value = "XXXX-" + pad(month, 2) + "-" + pad(day, 2)
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
    private func numericDate(at index: Int, _ c: Context) -> Match? {
        guard let token = c.token(index), token.text.utf8.count >= 8 else { return nil }
        let separators = token.text.filter { $0 == "." || $0 == "/" || $0 == "-" }
        guard separators.count == 2 else { return nil }
        guard let date = numericParser.parseNumeric(token.text) else { return nil }
        var match = Match(tokens: index..<(index + 1), consumed: index + 1, kind: .date, value: date.isoDate)
        match.day = date.calendarDate
        match.isExplicit = true
        match.hasYear = true
        return match
    }

    /// "6:57 p.m.", "18:57", "6 pm", "noon", "10 p.m. Wednesday", "noon yesterday": a time of day,
    /// on the anchor day unless a day follows.
    private func clockTime(at index: Int, _ c: Context) -> Match? {
        guard let token = c.token(index) else { return nil }
        var hour: Int
        var minute = 0
        if token.kind == .word, token.lower == "noon" || token.lower == "midnight" {
            hour = token.lower == "noon" ? 12 : 24
            var end = index + 1
            var day = c.anchor
            if let found = weekday(at: end, c) {
                day = c.anchor.map { resolveWeekday(found.weekday, relation: "", anchor: $0, tense: tenses.tense(near: index..<found.end, marks: c.marks)) }
                end = found.end
            } else if let offset = ["yesterday": -1, "today": 0, "tomorrow": 1][c.lower(end)] {
                day = c.anchor?.adding(days: offset)
                end += 1
            } else if token.lower == "midnight" {
                return nil
            }
            return Match(tokens: index..<end, consumed: end, kind: .time, value: day.map { $0.iso + "T" + pad(hour, 2) + ":00" })
        }
        guard token.kind == .number else { return nil }
        let parts = token.text.split(separator: ":")
        if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2, h < 24, m < 60 {
            hour = h
            minute = m
        } else if parts.count == 1, let h = Int(token.text), h >= 1, h <= 12, ["a.m", "p.m", "am", "pm"].contains(c.lower(index + 1)) {
            hour = h
        } else {
            return nil
        }
        var end = index + 1
        let meridiem = c.lower(end)
        if ["a.m", "p.m", "am", "pm"].contains(meridiem) {
            end += 1
            if c.isPunct(end, "."), c.attached(end), meridiem.contains(".") { end += 1 }
            if meridiem.hasPrefix("p"), hour < 12 { hour += 12 }
            if meridiem.hasPrefix("a"), hour == 12 { hour = 0 }
        } else if parts.count != 2 {
            return nil
        }
        let time = "T" + pad(hour, 2) + ":" + pad(minute, 2)
        var day = c.anchor
        var next = end
        if let zone = c.token(next), zone.kind == .word, zone.isAllCaps, zone.text.count <= 4, ["est", "edt", "gmt", "utc", "cst", "pst", "et", "bst", "cet"].contains(zone.lower) { next += 1 }
        if c.isPunct(next, ",") { next += 1 }
        if let date = calendarDate(at: next, c), date.weekday == nil || date.day != nil, let resolved = date.day {
            return Match(tokens: index..<date.tokens.upperBound, consumed: date.consumed, kind: .time, value: resolved.iso + time)
        }
        if let found = weekday(at: end, c) {
            day = c.anchor.map { resolveWeekday(found.weekday, relation: "", anchor: $0, tense: tenses.tense(near: index..<found.end, marks: c.marks)) }
            end = found.end
        } else if let offset = ["yesterday": -1, "today": 0, "tomorrow": 1][c.lower(end)] {
            day = c.anchor?.adding(days: offset)
            end += 1
        }
        return Match(tokens: index..<end, consumed: end, kind: .time, value: day.map { $0.iso + time })
    }

    /// "the 1980s", "1980s", "the '80s", "the mid-1990s".
    private func decade(at start: Int, _ c: Context) -> Match? {
        var index = start
        if c.lower(index) == "the" { index += 1 }
        if ["early", "late", "mid"].contains(c.lower(index)) {
            index += 1
            if c.isPunct(index, "-") { index += 1 }
        }
        var decadeStart: Int?
        if c.isPunct(index, "'") || c.isPunct(index, "\u{2019}"), let token = c.token(index + 1), token.kind == .number, token.text.count == 2,
           let value = Int(token.text), value % 10 == 0 {
            decadeStart = (value >= 30 ? 1900 : 2000) + value
            index += 2
        } else if let token = c.token(index), token.kind == .number, token.text.count == 4, let value = Int(token.text), value % 10 == 0,
                  value >= 1000, value <= 2190 {
            decadeStart = value
            index += 1
        }
        guard let decadeStart, let suffix = c.token(index), suffix.kind == .word, suffix.lower == "s", !suffix.spaceBefore else { return nil }
        index += 1
        return Match(tokens: start..<index, consumed: index, kind: .date, value: String(decadeStart / 10))
    }

    /// "fall 2020", "the fall of 2020", "last September" is a month; "this summer", "in the spring".
    private func season(at start: Int, _ c: Context) -> Match? {
        guard c.hasWord(withBits: seasonBit, from: start) else { return nil }
        var index = start
        var hasDeterminer = false
        if c.lower(index) == "the" { index += 1; hasDeterminer = true }
        if ["early", "late", "mid"].contains(c.lower(index)) { index += 1; hasDeterminer = true; if c.isPunct(index, "-") { index += 1 } }
        var relation = ""
        if ["last", "this", "next", "past", "coming"].contains(c.lower(index)) { relation = c.lower(index); index += 1; hasDeterminer = true }
        guard let token = c.token(index), token.kind == .word, let code = seasons.key(for: token.lower) else { return nil }
        index += 1
        var year: Int?
        if c.lower(index) == "of", let value = yearNumber(at: index + 1, c) {
            year = value
            index += 2
        } else if let value = yearNumber(at: index, c) {
            year = value
            index += 1
        }
        // "fall" and "spring" are also verbs: without a determiner or a year, only after "in".
        guard hasDeterminer || year != nil || c.lower(start - 1) == "in" else { return nil }
        let value: String?
        if let year {
            value = pad(year, 4) + "-" + code
        } else if let anchor = c.anchor {
            let order = ["SP": 1, "SU": 2, "FA": 3, "WI": 4]
            let current = anchor.month >= 3 && anchor.month <= 5 ? 1 : anchor.month <= 8 && anchor.month >= 6 ? 2 : anchor.month >= 9 && anchor.month <= 11 ? 3 : 4
            let seasonYear = anchor.month <= 2 ? anchor.year - 1 : anchor.year
            let target = order[code] ?? 1
            var resolved = seasonYear
            switch relation {
            case "last", "past": resolved = target >= current ? seasonYear - 1 : seasonYear
            case "next", "coming": resolved = target <= current ? seasonYear + 1 : seasonYear
            case "this": resolved = seasonYear
            default:
                let tense = tenses.tense(near: start..<index, marks: c.marks)
                if tense == .past && target > current { resolved = seasonYear - 1 }
                if tense == .future && target < current { resolved = seasonYear + 1 }
            }
            value = pad(resolved, 4) + "-" + code
        } else {
            value = nil
        }
        return Match(tokens: start..<index, consumed: index, kind: .date, value: value)
    }

    /// "the third quarter", "third-quarter", "4th qtr", "the first half of 1987", "the latest quarter".
    private func quarter(at start: Int, _ c: Context) -> Match? {
        guard c.hasQuarterWord(from: start, units: units, unitBit: unitBit) else { return nil }
        var index = start
        if c.lower(index) == "the" { index += 1 }
        var ordinal: Int?
        var relation = ""
        while let token = c.token(index), token.kind == .word || token.kind == .number {
            if let key = ordinals.key(for: token.lower), let value = Int(key) {
                ordinal = value
                index += 1
            } else if token.kind == .number, let value = Int(token.text), value >= 1, value <= 4,
                      let suffix = c.token(index + 1), !suffix.spaceBefore, ["st", "nd", "rd", "th"].contains(suffix.lower) {
                ordinal = value
                index += 2
            } else if ["latest", "current", "previous", "last", "recent", "past", "fiscal", "year-ago", "year-earlier", "same", "comparable", "this", "next", "corresponding"].contains(token.lower) {
                relation = token.lower
                index += 1
            } else if token.lower == "year", c.isPunct(index + 1, "-"), ["ago", "earlier"].contains(c.lower(index + 2)) {
                relation = "year-ago"
                index += 3
            } else {
                break
            }
            if c.isPunct(index, "-") { index += 1 }
        }
        guard let unit = c.token(index), unit.kind == .word else { return nil }
        let isHalf = unit.lower == "half"
        // "the latest period", "the year-earlier period" in an earnings report mean a quarter.
        let isPeriod = unit.lower == "period" && ordinal == nil && !relation.isEmpty && relation != "past" && relation != "recent"
        guard isHalf || isPeriod || units.key(for: unit.lower) == "Q", !unit.lower.hasSuffix("s") else { return nil }
        guard ordinal != nil || !relation.isEmpty || c.lower(start) == "the" else { return nil }
        if isHalf && ordinal == nil { return nil }
        index += 1
        var year: Int?
        if (c.lower(index) == "of" || c.isPunct(index, ",")), let value = yearNumber(at: index + 1, c) {
            year = value
            index += 2
        } else if c.lower(index) == "of" && c.lower(index + 1) == "fiscal", let value = yearNumber(at: index + 2, c) {
            year = value
            index += 3
        } else if let value = yearNumber(at: index, c) {
            year = value
            index += 1
        } else if c.lower(index) == "of" && ordinal == nil {
            // "the quarter of the shares" is not a date.
            return nil
        }
        let value: String?
        if isHalf {
            let half = ordinal ?? 1
            if let year {
                value = pad(year, 4) + "-H" + String(half)
            } else if let anchor = c.anchor {
                let current = anchor.month <= 6 ? 1 : 2
                value = pad(half <= current ? anchor.year : anchor.year - 1, 4) + "-H" + String(half)
            } else {
                value = nil
            }
        } else if let anchor = c.anchor ?? year.map({ CalendarDate(year: $0, month: 12, day: 31) }) {
            let current = anchor.quarter
            var resolvedQuarter = ordinal ?? 0
            var resolvedYear = year ?? anchor.year
            if ordinal == nil {
                switch relation {
                case "current", "this": resolvedQuarter = current
                case "next":
                    resolvedQuarter = current == 4 ? 1 : current + 1
                    if current == 4 { resolvedYear += 1 }
                default:
                    resolvedQuarter = current == 1 ? 4 : current - 1
                    if current == 1 { resolvedYear -= 1 }
                }
                if relation == "year-ago" || relation == "year-earlier" { resolvedYear -= 1 }
            } else if year == nil {
                let tense = tenses.tense(near: start..<index, marks: c.marks)
                if resolvedQuarter > current && tense != .future { resolvedYear -= 1 }
                if relation == "year-ago" || relation == "year-earlier" { resolvedYear -= 1 }
            }
            value = pad(resolvedYear, 4) + "-Q" + String(resolvedQuarter)
        } else {
            value = nil
        }
        return Match(tokens: start..<index, consumed: index, kind: .date, value: value)
    }

    /// "yesterday", "late yesterday", "today", "tomorrow", "tonight", "yesterday morning", "this morning".
    private func dayWord(at start: Int, _ c: Context) -> Match? {
        var index = start
        if ["early", "late", "earlier", "later"].contains(c.lower(index)) { index += 1 }
        let word = c.lower(index)
        var offset: Int?
        var part: String?
        switch word {
        case "yesterday": offset = -1
        case "today": offset = 0
        case "tomorrow": offset = 1
        case "tonight": offset = 0; part = "NI"
        case "last" where c.lower(index + 1) == "night": offset = -1; part = "NI"; index += 1
        case "this":
            guard let code = timesOfDay.key(for: c.lower(index + 1)) else { return nil }
            offset = 0
            part = code
            index += 1
        default: return nil
        }
        index += 1
        if part == nil, let code = timesOfDay.key(for: c.lower(index)) {
            part = code
            index += 1
        }
        guard let offset else { return nil }
        let day = c.anchor?.adding(days: offset)
        var match = Match(tokens: start..<index, consumed: index, kind: part == nil ? .date : .time, value: nil)
        match.day = day
        if let day { match.value = part.map { day.iso + "T" + $0 } ?? day.iso }
        return match
    }

    /// "last week", "this month", "next year", "earlier this year", "early next year", "the weekend".
    private func relativeUnit(at start: Int, _ c: Context) -> Match? {
        var index = start
        if Self.modifiers.contains(c.lower(index)) { index += 1 }
        let relation = c.lower(index)
        var offset: Int
        switch relation {
        case "last", "past", "previous": offset = -1
        case "this", "current": offset = 0
        case "next", "coming": offset = 1
        case "the":
            guard c.lower(index + 1) == "weekend" else { return nil }
            offset = 0
        default: return nil
        }
        index += 1
        guard let unitToken = c.token(index), unitToken.kind == .word, let unit = units.key(for: unitToken.lower),
              !unitToken.lower.hasSuffix("s") else { return nil }
        index += 1
        // "the past week" and "the coming year" are stretches of time, not calendar units.
        if relation == "past" || relation == "coming" {
            let duration = durationValue(amount: 1, unit: unit)
            return Match(tokens: start..<index, consumed: index, kind: .duration, value: duration.value, days: duration.days)
        }
        guard let anchor = c.anchor else {
            return Match(tokens: start..<index, consumed: index, kind: .date, value: nil)
        }
        let value: String
        switch unit {
        case "D": value = anchor.adding(days: offset).iso
        case "W": value = anchor.adding(days: 7 * offset).isoWeekString
        case "WE":
            // "the weekend" is the one just past unless a future verb points at the coming one.
            var base = anchor.adding(days: 7 * offset)
            if offset == 0, anchor.weekday < 6, tenses.tense(near: start..<index, marks: c.marks) != .future {
                base = anchor.adding(days: -anchor.weekday)
            }
            value = base.isoWeekString + "-WE"
        case "M": value = String(anchor.adding(months: offset).iso.prefix(7))
        case "Y": value = pad(anchor.year + offset, 4)
            if offset == -1 {
                var match = Match(tokens: start..<index, consumed: index, kind: .date, value: value)
                match.yearsBack = 1
                return match
            }
        case "DE": value = String((anchor.year / 10 + offset))
        case "CE": value = String((anchor.year / 100 + offset))
        default: return nil
        }
        return Match(tokens: start..<index, consumed: index, kind: .date, value: value)
    }

    /// "Friday", "last Friday", "Friday morning".
    private func weekdayAlone(at start: Int, _ c: Context) -> Match? {
        var index = start
        var relation = ""
        if ["last", "next", "this", "previous", "coming"].contains(c.lower(index)) {
            relation = c.lower(index)
            index += 1
        }
        guard let found = weekday(at: index, c) else { return nil }
        index = found.end
        var part: String?
        if let code = timesOfDay.key(for: c.lower(index)) {
            part = code
            index += 1
        }
        var match = Match(tokens: start..<index, consumed: index, kind: part == nil ? .date : .time, value: nil)
        match.weekday = found.weekday
        guard let anchor = c.anchor else { return match }
        let day = resolveWeekday(found.weekday, relation: relation, anchor: anchor, tense: tenses.tense(near: start..<index, marks: c.marks))
        match.day = day
        match.value = part.map { day.iso + "T" + $0 } ?? day.iso
        return match
    }

    /// The day a weekday names: the latest on or before the anchor, unless "next" or a future
    /// verb says the coming one.
    func resolveWeekday(_ weekday: Int, relation: String, anchor: CalendarDate, tense: Tense) -> CalendarDate {
        let back = (anchor.weekday - weekday + 7) % 7
        let forward = (weekday - anchor.weekday + 7) % 7
        switch relation {
        case "last", "previous": return anchor.adding(days: -(back == 0 ? 7 : back))
        case "next", "coming": return anchor.adding(days: forward == 0 ? 7 : forward)
        default: return tense == .future && back != 0 ? anchor.adding(days: forward) : anchor.adding(days: -back)
        }
    }

    /// "March", "last September", "early March", "next May" with no day or year.
    private func monthAlone(at start: Int, _ c: Context) -> Match? {
        guard c.hasWord(withBits: monthBit, from: start) else { return nil }
        var index = start
        var relation = ""
        if ["last", "next", "this", "early", "late", "mid", "previous", "coming"].contains(c.lower(index)) {
            relation = c.lower(index)
            index += 1
            if c.isPunct(index, "-") { index += 1 }
        }
        guard let found = month(at: index, c) else { return nil }
        let token = c.tokens[index]
        // "May" is also a verb, "March" a noun: without a cue word they are not dates.
        if token.lower == "may" || token.lower == "march" {
            let cues: Set<String> = ["in", "since", "until", "till", "from", "to", "through", "by", "of", "during", "before", "after", "between", "and", "last", "next", "this", "early", "late", "mid", "end", "since", "for", "on"]
            guard !relation.isEmpty || cues.contains(c.lower(index - 1)) else { return nil }
            if token.lower == "may" && index == c.range.lowerBound { return nil }
        }
        // An abbreviation alone ("Jan") is too weak.
        guard token.lower.count >= 3, found.end == index + 1 || token.lower.count > 2 else { return nil }
        if months.key(for: token.lower) != nil, token.lower.count <= 4, !["may", "june", "july"].contains(token.lower), found.end == index + 1 { return nil }
        index = found.end
        guard let anchor = c.anchor else {
            return Match(tokens: start..<index, consumed: index, kind: .date, value: "XXXX-" + pad(found.month, 2))
        }
        var year = anchor.year
        switch relation {
        case "last", "previous": year = found.month < anchor.month ? anchor.year : anchor.year - 1
        case "next", "coming": year = found.month > anchor.month ? anchor.year : anchor.year + 1
        case "this": year = anchor.year
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
        return Match(tokens: start..<index, consumed: index, kind: .date, value: pad(year, 4) + "-" + pad(found.month, 2))
    }

    /// "now", "currently", "recently", "the past", "the future".
    private func referenceWord(at start: Int, _ c: Context) -> Match? {
        if c.lower(start) == "the", ["past", "future"].contains(c.lower(start + 1)) {
            let next = c.token(start + 2)
            // "the past two months" is a duration, "the future of" a noun phrase.
            if let next, next.kind == .number || numberWords.contains(next.lower) || units.key(for: next.lower) != nil || next.lower == "of" { return nil }
            return Match(tokens: start..<(start + 2), consumed: start + 2, kind: .date, value: c.lower(start + 1) == "past" ? "PAST_REF" : "FUTURE_REF")
        }
        guard let reference = references.key(for: c.lower(start)), c.token(start)?.kind == .word else { return nil }
        return Match(tokens: start..<(start + 1), consumed: start + 1, kind: .date, value: reference)
    }

    /// "every week", "each year", "annually".
    private func set(at start: Int, _ c: Context) -> Match? {
        let word = c.lower(start)
        if word == "annually" || word == "yearly" {
            return Match(tokens: start..<(start + 1), consumed: start + 1, kind: .set, value: "P1Y")
        }
        guard word == "every" || word == "each" else { return nil }
        if let found = weekday(at: start + 1, c) {
            return Match(tokens: start..<found.end, consumed: found.end, kind: .set, value: "XXXX-WXX-" + String(found.weekday))
        }
        if let found = month(at: start + 1, c) {
            return Match(tokens: start..<found.end, consumed: found.end, kind: .set, value: "XXXX-" + pad(found.month, 2))
        }
        guard let unit = units.key(for: c.lower(start + 1)), !c.lower(start + 1).hasSuffix("s") else { return nil }
        return Match(tokens: start..<(start + 2), consumed: start + 2, kind: .set, value: durationValue(amount: 1, unit: unit).value)
    }

    /// "three decades", "nearly three decades", "44-day", "five-year", "the past two months",
    /// "the last twenty four hours", "10 days ago", "a year earlier", "several months".
    private func duration(at start: Int, _ c: Context) -> Match? {
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
        if c.lower(index) == "the" {
            index += 1
            if ["past", "last", "next", "first", "latest", "coming", "previous", "final", "following"].contains(c.lower(index)) {
                index += 1
            } else {
                bareArticle = true
            }
        } else {
            // "nearly", "more than", "at least"
            let two = c.lower(index) + " " + c.lower(index + 1)
            if approximators.contains(two) { index += 2; approximate = true }
            else if approximators.contains(c.lower(index)) { index += 1; approximate = true }
        }
        var amount: Double?
        var vague = false
        guard let first = c.token(index) else { return nil }
        if first.kind == .number, let value = Double(first.text.replacingAll(",", with: "")) {
            amount = value
            index += 1
        } else if ["several", "few", "many", "recent", "coming", "some"].contains(first.lower), index > start || first.lower != "some" {
            vague = true
            index += 1
        } else if let words = numberWordValue(at: index, c) {
            amount = Double(words.value)
            index = words.end
        } else {
            return nil
        }
        // "44-day", "five-year"
        var hyphenated = false
        if c.isPunct(index, "-"), c.attached(index) { index += 1; hyphenated = true }
        guard let unitToken = c.token(index), unitToken.kind == .word, let unit = units.key(for: unitToken.lower), unit != "Q" else { return nil }
        if hyphenated && unitToken.lower.hasSuffix("s") { return nil }
        // "the 44-day war": the article belongs to the noun, not to the duration.
        if hyphenated && bareArticle { start += 1 }
        // "a year" needs more than the article to be a duration; "a day earlier" is fine.
        if first.lower == "a" || first.lower == "an" || first.lower == "one", start == index - 1 || c.lower(start) == first.lower {
            let previous = c.token(start - 1)
            if let previous, previous.kind == .number || ["pct", "percent", "%", "per"].contains(previous.lower) { return nil }
        }
        index += 1
        let trailing = c.lower(index)
        if trailing == "ago" && vague {
            return Match(tokens: start..<(index + 1), consumed: index + 1, kind: .date, value: "PAST_REF")
        }
        // "a year earlier" points at a year; "three days later" is a stretch of time.
        let pointsAtDate = trailing == "ago" || ((trailing == "earlier" || trailing == "later") && (unit == "Y" || unit == "M"))
        if trailing == "earlier" && !pointsAtDate { index += 1 }
        if pointsAtDate, let amount, !vague {
            index += 1
            let direction = trailing == "ago" || trailing == "earlier" ? -1 : 1
            let span = start..<index
            // "10^60 years ago" has no calendar date, and would overflow the arithmetic below.
            guard let anchor = c.anchor, abs(amount) <= 100_000 else { return Match(tokens: span, consumed: index, kind: .date, value: nil) }
            let count = Int(amount) * direction
            let value: String
            var day: CalendarDate?
            switch unit {
            case "D": day = anchor.adding(days: count); value = day!.iso
            case "W": value = anchor.adding(days: 7 * count).isoWeekString
            case "M": value = String(anchor.adding(months: count).iso.prefix(7))
            case "Y": value = pad(anchor.year + count, 4)
            case "DE": value = String(anchor.year / 10 + count)
            case "H", "MIN": value = anchor.iso
            default: value = anchor.iso
            }
            var match = Match(tokens: span, consumed: index, kind: .date, value: value)
            match.day = day
            if unit == "Y" && direction < 0 { match.yearsBack = Int(amount) }
            return match
        }
        let duration = vague ? (value: "PX" + (unit.count == 1 ? unit : String(unit.prefix(1))), days: nil as Double?)
                             : durationValue(amount: amount ?? 1, unit: unit)
        var match = Match(tokens: start..<index, consumed: index, kind: .duration, value: duration.value)
        match.days = duration.days
        match.approximate = approximate
        return match
    }

    /// "twenty four", "twenty-four", "three", "a".
    private func numberWordValue(at index: Int, _ c: Context) -> (value: Int, end: Int)? {
        guard let token = c.token(index), token.kind == .word, let key = numberWords.key(for: token.lower), var value = Int(key) else { return nil }
        var end = index + 1
        if value >= 20, value % 10 == 0 {
            var next = end
            if c.isPunct(next, "-"), c.attached(next) { next += 1 }
            if let unitKey = numberWords.key(for: c.lower(next)), let units = Int(unitKey), units < 10, c.lower(next) != "a", c.lower(next) != "an" {
                value += units
                end = next + 1
            }
        }
        return (value, end)
    }

    func durationValue(amount: Double, unit: String) -> (value: String, days: Double?) {
        let number = wholeNumberText(amount) ?? String(amount)
        switch unit {
        case "H": return ("PT" + number + "H", amount / 24)
        case "MIN": return ("PT" + number + "M", amount / 1440)
        case "D": return ("P" + number + "D", amount)
        case "W": return ("P" + number + "W", amount * 7)
        case "M": return ("P" + number + "M", amount * 30.44)
        case "Y": return ("P" + number + "Y", amount * 365.25)
        case "DE": return ("P" + number + "DE", amount * 3652.5)
        case "CE": return ("P" + number + "CE", amount * 36525)
        case "WE": return ("P" + number + "WE", amount * 2)
        default: return ("P" + number + unit, nil)
        }
    }

    /// A year on its own: "in 1991", "since 1991", "fiscal 1989".
    private func year(at start: Int, _ c: Context) -> Match? {
        var index = start
        if c.lower(index) == "fiscal" {
            index += 1
            if c.lower(index) == "year" { index += 1 }
        } else if ["early", "late", "mid"].contains(c.lower(index)) {
            index += 1
            if c.isPunct(index, "-") { index += 1 }
        }
        guard let year = yearNumber(at: index, c) else { return nil }
        let previous = c.token(index - 1)
        let next = c.token(index + 1)
        if let previous, previous.kind == .punctuation, ["$", "£", "€", "#", "-", "/"].contains(previous.text), !(previous.text == "-" && previous.spaceBefore) { return nil }
        if let next, next.kind == .word, yearBlockers.contains(next.lower) { return nil }
        if let next, next.kind == .punctuation, ["%", "-"].contains(next.text), !next.spaceBefore, next.text == "%" { return nil }
        let contextual = index > start || previous.map { yearContexts.contains($0.lower) } ?? false
        // A number that could be a count ("1310 stations") is a year only in a year's context or
        // in the range years usually have.
        guard contextual || (year >= 1800 && year <= 2100) else { return nil }
        index += 1
        var match = Match(tokens: start..<index, consumed: index, kind: .date, value: pad(year, 4))
        match.isExplicit = true
        match.hasYear = true
        return match
    }
}
