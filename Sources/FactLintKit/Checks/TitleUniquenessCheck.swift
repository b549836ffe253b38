/// One role held by two different people: the same title at the same organisation ("Azerbaijan's
/// Chief of General Staff") given to two names. Titles must name their organisation or portfolio
/// the same way to count as one role, so "U.S. President" and "French President" never clash, and
/// roles with a modifier ("Vice President") are left alone because there are often several.
public struct TitleUniquenessCheck: Check {
    public static let name = "title-uniqueness"
    public static let summary = "The same unique title is given to two different people."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("roles", .stringList, default: "[president, chairman, chancellor, governor, mayor, premier, minister, secretary, commissioner, chief, ceo, speaker]",
                      help: "Head words of roles one person holds at a time."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the second person",
        "other.person": "the first person",
        "title": "the title",
        "other.line": "the line where the first person has it",
    ]) { $1 }

    private static let defaultRoles = ["president", "chairman", "chancellor", "governor", "mayor", "premier", "minister", "secretary", "commissioner", "chief", "ceo", "speaker"]
    private let uniqueRoles: Set<String>

    public init(parameters: ParameterValues) throws(ParameterError) {
        let given = parameters.strings("roles")
        uniqueRoles = Set((given.isEmpty ? Self.defaultRoles : given).map { $0.lowercased() })
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var holders: [String: [(person: Person, title: PersonTitle)]] = [:]
        var matches: [CheckMatch] = []
        for person in facts.people {
            for title in person.titles where uniqueRoles.contains(title.role) && !title.isFormer && title.modifiers.isEmpty
                && (!title.qualifiers.isEmpty || title.org != nil) && facts.isInScope(sentence: title.sentence, scope)
                && (scope.parts.contains(.quotes) || !title.inQuote) {
                let roleKey = title.role + "|" + title.qualifiers.sorted().joined(separator: " ") + "|" + (title.org?.lowercased() ?? "")
                if let holder = holders[roleKey]?.first(where: { $0.person.key != person.key && sameRole($0.title, title) }) {
                    matches.append(CheckMatch(span: title.span, values: [
                        "person": person.name, "other.person": holder.person.name, "title": title.text,
                        "other.line": String(facts.line(of: holder.title.span)),
                    ], related: [.init(span: holder.title.span, message: "\(holder.person.name) holds the same title here")]))
                } else if (holders[roleKey]?.count ?? 0) < 8 {
                    holders[roleKey, default: []].append((person, title))
                }
            }
        }
        return matches
    }

    private func sameRole(_ a: PersonTitle, _ b: PersonTitle) -> Bool {
        a.role == b.role && a.qualifiers == b.qualifiers && a.org?.lowercased() == b.org?.lowercased()
    }
}
