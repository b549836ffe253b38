/// Times of day: "6:57 p.m.", "18:57", "6 pm", "noon", "10 p.m. Wednesday", "noon yesterday".
extension TemporalTagger {
    /// A time of day, on the anchor day unless a day follows.
    func clockTime(at index: Int, _ c: Context) -> Match? {
        guard let token = c.token(index) else { return nil }
        var hour: Int
        var minute = 0
        if token.kind == .word, let word = words.dayWord(token.lower), word == "noon" || word == "midnight" {
            hour = word == "noon" ? 12 : 24
            var end = index + 1
            var day = c.anchor
            if let found = weekday(at: end, c) {
                day = c.anchor.map { resolveWeekday(found.weekday, relation: nil, anchor: $0, tense: tenses.tense(near: index..<found.end, marks: c.marks)) }
                end = found.end
            } else if let offset = words.dayOffset(c.lower(end)) {
                day = c.anchor?.adding(days: offset)
                end += 1
            } else if word == "midnight" {
                return nil
            }
            return Match(tokens: index..<end, consumed: end, kind: .time, value: day.map { .time($0, .clock(hour: hour, minute: 0)) })
        }
        guard token.kind == .number else { return nil }
        // Most numbers have no colon: they are not split into a new array.
        let hasColon = token.text.utf8.contains(UInt8(ascii: ":"))
        let parts = hasColon ? token.text.split(separator: ":") : []
        let partCount = hasColon ? parts.count : (token.text.isEmpty ? 0 : 1)
        let isMeridiem = { (word: String) in self.words.clockWord(word) == "am" || self.words.clockWord(word) == "pm" }
        if partCount == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2, h < 24, m < 60 {
            hour = h
            minute = m
        } else if partCount == 1, let h = Int(token.text), h >= 1, h <= 12, isMeridiem(c.lower(index + 1)) {
            hour = h
        } else {
            return nil
        }
        var end = index + 1
        let meridiem = c.lower(end)
        if isMeridiem(meridiem) {
            end += 1
            // "p.m." is tokenised as "p.m" and a period.
            if c.isPunct(end, "."), c.attached(end), meridiem.utf8.contains(UInt8(ascii: ".")) { end += 1 }
            let afternoon = words.clockWord(meridiem) == "pm"
            if afternoon, hour < 12 { hour += 12 }
            if !afternoon, hour == 12 { hour = 0 }
        } else if partCount != 2 {
            return nil
        }
        let time = DayTime.clock(hour: hour, minute: minute)
        var day = c.anchor
        var next = end
        if c.kind(next) == .word, let zone = c.token(next), zone.isAllCaps, zone.text.count <= 4, words.clockWord(zone.lower) == "zone" { next += 1 }
        if c.isPunct(next, ",") { next += 1 }
        if let date = calendarDate(at: next, c), date.weekday == nil || date.day != nil, let resolved = date.day {
            return Match(tokens: index..<date.tokens.upperBound, consumed: date.consumed, kind: .time, value: .time(resolved, time))
        }
        if let found = weekday(at: end, c) {
            day = c.anchor.map { resolveWeekday(found.weekday, relation: nil, anchor: $0, tense: tenses.tense(near: index..<found.end, marks: c.marks)) }
            end = found.end
        } else if let offset = words.dayOffset(c.lower(end)) {
            day = c.anchor?.adding(days: offset)
            end += 1
        }
        return Match(tokens: index..<end, consumed: end, kind: .time, value: day.map { .time($0, time) })
    }
}
