/// Dates whose order the sentence contradicts: a range that runs backwards ("from 1994 to
/// 1991", "between May and March 2024"), or "X after Y" / "X before Y" where the dates say the
/// opposite ("elected in 1990, after the 1994 reform").
public struct DateOrderCheck: Check {
    public static let name = "date-order"
    public static let summary = "A range runs backwards, or 'after'/'before' contradicts the dates."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("connector-distance", .integer, default: "4", help: "Most words between 'after'/'before' and the date it introduces."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "first": "the date written first",
        "second": "the date written second",
        "explanation": "what is wrong, in words ('the range runs backwards from 1994 to 1991')",
    ]) { $1 }

    private let connectorDistance: Int

    public init(parameters: ParameterValues) throws(ParameterError) {
        connectorDistance = parameters.integer("connector-distance", default: 4)
        guard connectorDistance >= 0 else { throw ParameterError(parameter: "connector-distance", message: "must be 0 or more") }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let expressions = facts.temporal.filter { $0.interval != nil && facts.isInScope(sentence: $0.sentence, scope) }
        for (position, first) in expressions.enumerated() {
            guard position + 1 < expressions.count else { break }
            let second = expressions[position + 1]
            // Only dates whose years are written: a yearless or relative date's year is inferred,
            // and an inference cannot contradict the sentence.
            guard second.sentence == first.sentence, first.isExplicit, second.isExplicit, first.hasYear, second.hasYear,
                  let a = first.interval, let b = second.interval else { continue }
            let between = first.tokens.upperBound..<second.tokens.lowerBound
            let words = between.map { facts.tokens[$0].lower }
            let before = first.tokens.lowerBound > 0 ? facts.tokens[first.tokens.lowerBound - 1].lower : ""
            // A range: "from A to B", "between A and B", "A to B" right next to each other.
            let isRange = (before == "from" && words.count == 1 && ["to", "until", "till", "through"].contains(words[0]))
                || (before == "between" && words == ["and"])
            if isRange, a.start > b.end {
                // The finding covers "from" or "between" too: the whole range as written.
                let opener = facts.tokens[first.tokens.lowerBound - 1]
                let openerSpan = facts.article.blocks[opener.block].text.sourceSpan(of: opener.range)
                let span = openerSpan.union(first.span).union(second.span)
                matches.append(CheckMatch(span: span, values: [
                    "first": first.text, "second": second.text,
                    "explanation": "the range runs backwards, from \(first.text) to \(second.text)",
                ]))
                continue
            }
            // "A ... after B": A must not end before B starts; "A ... before B": A must not start after B ends.
            guard let connector = words.lastIndex(where: { $0 == "after" || $0 == "before" }),
                  words.count - connector - 1 <= connectorDistance,
                  !words.contains(";"), !words.contains("and"), !words.contains("but") else { continue }
            let isAfter = words[connector] == "after"
            if (isAfter && a.end < b.start) || (!isAfter && a.start > b.end) {
                matches.append(CheckMatch(span: first.span, values: [
                    "first": first.text, "second": second.text,
                    "explanation": "\(first.text) is said to come \(isAfter ? "after" : "before") \(second.text)",
                ], related: [.init(span: second.span, message: "'\(second.text)' is the date it is said to come \(isAfter ? "after" : "before")")]))
            }
        }
        return matches
    }
}
