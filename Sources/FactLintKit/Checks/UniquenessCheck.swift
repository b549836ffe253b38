/// A value belongs to one key only: a pattern like `{title} {person}` keyed by title and valued
/// by person finds one unique title given to two people.
public struct UniquenessCheck: Check {
    public static let name = "uniqueness"
    public static let summary = "A value captured by a pattern belongs to one key only."
    public static let parameters: [ParameterSpec] = ConsistencyCheck.parameters
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "key": "the key as written here", "value": "the value here", "other.key": "the earlier key",
        "other.line": "the line of the earlier key",
    ]) { $1 }

    let pattern: TokenPattern
    let key: TokenPattern.Slot
    let value: TokenPattern.Slot

    public init(parameters: ParameterValues) throws(ParameterError) {
        (pattern, key, value) = try ConsistencyCheck.slots(parameters)
    }

    public var patternsToExplain: [(name: String, pattern: TokenPattern)] { [("pattern", pattern)] }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let matcher = PatternMatcher(facts: facts)
        var owner: [String: (value: PatternMatch.Binding, key: PatternMatch.Binding)] = [:]
        var results: [CheckMatch] = []
        for match in matcher.matches(pattern, sentences: { facts.isInScope(sentence: $0, scope) }) {
            guard let keyBinding = match.binding(key), let valueBinding = match.binding(value) else { continue }
            if let earlier = owner[keyBinding.key] {
                guard earlier.value.key != valueBinding.key else { continue }
                results.append(CheckMatch(span: match.span, values: [
                    "key": keyBinding.text, "value": valueBinding.text, "other.key": earlier.value.text,
                    "other.line": String(facts.line(of: earlier.value.span)),
                ], related: [.init(span: earlier.value.span, message: "'\(keyBinding.text)' is '\(earlier.value.text)' here")],
                evidence: [keyBinding.evidence(as: "key"), valueBinding.evidence(as: "value"),
                           earlier.key.evidence(as: "other.key"), earlier.value.evidence(as: "other.value")]))
            } else {
                owner[keyBinding.key] = (valueBinding, keyBinding)
            }
        }
        return results + matcher.cutShortMatches()
    }
}
