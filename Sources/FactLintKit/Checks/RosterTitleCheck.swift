/// A title the roster says the person did not hold on the publication date: "President Joe
/// Biden" in an article of 2026. Only people the roster knows are checked, and only titles whose
/// head word the roster lists for them; a title marked "former" is left alone.
public struct RosterTitleCheck: Check {
    public static let name = "roster-title"
    public static let summary = "A title does not match the roster at the publication date."
    public static let parameters: [ParameterSpec] = []
    public static let needs: Set<RuleNeed> = [.publicationDate, .roster]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the person's name", "title": "the title as written",
        "tenure": "when the roster says they held it ('from January 20, 2021 to January 20, 2025')",
        "published": "the publication date",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        guard let roster = facts.roster, let published = facts.anchor else { return [] }
        let wording = DateWording(lexicons: facts.lexicons)
        var matches: [CheckMatch] = []
        for person in facts.people {
            guard let entry = roster.entry(for: person.name) else { continue }
            for title in person.titles where !title.isFormer && facts.isInScope(sentence: title.sentence, scope) {
                let tenures = entry.tenures.filter { $0.role == title.role && Set($0.title.lowercased().split(separator: " ").map(String.init)).isSuperset(of: title.modifiers) }
                guard !tenures.isEmpty, !tenures.contains(where: { $0.covers(published) }) else { continue }
                let described = tenures.map { tenure -> String in
                    let from = tenure.from.map { "from \(wording.long($0))" }
                    let to = tenure.to.map { "to \(wording.long($0))" }
                    return [from, to].compactMap { $0 }.joined(separator: " ")
                }.joined(separator: " and ")
                matches.append(CheckMatch(span: title.span, values: [
                    "person": entry.name, "title": title.text, "tenure": described, "published": wording.long(published),
                ]))
            }
        }
        return matches
    }
}
