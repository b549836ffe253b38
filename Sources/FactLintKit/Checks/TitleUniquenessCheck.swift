/// One exclusive post (the ontology's `exclusive-posts`) at one organisation, current at the
/// same time, given to two people: "Treasury Secretary James Baker" and "Treasury Secretary
/// Malcolm Baldrige". Posts count as one only with the same head, rank and portfolio and the
/// same organisation (aliases resolved), or with no organisation and no other country named
/// before either; so "Kenya's trade minister" and "Uganda's trade minister" never clash.
/// Left alone: "a director of Acme" (one of several), past, future and outgoing posts, titles
/// whose sentence dates them before publication, and people whose story says one left a post or
/// took it over (one may be the other's predecessor).
public struct TitleUniquenessCheck: Check {
    public static let name = "title-uniqueness"
    public static let summary = "The same unique title is given to two different people."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("roles", .stringList, default: "[]",
                      help: "Heads of posts one organisation has one holder of; empty means the ontology's exclusive-posts lexicon."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the second person",
        "other.person": "the first person",
        "title": "the title",
        "other.line": "the line where the first person has it",
    ]) { $1 }

    private let roles: Set<String>

    public init(parameters: ParameterValues) throws(ParameterError) {
        roles = Set(parameters.strings("roles").map { $0.lowercased() })
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        guard facts.people.count >= 2 else { return [] }
        let ontology = facts.postOntology
        let datedSentences = pastDatedSentences(facts)
        var holders: [String: [(person: Person, title: PersonTitle)]] = [:]
        var matches: [CheckMatch] = []
        for person in facts.people where !person.changesPost && !person.leavesPost {
            // A ranked post ("Vice President", "deputy minister") often has several holders.
            for title in person.titles where (roles.isEmpty ? ontology.isExclusive(title.role) : roles.contains(title.role))
                && title.modifiers.isEmpty && title.tenure == .current && !title.isIndefinite
                && title.party == nil && !datedSentences.contains(title.sentence)
                && facts.isInScope(sentence: title.sentence, scope) && (scope.parts.contains(.quotes) || !title.inQuote) {
                // A bare head ("the Minister") says too little to be one post.
                guard title.orgKey != nil || !title.qualifiers.isEmpty else { continue }
                let roleKey = title.role
                if let holder = holders[roleKey]?.first(where: { $0.person.key != person.key && samePost($0.title, title, ontology) }) {
                    matches.append(CheckMatch(span: title.span, values: [
                        "person": person.name, "other.person": holder.person.name, "title": title.text,
                        "other.line": String(facts.line(of: holder.title.span)),
                    ], related: [.init(span: holder.title.span, message: "\(holder.person.name) holds the same post here")],
                    evidence: [Evidence.person(person), .title(title, as: "title"), Evidence.person(holder.person, as: "other.person"),
                               .title(holder.title, as: "other.title")].compactMap { $0 }))
                } else if (holders[roleKey]?.count ?? 0) < 8 {
                    holders[roleKey, default: []].append((person, title))
                }
            }
        }
        return matches
    }

    private func samePost(_ a: PersonTitle, _ b: PersonTitle, _ ontology: PostOntology) -> Bool {
        guard a.qualifiers == b.qualifiers else { return false }
        switch (a.orgKey, b.orgKey) {
        // The same key, not one within the other: "Fairchild" and "Fairchild Republic" may be a
        // company and its unit.
        case let (first?, second?): return first == second
        case (nil, nil): return a.contextPlace == b.contextPlace && (a.org == nil) == (b.org == nil)
        default: return false
        }
    }

    /// Sentences holding a date before the publication year ("was ousted in 1983").
    private func pastDatedSentences(_ facts: ArticleFacts) -> Set<Int> {
        guard let year = facts.anchor?.year else { return [] }
        var sentences = Set<Int>()
        for expression in facts.temporal where expression.kind == .date {
            guard let value = expression.value, value.utf8.count >= 4, let found = Int(value.prefix(4)), found < year else { continue }
            sentences.insert(expression.sentence)
        }
        return sentences
    }
}
