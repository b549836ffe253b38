extension PersonLinker {
    /// A post standing for a speaker ("The trade secretary also said") links to the person it
    /// goes on from: the last person named before it, at most three sentences back, when that
    /// person's post is an office with the same head and rank ("Transport Secretary Tollard"), or
    /// an office of the same kind at the same organisation ("Senate Speaker Brannock" for
    /// "the Senate majority leader"), and no one else in the story holds a post of that kind. It is
    /// left alone when anyone holds a post it agrees with (read by the titles standing alone),
    /// and across ranks: "the prime minister" beside "Deputy Prime Minister Vane" is the prime
    /// minister. Linked, a post that disagrees is the person's second title, which
    /// title-conflict compares.
    func linkDescriptions(_ descriptions: [PersonProposals.TitleMention], to people: inout [Person], tokens: [Token], sentences: [Sentence]) {
        guard !descriptions.isEmpty, !people.isEmpty else { return }
        let ontology = titles.ontology
        for described in descriptions {
            let title = described.title
            guard title.postClass == .office,
                  !people.contains(where: { person in person.titles.contains { $0.span.start < title.span.end && title.span.start < $0.span.end } })
            else { continue }
            let agrees = people.contains { person in
                person.titles.contains { $0.role == title.role && $0.isCompatible(with: title, ontology: ontology) && orgsAgree($0, title) }
            }
            guard !agrees else { continue }
            let kin = people.indices.filter { person in
                people[person].titles.contains { held in
                    guard !held.inQuote, held.tenure == .current, held.postClass == .office, held.modifiers == title.modifiers,
                          orgsAgree(held, title) else { return false }
                    if held.role == title.role { return true }
                    guard held.kind == title.kind, let heldOrg = held.orgKey, let org = title.orgKey else { return false }
                    return ontology.sameOrganisation(heldOrg, org)
                }
            }
            guard kin.count == 1, lastNamed(before: described.mention, in: people) == kin[0],
                  !headUsedAlone(title, before: described.mention.tokens.lowerBound, people: people, tokens: tokens, sentences: sentences) else { continue }
            people[kin[0]].mentions.append(described.mention)
            people[kin[0]].titles.append(title)
        }
    }

    /// The person named last before a mention, by name, at most three sentences before it.
    private func lastNamed(before mention: PersonMention, in people: [Person]) -> Int? {
        var best: (span: SourceSpan, person: Int)?
        for (index, person) in people.enumerated() {
            for named in person.mentions where named.kind != .title && named.span < mention.span && mention.sentence - named.sentence <= 3 {
                if best == nil || best!.span < named.span { best = (named.span, index) }
            }
        }
        return best?.person
    }

    /// Whether the post's head word is used before, outside every person's titles: "one
    /// investment manager said", then "the investment manager said" is that one. A headline is
    /// not read: its capitals give no titles.
    private func headUsedAlone(_ title: PersonTitle, before end: Int, people: [Person], tokens: [Token], sentences: [Sentence]) -> Bool {
        guard let head = title.tokens.reversed().first(where: { title.role.hasSuffix(tokens[$0].lower) }).map({ tokens[$0].lower }) else { return false }
        var covered: [Range<Int>] = []
        for person in people { for held in person.titles { covered.append(held.tokens) } }
        for sentence in sentences where sentence.blockKind != .headline && sentence.tokens.lowerBound < end {
          for index in sentence.tokens where index < end && tokens[index].kind == .word {
            let lower = tokens[index].lower
            guard lower == head || lower == head + "s" else { continue }
            if !covered.contains(where: { $0.contains(index) }) { return true }
          }
        }
        return false
    }
}
