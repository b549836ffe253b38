/// A wire dateline ("WASHINGTON, March 23 -") whose day is more than a tolerance away from the
/// publication date, or (with `clock`) later than any place's date when the story was stamped
/// with a time and its UTC offset. The dateline's year is the one nearest the publication date. A corrected,
/// repeated or refiled copy of an item (``ArticleFacts/itemNotice``) keeps the first item's
/// dateline and is sent later, so it is not checked.
public struct DatelineDateCheck: Check {
    public static let name = "dateline-date"
    public static let summary = "The dateline's day disagrees with the publication date."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("tolerance-days", .integer, default: "1", help: "Days of difference allowed, for time zones and overnight filing."),
        ParameterSpec("skip-weekends", .boolean, default: "true",
                      help: "When the dateline is earlier, count only working days after it: a Friday dateline on a Monday story is one day old."),
        ParameterSpec("clock", .boolean, default: "false",
                      help: "Also report a dateline later than any place's date at the time the article was stamped, when that time is given with its UTC offset (07:33Z is before the next day began anywhere), however small the gap. Without it such a dateline is judged by its gap like any other."),
        ParameterSpec("within-days", .integer, default: "0",
                      help: "Report only datelines at most this many days away (counted as for tolerance-days); 0 for no limit. Lets a near miss, often a held or advance story, be a warning while a wider gap is an error."),
        ParameterSpec("held-days", .integer, default: "0",
                      help: "An earlier dateline at most this many working days old may be a story held before it was moved, which keeps its dateline; 'held' says which of those to report."),
        ParameterSpec("held", .string, default: "any",
                      help: "Which datelines of a possibly held story (see held-days) to report: 'any'; 'with-evidence', only when the story's own text reads against the dateline (a 'yesterday' or 'this week' that, counted from the publication date, lies after it, or a later day told as past); 'without-evidence', only when nothing does, and then no other dateline at all. Older and later datelines are not held stories: no story is held back in time."),
    ]
    public static let needs: Set<RuleNeed> = [.publicationDate]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "dateline": "the dateline's date (March 23)",
        "published": "the publication date (March 26, 1987)",
        "distance": "how far apart they are (3 days)",
        "clock": "for a dateline no place had reached when the article was stamped, what the stamp says ('; stamped at 07:33 UTC, before June 3 began anywhere'); else empty",
        "evidence": "for a possibly held story (held-days), what in its text reads against the dateline (\"; 'yesterday' on line 4, counted from the publication date, is March 15, 1987, after the dateline\"); else empty",
    ]) { $1 }

    private let tolerance: Int
    private let skipWeekends: Bool
    private let within: Int
    private let clock: Bool
    private let heldDays: Int
    private let held: Held

    /// Which datelines of a possibly held story a rule reports (`held`).
    enum Held: String, CaseIterable {
        case any
        case withEvidence = "with-evidence"
        case withoutEvidence = "without-evidence"
    }

    public init(parameters: ParameterValues) throws(ParameterError) {
        tolerance = parameters.integer("tolerance-days", default: 1)
        guard tolerance >= 0 else { throw ParameterError(parameter: "tolerance-days", message: "must be 0 or more") }
        skipWeekends = parameters.boolean("skip-weekends", default: true)
        clock = parameters.boolean("clock", default: false)
        within = parameters.integer("within-days", default: 0)
        guard within >= 0 else { throw ParameterError(parameter: "within-days", message: "must be 0 or more") }
        guard within == 0 || within > tolerance else {
            throw ParameterError(parameter: "within-days", message: "must be more than tolerance-days (\(tolerance)), or 0 for no limit")
        }
        heldDays = parameters.integer("held-days", default: 0)
        guard heldDays >= 0 else { throw ParameterError(parameter: "held-days", message: "must be 0 or more") }
        let choice = parameters.string("held") ?? Held.any.rawValue
        guard let held = Held(rawValue: choice) else {
            throw ParameterError(parameter: "held", message: "must be one of \(Held.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")), not '\(choice)'")
        }
        guard held == .any || heldDays > 0 else {
            throw ParameterError(parameter: "held", message: "needs 'held-days' of 1 or more, the working days a held story may be old")
        }
        self.held = held
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        guard let dateline = facts.article.dateline, let month = dateline.month, let day = dateline.day,
              let dateSpan = dateline.dateSpan, let published = facts.anchor, facts.itemNotice == nil else { return [] }
        let year = TemporalTagger.closestYear(month: month, day: day, to: published)
        let date = CalendarDate(year: year, month: month, day: day)
        guard date.isValid else { return [] }
        let distance = date.dayNumber - published.dayNumber
        let wording = DateWording(lexicons: facts.lexicons)
        // A dateline no place on earth had reached when the story was stamped.
        var stamp = ""
        if clock, let time = facts.article.published, let latest = Self.latestLocalDate(time), date > latest {
            stamp = "; stamped at \(pad(time.hour ?? 0, 2)):\(pad(time.minute ?? 0, 2)) UTC, before \(wording.monthDay(month: month, day: day)) began anywhere"
        }
        // Wire copy filed on a Friday is often dated the Monday: the weekend does not count.
        let age = distance < 0 && skipWeekends ? Self.workingDays(after: date, through: published) : abs(distance)
        // The stamp is told only when it is the reason: a wider gap speaks for itself.
        if age > tolerance { stamp = "" }
        guard !stamp.isEmpty || age > tolerance && (within == 0 || age <= within) else { return [] }
        // A story held a few days keeps its dateline; its own text can still read against it.
        var evidence = ""
        let mayBeHeld = distance < 0 && age <= heldDays
        if !mayBeHeld, held == .withoutEvidence { return [] }
        if mayBeHeld, held != .any {
            let found = HeldStoryEvidence.find(in: facts, dateline: date, published: published, datelineSpan: dateSpan)
            guard (found != nil) == (held == .withEvidence) else { return [] }
            evidence = found?.reason ?? ""
        }
        var related: [CheckMatch.Related] = []
        if let publishedSpan = facts.article.publishedSpan {
            related.append(.init(span: publishedSpan, message: "the publication date, \(wording.long(published)), is given here"))
        }
        return [CheckMatch(span: dateSpan, values: [
            "dateline": wording.monthDay(month: month, day: day),
            "published": wording.long(published),
            "distance": wording.distance(days: distance),
            "clock": stamp,
            "evidence": evidence,
        ], related: related)]
    }

    /// The latest date anywhere (UTC+14) at the time the article was stamped, for a time given
    /// with its UTC offset; nil without one.
    static func latestLocalDate(_ published: PublicationDate) -> CalendarDate? {
        guard let hour = published.hour, let minute = published.minute, let zone = published.zone,
              let offset = offsetMinutes(zone) else { return nil }
        let utc = hour * 60 + minute - offset
        let latest = utc + 14 * 60
        let shift = latest >= 0 ? latest / 1440 : -((-latest + 1439) / 1440)
        return published.calendarDate.adding(days: shift)
    }

    /// Minutes east of UTC for `Z`, `+02:00`, `-0500`, `+05`.
    static func offsetMinutes(_ zone: String) -> Int? {
        if zone == "Z" || zone == "z" { return 0 }
        let utf8 = Array(zone.utf8)
        guard let sign = utf8.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let digits = utf8.dropFirst().filter { $0 != UInt8(ascii: ":") }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let values = digits.map { Int($0) - 48 }
        let hours = values[0] * 10 + values[1]
        let minutes = values.count == 4 ? values[2] * 10 + values[3] : 0
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign == UInt8(ascii: "+") ? 1 : -1) * (hours * 60 + minutes)
    }

    /// Monday-to-Friday days after `start`, up to and including `end`.
    static func workingDays(after start: CalendarDate, through end: CalendarDate) -> Int {
        var count = 0
        var day = start.adding(days: 1)
        while day.dayNumber <= end.dayNumber {
            if day.weekday <= 5 { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }
}
