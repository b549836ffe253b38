/// The pieces the expression shapes are built from: a month name, a weekday, a day of the month,
/// a year, a number written in words.
extension TemporalTagger {
    /// A capitalised month name, with the period of an abbreviation ("Sept."). Returns the month
    /// and the index after it.
    func month(at index: Int, _ c: Context) -> (month: Int, end: Int)? {
        guard let token = c.token(index), token.kind == .word, token.isCapitalized || token.isAllCaps,
              let key = months.key(for: token), let month = Int(key) else { return nil }
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
        guard let token = c.token(index), token.kind == .word, token.isCapitalized,
              let key = weekdays.key(for: token), let weekday = Int(key) else { return nil }
        var end = index + 1
        // An abbreviation ("Tues.") is a weekday only with its period.
        if isAbbreviation(token.lower, key: key, in: weekdays) {
            guard c.isPunct(end, "."), c.attached(end) else { return nil }
            end += 1
        }
        return (weekday, end)
    }

    /// 1-31, optionally with "st", "nd", "rd" or "th".
    func dayOfMonth(at index: Int, _ c: Context) -> (day: Int, end: Int)? {
        guard let token = c.token(index), token.kind == .number, token.text.utf8.count <= 2, let day = Int(token.text), day >= 1, day <= 31 else { return nil }
        var end = index + 1
        if let suffix = c.token(end), suffix.kind == .word, !suffix.spaceBefore, words.clockWord(suffix.lower) == "ordinal-suffix" { end += 1 }
        return (day, end)
    }

    func yearNumber(at index: Int, _ c: Context) -> Int? {
        guard let token = c.token(index), token.kind == .number, token.text.utf8.count == 4, let year = Int(token.text),
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
        guard let token = c.token(index), token.kind == .word, let key = numberWords.key(for: token), var value = Int(key) else { return nil }
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
