/// The same quotation attributed to two different people. Reads the article's quotations
/// (``Quotation``, with the speaker the quotation reader found) and compares their words, case and
/// punctuation aside: the same words of at least `min-words` words, or one quotation of at least
/// `min-contained` words found whole inside another. Unattributed quotations are not compared.
public struct QuoteAttributionCheck: Check {
    public static let name = "quote-attribution"
    public static let summary = "The same quotation is attributed to two different people."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-words", .integer, default: "5", help: "Shorter quotations (\"no comment\") may recur."),
        ParameterSpec("min-contained", .integer, default: "8", help: "A quotation of at least this many words inside a longer one counts as the same words."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the later speaker",
        "other.person": "the earlier speaker",
        "other.line": "the line of the earlier quotation",
    ]) { $1 }

    /// From this many quotations on, earlier ones are found by ``QuotationWordIndex``.
    static let indexedQuotations = 64
    private let minimumWords: Int
    private let minimumContained: Int

    public init(parameters: ParameterValues) throws(ParameterError) {
        minimumWords = parameters.integer("min-words", default: 5)
        minimumContained = parameters.integer("min-contained", default: 8)
        guard minimumWords >= 1 else { throw ParameterError(parameter: "min-words", message: "must be at least 1") }
        guard minimumContained >= minimumWords else { throw ParameterError(parameter: "min-contained", message: "must be at least min-words") }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var attributed: [(quotation: Quotation, hashes: [UInt64])] = []
        // Among many quotations, only the earlier ones sharing words with this one are tested,
        // in the same order: aligning every pair was quadratic on a long article. Among a few
        // (most articles) testing each costs less than the index.
        var index = facts.quotations.count >= Self.indexedQuotations ? QuotationWordIndex(window: minimumContained) : nil
        var matches: [CheckMatch] = []
        for quotation in facts.quotations where quotation.words.count >= minimumWords && facts.isInScope(sentence: quotation.sentence, scope) {
            guard let speakerKey = quotation.speakerKey, let speaker = quotation.speaker else { continue }
            let hashes = quotation.words.map { FNV1a.hash($0.utf8) }
            let isSame = { (other: (quotation: Quotation, hashes: [UInt64])) -> Bool in
                guard other.quotation.speakerKey != speakerKey else { return false }
                if other.hashes == hashes { return true }
                guard min(hashes.count, other.hashes.count) >= minimumContained else { return false }
                let (short, long) = hashes.count <= other.hashes.count ? (hashes, other.hashes) : (other.hashes, hashes)
                return WordAlignment(short: short, long: long)?.changes.isEmpty ?? false
            }
            let earlier = if let index {
                index.candidates(for: hashes).lazy.map { attributed[$0] }.first(where: isSame)
            } else {
                attributed.first(where: isSame)
            }
            if let earlier, let name = earlier.quotation.speaker {
                matches.append(CheckMatch(span: quotation.span, values: [
                    "person": speaker, "other.person": name, "other.line": String(facts.line(of: earlier.quotation.span)),
                ], related: [.init(span: earlier.quotation.span, message: "the same words are attributed to \(name) here")]))
            }
            attributed.append((quotation, hashes))
            index?.append(hashes)
        }
        return matches
    }
}
