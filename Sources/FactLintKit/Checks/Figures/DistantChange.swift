/// A percentage change told in one sentence and the figures of the same change told in another:
/// "…, reporting a 31 pct drop in third quarter earnings, …" and "profit for the third quarter
/// ended August 31 fell to 52 mln dlrs from 64 mln dlrs". They are taken for one change only
/// when nothing else in the article could be it:
/// - the percentage has no figures of its own in its sentence, and the figures' sentence (one
///   `changeTo` and one `changeFrom` of one change) has no percentage change;
/// - both name the same measure (`measure-equivalents` makes "profit" and "earnings" one), with
///   the same qualifiers ("operating", "per share"), the same direction, the same subject where
///   both have one, and periods that can be one;
/// - no other figures and no other percentage of that measure and direction are in the article.
enum DistantChange {
    static func pairs(_ facts: ArticleFacts) -> [(percent: ClaimFrame, from: ClaimFrame, to: ClaimFrame)] {
        let claims = facts.claims
        let otherBases = facts.lexicons["other-bases"]
        var bySentence: [Int: [ClaimFrame]] = [:]
        for claim in claims where claim.position != .table { bySentence[claim.quantity.sentence, default: []].append(claim) }
        var figures: [(from: ClaimFrame, to: ClaimFrame)] = []
        var percents: [ClaimFrame] = []
        for sentence in bySentence.keys.sorted() {
            let own = bySentence[sentence] ?? []
            let changes = own.filter { $0.kind == .changeBy && $0.quantity.unit == "percent" }
            let tos = own.filter { $0.kind == .changeTo }, froms = own.filter { $0.kind == .changeFrom }
            if changes.isEmpty, tos.count == 1, froms.count == 1, let pair = figurePair(from: froms[0], to: tos[0]) {
                figures.append(pair)
            }
            if tos.isEmpty, froms.isEmpty {
                percents += changes.filter { isPercent($0) && !$0.qualifiers.contains(where: otherBases.contains(lowercased:)) }
            }
        }
        var found: [(percent: ClaimFrame, from: ClaimFrame, to: ClaimFrame)] = []
        for percent in percents {
            let matching = figures.filter { isSame(percent, $0.to) }
            guard matching.count == 1, let pair = matching.first,
                  !percents.contains(where: { $0.quantity.sentence != percent.quantity.sentence && isSame(percent, $0) && $0.quantity.value != percent.quantity.value })
            else { continue }
            found.append((percent, pair.from, pair.to))
        }
        return found
    }

    /// One change's two figures, exact or about, in one unit, neither a range.
    private static func figurePair(from: ClaimFrame, to: ClaimFrame) -> (from: ClaimFrame, to: ClaimFrame)? {
        guard to.direction != 0, !to.measure.head.isEmpty, from.quantity.value > 0, to.position != .quote, from.position != .quote,
              from.changeIndex == nil || to.changeIndex == nil || from.changeIndex == to.changeIndex,
              [from, to].allSatisfy({ ($0.quantity.hedge == .exact || $0.quantity.hedge == .about) && $0.rangeWith == nil }),
              from.quantity.unit != "percent", from.quantity.unit != "points",
              from.quantity.unit == to.quantity.unit || (from.quantity.unit.isEmpty || to.quantity.unit.isEmpty) && from.quantity.scale == to.quantity.scale
        else { return nil }
        return (from, to)
    }

    /// A percentage change of a named measure: exact or about, not a range, not a share of something.
    private static func isPercent(_ claim: ClaimFrame) -> Bool {
        claim.direction != 0 && (claim.quantity.hedge == .exact || claim.quantity.hedge == .about) && claim.rangeWith == nil
            && !claim.isPartitive && claim.position != .quote && !claim.measure.head.isEmpty
            && [.noun, .changed, .linked, .equivalence].contains(claim.measure.source)
    }

    /// The same measure (no modifiers that tell two apart: "oil reserves", "gas reserves"),
    /// qualifiers, direction, subject and period; both must give their period. A change "from a
    /// year ago" is compared only with figures a year apart ("total deposits rose 30.6 pct
    /// year-on-year" is not "rose to 17.18 billion from 16.74 billion in December").
    private static func isSame(_ percent: ClaimFrame, _ other: ClaimFrame) -> Bool {
        guard percent.measure.head == other.measure.head, percent.direction == other.direction,
              qualifiers(percent).subtracting([yearOnYear]) == qualifiers(other).subtracting([yearOnYear]),
              !percent.qualifiers.contains(yearOnYear) || other.qualifiers.contains(yearOnYear) else { return false }
        let mine = Set(percent.measure.modifiers), theirs = Set(other.measure.modifiers)
        if !mine.isEmpty, !theirs.isEmpty, mine.isDisjoint(with: theirs) { return false }
        if let mine = percent.subject, let theirs = other.subject, mine != theirs { return false }
        guard let mine = percent.period, let theirs = other.period else { return false }
        return ClaimFrame.periodsOverlap(mine, theirs)
    }

    private static let yearOnYear = "year-on-year"

    /// Qualifiers that make another claim; "total" restates the plain figure.
    private static func qualifiers(_ claim: ClaimFrame) -> Set<String> {
        Set(claim.qualifiers).subtracting(["total"])
    }
}
