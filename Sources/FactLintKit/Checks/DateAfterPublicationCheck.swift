/// An event told as having happened, dated after the article was published ("said on March 13,
/// 1987" in a story of March 9). Only dates written with their year count: a date without one
/// may mean last year's, so it is never flagged. A future verb ("will", "expires") or a word that
/// makes the date a limit ("until", "from", "by") exempts it.
public struct DateAfterPublicationCheck: Check {
    public static let name = "date-after-publication"
    public static let summary = "A past event is dated after the publication date."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("tolerance-days", .integer, default: "0", help: "Days after publication still accepted, for time zones."),
    ]
    public static let needs: Set<RuleNeed> = [.publicationDate]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "date": "the date as resolved (March 20, 1987)",
        "published": "the publication date",
        "distance": "how long after publication (4 days)",
    ]) { $1 }

    private let tolerance: Int
    private let wording = DateWording()
    private let limits = LexiconSet.builtIn["date-limits"]

    public init(parameters: ParameterValues) throws(ParameterError) {
        tolerance = parameters.integer("tolerance-days", default: 0)
        guard tolerance >= 0 else { throw ParameterError(parameter: "tolerance-days", message: "must be 0 or more") }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        guard let published = facts.anchor else { return [] }
        var matches: [CheckMatch] = []
        for expression in facts.temporal where expression.isExplicit && expression.hasYear && facts.isInScope(sentence: expression.sentence, scope) {
            guard let day = expression.day, day.dayNumber - published.dayNumber > tolerance, expression.tense == .past else { continue }
            if !isEventDate(expression, in: facts) { continue }
            var related: [CheckMatch.Related] = []
            if let publishedSpan = facts.article.publishedSpan {
                related.append(.init(span: publishedSpan, message: "the article is dated \(wording.long(published)) here"))
            }
            matches.append(CheckMatch(span: expression.span, values: [
                "date": wording.long(day),
                "published": wording.long(published),
                "distance": wording.distance(days: day.dayNumber - published.dayNumber),
            ], related: related))
        }
        return matches
    }

    /// Whether the date is the day something happened: introduced by "on" ("met on March 16,
    /// 1987") or straight after a verb ("was hit March 29, 1987", "said March 5, 1987"), and not a
    /// term: "until", "from", "payable", "ending", "on or before".
    private func isEventDate(_ expression: TemporalExpression, in facts: ArticleFacts) -> Bool {
        let sentenceStart = facts.sentences[expression.sentence].tokens.lowerBound
        var index = expression.tokens.lowerBound - 1
        while index >= sentenceStart, ["the", "a", "an"].contains(facts.tokens[index].lower) { index -= 1 }
        guard index >= sentenceStart else { return true }
        let word = facts.tokens[index].lower
        if word == "on" {
            let before = index - 1 >= sentenceStart ? facts.tokens[index - 1].lower : ""
            return !limits.contains(before)
        }
        if limits.contains(word) { return false }
        // A past verb right before the date: "-ed" forms and "said".
        return word.hasSuffix("ed") || ["said", "told", "met", "held", "began", "rose", "fell", "was", "were"].contains(word)
    }
}
