/// Why an example did not fire where it was marked: the facts the extractors read at the span,
/// and how far each of the rule's patterns got in that sentence.
struct ExampleDiagnosis {
    let facts: ArticleFacts

    /// Lines that explain a missing finding at a span.
    func explain(missing span: SourceSpan, rule: Rule) -> [String] {
        let source = facts.article.source
        let items = Self.facts(overlapping: span, in: facts)
        var lines: [String]
        if items.isEmpty {
            lines = ["facts there: none (no person, title, date, number or quantity was read at «\(source.text(of: span))»)"]
        } else {
            lines = ["facts there: " + items.map { describe($0) }.joined(separator: "; ")]
        }
        guard let sentence = facts.sentences.firstIndex(where: { $0.span.start <= span.start && span.start < max($0.span.end, $0.span.start + 1) }) else {
            return lines + ["the span is in no sentence the rules read (a date line, front matter, code or a comment)"]
        }
        if !facts.isInScope(sentence: sentence, rule.scope) {
            lines.append("the sentence is outside the rule's scope (\(facts.sentences[sentence].blockKind.rawValue))")
        }
        for (name, pattern) in rule.check.patternsToExplain {
            lines.append(nearest(name: name, pattern: pattern, sentence: sentence))
        }
        return lines
    }

    /// How far a pattern gets in a sentence: in full, or its longest prefix that matches and
    /// the element that failed after it.
    private func nearest(name: String, pattern: TokenPattern, sentence: Int) -> String {
        let source = facts.article.source
        let matcher = PatternMatcher(facts: facts, lexicons: facts.lexicons)
        let only = { (index: Int) in index == sentence }
        if let full = matcher.matches(pattern, sentences: only).first {
            return "'\(name)' matches this sentence in full: «\(source.text(of: full.span))» at \(position(full.span))"
        }
        for count in stride(from: pattern.elements.count - 1, through: 1, by: -1) {
            guard let prefix = pattern.prefix(count), let partial = matcher.matches(prefix, sentences: only).first else { continue }
            let needed = TokenPattern.describe(pattern.elements[count])
            let next = partial.tokens.upperBound
            let found = next < facts.sentences[sentence].tokens.upperBound
                ? "found «\(facts.tokens[next].text)» at \(position(matcher.spanOf(next..<(next + 1))))"
                : "the sentence ends there"
            return "'\(name)' \(pattern.source): the nearest match is «\(source.text(of: partial.span))» at \(position(partial.span)) for '\(prefix.source)'; then \(needed) was needed but \(found)"
        }
        return "'\(name)' \(pattern.source): nothing in this sentence matches its start, '\(TokenPattern.describe(pattern.elements[0]))'"
    }

    private func position(_ span: SourceSpan) -> String {
        let location = facts.article.source.location(of: span)
        return "\(location.line):\(location.column)"
    }

    private func describe(_ item: Evidence) -> String {
        var text = "\(item.kind.rawValue) '\(item.text)'"
        if let value = item.value { text += " (\(value))" }
        return text + " at \(position(item.span))"
    }

    /// The people, titles, dates, quantities and numbers read where a span is.
    static func facts(overlapping span: SourceSpan, in facts: ArticleFacts) -> [Evidence] {
        let overlaps = { (other: SourceSpan) in other.start < max(span.end, span.start + 1) && span.start < max(other.end, other.start + 1) }
        var items: [Evidence] = []
        for person in facts.people {
            for mention in person.mentions where overlaps(mention.span) {
                items.append(Evidence(name: "person", kind: .person, text: mention.text, span: mention.span, value: person.name))
            }
            for title in person.titles where overlaps(title.span) {
                items.append(Evidence(name: "title", kind: .title, text: title.text, span: title.span,
                                      value: title.role + (title.org.map { " @ \($0)" } ?? "")))
            }
        }
        for expression in facts.temporal where overlaps(expression.span) {
            items.append(Evidence(name: "date", kind: .date, text: expression.text, span: expression.span, value: expression.value))
        }
        var quantityTokens = Set<Int>()
        for claim in facts.claims where overlaps(claim.quantity.span) {
            let value = wholeNumberText(claim.quantity.value) ?? String(claim.quantity.value)
            items.append(Evidence(name: "quantity", kind: .quantity, text: claim.quantity.text, span: claim.quantity.span,
                                  value: claim.quantity.unit.isEmpty ? value : "\(value) \(claim.quantity.unit)"))
            quantityTokens.formUnion(claim.quantity.tokens)
        }
        for (index, token) in facts.tokens.enumerated() where token.kind == .number && !quantityTokens.contains(index) {
            let tokenSpan = facts.article.blocks[token.block].text.sourceSpan(of: token.range)
            if overlaps(tokenSpan) { items.append(Evidence(name: "number", kind: .number, text: token.text, span: tokenSpan)) }
        }
        return items.sorted { ($0.span.start, $0.kind) < ($1.span.start, $1.kind) }
    }
}
