/// One person given two ages: "Doyle, 64," and later "the 66-year-old Doyle". Ages are read from
/// "Name, 64,", "Name (64)", "Name, aged 64" and "64-year-old Name", and joined to people through
/// the people facts, so "Doyle" and "Margaret Doyle" are one person. Two ages in sentences dated to
/// different years are not compared.
public struct AgeAgreementCheck: Check {
    public static let name = "age-agreement"
    public static let summary = "One person is given two different ages."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the person's name",
        "age": "the later age",
        "other.age": "the earlier age",
        "other.line": "the line of the earlier age",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    struct Age {
        var value: Int
        var span: SourceSpan
        var sentence: Int
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        for person in facts.people {
            var ages: [Age] = []
            for mention in person.mentions where mention.kind != .title && facts.isInScope(sentence: mention.sentence, scope) {
                if let age = age(after: mention, facts) ?? age(before: mention, facts) { ages.append(age) }
            }
            ages.sort { $0.span < $1.span }
            guard let first = ages.first else { continue }
            for later in ages.dropFirst() where later.value != first.value && !differentYears(first, later, facts) {
                matches.append(CheckMatch(span: later.span, values: [
                    "person": person.name, "age": String(later.value), "other.age": String(first.value),
                    "other.line": String(facts.line(of: first.span)),
                ], related: [.init(span: first.span, message: "\(person.name) is \(first.value) here")]))
                break
            }
        }
        return matches
    }

    /// "Doyle, 64," or "Doyle (64)" or "Doyle, aged 64".
    private func age(after mention: PersonMention, _ facts: ArticleFacts) -> Age? {
        let range = facts.sentences[mention.sentence].tokens
        var index = mention.tokens.upperBound
        guard index < range.upperBound, facts.tokens[index].text == "," || facts.tokens[index].text == "(" else { return nil }
        index += 1
        if index < range.upperBound, facts.tokens[index].lower == "aged" { index += 1 }
        guard index < range.upperBound, let value = ageValue(facts.tokens[index]) else { return nil }
        let after = index + 1
        guard after >= range.upperBound || [",", ")", ".", ";"].contains(facts.tokens[after].text) else { return nil }
        return Age(value: value, span: span(of: index, facts), sentence: mention.sentence)
    }

    /// "the 66-year-old Doyle".
    private func age(before mention: PersonMention, _ facts: ArticleFacts) -> Age? {
        let start = facts.sentences[mention.sentence].tokens.lowerBound
        var index = mention.tokens.lowerBound - 1
        // Skip words of a title between ("the 66-year-old retired teacher Doyle" is too far).
        guard index - 4 >= start else { return nil }
        let words = (index - 4...index).map { facts.tokens[$0].lower }
        guard words[1] == "-", words[2] == "year", words[3] == "-", words[4] == "old" else { return nil }
        index -= 4
        guard let value = ageValue(facts.tokens[index]) else { return nil }
        return Age(value: value, span: span(of: index, facts).union(span(of: index + 4, facts)), sentence: mention.sentence)
    }

    private func ageValue(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count <= 3, let value = Int(token.text), value >= 1, value <= 120 else { return nil }
        return value
    }

    private func span(of index: Int, _ facts: ArticleFacts) -> SourceSpan {
        let token = facts.tokens[index]
        return facts.article.blocks[token.block].text.sourceSpan(of: token.range)
    }

    private func differentYears(_ a: Age, _ b: Age, _ facts: ArticleFacts) -> Bool {
        let years = { (sentence: Int) -> Set<Int> in
            Set(facts.temporal.filter { $0.sentence == sentence }.compactMap { $0.interval?.start.year })
        }
        let first = years(a.sentence)
        let second = years(b.sentence)
        return !first.isEmpty && !second.isEmpty && first != second
    }
}
