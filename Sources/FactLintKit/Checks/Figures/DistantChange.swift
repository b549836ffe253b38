/// A percentage change told in one sentence and the figures of the same change told in another:
/// "…, reporting a 31 pct drop in third quarter earnings, …" and "profit for the third quarter
/// ended August 31 fell to 52 mln dlrs from 64 mln dlrs". They are taken for one change only
/// when nothing else in the article could be it:
/// - the percentage has no figures of its own in its sentence, and the figures' sentence (one
///   `changeTo` and one `changeFrom` of one change) has no percentage change;
/// - both name the same measure (`measure-equivalents` makes "profit" and "earnings" one), with
///   the same qualifiers ("operating", "per share", a business `segment`), the same direction,
///   the same subject, and the same period;
/// - the percentage's sentence gives no base of its own ("from February"), and the figures'
///   sentence names no one and nothing the percentage's does not;
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
        for percent in percents where !hasOwnBase(percent, facts) {
            let matching = figures.filter { isSame(percent, $0.to) && isSamePeriod(percent, $0, facts) && !namesOther(percent, $0.to, facts) }
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
    /// qualifiers ("operating", a business `segment`), direction and subject (the figures' own
    /// subject, where they have one, must be the percentage's). A change "from a year ago" is
    /// compared only with figures a year apart ("deposits rose 12.4 pct year-on-year" is not
    /// "rose to 8.2 billion from 8.0 billion in May").
    private static func isSame(_ percent: ClaimFrame, _ other: ClaimFrame) -> Bool {
        guard percent.measure.head == other.measure.head, percent.direction == other.direction,
              qualifiers(percent).subtracting([yearOnYear]) == qualifiers(other).subtracting([yearOnYear]),
              !percent.qualifiers.contains(yearOnYear) || other.qualifiers.contains(yearOnYear) else { return false }
        let mine = Set(percent.measure.modifiers), theirs = Set(other.measure.modifiers)
        if !mine.isEmpty, !theirs.isEmpty, mine.isDisjoint(with: theirs) { return false }
        if let theirs = other.subject, theirs != percent.subject { return false }
        return true
    }

    /// The same period: the percentage gives one, and the figures give the same, or their
    /// sentence names it ("profit for the third quarter ended August 31": the claim's period is
    /// the day, the sentence names the quarter). A day is not taken to lie in a quarter or a
    /// month: it often ends a fiscal period of another length. The period of the earlier
    /// figure ("from 6.1 billion in May") is not the change's.
    private static func isSamePeriod(_ percent: ClaimFrame, _ pair: (from: ClaimFrame, to: ClaimFrame), _ facts: ArticleFacts) -> Bool {
        guard let period = percent.period, period != pair.from.period else { return false }
        return pair.to.period == period || facts.temporal.contains { $0.sentence == pair.to.quantity.sentence && $0.value == period }
    }

    /// Whether the figures' sentence names someone or something the percentage's does not
    /// ("Rival Dalford Corp said its profit fell to 10 mln"): the figures may be theirs.
    private static func namesOther(_ percent: ClaimFrame, _ other: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        facts.names.contains { cluster in
            let sentences = cluster.spellings.flatMap(\.sentences)
            return sentences.contains(other.quantity.sentence) && !sentences.contains(percent.quantity.sentence)
        }
    }

    /// Whether the percentage's sentence gives its change its own base ("rose 1.2 pct in March
    /// from February"): a date the timeline reads as where the change started.
    private static func hasOwnBase(_ percent: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        facts.timeline.events.contains { $0.sentence == percent.quantity.sentence && $0.anchors.contains { $0.relation == .from } }
    }

    private static let yearOnYear = "year-on-year"

    /// Qualifiers that make another claim; "total" restates the plain figure.
    private static func qualifiers(_ claim: ClaimFrame) -> Set<String> {
        Set(claim.qualifiers).subtracting(["total"])
    }
}
