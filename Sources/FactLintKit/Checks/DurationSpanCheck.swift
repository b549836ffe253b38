/// A duration that contradicts the endpoints given with it in the same sentence: "a 44-day war
/// from Sept. 27 to Nov. 10" is right, "nearly four decades of occupation from 1991 to 2020" is
/// not. The allowance is one unit of the duration ("three decades" may be 20 to 40 years).
public struct DurationSpanCheck: Check {
    public static let name = "duration-span"
    public static let summary = "A stated duration disagrees with its own start and end dates."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "duration": "the duration as written",
        "start": "the start date",
        "end": "the end date",
        "actual": "the time between them",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        var dated: [Int: [TemporalExpression]] = [:]
        for expression in facts.temporal where expression.interval != nil { dated[expression.sentence, default: []].append(expression) }
        for duration in facts.temporal where duration.kind == .duration && facts.isInScope(sentence: duration.sentence, scope) {
            guard let stated = duration.approximateDays, let unit = unitDays(duration.resolved), !isAge(duration, facts) else { continue }
            let sameSentence = dated[duration.sentence] ?? []
            guard let range = endpoints(in: sameSentence, facts: facts), let start = range.0.interval, let end = range.1.interval else { continue }
            // The range must belong to the duration: "four decades of occupation, from 1991 to 2020".
            let opener = range.0.tokens.lowerBound - 1
            guard opener >= duration.tokens.upperBound, opener - duration.tokens.upperBound <= maximumGap else { continue }
            // Count from the start of the first to the start of the second, as "from 1991 to 2020" means 29 years.
            let actual = Double(end.start.dayNumber - start.start.dayNumber)
            guard actual >= 0 else { continue }
            // Day-exact endpoints allow a day for inclusive counting; coarser ones a whole unit.
            let exact = start.start == start.end && end.start == end.end
            let allowance = exact && unit <= 7 ? 1.0 : unit
            guard abs(actual - stated) > allowance else { continue }
            matches.append(CheckMatch(span: duration.span, values: [
                "duration": duration.text, "start": range.0.text, "end": range.1.text, "actual": describe(days: actual),
            ], related: [.init(span: range.0.span.union(range.1.span), message: "the dates given: \(range.0.text) to \(range.1.text)")]))
        }
        return matches
    }

    /// Words allowed between the duration and "from" ("decades of Armenian occupation, from").
    private let maximumGap = 5

    /// "the 77-year-old chairman": an age, not a stretch of time.
    private func isAge(_ duration: TemporalExpression, _ facts: ArticleFacts) -> Bool {
        let next = duration.tokens.upperBound
        guard next + 1 < facts.tokens.count else { return false }
        return facts.tokens[next].text == "-" && facts.tokens[next + 1].lower == "old"
    }

    /// "from A to B" or "between A and B" in the sentence.
    private func endpoints(in expressions: [TemporalExpression], facts: ArticleFacts) -> (TemporalExpression, TemporalExpression)? {
        for (index, first) in expressions.enumerated() where index + 1 < expressions.count {
            let second = expressions[index + 1]
            let before = first.tokens.lowerBound > 0 ? facts.tokens[first.tokens.lowerBound - 1].lower : ""
            let between = (first.tokens.upperBound..<second.tokens.lowerBound).map { facts.tokens[$0].lower }
            if (before == "from" && between.count == 1 && ["to", "until", "till", "through"].contains(between[0]))
                || (before == "between" && between == ["and"]) {
                return (first, second)
            }
        }
        return nil
    }

    /// The length of one unit of a duration, for the allowance; none for clock units, weekends
    /// and quarters.
    private func unitDays(_ value: TemporalValue?) -> Double? {
        guard case .duration(let duration)? = value else { return nil }
        switch duration.unit {
        case .day, .week, .month, .year, .decade, .century: return duration.unit.days
        case .hour, .minute, .weekend, .quarter: return nil
        }
    }

    private func describe(days: Double) -> String {
        // Past 1e15 (a "10^70-year" typo) the figure is printed as a Double.
        let whole = { (value: Double) in wholeNumberText(value) ?? String(value) }
        if days >= 730 { return "about \(whole((days / 365.25).rounded())) years" }
        if days >= 60 { return "about \(whole((days / 30.44).rounded())) months" }
        return "\(whole(days.rounded(.towardZero))) days"
    }
}
