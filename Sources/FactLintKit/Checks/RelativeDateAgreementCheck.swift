/// A relative date ("Last September") and an explicit one ("September 2022") that describe the
/// same event but name different years. Two mentions are taken to be one event when they name
/// the same month and their sentences share a key phrase (two content words in a row, like
/// "terrorist operation") near each date. Year-on-year comparisons ("sales in February rose from
/// February 1986") are left alone: only a month with "last", "next" or "this" is compared.
public struct RelativeDateAgreementCheck: Check {
    public static let name = "relative-date-agreement"
    public static let summary = "A relative date and an explicit date for the same event disagree."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("window", .integer, default: "25", help: "How many sentences apart the two mentions may be."),
        ParameterSpec("phrase-distance", .integer, default: "12", help: "How many words from each date the shared phrase may be."),
    ]
    public static let needs: Set<RuleNeed> = [.publicationDate]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "relative": "the relative expression (Last September)",
        "relative-value": "what it resolves to (September 2023)",
        "explicit": "the explicit date (September 2022)",
        "other.line": "the line of the explicit date",
        "phrase": "the phrase both mention",
    ]) { $1 }

    private let window: Int
    private let phraseDistance: Int
    private let stopwords = LexiconSet.builtIn["stopwords"]
    private let wording = DateWording()

    public init(parameters: ParameterValues) throws(ParameterError) {
        window = parameters.integer("window", default: 25)
        phraseDistance = parameters.integer("phrase-distance", default: 12)
        guard window >= 0 else { throw ParameterError(parameter: "window", message: "must be 0 or more") }
        guard phraseDistance >= 1 else { throw ParameterError(parameter: "phrase-distance", message: "must be at least 1") }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let dated = facts.temporal.filter { $0.interval != nil && facts.isInScope(sentence: $0.sentence, scope) }
        let relatives = dated.filter { !$0.isExplicit && isRelativeMonth($0) }
        // "down from May 1986", "the lowest since March 1980": a date of comparison, not of the event.
        let explicits = dated.filter { $0.isExplicit && !isComparison($0, in: facts) }
        guard !relatives.isEmpty, !explicits.isEmpty else { return [] }
        var matches: [CheckMatch] = []
        var reported = Set<SourceSpan>()
        for relative in relatives {
            let relativePhrases = phrases(near: relative, in: facts)
            // Explicit dates are in reading order: look only at those within the window.
            let lower = firstIndex(in: explicits, atOrAfter: relative.sentence - window)
            for explicit in explicits[lower...].prefix(while: { $0.sentence <= relative.sentence + window }) where explicit.sentence != relative.sentence {
                guard let relativeMonth = relative.interval?.start, let explicitInterval = explicit.interval,
                      explicitInterval.start.month == explicitInterval.end.month, explicitInterval.start.month == relativeMonth.month,
                      relative.conflicts(with: explicit), !reported.contains(relative.span) else { continue }
                let shared = relativePhrases.intersection(phrases(near: explicit, in: facts))
                // The longest shared phrase names the event best.
                guard let key = shared.max(by: { ($0.count, $1) < ($1.count, $0) }) else { continue }
                let phrase = phrasesAsWritten(near: relative, in: facts)[key] ?? key
                reported.insert(relative.span)
                matches.append(CheckMatch(span: relative.span, values: [
                    "relative": relative.text,
                    "relative-value": describe(relative),
                    "explicit": explicit.text,
                    "other.line": String(facts.line(of: explicit.span)),
                    "phrase": phrase,
                ], related: [.init(span: explicit.span, message: "'\(explicit.text)' is given for the same \(phrase) here")]))
            }
        }
        return matches
    }

    private func isComparison(_ expression: TemporalExpression, in facts: ArticleFacts) -> Bool {
        let start = facts.sentences[expression.sentence].tokens.lowerBound
        var index = expression.tokens.lowerBound - 1
        while index >= start, ["the", "in", "of", "a"].contains(facts.tokens[index].lower) { index -= 1 }
        guard index >= start else { return false }
        return ["since", "from", "than", "with", "over", "versus", "vs", "against", "below", "above", "to", "until", "like"].contains(facts.tokens[index].lower)
    }

    private func firstIndex(in expressions: [TemporalExpression], atOrAfter sentence: Int) -> Int {
        var low = 0
        var high = expressions.count
        while low < high {
            let mid = (low + high) / 2
            if expressions[mid].sentence < sentence { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// "Last September", "next March", "this May": a month placed by its relation to the
    /// publication date.
    private func isRelativeMonth(_ expression: TemporalExpression) -> Bool {
        guard let interval = expression.interval, interval.start.day == 1, interval.start.month == interval.end.month,
              interval.end.day == CalendarDate.daysIn(month: interval.end.month, year: interval.end.year) else { return false }
        let first = expression.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return ["last", "next", "this", "previous", "coming"].contains(first)
    }

    /// "September 2023", "2023", "May 15, 2024".
    private func describe(_ expression: TemporalExpression) -> String {
        guard let interval = expression.interval else { return expression.value ?? expression.text }
        if interval.start == interval.end { return wording.long(interval.start) }
        if interval.start.month == interval.end.month { return "\(wording.monthName(interval.start.month)) \(interval.start.year)" }
        return String(interval.start.year)
    }

    /// Runs of two or more content words within `phraseDistance` words of the expression, in its
    /// sentence, as every sub-run of two words or more ("anti-terrorist operation", "terrorist operation").
    private func phrases(near expression: TemporalExpression, in facts: ArticleFacts) -> Set<String> {
        Set(phrasesAsWritten(near: expression, in: facts).keys)
    }

    /// Phrases keyed by their lowercase form, each with its spelling in this sentence.
    private func phrasesAsWritten(near expression: TemporalExpression, in facts: ArticleFacts) -> [String: String] {
        let sentence = facts.sentences[expression.sentence].tokens
        let low = max(sentence.lowerBound, expression.tokens.lowerBound - phraseDistance)
        let high = min(sentence.upperBound, expression.tokens.upperBound + phraseDistance)
        var runs: [[String]] = [[]]
        var joiners: [[String]] = [[]]
        var pendingJoiner = " "
        for index in low..<high {
            let token = facts.tokens[index]
            if token.kind == .punctuation, token.text == "-", !token.spaceBefore {
                pendingJoiner = "-"
                continue
            }
            guard !expression.tokens.contains(index), token.kind == .word, token.lower.count >= 3, !stopwords.contains(token.lower) else {
                if !runs[runs.count - 1].isEmpty { runs.append([]); joiners.append([]) }
                pendingJoiner = " "
                continue
            }
            runs[runs.count - 1].append(token.text)
            joiners[joiners.count - 1].append(pendingJoiner)
            pendingJoiner = " "
        }
        var result: [String: String] = [:]
        for (run, joins) in zip(runs, joiners) where run.count >= 2 {
            for start in 0..<(run.count - 1) {
                var phrase = run[start]
                for end in (start + 1)..<run.count {
                    phrase += joins[end] + run[end]
                    result[phrase.lowercased()] = phrase
                }
            }
        }
        return result
    }
}
