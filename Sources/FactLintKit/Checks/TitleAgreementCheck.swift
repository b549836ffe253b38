/// One person given incompatible titles: "Finance Minister Michael Wilson" and later "Energy
/// Minister Wilson"; "Chairman" and "Vice Chairman". A refinement ("Minister", "Finance
/// Minister"), the same role with or without its organisation, a past role marked "former",
/// and titles with different head words ("Chairman and Chief Executive") are not conflicts.
public struct TitleAgreementCheck: Check {
    public static let name = "title-agreement"
    public static let summary = "One person is given two incompatible titles."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the person's full name",
        "title": "the later title",
        "other.title": "the earlier title",
        "other.line": "the line of the earlier title",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        for person in facts.people {
            let titles = person.titles.filter { !$0.isFormer && (scope.parts.contains(.quotes) || !$0.inQuote)
                && facts.isInScope(sentence: $0.sentence, scope) }
            for (index, later) in titles.enumerated() {
                guard let earlier = titles[..<index].first(where: { $0.role == later.role && !$0.isCompatible(with: later) }) else { continue }
                matches.append(CheckMatch(span: later.span, values: [
                    "person": person.name,
                    "title": later.text,
                    "other.title": earlier.text,
                    "other.line": String(facts.line(of: earlier.span)),
                ], related: [.init(span: earlier.span, message: "\(person.name) is called \(earlier.text) here")]))
            }
        }
        return matches
    }
}
