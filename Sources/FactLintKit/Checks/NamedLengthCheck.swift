/// One thing given two lengths: "the government's five-year immigration plan" and, further on,
/// "its ten-year immigration plan"; "five years of economic stagnation" and "the three years of
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
        guard lengths.count >= 2 else { return [] }
        var matches: [CheckMatch] = []
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

    /// The same noun, and the shorter list of words ending the longer ("stagnation" and
    /// "economic stagnation").
    static func isSameThing(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return !short.isEmpty && Array(long.suffix(short.count)) == short
    }

    /// Whether two lengths in days are more than a tenth apart: "52 weeks" (364 days) and "one
    /// year" (360) are one length, "18 months" and "two years" are not.
    static func differ(_ first: Int, _ second: Int) -> Bool {
        abs(first - second) * 10 > max(first, second)
    }

    /// A length in days, months counted as 30 and years as 12 of them, so "36 months" and
    /// "three years" are one length; nil for a length with no number.
    static func days(_ expression: TemporalExpression) -> Int? {
        guard case .duration(let length)? = expression.resolved, let amount = length.amount else { return nil }
        let perUnit: Double
        switch length.unit {
        case .day: perUnit = 1
        case .week: perUnit = 7
        case .month: perUnit = 30
        case .year: perUnit = 360
        case .decade: perUnit = 3600
        default: return nil
        }
        return Int((amount * perUnit).rounded())
    }
}
