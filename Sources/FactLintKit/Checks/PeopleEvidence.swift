/// Evidence items the people and name checks attach to their findings, so `--verbose` and JSON
/// show which person, title, word or spelling a finding compared and what the extractor read in
/// it (a title's structure, a word's sex, a spelling's count).
extension Evidence {
    /// A person, located at their first mention, with their full name.
    static func person(_ person: Person, as name: String = "person") -> Evidence? {
        guard let first = person.mentions.first else { return nil }
        return Evidence(name: name, kind: .person, text: person.name, span: first.span)
    }

    /// A title with its structure: head, kind and class, rank, portfolio, organisation, party, tenure.
    static func title(_ title: PersonTitle, as name: String) -> Evidence {
        Evidence(name: name, kind: .title, text: title.text, span: title.span, value: title.structureSummary)
    }

    /// A word that gives a person's sex: a pronoun, an honorific or a gendered title word.
    static func gender(_ item: GenderEvidence, as name: String) -> Evidence {
        Evidence(name: name, kind: Kind(item.source.rawValue), text: item.text, span: item.span, value: item.gender.rawValue)
    }

    /// The mention a pronoun was read to refer to.
    static func antecedent(of item: GenderEvidence, _ person: Person, as name: String) -> Evidence? {
        guard let span = item.antecedent else { return nil }
        let text = person.mentions.first { $0.span == span }?.text ?? person.name
        return Evidence(name: name, kind: .person, text: text, span: span)
    }

    /// One spelling of a name, with how often it is used and, for the rarer one, why the two
    /// were read as one name.
    static func spelling(_ spelling: NameCluster.Spelling, in cluster: NameCluster, at span: SourceSpan, as name: String, reason: Bool) -> Evidence {
        let kind: Kind = switch cluster.kind {
        case .person: .person
        case .organisation: .org
        case .place: .place
        case .other: "name"
        }
        var value = spelling.count == 1 ? "used once" : "used \(spelling.count) times"
        if reason, let evidence = cluster.evidence { value += "; \(evidence.explanation)" }
        return Evidence(name: name, kind: kind, text: spelling.text, span: span, value: value)
    }
}

extension NameCluster.Evidence {
    /// Why two spellings were read as one name, for an editor.
    var explanation: String {
        switch self {
        case .spelling: "a letter or two differ"
        case .partOfName: "one word of a longer name differs"
        case .firstName: "another first name beside the same surname"
        case .middleInitial: "another middle initial"
        case .hyphenation: "written with and without a hyphen"
        case .firmSingular: "a firm's name written without its final 's'"
        }
    }
}
