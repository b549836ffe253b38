/// One person called both "Mr" and "Ms" (or "Miss"). "Mrs" is left out: "Mr Howard" and "Mrs
/// Howard" are usually a couple. Neutral honorifics ("Dr") agree with either.
public struct HonorificAgreementCheck: Check {
    public static let name = "honorific-agreement"
    public static let summary = "One person is given honorifics of different sexes."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the person's name",
        "honorific": "the later honorific",
        "other.honorific": "the earlier honorific",
        "other.line": "the line of the earlier one",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        // The article's honorifics: a newsroom's own count too.
        let honorifics = facts.lexicons["honorifics"]
        let married = facts.lexicons["married-honorifics"]
        var matches: [CheckMatch] = []
        for person in facts.people {
            var first: (mention: PersonMention, sex: String)?
            for mention in person.mentions where facts.isInScope(sentence: mention.sentence, scope) {
                guard let honorific = mention.honorific, let sex = honorifics.key(for: honorific.trimmingTrailingPeriod()), sex != "n",
                      !married.contains(lowercased: honorific.trimmingTrailingPeriod().lowercased()) else { continue }
                guard let earlier = first else { first = (mention, sex); continue }
                if earlier.sex != sex {
                    let span = SourceSpan(start: honorificStart(mention, facts), end: mention.span.end)
                    matches.append(CheckMatch(span: span, values: [
                        "person": person.name, "honorific": honorific, "other.honorific": earlier.mention.honorific ?? "",
                        "other.line": String(facts.line(of: earlier.mention.span)),
                    ], related: [.init(span: earlier.mention.span, message: "\(earlier.mention.honorific ?? "") \(person.name) here")],
                    evidence: [Evidence.person(person),
                               Evidence(name: "honorific", kind: "honorific", text: honorific, span: span, value: Self.sex(sex)),
                               Evidence(name: "other.honorific", kind: "honorific", text: earlier.mention.honorific ?? "",
                                        span: SourceSpan(start: honorificStart(earlier.mention, facts), end: earlier.mention.span.end),
                                        value: Self.sex(earlier.sex))].compactMap { $0 }))
                }
            }
        }
        return matches
    }

    /// The honorifics lexicon keys a man's "m" and a woman's "f".
    private static func sex(_ key: String) -> String { key == "m" ? "male" : key == "f" ? "female" : key }

    /// The finding covers the honorific too: "Ms Hewitt".
    private func honorificStart(_ mention: PersonMention, _ facts: ArticleFacts) -> Int {
        var index = mention.tokens.lowerBound - 1
        while index >= 0, facts.tokens[index].kind == .punctuation, facts.tokens[index].isMark(".") { index -= 1 }
        guard index >= 0 else { return mention.span.start }
        let token = facts.tokens[index]
        return facts.article.blocks[token.block].text.sourceSpan(of: token.range).start
    }
}
