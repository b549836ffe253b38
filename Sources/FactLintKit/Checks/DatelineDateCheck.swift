/// A wire dateline ("WASHINGTON, March 23 -") whose day is more than a tolerance away from the
/// publication date. The dateline's year is the one nearest the publication date. A corrected,
/// repeated or refiled copy of an item (``ArticleFacts/itemNotice``) keeps the first item's
/// dateline and is sent later, so it is not checked.
public struct DatelineDateCheck: Check {
    public static let name = "dateline-date"
    public static let summary = "The dateline's day disagrees with the publication date."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("tolerance-days", .integer, default: "1", help: "Days of difference allowed, for time zones and overnight filing."),
        ParameterSpec("skip-weekends", .boolean, default: "true",
                      help: "When the dateline is earlier, count only working days after it: a Friday dateline on a Monday story is one day old."),
        ParameterSpec("within-days", .integer, default: "0",
                      help: "Report only datelines at most this many days away (counted as for tolerance-days); 0 for no limit. Lets a near miss, often a held or advance story, be a warning while a wider gap is an error."),
    ]
    public static let needs: Set<RuleNeed> = [.publicationDate]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "dateline": "the dateline's date (March 23)",
        "published": "the publication date (March 26, 1987)",
        "distance": "how far apart they are (3 days)",
    ]) { $1 }

    private let tolerance: Int
    private let skipWeekends: Bool
    private let within: Int

    public init(parameters: ParameterValues) throws(ParameterError) {
        tolerance = parameters.integer("tolerance-days", default: 1)
        guard tolerance >= 0 else { throw ParameterError(parameter: "tolerance-days", message: "must be 0 or more") }
        skipWeekends = parameters.boolean("skip-weekends", default: true)
        within = parameters.integer("within-days", default: 0)
        guard within >= 0 else { throw ParameterError(parameter: "within-days", message: "must be 0 or more") }
        guard within == 0 || within > tolerance else {
            throw ParameterError(parameter: "within-days", message: "must be more than tolerance-days (\(tolerance)), or 0 for no limit")
        }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        guard let dateline = facts.article.dateline, let month = dateline.month, let day = dateline.day,
              let dateSpan = dateline.dateSpan, let published = facts.anchor, facts.itemNotice == nil else { return [] }
        let year = TemporalTagger.closestYear(month: month, day: day, to: published)
        let date = CalendarDate(year: year, month: month, day: day)
        guard date.isValid else { return [] }
        let distance = date.dayNumber - published.dayNumber
        // Wire copy filed on a Friday is often dated the Monday: the weekend does not count.
        let age = distance < 0 && skipWeekends ? Self.workingDays(after: date, through: published) : abs(distance)
        guard age > tolerance, within == 0 || age <= within else { return [] }
        // The article's lexicons, read only for a finding: the check holds none of its own, so
        // loading the rule does not wait for the built-in lexicons.
        let wording = DateWording(lexicons: facts.lexicons)
        var related: [CheckMatch.Related] = []
        if let publishedSpan = facts.article.publishedSpan {
            related.append(.init(span: publishedSpan, message: "the publication date, \(wording.long(published)), is given here"))
        }
        return [CheckMatch(span: dateSpan, values: [
            "dateline": wording.monthDay(month: month, day: day),
            "published": wording.long(published),
            "distance": wording.distance(days: distance),
        ], related: related)]
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
