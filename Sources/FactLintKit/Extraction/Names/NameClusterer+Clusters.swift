/// Clusters from the pairs of spellings: groups of spellings of one name, then every other name
/// with its one spelling, each with its kind.
extension NameClusterer {
    func clusters(_ pairs: [Pair], _ forms: NameForms, _ people: [Person], _ personTokens: [Bool]) -> [NameCluster] {
        // Join pairs into groups (a spelling may pair with two others).
        var parent: [String: String] = [:]
        func root(_ key: String) -> String {
            var key = key
            while let next = parent[key], next != key { key = next }
            return key
        }
        var evidence: [String: NameCluster.Evidence] = [:]
        for pair in pairs {
            let a = NameForms.key(pair.first, isRun: pair.firstIsRun), b = NameForms.key(pair.second, isRun: pair.secondIsRun)
            if parent[a] == nil { parent[a] = a }
            if parent[b] == nil { parent[b] = b }
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            evidence[a] = pair.evidence
        }
        var groups: [String: [String]] = [:]
        for key in parent.keys.sorted() { groups[root(key), default: []].append(key) }
        var result: [NameCluster] = []
        var clustered = Set<String>()
        for (_, keys) in groups.sorted(by: { $0.key < $1.key }) {
            var spellings: [NameCluster.Spelling] = []
            for key in keys {
                let (text, isRun) = NameForms.spelling(ofKey: key)
                guard let form = forms.form(text, isRun: isRun) else { continue }
                spellings.append(.init(text: text, spans: form.spans, sentences: form.sentences))
                clustered.insert(text)
            }
            guard spellings.count >= 2 else { continue }
            let why = keys.compactMap { evidence[$0] }.first ?? .spelling
            result.append(NameCluster(kind: kind(of: spellings[0].text, forms, personTokens), spellings: ordered(spellings, forms), evidence: why,
                                      person: nil))
        }
        // Every other name, with its one spelling: people by their full name, then runs and words
        // that stand for something other than a person.
        for person in people where !clustered.contains(person.name) {
            let mentions = person.mentions.filter { $0.kind != .title }
            guard !mentions.isEmpty else { continue }
            result.append(NameCluster(kind: .person, spellings: [.init(text: person.name, spans: mentions.map(\.span), sentences: mentions.map(\.sentence))],
                                      evidence: nil, person: person.name))
        }
        for run in forms.runs.values where !clustered.contains(run.text) && !run.positions.contains(where: { personTokens[$0] }) {
            result.append(NameCluster(kind: kind(of: run, personTokens), spellings: [.init(text: run.text, spans: run.spans, sentences: run.sentences)],
                                      evidence: nil, person: nil))
        }
        for word in forms.words.values where word.runs.isEmpty && word.seenInside && !clustered.contains(word.text)
            && !word.positions.contains(where: { personTokens[$0] }) && !forms.seenLowercase.contains(word.text.lowercased()) {
            result.append(NameCluster(kind: kind(of: word, personTokens), spellings: [.init(text: word.text, spans: word.spans, sentences: word.sentences)],
                                      evidence: nil, person: nil))
        }
        // Person names for the clusters of spellings, by the person whose mention they overlap.
        for index in result.indices where result[index].evidence != nil {
            let spans = result[index].spellings.flatMap(\.spans)
            if let person = people.first(where: { person in person.mentions.contains { mention in spans.contains { $0.start < mention.span.end && mention.span.start < $0.end } } }) {
                result[index].kind = .person
                result[index].person = person.name
            }
        }
        return result.sorted { ($0.spellings.map { $0.spans[0] }.min() ?? SourceSpan(start: 0, end: 0)) < ($1.spellings.map { $0.spans[0] }.min() ?? SourceSpan(start: 0, end: 0)) }
    }

    /// Most used first. Between two spellings used as often, the one whose differing word the
    /// article uses more elsewhere ("Mississippi Power" beside "Mississippi Supreme Court" and
    /// "Misssissippi Supreme Court"), then the earlier one.
    func ordered(_ spellings: [NameCluster.Spelling], _ forms: NameForms) -> [NameCluster.Spelling] {
        let words = spellings.map { forms.runs[$0.text]?.words ?? [$0.text] }
        return spellings.indices.sorted { a, b in
            let (x, y) = (spellings[a], spellings[b])
            if x.count != y.count { return x.count > y.count }
            if let more = moreUsedWord(words[a], words[b], forms) { return more }
            return x.spans[0] < y.spans[0]
        }.map { spellings[$0] }
    }

    /// Whether the first name's one differing word is used more than the second's, word for word;
    /// nil when they differ in more than one word or in how they are split ("McGraw-Hill",
    /// "McGraw Hill"), or the two words are used as often.
    private func moreUsedWord(_ a: [String], _ b: [String], _ forms: NameForms) -> Bool? {
        guard a.count == b.count else { return nil }
        let differing = a.indices.filter { a[$0] != b[$0] }
        guard differing.count == 1, let x = forms.words[a[differing[0]]]?.count, let y = forms.words[b[differing[0]]]?.count, x != y else { return nil }
        return x > y
    }

    /// A spelling's kind; every spelling of a cluster is a run or a word of `forms`.
    func kind(of text: String, _ forms: NameForms, _ personTokens: [Bool]) -> NameCluster.Kind {
        guard let form = forms.runs[text] ?? forms.words[text] else { return .other }
        return kind(of: form, personTokens)
    }

    /// A name's kind from its form, whose words are already split (a form's text is its words
    /// joined by spaces).
    func kind(of form: NameForms.Form, _ personTokens: [Bool]) -> NameCluster.Kind {
        if form.positions.contains(where: { personTokens[$0] }) { return .person }
        if places.contains(form.text) { return .place }
        if ontology.organisations.contains(form.text) { return .organisation }
        if form.words.count >= 2, form.words.contains(where: { orgWords.contains($0) }) { return .organisation }
        return .other
    }
}
