extension PersonExtractor {
    /// The organisation a corporate title with none of its own belongs to, read from its
    /// sentence: the same person's other corporate titles must all name one organisation, and
    /// the sentence must name it outside the title, by its first word ("Vantor" for "Vantor
    /// Group"): "Finance director Tarvik said Vantor would sell a unit", with no organisation
    /// phrase after the name ("Finance director Tarvik of the trust"). Government posts are left
    /// alone: a minister's sentence names other bodies ("oil minister Kestrova said the oil
    /// council would meet").
    func organisationNamed(for title: PersonTitle, of person: Person, sentences: [Sentence], tokens: [Token]) -> String? {
        if let named = organisationByNoun(for: title, of: person) { return named }
        guard title.kind == .corporate, title.org == nil else { return nil }
        let others = person.titles.filter { $0.kind == .corporate && $0.orgKey != nil && $0.span != title.span }
        guard let first = others.first, let key = first.orgKey, others.allSatisfy({ $0.orgKey == key }),
              let name = first.org?.split(separator: " ").first.map(String.init), name.first?.isUppercase == true else { return nil }
        let range = sentences[title.sentence].tokens
        // "Finance director Brannock of the Tarvik trust": an organisation after the name is
        // the title's own.
        var after = title.tokens.upperBound
        while after < range.upperBound, tokens[after].kind == .word, tokens[after].isCapitalized { after += 1 }
        if after < range.upperBound, tokens[after].kind == .word, vocabulary.titlePrepositions.contains(tokens, after) { return nil }
        let names = range.contains { index in
            !title.tokens.contains(index) && tokens[index].kind == .word && tokens[index].text == name
        }
        return names ? key : nil
    }

    /// The organisation a title names only by a common noun ("the association's chairman",
    /// "the bank's president"): the one the person's other titles name, when its name ends in
    /// that noun ("director general of the Tarvik Publishers Association") and all of them
    /// name that one.
    private func organisationByNoun(for title: PersonTitle, of person: Person) -> String? {
        guard title.orgKey == nil, let noun = title.org, !noun.isEmpty, noun.first?.isLowercase == true, !noun.contains(" ") else { return nil }
        let others = person.titles.filter { $0.orgKey != nil && $0.span != title.span }
        guard let first = others.first, let key = first.orgKey, others.allSatisfy({ $0.orgKey == key }),
              let last = first.org?.split(separator: " ").last, last.first?.isUppercase == true,
              last.lowercased() == noun else { return nil }
        return key
    }
}
