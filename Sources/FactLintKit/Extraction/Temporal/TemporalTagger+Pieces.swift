/// The pieces the expression shapes are built from: a month name, a weekday, a day of the month,
/// a year, a number written in words.
extension TemporalTagger {
    /// A capitalised month name, with the period of an abbreviation ("Sept."). Returns the month
    /// and the index after it. A month written whole in lower case counts before a number
    /// ("resigned on february 17"), unless it is also a common word (`ambiguous-months`).
    func month(at index: Int, _ c: Context) -> (month: Int, end: Int)? {
        guard c.kind(index) == .word, let token = c.token(index), let key = months.key(for: token), let month = Int(key) else { return nil }
        if !(token.isCapitalized || token.isAllCaps) {
            guard !isAbbreviation(token.lower, key: key, in: months), !words.ambiguousMonths.contains(token.lower),
                  c.kind(index + 1) == .number, let next = c.token(index + 1) else { return nil }
        }
        var end = index + 1
        if c.isPunct(end, "."), c.attached(end), isAbbreviation(token.lower, key: key, in: months) {
            end += 1
        }
        return (month, end)
    }

    /// Whether a spelling is short for its entry's first spelling ("sept" for "September"; not
    /// "may", which is the whole name).
    func isAbbreviation(_ lower: String, key: String, in lexicon: Lexicon) -> Bool {
        guard let full = lexicon.displayName(for: key) else { return false }
        return full.lowercased() != lower
    }

    func weekday(at index: Int, _ c: Context) -> (weekday: Int, end: Int)? {
        guard c.kind(index) == .word, let token = c.token(index), token.isCapitalized,
              let key = weekdays.key(for: token), let weekday = Int(key) else { return nil }
        var end = index + 1
        // An abbreviation ("Tues.") is a weekday only with its period.
        if isAbbreviation(token.lower, key: key, in: weekdays) {
            guard c.isPunct(end, "."), c.attached(end) else { return nil }
            end += 1
        }
        return (weekday, end)
    }

    /// A run of days in one month, written with a hyphen as one number ("1-20") or with a dash
    /// between two ("5\u{2013}25"), or after "from" or "between" with the month after the last
    /// day only ("from 20 to 30 January"): the first and last day and the index after the run. Not
    /// before a unit ("June 5-10-day contracts"), a percent sign or a clock word ("May 10-11am").
    func dayRun(at index: Int, _ c: Context) -> (first: Int, last: Int, end: Int)? {
        guard c.kind(index) == .number, let token = c.token(index) else { return nil }
        var bounds: (Int, Int)?
        var end = index + 1
        let utf8 = token.text.utf8
        if utf8.count >= 3, utf8.count <= 5, let dash = utf8.firstIndex(of: UInt8(ascii: "-")) {
            let head = Substring(token.text.utf8[..<dash])
            let tail = Substring(token.text.utf8[utf8.index(after: dash)...])
            if head.utf8.count <= 2, tail.utf8.count <= 2, let first = Int(head), let last = Int(tail) { bounds = (first, last) }
        } else if utf8.count >= 3, utf8.count <= 5, let slash = utf8.firstIndex(of: UInt8(ascii: "/")) {
            // "the night of March 13/14", "hearings on May 19/20": two days running; any other
            // pair with a slash is more likely a fraction.
            let head = Substring(token.text.utf8[..<slash])
            let tail = Substring(token.text.utf8[utf8.index(after: slash)...])
            if head.utf8.count <= 2, tail.utf8.count <= 2, let first = Int(head), let last = Int(tail), last == first + 1 { bounds = (first, last) }
        } else if utf8.count <= 2, let first = Int(token.text), c.isPunct(index + 1, "\u{2013}") || c.isPunct(index + 1, "-"),
                  c.attached(index + 1), c.attached(index + 2), c.kind(index + 2) == .number, let next = c.token(index + 2),
                  next.text.utf8.count <= 2, let last = Int(next.text) {
            bounds = (first, last)
            end = index + 3
        } else if utf8.count <= 2, let first = Int(token.text), c.kind(index + 1) == .word, let joint = c.token(index + 1),
                  words.connective(joint.lower) == "and", c.kind(index + 2) == .number, let next = c.token(index + 2), next.text.utf8.count <= 2,
                  let last = Int(next.text), last == first + 1 {
            // "on Monday and Tuesday, June 29 and 30": two days running, joined by "and".
            bounds = (first, last)
            end = index + 3
        } else if utf8.count <= 2, index > c.range.lowerBound, c.kind(index + 1) == .word, c.kind(index + 2) == .number,
                  let next = c.token(index + 2), next.text.utf8.count <= 2, let first = Int(token.text), let last = Int(next.text),
                  let opener = words.connective(c.lower(index - 1)), let joint = words.connective(c.lower(index + 1)),
                  opener == "from" && joint == "to" || opener == "between" && joint == "and" {
            // "from 20 to 30 January", "between 3 and 7 May": a run with its month after the
            // last day only.
            bounds = (first, last)
            end = index + 3
        }
        guard let (first, last) = bounds, first >= 1, first < last, last <= 31 else { return nil }
        if c.isPunct(end, "-") || c.isPunct(end, "%") { return nil }
        if c.kind(end) == .word, let next = c.token(end), units.key(for: next.lower) != nil || words.isDurationWord(next.lower, "percent")
            || ["am", "pm"].contains(words.clockWord(next.lower)) { return nil }
        return (first, last, end)
    }

    /// 1-31, optionally with "st", "nd", "rd" or "th".
    func dayOfMonth(at index: Int, _ c: Context) -> (day: Int, end: Int)? {
        guard c.kind(index) == .number, let token = c.token(index), token.text.utf8.count <= 2, let day = Int(token.text), day >= 1, day <= 31 else { return nil }
        var end = index + 1
        if c.kind(end) == .word, let suffix = c.token(end), !suffix.spaceBefore, words.clockWord(suffix.lower) == "ordinal-suffix" { end += 1 }
        return (day, end)
    }

    func yearNumber(at index: Int, _ c: Context) -> Int? {
        guard c.kind(index) == .number, let token = c.token(index), token.text.utf8.count == 4, let year = Int(token.text),
              year >= 1000, year <= 2199 else { return nil }
        return year
    }

    /// A year right after a month or a day, with or without a comma ("May 15, 2024", "March 1987"):
    /// the year and the index after it.
    func yearAfter(_ index: Int, _ c: Context) -> (year: Int, end: Int)? {
        if let value = yearNumber(at: index, c) { return (value, index + 1) }
        if c.isPunct(index, ","), let value = yearNumber(at: index + 1, c) { return (value, index + 2) }
        return nil
    }

    /// "twenty four", "twenty-four", "three", "a".
    func numberWordValue(at index: Int, _ c: Context) -> (value: Int, end: Int)? {
        guard c.kind(index) == .word, let token = c.token(index), let key = numberWords.key(for: token), var value = Int(key) else { return nil }
        var end = index + 1
        if value >= 20, value % 10 == 0 {
            var next = end
            if c.isPunct(next, "-"), c.attached(next) { next += 1 }
            if let unitKey = numberWords.key(for: c.lower(next)), let units = Int(unitKey), units < 10, !words.isConnective(c.lower(next), "article") {
                value += units
                end = next + 1
            }
        }
        return (value, end)
    }

    /// The ordinal suffix or time word as keyed in `clock-words`.
    func isOrdinalSuffix(_ token: Token) -> Bool {
        token.kind == .word && !token.spaceBefore && words.clockWord(token.lower) == "ordinal-suffix"
    }
}
