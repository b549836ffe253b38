/// One person given two posts they cannot hold at once: "central bank governor Ana Ruiz" and
/// later "Finance Minister Ruiz" (different offices), "Deputy Mayor" and "Mayor" (a rank
/// change), "Labour MP" and "Conservative MP" (a party swap), "Transport Secretary" and "Health
/// Secretary" (a portfolio swap). Not a conflict: a refinement ("Minister", "Finance
/// Minister"), one organisation named two ways ("ECB President", "President of the European
/// Central Bank"), posts the ontology lets one person hold together ("chairman and chief
/// executive"), a seat or a rank beside an office ("Sen.", "Gen."), a past or future post, and
/// people whose story says their post changes ("was named", "succeeded").
public struct TitleAgreementCheck: Check {
    public static let name = "title-agreement"
    public static let summary = "One person is given two incompatible titles."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the person's full name",
        "title": "the later title",
        "other.title": "the earlier title",
        "other.line": "the line of the earlier title",
        "reason": "what differs: a different post, rank, party, portfolio or organisation",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        var ontology: PostOntology?
        for person in facts.people where person.titles.count >= 2 && !person.changesPost {
            // An outgoing post is still held. A company post with no organisation of its own is
            // at the one its sentence names, when that is the organisation of the person's other
            // company posts (`contextOrg`).
            let titles = person.titles.filter { ($0.tenure == .current || $0.tenure == .outgoing) && (scope.parts.contains(.quotes) || !$0.inQuote)
                && facts.isInScope(sentence: $0.sentence, scope) }.map { title in
                var placed = title
                if placed.orgKey == nil, let org = placed.contextOrg { placed.orgKey = org }
                return placed
            }
            guard titles.count >= 2 else { continue }
            if ontology == nil { ontology = facts.postOntology }
            let ranks = facts.lexicons["organisation-ranks"]
            let heldTogether = Set(person.titles.flatMap { title in title.heldWith.map { Self.pair(title.role, $0) } })
            for (index, later) in titles.enumerated() {
                guard let (earlier, reason) = titles[..<index].lazy.compactMap({ earlier in
                    (Self.conflict(earlier, later, ontology!, heldTogether)
                        ?? (Self.isHeadAndSecond(earlier, later, ranks, ontology!) ? "a different post" : nil)).map { (earlier, $0) }
                }).first else { continue }
                matches.append(CheckMatch(span: later.span, values: [
                    "person": person.name,
                    "title": later.text,
                    "other.title": earlier.text,
                    "other.line": String(facts.line(of: earlier.span)),
                    "reason": reason,
                ], related: [.init(span: earlier.span, message: "\(person.name) is called \(earlier.text) here")],
                evidence: [Evidence.person(person), .title(later, as: "title"), .title(earlier, as: "other.title")].compactMap { $0 }))
            }
        }
        return matches
    }

    static func pair(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }

    /// Why two current titles of one person cannot both be right, or nil when they can.
    static func conflict(_ a: PersonTitle, _ b: PersonTitle, _ ontology: PostOntology, _ heldTogether: Set<String>) -> String? {
        if let first = a.party, let second = b.party, first != second { return "a different party" }
        let orgsDiffer = a.orgKey.flatMap { first in b.orgKey.map { !ontology.sameOrganisation(first, $0) } } ?? false
        if a.role == b.role {
            // "a Republican", "a Democrat": party membership, compared by party above.
            guard a.postClass != .occupation, !(a.kind == .party && a.role == "member") else { return nil }
            if a.modifiers != b.modifiers {
                // "Lt. Gen." is often "Gen." on second reference.
                let military = a.postClass == .rank
                if !(military && a.modifiers.filter({ $0 != "lieutenant" }) == b.modifiers.filter({ $0 != "lieutenant" })) { return "a different rank" }
            }
            guard a.postClass != .generic else { return nil }
            if orgsDiffer { return "a different organisation" }
            if !a.qualifiers.isSubset(of: b.qualifiers) && !b.qualifiers.isSubset(of: a.qualifiers) { return "a different portfolio" }
            return nil
        }
        // Two different heads: two offices, two seats or two ranks, at one organisation, that the
        // ontology does not let one person hold together.
        // Posts at two organisations, or one named and one not ("OPEC conference president",
        // "Nigeria's oil minister"), are left alone.
        // But a country's government office and a minister with a portfolio and no country
        // ("Chilean Central Bank Governor", "finance minister") are posts of one government.
        guard a.postClass == b.postClass, [.office, .seat, .rank].contains(a.postClass), !orgsDiffer,
              (a.orgKey == nil) == (b.orgKey == nil) || isOneGovernment(a, b, ontology) || isOneGovernment(b, a, ontology),
              !heldTogether.contains(pair(a.role, b.role)), !ontology.combine(a.role, b.role) || ontology.heldApart(a, b) else { return nil }
        return "a different post"
    }

    /// Whether one title is the bare head of an organisation ("Tarvik Bank head", `organisation-ranks`
    /// `top`) and the other a post under the top at the same one ("Tarvik Bank finance director",
    /// `second`): the head's post is the top one, whatever it is called there.
    static func isHeadAndSecond(_ a: PersonTitle, _ b: PersonTitle, _ ranks: Lexicon, _ ontology: PostOntology) -> Bool {
        func isHead(_ title: PersonTitle) -> Bool {
            ranks.key(for: title.role) == "top" && title.postClass == .generic && title.qualifiers.isEmpty && title.modifiers.isEmpty
        }
        guard let first = a.orgKey, let second = b.orgKey, ontology.sameOrganisation(first, second) else { return false }
        return isHead(a) && ranks.key(for: b.role) == "second" || isHead(b) && ranks.key(for: a.role) == "second"
    }

    /// Whether `placed` is a government office of a country and `other` a government office
    /// with a portfolio and no organisation of its own, so of the same government.
    private static func isOneGovernment(_ placed: PersonTitle, _ other: PersonTitle, _ ontology: PostOntology) -> Bool {
        placed.kind == .government && other.kind == .government && other.orgKey == nil && !other.qualifiers.isEmpty
            && placed.org.flatMap(ontology.place) != nil
    }
}
