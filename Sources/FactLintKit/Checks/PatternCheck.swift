/// A phrase that must not occur: a token pattern with typed slots (`{person} (slammed|blasted)`),
/// or a regular expression as an escape hatch, run sentence by sentence with a time limit.
/// `unless` names patterns (one, or a list) whose presence in the same sentence excuses a match.
public struct PatternCheck: Check {
    public static let name = "pattern"
    public static let summary = "A phrase pattern must not occur."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("pattern", .pattern, default: "", help: "Words, (alternatives), optional?, ... gaps and {slots}; this or regex is required."),
        ParameterSpec("regex", .regex, default: "", help: "A regular expression, matched in each sentence, ignoring case."),
        ParameterSpec("unless", .patternList, default: "", help: "A pattern, or a list of patterns, any of which found in the same sentence excuses the match."),
        ParameterSpec("regex-time-limit-ms", .integer, default: "50", help: "Milliseconds a regular expression may spend on one sentence."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "match": "the matched text",
        "person": "the text the {person} slot matched", "title": "the {title} slot", "date": "the {date} slot",
        "number": "the {number} slot", "quantity": "the {quantity} slot", "org": "the {org} slot", "place": "the {place} slot",
    ]) { $1 }

    let pattern: TokenPattern?
    let regex: BoundedRegex?
    let unless: [TokenPattern]

    public init(parameters: ParameterValues) throws(ParameterError) {
        let patternText = parameters.string("pattern") ?? ""
        let regexText = parameters.string("regex") ?? ""
        guard patternText.isEmpty != regexText.isEmpty else {
            throw ParameterError(parameter: patternText.isEmpty ? "pattern" : "regex", message: "give either 'pattern' or 'regex', not both or neither")
        }
        do {
            pattern = patternText.isEmpty ? nil : try TokenPattern(patternText)
            regex = regexText.isEmpty ? nil : try BoundedRegex(regexText, limitMilliseconds: parameters.number("regex-time-limit-ms", default: 50))
        } catch {
            throw ParameterError(parameter: patternText.isEmpty ? "regex" : "pattern", message: "is not valid: \(error.message)")
        }
        do {
            unless = try parameters.strings("unless").filter { !$0.isEmpty }.map { text throws(PatternError) in try TokenPattern(text) }
        } catch {
            throw ParameterError(parameter: "unless", message: "is not valid: \(error.message)")
        }
    }

    public var patternsToExplain: [(name: String, pattern: TokenPattern)] { (pattern.map { [("pattern", $0)] } ?? []) + unless.map { ("unless", $0) } }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let matcher = PatternMatcher(facts: facts)
        var excused = Set<Int>()
        for excuse in unless {
            for match in matcher.matches(excuse, sentences: { facts.isInScope(sentence: $0, scope) }) { excused.insert(match.sentence) }
        }
        var results: [CheckMatch] = []
        if let pattern {
            for match in matcher.matches(pattern, sentences: { facts.isInScope(sentence: $0, scope) }) where !excused.contains(match.sentence) {
                let text = matcher.textOf(match.tokens)
                var values = ["match": text]
                for binding in match.bindings where values[binding.slot.rawValue] == nil { values[binding.slot.rawValue] = binding.text }
                results.append(CheckMatch(span: match.span, values: values, evidence: match.evidence(text: text)))
            }
        }
        if let regex {
            for (index, sentence) in facts.sentences.enumerated() where facts.isInScope(sentence: index, scope) && !excused.contains(index) {
                let (ranges, timedOut) = regex.matches(in: sentence.text)
                let text = facts.article.blocks[sentence.blockIndex].text
                for range in ranges {
                    let absolute = (sentence.range.lowerBound + range.lowerBound)..<(sentence.range.lowerBound + range.upperBound)
                    let span = text.sourceSpan(of: absolute)
                    let matched = text.string(in: absolute)
                    results.append(CheckMatch(span: span, values: ["match": matched],
                                              evidence: [Evidence(name: "match", kind: .match, text: matched, span: span)]))
                }
                if timedOut {
                    results.append(CheckMatch(cutShort: sentence.span, reason: "its regular expression ran for \(Int(regex.limit)) ms"))
                }
            }
        }
        return results + matcher.cutShortMatches()
    }
}
