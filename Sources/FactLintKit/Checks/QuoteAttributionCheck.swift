/// The same quotation attributed to two different people. Quotations of five words or more are
/// compared ignoring case and punctuation; the speaker is the person named in the quotation's
/// sentence, outside the quotation marks. Unattributed quotations are not compared.
public struct QuoteAttributionCheck: Check {
    public static let name = "quote-attribution"
    public static let summary = "The same quotation is attributed to two different people."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-words", .integer, default: "5", help: "Shorter quotations (\"no comment\") may recur."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the later speaker",
        "other.person": "the earlier speaker",
        "other.line": "the line of the earlier quotation",
    ]) { $1 }

    private let minimumWords: Int

    public init(parameters: ParameterValues) throws(ParameterError) {
        minimumWords = parameters.integer("min-words", default: 5)
        guard minimumWords >= 1 else { throw ParameterError(parameter: "min-words", message: "must be at least 1") }
    }

    struct Quotation {
        var key: String
        var span: SourceSpan
        var speaker: Person?
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let quoted = PersonExtractor().quoteFlags(facts.tokens)
        var speakers: [Int: [(person: Person, mention: PersonMention)]] = [:]
        for person in facts.people {
            for mention in person.mentions { speakers[mention.sentence, default: []].append((person, mention)) }
        }
        var seen: [String: Quotation] = [:]
        var matches: [CheckMatch] = []
        for (sentenceIndex, sentence) in facts.sentences.enumerated() where facts.isInScope(sentence: sentenceIndex, scope) {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard quoted[index] else { index += 1; continue }
                var end = index
                while end < sentence.tokens.upperBound, quoted[end] { end += 1 }
                let words = (index..<end).filter { facts.tokens[$0].kind != .punctuation }.map { facts.tokens[$0].lower }
                defer { index = end }
                guard words.count >= minimumWords else { continue }
                let first = facts.tokens[index]
                let last = facts.tokens[end - 1]
                let span = facts.article.blocks[first.block].text.sourceSpan(of: first.range.lowerBound..<last.range.upperBound)
                let speaker = speakers[sentenceIndex]?.first { !quoted[$0.mention.tokens.lowerBound] }?.person
                let quotation = Quotation(key: words.joined(separator: " "), span: span, speaker: speaker)
                if let earlier = seen[quotation.key] {
                    if let a = earlier.speaker, let b = speaker, a.key != b.key {
                        matches.append(CheckMatch(span: span, values: [
                            "person": b.name, "other.person": a.name, "other.line": String(facts.line(of: earlier.span)),
                        ], related: [.init(span: earlier.span, message: "the same words are attributed to \(a.name) here")]))
                    }
                } else {
                    seen[quotation.key] = quotation
                }
            }
        }
        return matches
    }
}
