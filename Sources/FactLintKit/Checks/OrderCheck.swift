/// Captured dates must come in order. With `first` and `second` patterns, every date the first
/// captures must be before (or after) every date the second captures: "elected {date}" before
/// "sworn in {date}". With one `pattern`, its dates must not go backwards through the text
/// (`non-decreasing`), as in a timeline.
public struct OrderCheck: Check {
    public static let name = "order"
    public static let summary = "Dates captured by patterns must satisfy an order."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("first", .pattern, default: "", help: "A pattern with a {date}: the earlier event."),
        ParameterSpec("second", .pattern, default: "", help: "A pattern with a {date}: the later event."),
        ParameterSpec("relation", .string, default: "before", help: "before or after: how the first's date stands to the second's."),
        ParameterSpec("pattern", .pattern, default: "", help: "Instead of first/second: a pattern whose dates must be non-decreasing in the text."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "date": "the date out of order", "other.date": "the date it contradicts", "other.line": "the line of that date",
        "relation": "before or after",
    ]) { $1 }

    let first: TokenPattern?
    let second: TokenPattern?
    let sequence: TokenPattern?
    let before: Bool

    public init(parameters: ParameterValues) throws(ParameterError) {
        func parse(_ name: String) throws(ParameterError) -> TokenPattern? {
            let text = parameters.string(name) ?? ""
            guard !text.isEmpty else { return nil }
            do {
                let pattern = try TokenPattern(text)
                guard pattern.slots.contains(.date) else { throw ParameterError(parameter: name, message: "needs a {date} slot") }
                return pattern
            } catch let error as ParameterError {
                throw error
            } catch {
                throw ParameterError(parameter: name, message: "is not valid: \((error as? PatternError)?.message ?? "\(error)")")
            }
        }
        first = try parse("first")
        second = try parse("second")
        sequence = try parse("pattern")
        guard (first != nil && second != nil) != (sequence != nil) else {
            throw ParameterError(parameter: "pattern", message: "give either 'first' and 'second', or 'pattern'")
        }
        let relation = parameters.string("relation") ?? "before"
        guard relation == "before" || relation == "after" else { throw ParameterError(parameter: "relation", message: "must be before or after") }
        before = relation == "before"
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let matcher = PatternMatcher(facts: facts)
        let inScope = { facts.isInScope(sentence: $0, scope) }
        let dated = { (pattern: TokenPattern) -> [(PatternMatch.Binding, (start: CalendarDate, end: CalendarDate))] in
            matcher.matches(pattern, sentences: inScope).compactMap { match in
                guard let binding = match.binding(.date),
                      let expression = facts.temporal.first(where: { $0.tokens.lowerBound == binding.tokens.lowerBound }),
                      let interval = expression.interval else { return nil }
                return (binding, interval)
            }
        }
        var results: [CheckMatch] = []
        if let sequence {
            var latest: (PatternMatch.Binding, (start: CalendarDate, end: CalendarDate))?
            for entry in dated(sequence) {
                if let previous = latest, entry.1.end < previous.1.start {
                    results.append(finding(entry.0, against: previous.0, relation: "after", facts))
                } else if latest == nil || entry.1.start > latest!.1.start {
                    latest = entry
                }
            }
            return results + matcher.cutShortMatches()
        }
        guard let first, let second else { return [] }
        let seconds = dated(second)
        for entry in dated(first) {
            for other in seconds {
                let wrong = before ? entry.1.start > other.1.end : entry.1.end < other.1.start
                if wrong { results.append(finding(entry.0, against: other.0, relation: before ? "before" : "after", facts)) }
            }
        }
        return results + matcher.cutShortMatches()
    }

    private func finding(_ binding: PatternMatch.Binding, against other: PatternMatch.Binding, relation: String, _ facts: ArticleFacts) -> CheckMatch {
        CheckMatch(span: binding.span, values: [
            "date": binding.text, "other.date": other.text, "other.line": String(facts.line(of: other.span)), "relation": relation,
        ], related: [.init(span: other.span, message: "'\(other.text)' is given here")])
    }
}
