/// If one pattern occurs, another must occur too, within the sentence, the paragraph or the
/// article: an anonymous source ("a source said") needs a reason ("because", "not authorised").
public struct RequireCheck: Check {
    public static let name = "require"
    public static let summary = "If a pattern occurs, another must occur near it."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("if", .pattern, default: nil, help: "The pattern that calls for the other."),
        ParameterSpec("then", .pattern, default: nil, help: "The pattern that must then be present."),
        ParameterSpec("within", .string, default: "sentence", help: "sentence, paragraph or article."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "match": "the text the 'if' pattern matched", "within": "sentence, paragraph or article",
    ]) { $1 }

    let trigger: TokenPattern
    let requirement: TokenPattern
    let within: String

    public init(parameters: ParameterValues) throws(ParameterError) {
        do { trigger = try TokenPattern(parameters.string("if") ?? "") } catch { throw ParameterError(parameter: "if", message: "is not valid: \(error.message)") }
        do { requirement = try TokenPattern(parameters.string("then") ?? "") } catch { throw ParameterError(parameter: "then", message: "is not valid: \(error.message)") }
        within = parameters.string("within") ?? "sentence"
        guard ["sentence", "paragraph", "article"].contains(within) else {
            throw ParameterError(parameter: "within", message: "must be sentence, paragraph or article")
        }
    }

    public var patternsToExplain: [(name: String, pattern: TokenPattern)] { [("if", trigger), ("then", requirement)] }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let matcher = PatternMatcher(facts: facts)
        let everywhere = matcher.matches(requirement, sentences: { _ in true })
        var results: [CheckMatch] = []
        for match in matcher.matches(trigger, sentences: { facts.isInScope(sentence: $0, scope) }) {
            let satisfied = everywhere.contains { found in
                switch within {
                case "sentence": return found.sentence == match.sentence
                case "paragraph": return facts.sentences[found.sentence].blockIndex == facts.sentences[match.sentence].blockIndex
                default: return true
                }
            }
            if !satisfied {
                let text = matcher.textOf(match.tokens)
                results.append(CheckMatch(span: match.span, values: ["match": text, "within": within], evidence: match.evidence(text: text)))
            }
        }
        return results + matcher.cutShortMatches()
    }
}
