/// A weekday written with a date ("Thursday, May 15", "May 15, a Thursday", "Wednesday
/// (March 4)") that is not that date's weekday. A date without a year takes the year nearest the
/// publication date; without a publication date such a date is not checked.
public struct WeekdayDateCheck: Check {
    public static let name = "weekday-date"
    public static let summary = "A weekday written with a date falls on a different day."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "weekday": "the weekday as written",
        "date": "the date, with its year (May 15, 2024)",
        "actual-weekday": "the weekday the date falls on",
    ]) { $1 }

    private let wording = DateWording()

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        for expression in facts.temporal where facts.isInScope(sentence: expression.sentence, scope) {
            guard let stated = expression.statedWeekday, let day = expression.day, day.weekday != stated else { continue }
            let span = expression.weekdaySpan.map { $0.union(expression.span) } ?? expression.span
            matches.append(CheckMatch(span: span, values: [
                "weekday": wording.weekdayName(stated),
                "date": wording.long(day),
                "actual-weekday": wording.weekdayName(day.weekday),
            ]))
        }
        return matches
    }
}
