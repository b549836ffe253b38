/// One thing given two lengths: "the council's five-year harbour plan" and, further on,
/// "its ten-year harbour plan"; "five years of economic stagnation" and "the three years of
/// stagnation". Two mentions are of one thing when they end in the same noun and the words of
/// the shorter name end the longer one, at least one of them points at a known thing ("the",
/// "its", a possessive) and neither at any one ("a ten-year plan" may be another plan), and they
/// stand in different sentences (one sentence that gives two lengths compares two things:
/// "replaced the five-year plan with a ten-year plan").
public struct NamedLengthCheck: Check {
    public static let name = "named-length"
    public static let summary = "One thing is given two different lengths."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "length": "the thing with its length as written here ('ten-year immigration plan')",
        "other.length": "the other mention as written ('five-year immigration plan')",
        "other.line": "the line of the other mention",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let lengths = facts.timeline.namedLengths
        var matches = spreadSums(facts, scope: scope)
        guard lengths.count >= 2 else { return matches.sorted { $0.span < $1.span } }
        var flagged = Set<Int>()
        for later in lengths.indices {
            for earlier in 0..<later where !flagged.contains(later) {
                let (a, b) = (lengths[earlier], lengths[later])
                // One of them points back at a known thing, and neither may be any one of its kind.
                guard a.sentence != b.sentence, a.determiner == .definite || b.determiner == .definite,
                      a.determiner != .indefinite, b.determiner != .indefinite, Self.isSameThing(a.words, b.words),
                      let first = Self.days(facts.temporal[a.duration]), let second = Self.days(facts.temporal[b.duration]),
                      Self.differ(first, second), facts.isInScope(sentence: b.sentence, scope) else { continue }
                flagged.insert(later)
                matches.append(CheckMatch(span: b.span, values: [
                    "length": facts.article.source.text(of: b.span),
                    "other.length": facts.article.source.text(of: a.span),
                    "other.line": String(facts.line(of: a.span)),
                ], related: [.init(span: a.span, message: "the same \(a.words.last!) given another length here")]))
            }
        }
        return matches.sorted { $0.span < $1.span }
    }

    /// One sum of money spread over two lengths: "pledged £640m over 12 years" and later "£640m
    /// over 18 years" (``ClaimFrame/spreadOver``). The sums are one figure, exactly stated, in
    /// different sentences.
    private func spreadSums(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let spread = facts.claims.filter { $0.spreadOver != nil && $0.quantity.hedge == .exact && $0.rangeWith == nil && $0.position != .table }
        guard spread.count >= 2 else { return [] }
        var matches: [CheckMatch] = []
        for later in spread.indices.dropFirst() where facts.isInScope(sentence: spread[later].quantity.sentence, scope) {
            let b = spread[later], bLength = facts.temporal[b.spreadOver!]
            guard let bDays = Self.days(bLength), let earlier = spread[..<later].first(where: { a in
                      a.quantity.sentence != b.quantity.sentence && a.quantity.isSameFigure(as: b.quantity)
                          && Self.days(facts.temporal[a.spreadOver!]).map { Self.differ($0, bDays) } ?? false
                  }) else { continue }
            let aLength = facts.temporal[earlier.spreadOver!]
            let here = b.quantity.span.union(bLength.span), there = earlier.quantity.span.union(aLength.span)
            matches.append(CheckMatch(span: here, values: [
                "length": facts.article.source.text(of: here), "other.length": facts.article.source.text(of: there),
                "other.line": String(facts.line(of: there)),
            ], related: [.init(span: there, message: "the same \(earlier.quantity.text) given another length here")]))
        }
        return matches
    }

    /// The same noun, and the shorter list of words ending the longer ("stagnation" and
    /// "economic stagnation").
    static func isSameThing(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return !short.isEmpty && Array(long.suffix(short.count)) == short
    }

    /// Whether two lengths in days are more than a tenth apart: "52 weeks" and "one year" are one
    /// length, "18 months" and "two years" are not.
    static func differ(_ first: Double, _ second: Double) -> Bool {
        abs(first - second) * 10 > max(first, second)
    }

    /// A length in days; nil for a length with no number or in a unit no length here is given in
    /// (hours and minutes are not names' lengths).
    static func days(_ expression: TemporalExpression) -> Double? {
        guard case .duration(let length)? = expression.resolved, !length.unit.isClock else { return nil }
        return length.days
    }
}
