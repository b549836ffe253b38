/// The same claim stated with different numbers: a headline figure the body contradicts ("250
/// mln stg" in the headline, "around 205 mln stg" in the story), or a restatement in the body
/// ("1,200 jobs" and later "the 1,500 jobs"). Claims are the same when the unit matches and the
/// words around them overlap; hedges are respected ("about 250" agrees with 248, "more than 70"
/// with 73). Figures about different periods ("first quarter", "a year earlier") are not compared.
public struct NumberAgreementCheck: Check {
    public static let name = "number-agreement"
    public static let summary = "The same claim is stated with different numbers."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-shared-words", .integer, default: "3", help: "Words two body claims must share around the number to be one claim."),
        ParameterSpec("min-similarity", .number, default: "0.5", help: "Share of those words (Jaccard) two body claims must have in common."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "number": "the figure as written here",
        "other.number": "the other figure",
        "other.line": "the line of the other figure",
        "where": "'the headline' or 'line N'",
    ]) { $1 }

    /// Units that say nothing about what is counted.
    static let genericUnits: Set<String> = ["", "percent", "usd", "gbp", "eur", "jpy", "chf", "frf", "dem", "nlg", "itl", "sek", "sdr", "cents", "points", "shares", "tonnes", "barrels", "bpd", "ounces"]

    /// Earlier claims remembered per word; a word around more claims than this is common talk.
    static let maximumPostings = 64
    private let minimumShared: Int
    private let minimumSimilarity: Double

    public init(parameters: ParameterValues) throws(ParameterError) {
        minimumShared = parameters.integer("min-shared-words", default: 3)
        minimumSimilarity = parameters.number("min-similarity", default: 0.5)
        guard minimumShared >= 1 else { throw ParameterError(parameter: "min-shared-words", message: "must be at least 1") }
        guard minimumSimilarity > 0, minimumSimilarity <= 1 else { throw ParameterError(parameter: "min-similarity", message: "must be between 0 and 1") }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let claims = facts.claims.filter { facts.isInScope(sentence: $0.quantity.sentence, scope) || $0.isHeadline }
        let headline = claims.filter(\.isHeadline)
        let body = claims.filter { !$0.isHeadline && facts.isInScope(sentence: $0.quantity.sentence, scope) }
        var matches: [CheckMatch] = []
        var reported = Set<SourceSpan>()

        // The headline against the story. The lede restates the headline, so its figures of the
        // same unit come first: if none of them is the headline's figure, the closest one clashes.
        // Without such a figure in the lede, the whole story is searched.
        let headlineWords = Set(headline.flatMap(\.subjectWords))
        let ledeBlock = facts.ledeBlock
        for claim in headline {
            // "RAISES BOND TO 75 MLN" and "75 mln dlrs": a figure given with a scale alone compares
            // with any unit of that scale.
            let sameUnit = body.filter { comparable($0.quantity, claim.quantity) }
            let lede = sameUnit.filter { facts.sentences[$0.quantity.sentence].blockIndex == ledeBlock }
            let pool = lede.isEmpty ? sameUnit : lede
            let minimumOverlap = lede.isEmpty ? 2 : 1
            let agreesWithHeadline = { (candidate: Claim) in
                sameFigure(candidate.quantity, claim.quantity) || isHeadlineRounding(claim.quantity, of: candidate.quantity)
            }
            if lede.isEmpty {
                if pool.contains(where: agreesWithHeadline) { continue }
            } else {
                // In the lede, the figure that restates the headline is the one whose words match
                // the headline's best (the first of equals); another figure may be the same
                // number for something else ("33 pct of its 30 pct interest").
                // Between equally matching figures, the one introduced by the same word ("TO 38.9
                // PCT" and "to 38.9 pct") comes first, then the earliest.
                let opener = { (candidate: Claim) -> String in
                    let index = candidate.quantity.extent.lowerBound - 1
                    return index >= 0 ? facts.tokens[index].lower : ""
                }
                let headlineOpener = opener(claim)
                let prepositions: Set<String> = ["to", "from", "by", "at", "of", "in"]
                let score = { (candidate: Claim) -> (Int, Int) in
                    let sameOpener = prepositions.contains(headlineOpener) && opener(candidate) == headlineOpener
                    return (candidate.subject.intersection(headlineWords).count, sameOpener ? 1 : 0)
                }
                let best = lede.max { a, b in
                    let (x, y) = (score(a), score(b))
                    return x < y || (x == y && a.quantity.span > b.quantity.span)
                }
                if let best, agreesWithHeadline(best) { continue }
                // "a range of 3.75 dlrs to 4.25 dlrs", "rise by one mln tonnes to 6.3 mln tonnes":
                // the headline may give either end, or the level reached.
                if lede.contains(where: { agreesWithHeadline($0) && ["to", "from", "of", "at"].contains(opener($0)) }) { continue }
                // Several figures in the headline ("PRICE 1.50 CTS TO 67 CTS") each find their own.
                let headlineSentence = facts.sentences[claim.quantity.sentence].tokens
                let numbersInHeadline = headlineSentence.filter { facts.tokens[$0].kind == .number }.count
                if numbersInHeadline > 1, lede.contains(where: agreesWithHeadline) { continue }
            }
            // "310 MLN DLR PACKAGE" for "a 300 mln dlr loan and 10 mln dlr grant": a total of two figures.
            if isSumOfTwo(claim.quantity, pool.map(\.quantity)) { continue }
            if body.contains(where: { $0.quantity.unit != claim.quantity.unit && comparable($0.quantity, claim.quantity) && sameFigure($0.quantity, claim.quantity) }) { continue }
            let scored = pool.filter { $0.quantity.unit == claim.quantity.unit && !$0.quantity.agrees(with: claim.quantity) }
                .map { ($0, $0.subject.intersection(headlineWords).count) }
                .filter { $0.1 >= minimumOverlap }
            guard let best = scored.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.quantity.span > $1.0.quantity.span) })?.0 else { continue }
            reported.insert(best.quantity.span)
            matches.append(match(best, other: claim, otherWhere: "the headline", facts))
        }

        // Restatements in the story: the earlier figure whose surrounding words are most like this
        // one's is the one it restates. If that one agrees, a less similar one cannot clash.
        // Comparison lines ("profit 1.2 mln vs 0.9 mln") are data, not restatements.
        guard body.count >= 2 else { return matches }
        // Only sentences that hold a figure are ever asked about.
        let comparisons = Set(body.map(\.quantity.sentence)).filter { index in
            facts.sentences[index].tokens.contains { facts.tokens[$0].lower == "vs" || facts.tokens[$0].lower == "versus" }
        }
        // Earlier claims are found through the words around them, so the work grows with the
        // article, not with its square.
        var postings: [String: [Int]] = [:]
        var periods: [Int: Set<String>] = [:]
        for expression in facts.temporal { if let value = expression.value { periods[expression.sentence, default: []].insert(value) } }
        var claimsBySentence: [Int: [Claim]] = [:]
        for claim in body { claimsBySentence[claim.quantity.sentence, default: []].append(claim) }
        func append(_ index: Int, to list: inout [Int]) {
            list.append(index)
            if list.count > Self.maximumPostings { list.removeFirst() }
        }
        for (index, later) in body.enumerated() {
            let keys = later.context.map { later.quantity.unit + "|" + $0 }
            defer { for key in keys { append(index, to: &postings[key, default: []]) } }
            guard !reported.contains(later.quantity.span), !comparisons.contains(later.quantity.sentence) else { continue }
            var candidates = Set<Int>()
            for key in keys { if let list = postings[key] { candidates.formUnion(list) } }
            var scored: [(claim: Claim, shared: Int, similarity: Double)] = []
            for candidate in candidates.sorted() {
                let earlier = body[candidate]
                guard earlier.quantity.sentence != later.quantity.sentence, earlier.quantity.unit == later.quantity.unit else { continue }
                let shared = earlier.context.intersection(later.context).count
                let union = earlier.context.count + later.context.count - shared
                guard union > 0 else { continue }
                scored.append((earlier, shared, Double(shared) / Double(union)))
            }
            guard let top = scored.map(\.similarity).max() else { continue }
            // Among equally close figures, the one in the same place in its sentence ("after a
            // 9.8 pct increase" against "after a 8.8 pct increase") is the one restated.
            let place = { (claim: Claim) -> Int in
                (claimsBySentence[claim.quantity.sentence] ?? []).firstIndex { $0.quantity.span == claim.quantity.span } ?? 0
            }
            let closest = scored.filter { $0.similarity >= top - 1e-9 }
                .sorted { (place($0.claim) == place(later) ? 0 : 1, $0.claim.quantity.span) < (place($1.claim) == place(later) ? 0 : 1, $1.claim.quantity.span) }
            // Several equally close figures: if any of them agrees, this one restates that one.
            guard !closest.contains(where: { $0.claim.quantity.agrees(with: later.quantity) }),
                  let best = closest.first, best.shared >= minimumShared, best.similarity >= minimumSimilarity,
                  !comparisons.contains(best.claim.quantity.sentence),
                  !differentPeriods(best.claim, later, periods),
                  isAnchored(best.claim, later, claimsBySentence) else { continue }
            matches.append(match(later, other: best.claim, otherWhere: "line \(facts.line(of: best.claim.quantity.span))", facts))
            reported.insert(later.quantity.span)
        }
        return matches
    }

    /// Two sentences that each give several figures restate one another only if they share one
    /// of them: "rose to 25.5 mln from 20.6 mln" and "rose to 13.4 mln from 9.1 mln" are two
    /// airlines, not a slip.
    private func isAnchored(_ earlier: Claim, _ later: Claim, _ bySentence: [Int: [Claim]]) -> Bool {
        // A restatement repeats the sentence's other figures ("34 banks holding more than 70 pct");
        // the same words about another zone, bond or company bring their own.
        let first = bySentence[earlier.quantity.sentence] ?? []
        let second = bySentence[later.quantity.sentence] ?? []
        // A count of a named thing ("1,200 jobs", "12 victims") names its subject; money and
        // percentages do not, so they need a shared figure.
        if !Self.genericUnits.contains(later.quantity.unit), first.count == 1 || second.count == 1 { return true }
        return first.contains { a in second.contains { b in a.quantity.span != earlier.quantity.span && b.quantity.span != later.quantity.span && sameFigure(a.quantity, b.quantity) } }
    }

    private func comparable(_ a: Quantity, _ b: Quantity) -> Bool {
        a.unit == b.unit || ((a.unit.isEmpty || b.unit.isEmpty) && a.scale == b.scale && a.scale > 1)
    }

    private func sameFigure(_ a: Quantity, _ b: Quantity) -> Bool {
        var first = a
        first.unit = b.unit
        return first.isSameFigure(as: b)
    }

    /// "CHAD SAYS TROOPS KILLED 1,200 LIBYANS" for 1,269: a headline may round a figure of three or
    /// more digits to its own significant digits (at least two).
    private func isSumOfTwo(_ total: Quantity, _ parts: [Quantity]) -> Bool {
        for (index, first) in parts.enumerated() {
            for second in parts[(index + 1)...] where abs(first.value + second.value - total.value) <= abs(total.value) * 0.005 {
                return true
            }
        }
        return false
    }

    private func isHeadlineRounding(_ headline: Quantity, of body: Quantity) -> Bool {
        // "75 PCT" for 75.9 pct: a whole-number headline may drop the decimals.
        if headline.decimals == 0, body.decimals > 0, abs(headline.value - body.value) < headline.scale { return true }
        let value = abs(headline.value / headline.scale)
        // Beyond 1e15 a Double has no whole-number digits to round to (and Int(value) would trap).
        guard headline.decimals == 0, value >= 100, value < 1e15, value == value.rounded() else { return false }
        var digits = String(Int(value))
        var trailing = 0
        while digits.hasSuffix("0") { digits.removeLast(); trailing += 1 }
        guard digits.count >= 2, trailing >= 1 else { return false }
        var step = 1.0
        for _ in 0..<trailing { step *= 10 }
        let other = abs(body.value / headline.scale)
        return (other / step).rounded(.down) * step == value || (other / step).rounded() * step == value
    }

    private func match(_ claim: Claim, other: Claim, otherWhere: String, _ facts: ArticleFacts) -> CheckMatch {
        CheckMatch(span: claim.quantity.span, values: [
            "number": claim.quantity.text, "other.number": other.quantity.text,
            "other.line": String(facts.line(of: other.quantity.span)), "where": otherWhere,
        ], related: [.init(span: other.quantity.span, message: "'\(other.quantity.text)' is given here")])
    }

    /// Figures whose sentences name different dates are about different periods.
    private func differentPeriods(_ a: Claim, _ b: Claim, _ periods: [Int: Set<String>]) -> Bool {
        let first = periods[a.quantity.sentence] ?? []
        let second = periods[b.quantity.sentence] ?? []
        return !first.isEmpty && !second.isEmpty && first != second
    }
}
