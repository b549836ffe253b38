/// A phrase may occur at most so many times: "amid" at most twice per article, "said" at most
/// three times per paragraph. The finding is at the first occurrence past the limit, with a note
/// at each earlier one; a unit over the limit gives one finding, not one per extra occurrence.
public struct CountCheck: Check {
    public static let name = "count"
    public static let summary = "A phrase occurs at most a given number of times per article, paragraph or sentence."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("pattern", .pattern, default: nil, help: "What to count: words, (alternatives), {slots}."),
        ParameterSpec("max", .integer, default: nil, help: "How many occurrences are allowed; one more is reported."),
        ParameterSpec("within", .string, default: "article", help: "article, paragraph or sentence: where occurrences are counted."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "match": "the occurrence past the limit, as written",
        "count": "how many times the pattern occurs in the article, paragraph or sentence",
        "max": "the limit",
        "within": "article, paragraph or sentence",
        "first.line": "the line of the first occurrence",
    ]) { $1 }

    let pattern: TokenPattern
    let maximum: Int
    let within: String

    public init(parameters: ParameterValues) throws(ParameterError) {
        do { pattern = try TokenPattern(parameters.string("pattern") ?? "") } catch {
            throw ParameterError(parameter: "pattern", message: "is not valid: \(error.message)")
        }
        maximum = parameters.integer("max", default: 0)
        guard maximum >= 0 else { throw ParameterError(parameter: "max", message: "must be 0 or more") }
        within = parameters.string("within") ?? "article"
        guard ["article", "paragraph", "sentence"].contains(within) else {
            throw ParameterError(parameter: "within", message: "must be article, paragraph or sentence, not '\(within)'")
        }
    }

    public var patternsToExplain: [(name: String, pattern: TokenPattern)] { [("pattern", pattern)] }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let matcher = PatternMatcher(facts: facts)
        var units: [Int: [PatternMatch]] = [:]
        var order: [Int] = []
        for match in matcher.matches(pattern, sentences: { facts.isInScope(sentence: $0, scope) }) {
            let unit: Int
            switch within {
            case "sentence": unit = match.sentence
            case "paragraph": unit = facts.sentences[match.sentence].blockIndex
            default: unit = 0
            }
            if units[unit] == nil { order.append(unit) }
            units[unit, default: []].append(match)
        }
        var results: [CheckMatch] = []
        for unit in order {
            guard let found = units[unit], found.count > maximum else { continue }
            let extra = found[maximum]
            let text = matcher.textOf(extra.tokens)
            let earlier = found.prefix(maximum)
            results.append(CheckMatch(
                span: extra.span,
                values: ["match": text, "count": String(found.count), "max": String(maximum), "within": within,
                         "first.line": String(facts.line(of: found[0].span))],
                related: earlier.enumerated().map { index, match in
                    .init(span: match.span, message: "occurrence \(index + 1) of \(found.count): '\(matcher.textOf(match.tokens))'")
                },
                evidence: found.enumerated().map { index, match in
                    Evidence(name: "occurrence \(index + 1)", kind: .match, text: matcher.textOf(match.tokens), span: match.span)
                }))
        }
        return results + matcher.cutShortMatches()
    }
}
