/// Finds a ``TokenPattern`` in an article's facts. Slots match the facts the extractors found:
/// `{person}` a person mention, `{date}` a date, `{number}` a number, and so on, each bound with
/// a normalised key so rules compare meanings, not spellings.
///
/// A matcher belongs to one run of one check: it remembers the sentences on which a pattern ran
/// out of steps, so the check can say where it stopped (``cutShortMatches()``).
public final class PatternMatcher {
    let facts: ArticleFacts
    /// Sentences on which some pattern used up ``stepsPerSentence``, in no particular order.
    public private(set) var cutShortSentences: Set<Int> = []
    private let people: [Int: (end: Int, key: String)]
    private let titles: [Int: (end: Int, key: String)]
    private let dates: [Int: (end: Int, key: String)]
    private let quantities: [Int: (end: Int, key: String)]
    private let orgWords: Lexicon
    private let numberWords: Lexicon

    /// `lexicons` default to the ones the facts were read with (the newsroom's included).
    public init(facts: ArticleFacts, lexicons: LexiconSet? = nil) {
        let lexicons = lexicons ?? facts.lexicons
        self.facts = facts
        var people: [Int: (Int, String)] = [:]
        var titles: [Int: (Int, String)] = [:]
        for person in facts.people {
            for mention in person.mentions where mention.kind != .title { people[mention.tokens.lowerBound] = (mention.tokens.upperBound, person.key) }
            for title in person.titles where !title.tokens.isEmpty {
                let key = (title.modifiers + [title.role] + title.qualifiers.sorted()).joined(separator: " ") + (title.org.map { "@" + $0.lowercased() } ?? "")
                titles[title.tokens.lowerBound] = (title.tokens.upperBound, key)
            }
        }
        var dates: [Int: (Int, String)] = [:]
        for expression in facts.temporal where expression.kind == .date || expression.kind == .time {
            dates[expression.tokens.lowerBound] = (expression.tokens.upperBound, expression.value ?? expression.text.lowercased())
        }
        var quantities: [Int: (Int, String)] = [:]
        for claim in facts.claims {
            quantities[claim.quantity.extent.lowerBound] = (claim.quantity.extent.upperBound, "\(claim.quantity.value) \(claim.quantity.unit)")
        }
        self.people = people
        self.titles = titles
        self.dates = dates
        self.quantities = quantities
        orgWords = lexicons["org-words"]
        numberWords = lexicons["number-words"]
    }

