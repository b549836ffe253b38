/// Dates whose order the article contradicts, anywhere in it: a range that runs backwards
/// ("from 1994 to 1991"); "X after Y" or "X before Y" where the dates say the opposite ("sworn
/// in on March 2 after winning the March 9 election"); a "then" word against the dates ("She
/// subsequently joined the firm in January 2002" after talks in October 2002); and the order
/// knowledge of `event-order` for events of one person or one thing, across sentences (a plant
/// that "closed in 2019" and "opened in 2021"; "suspended on March 4, 2022" and "dismissed on
/// June 17, 2021"). Events are compared with every date the timeline gives the same event (two
/// a connective orders in one sentence with their own dates first), and only when told as done
/// or stated: never a plan, a condition, a term or a comparison.
public struct DateOrderCheck: Check {
    public static let name = "date-order"
    public static let summary = "A range runs backwards, or dates contradict the order of their events."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "first": "the date out of order",
        "second": "the date it contradicts",
        "explanation": "what is wrong, in words ('the range runs backwards from 1994 to 1991')",
        "other.line": "the line of the date it contradicts",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches = ranges(facts, scope: scope) + pairs(facts, scope: scope)
        let timeline = facts.timeline
        let published = facts.anchor
        var flagged = Set<Int>()
        for constraint in timeline.constraints {
            let ownFirst = constraint.source == .connective
            let earlier = dates(of: constraint.earlier, ownFirst: ownFirst, facts)
            let later = dates(of: constraint.later, ownFirst: ownFirst, facts)
            guard !earlier.isEmpty, !later.isEmpty else { continue }
            // Every date of the earlier event after every date of the later one.
            guard let latestOfLater = later.compactMap({ facts.temporal[$0].coverage(published: published)?.end }).max(),
                  let earliestOfEarlier = earlier.compactMap({ facts.temporal[$0].coverage(published: published)?.start }).min(),
                  earliestOfEarlier > latestOfLater else { continue }
            // Point at the date of the event said to follow, with the other as the note.
            let laterDate = later.max { facts.temporal[$0].span < facts.temporal[$1].span }!
            let earlierDate = earlier.min { facts.temporal[$0].span < facts.temporal[$1].span }!
            let (primary, other) = (laterDate, earlierDate)
            guard !flagged.contains(primary), facts.isInScope(sentence: facts.temporal[primary].sentence, scope) else { continue }
            flagged.insert(primary)
            let laterEvent = facts.timeline.events[constraint.later]
            let earlierEvent = facts.timeline.events[constraint.earlier]
            let laterPhrase = EventNaming.phrase(for: laterEvent, lexicons: facts.lexicons)
            let earlierPhrase = EventNaming.phrase(for: earlierEvent, lexicons: facts.lexicons)
            let explanation = "\(capitalised(laterPhrase)) \(dated(facts.temporal[laterDate])) comes before \(earlierPhrase) it follows, \(dated(facts.temporal[earlierDate]))"
            let otherLine = facts.line(of: facts.temporal[other].span)
            matches.append(CheckMatch(span: facts.temporal[primary].span, values: [
                "first": facts.temporal[primary].text, "second": facts.temporal[other].text,
                "explanation": explanation + " (line \(otherLine))", "other.line": String(otherLine),
            ], related: [.init(span: facts.temporal[other].span, message: "'\(facts.temporal[other].text)' is given here")]))
        }
        return matches.sorted { $0.span < $1.span }
    }

    /// "on March 2, 2024", "in 2009".
    private func dated(_ expression: TemporalExpression) -> String {
        (expression.day != nil && expression.isExplicit ? "on " : "in ") + expression.text
    }

    private func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The dates the timeline gives an event: the time it happened ("on", "in", "the 2011
    /// floods"), of events told as done or stated, through every mention of it. For two events
    /// a connective orders in one sentence, a mention's own dates come first when it has any
    /// ("left in 1990 after he was appointed in 1992" is about the 1992 appointment, whatever
    /// other appointment of his the story dates).
    private func dates(of event: Int, ownFirst: Bool, _ facts: ArticleFacts) -> [Int] {
        let own = ownFirst ? dates(ofMention: event, facts) : []
        guard own.isEmpty else { return own }
        return facts.timeline.mentions(of: event).flatMap { dates(ofMention: $0, facts) }
    }

    private func dates(ofMention mention: Int, _ facts: ArticleFacts) -> [Int] {
        let candidate = facts.timeline.events[mention]
        guard candidate.status == .reported || candidate.status == .stated, !candidate.isNegated else { return [] }
        return candidate.anchors.compactMap { anchor in
            guard anchor.relation == .at || anchor.relation == .modifier else { return nil }
            let kind = facts.temporal[anchor.temporal].kind
            return kind == .date || kind == .time ? anchor.temporal : nil
        }
    }

    /// Pairs of dates whose order the words fix, the wrong way round: "postponed to May 2-18
    /// from June 6-24", "launched in 2003 a plan to triple sales by 2002". A date without its
    /// year may lie in the next year ("put off to January from December"), so with one the pair
    /// is read the wrong way only when that reading puts the later date more than half a year on.
    private func pairs(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        // A gap or an anniversary is a length: duration-span compares it.
        for pair in facts.timeline.datePairs {
            guard let laterIndex = pair.later else { continue }
            let earlier = facts.temporal[pair.earlier]
            let later = facts.temporal[laterIndex]
            guard facts.isInScope(sentence: later.sentence, scope),
                  let first = earlier.coverage(published: facts.anchor), let second = later.coverage(published: facts.anchor),
                  second.end < first.start,
                  earlier.hasYear && later.hasYear || second.end.adding(years: 1).dayNumber - first.start.dayNumber > Self.halfYear
            else { continue }
            let explanation: String
            let (flagged, other) = pair.kind == .broughtForward ? (earlier, later) : (later, earlier)
            switch pair.kind {
            case .postponed:
                explanation = "'\(pair.cue)' to \(later.text) from \(earlier.text) puts the new date before the old one"
            case .broughtForward:
                explanation = "'\(pair.cue)' to \(earlier.text) from \(later.text) puts the new date after the old one"
            case .target:
                explanation = "The target, \(later.text), comes before the plan was made, in \(earlier.text)"
            case .gap, .anniversary, .ongoing, .span:
                continue
            }
            let line = facts.line(of: other.span)
            matches.append(CheckMatch(span: flagged.span, values: [
                "first": flagged.text, "second": other.text,
                "explanation": explanation + " (line \(line))", "other.line": String(line),
            ], related: [.init(span: other.span, message: pair.kind == .target ? "the plan is dated here" : "the date it was moved from")]))
        }
        return matches
    }

    private static let halfYear = 183

    /// "from 1994 to 1991", "between May and March 2024": both ends with their years written;
    /// or two days of one month without a year, the second the earlier ("between May 18 and
    /// May 2"): a run into the next year is read forward ("from May 1 to April 30", a financial
    /// year; "from April 6 to April 5", the day before; "from December 20 to January 5").
    private func ranges(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        for first in facts.temporal where facts.isInScope(sentence: first.sentence, scope) {
            guard let end = first.rangeEnd else { continue }
            let second = facts.temporal[end]
            guard first.isExplicit, second.isExplicit, let a = first.interval, let b = second.interval else { continue }
            let backwards = first.hasYear && second.hasYear ? a.start > b.end
                : !first.hasYear && !second.hasYear && first.day != nil && second.day != nil
                    && a.start.month == b.start.month && b.start.day < a.start.day - 1
            guard backwards else { continue }
            matches.append(CheckMatch(span: first.span.union(second.span), values: [
                "first": first.text, "second": second.text,
                "explanation": "The range runs backwards, from \(first.text) to \(second.text)", "other.line": String(facts.line(of: second.span)),
            ]))
        }
        return matches
    }
}
