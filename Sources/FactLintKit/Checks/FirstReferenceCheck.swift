/// AP style: a person is named in full before the surname is used alone. Flags a surname-only
/// mention in the story that comes before the full name. Off unless a configuration enables it.
public struct FirstReferenceCheck: Check {
    public static let name = "first-reference"
    public static let summary = "A surname is used alone before the person's full name is given."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "surname": "the surname as written",
        "person": "the full name",
        "other.line": "the line where the full name first appears",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        for person in facts.people {
            let inScope = person.mentions.filter { facts.isInScope(sentence: $0.sentence, scope) && facts.sentences[$0.sentence].blockKind != .headline }
            guard let full = inScope.first(where: { $0.kind == .fullName }),
                  let early = inScope.first(where: { $0.kind == .surname || $0.kind == .honorific }), early.span < full.span else { continue }
            matches.append(CheckMatch(span: early.span, values: [
                "surname": early.text, "person": person.name, "other.line": String(facts.line(of: full.span)),
            ], related: [.init(span: full.span, message: "the full name, \(person.name), first appears here")],
            evidence: [Evidence(name: "surname", kind: .person, text: early.text, span: early.span),
                       Evidence(name: "person", kind: .person, text: full.text, span: full.span)]))
        }
        return matches
    }
}