    /// Most matching steps spent on one sentence. Gaps and optional words can backtrack
    /// exponentially (the fuzzer found a pattern of many gaps that hung); a step count, unlike a
    /// clock, stops at the same place on every machine.
    public static let stepsPerSentence = 200_000
    /// The same, as an editor reads it ("200,000").
    static var stepsPerSentenceText: String {
        var digits = String(stepsPerSentence)
        var position = digits.count - 3
        while position > 0 {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: position))
            position -= 3
        }
        return digits
    }

    /// Every non-overlapping match in the sentences a filter keeps, in reading order. A sentence
    /// that uses up ``stepsPerSentence`` is left with the matches found so far and is recorded in
    /// ``cutShortSentences``.
    public func matches(_ pattern: TokenPattern, sentences keep: (Int) -> Bool) -> [PatternMatch] {
        var results: [PatternMatch] = []
        for (index, sentence) in facts.sentences.enumerated() where keep(index) {
            var start = sentence.tokens.lowerBound
            var budget = Self.stepsPerSentence
            while start < sentence.tokens.upperBound, budget > 0 {
                var bindings: [PatternMatch.Binding] = []
                if let end = match(pattern.elements[...], at: start, limit: sentence.tokens.upperBound, bindings: &bindings, budget: &budget),
                   end > start, budget > 0 {
                    let span = spanOf(start..<end)
                    results.append(PatternMatch(tokens: start..<end, span: span, sentence: index, bindings: bindings))
                    start = end
                } else {
                    start += 1
                }
            }
            if budget <= 0 { cutShortSentences.insert(index) }
        }
        return results
    }

    /// One match per sentence a pattern gave up on, in reading order, for the check to add to
    /// what it found: a rule that stopped early must say so rather than pass in silence.
    public func cutShortMatches() -> [CheckMatch] {
        cutShortSentences.sorted().map { index in
            CheckMatch(cutShort: facts.sentences[index].span,
                       reason: "its pattern took more than \(Self.stepsPerSentenceText) matching steps")
        }
    }

    private func match(_ elements: ArraySlice<PatternMatch.Element>, at index: Int, limit: Int,
                       bindings: inout [PatternMatch.Binding], budget: inout Int) -> Int? {
        budget -= 1
        guard budget > 0 else { return nil }
        guard let element = elements.first else { return index }
        return match(element, then: elements.dropFirst(), at: index, limit: limit, bindings: &bindings, budget: &budget)
    }

    /// One element, then the rest of the pattern. Each step of the budget is one call of the
    /// function above, or one try of an optional element.
    private func match(_ element: PatternMatch.Element, then rest: ArraySlice<PatternMatch.Element>, at index: Int, limit: Int,
                       bindings: inout [PatternMatch.Binding], budget: inout Int) -> Int? {
        switch element {
        case let .optional(inner):
            var trial = bindings
            budget -= 1
            if budget > 0, let end = match(inner, then: rest, at: index, limit: limit, bindings: &trial, budget: &budget) {
                bindings = trial
                return end
            }
            return match(rest, at: index, limit: limit, bindings: &bindings, budget: &budget)
        case let .gap(most):
            for skip in 0...most where index + skip <= limit {
                var trial = bindings
                if let end = match(rest, at: index + skip, limit: limit, bindings: &trial, budget: &budget) {
                    bindings = trial
                    return end
                }
            }
            return nil
        case let .word(options):
            // The longest option that matches here, then the rest.
            for option in options {
                guard index + option.count <= limit,
                      option.indices.allSatisfy({ facts.tokens[index + $0].lower == option[$0] }) else { continue }
                var trial = bindings
                if let end = match(rest, at: index + option.count, limit: limit, bindings: &trial, budget: &budget) {
                    bindings = trial
                    return end
                }
            }
            return nil
        case let .group(options):
            for option in options {
                var trial = bindings
                if let end = match(ArraySlice(option + rest), at: index, limit: limit, bindings: &trial, budget: &budget) {
                    bindings = trial
                    return end
                }
            }
            return nil
        case let .slot(slot):
            guard index < limit, let (end, key) = slotMatch(slot, at: index, limit: limit) else { return nil }
            bindings.append(PatternMatch.Binding(slot: slot, tokens: index..<end, span: spanOf(index..<end),
                                                 text: textOf(index..<end), key: key))
            if let found = match(rest, at: end, limit: limit, bindings: &bindings, budget: &budget) { return found }
            bindings.removeLast()
            return nil
        }
    }

    private func slotMatch(_ slot: TokenPattern.Slot, at index: Int, limit: Int) -> (Int, String)? {
        let token = facts.tokens[index]
        switch slot {
        case .person: return people[index].flatMap { $0.end <= limit ? ($0.end, $0.key) : nil }
        case .title: return titles[index].flatMap { $0.end <= limit ? ($0.end, $0.key) : nil }
        case .date: return dates[index].flatMap { $0.end <= limit ? ($0.end, $0.key) : nil }
        case .quantity: return quantities[index].flatMap { $0.end <= limit ? ($0.end, $0.key) : nil }
        case .number:
            if token.kind == .number, let value = Double(token.text.replacingAll(",", with: "")) { return (index + 1, String(value)) }
            if token.kind == .word, let key = numberWords.key(for: token), let value = Double(key) { return (index + 1, String(value)) }
            return nil
        case .org, .place:
            guard token.kind == .word, token.isCapitalized, people[index] == nil else { return nil }
            var end = index
            while end < limit, facts.tokens[end].kind == .word, facts.tokens[end].isCapitalized, people[end] == nil { end += 1 }
            let hasOrgWord = (index..<end).contains { orgWords.contains(lowercased: facts.tokens[$0].lower) }
            guard (slot == .org) == hasOrgWord else { return nil }
            return (end, textOf(index..<end).lowercased())
        case .any:
            return (index + 1, token.lower)
        }
    }

    func spanOf(_ range: Range<Int>) -> SourceSpan {
        let first = facts.tokens[range.lowerBound]
        let last = facts.tokens[range.upperBound - 1]
        return facts.article.blocks[first.block].text.sourceSpan(of: first.range.lowerBound..<last.range.upperBound)
    }

    func textOf(_ range: Range<Int>) -> String {
        let first = facts.tokens[range.lowerBound]
        let last = facts.tokens[range.upperBound - 1]
        return facts.article.blocks[first.block].text.string(in: first.range.lowerBound..<last.range.upperBound)
    }
}

extension PatternMatch {
    typealias Element = TokenPattern.Element
}
