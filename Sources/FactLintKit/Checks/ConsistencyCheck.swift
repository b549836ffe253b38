/// The same key must always have the same value: a pattern captures both, and a key seen with two
/// values is a contradiction. `{person}, {number},` keyed by person and valued by number checks a
/// person's age; slots compare meanings, so "Solbakk" and "Arvid Solbakk" are one key and
/// "twelve" and "12" one value.
public struct ConsistencyCheck: Check {
    public static let name = "consistency"
    public static let summary = "A key captured by a pattern always has the same value."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("pattern", .pattern, default: nil, help: "A pattern with at least two slots."),
        ParameterSpec("key", .string, default: nil, help: "The slot that names what is described (person, title, org, …)."),
        ParameterSpec("value", .string, default: nil, help: "The slot whose value must not change (number, date, title, …)."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "key": "the key as written here", "value": "the value here", "other.value": "the earlier value",
        "other.line": "the line of the earlier value",
    ]) { $1 }

    let pattern: TokenPattern
    let key: TokenPattern.Slot
    let value: TokenPattern.Slot

    public init(parameters: ParameterValues) throws(ParameterError) {
        let parsed = try Self.slots(parameters)
        (pattern, key, value) = parsed
    }

    static func slots(_ parameters: ParameterValues) throws(ParameterError) -> (TokenPattern, TokenPattern.Slot, TokenPattern.Slot) {
        let pattern: TokenPattern
        do { pattern = try TokenPattern(parameters.string("pattern") ?? "") } catch {
            throw ParameterError(parameter: "pattern", message: "is not valid: \(error.message)")
        }
        guard let key = TokenPattern.Slot(rawValue: parameters.string("key") ?? ""), pattern.slots.contains(key) else {
            throw ParameterError(parameter: "key", message: "must name a slot the pattern uses: \(pattern.slots.map(\.rawValue).joined(separator: ", "))")
        }
        guard let value = TokenPattern.Slot(rawValue: parameters.string("value") ?? ""), pattern.slots.contains(value), value != key else {
            throw ParameterError(parameter: "value", message: "must name another slot the pattern uses: \(pattern.slots.map(\.rawValue).joined(separator: ", "))")
        }
        return (pattern, key, value)
    }

    public var patternsToExplain: [(name: String, pattern: TokenPattern)] { [("pattern", pattern)] }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let matcher = PatternMatcher(facts: facts)
        var first: [String: (value: PatternMatch.Binding, key: PatternMatch.Binding)] = [:]
        var results: [CheckMatch] = []
        for match in matcher.matches(pattern, sentences: { facts.isInScope(sentence: $0, scope) }) {
            guard let keyBinding = match.binding(key), let valueBinding = match.binding(value) else { continue }
            if let earlier = first[keyBinding.key] {
                guard earlier.value.key != valueBinding.key else { continue }
                results.append(CheckMatch(span: valueBinding.span, values: [
                    "key": keyBinding.text, "value": valueBinding.text, "other.value": earlier.value.text,
                    "other.line": String(facts.line(of: earlier.value.span)),
                ], related: [.init(span: earlier.value.span, message: "'\(earlier.value.text)' is given here")],
                evidence: [keyBinding.evidence(as: "key"), valueBinding.evidence(as: "value"),
                           earlier.key.evidence(as: "other.key"), earlier.value.evidence(as: "other.value")]))
            } else {
                first[keyBinding.key] = (valueBinding, keyBinding)
            }
        }
        return results + matcher.cutShortMatches()
    }
}
