/// One person given both sexes: "Mr Pryce" and then "she added", "Ms Okoro" and "his", "he" and
/// "she" for one person. Reads the gender evidence the extractor gathered (honorifics, gendered
/// titles, pronouns whose antecedent is unambiguous). Honorifics against each other are
/// honorific-mismatch's; this check reports a pronoun or a title that disagrees.
public struct GenderAgreementCheck: Check {
    public static let name = "gender-agreement"
    public static let summary = "One person is referred to as both a man and a woman."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the person's name",
        "word": "the word here (a pronoun, honorific or title)",
        "other.word": "the earlier word that gives the other sex",
        "other.line": "its line",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        for person in facts.people where person.genderEvidence.count >= 2 {
            let evidence = person.genderEvidence.filter { facts.isInScope(sentence: $0.sentence, scope) }
            for (index, later) in evidence.enumerated() {
                guard let earlier = evidence[..<index].first(where: { $0.gender != later.gender && ($0.source != .honorific || later.source != .honorific) })
                else { continue }
                matches.append(CheckMatch(span: later.span, values: [
                    "person": person.name, "word": later.text, "other.word": earlier.text,
                    "other.line": String(facts.line(of: earlier.span)),
                ], related: [.init(span: earlier.span, message: "'\(earlier.text)' refers to \(person.name) here")],
                evidence: [Evidence.person(person), .gender(later, as: "word"), .antecedent(of: later, person, as: "antecedent"),
                           .gender(earlier, as: "other.word"), .antecedent(of: earlier, person, as: "other.antecedent")].compactMap { $0 }))
                break
            }
        }
        return matches
    }
}
