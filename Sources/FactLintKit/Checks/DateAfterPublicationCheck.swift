/// An event told as having happened, dated after the article was published: "said on March
/// 13, 1987" in a story of March 9; "a deal it completed in January 2026" in a November 2025
/// story; debts "rescheduled in a 1988 accord" in 1987. It reads the timeline: only events whose
/// status is `reported` count, so a plan ("will meet", "is expected to"), a term ("redeemable
/// on", "expires"), a condition ("if"), a rate or a date a thing was moved to ("postponed until")
/// is never flagged, and only the date of the event itself ("on", "in", "the 1988 accord"), not
/// a limit ("until", "by", "from").
///
/// With `yearless: true` it checks dates written without a year instead ("On June 3, the board
/// voted" in a May 28 story): wire copy leaves the year out only for this year's dates, so a
/// past event whose reading in the current year lies after publication is suspect.
public struct DateAfterPublicationCheck: Check {
    public static let name = "date-after-publication"
    public static let summary = "A past event is dated after the publication date."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("tolerance-days", .integer, default: "0", help: "Days after publication still accepted, for time zones."),
        ParameterSpec("yearless", .boolean, default: "false", help: "Check dates written without a year instead of dates with one."),
    ]
    public static let needs: Set<RuleNeed> = [.publicationDate]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "date": "the date as resolved (March 20, 1987; January 2026)",
        "written": "the date as written",
        "published": "the publication date",
        "distance": "how long after publication (4 days)",
        "event": "the words that tell the event (completed, said, the accord)",
    ]) { $1 }

    private let tolerance: Int
    private let yearless: Bool
    public init(parameters: ParameterValues) throws(ParameterError) {
        tolerance = parameters.integer("tolerance-days", default: 0)
        yearless = parameters.boolean("yearless", default: false)
        guard tolerance >= 0 else { throw ParameterError(parameter: "tolerance-days", message: "must be 0 or more") }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        guard let published = facts.anchor else { return [] }
        let wording = DateWording(lexicons: facts.lexicons)
        var matches: [CheckMatch] = []
        var reported = Set<Int>()
        for (eventIndex, event) in facts.timeline.events.enumerated() where event.status == .reported && !event.isNegated {
            for anchor in event.anchors where Self.ownTime.contains(anchor.relation) && !reported.contains(anchor.temporal) {
                let expression = facts.temporal[anchor.temporal]
                guard facts.isInScope(sentence: expression.sentence, scope), expression.tense == .past,
                      expression.isYearless == yearless,
                      // A season with its year counts after "in" ("a strike in the summer of 1987
                      // ended"), not before a noun, where a plan may be read ("talk of a spring
                      // or autumn 1987 walkout").
                      yearless || (expression.isExplicit || expression.isSeason && anchor.relation != .modifier) && expression.hasYear,
                      let covered = expression.coverage(published: published),
                      covered.start.dayNumber - published.dayNumber > tolerance else { continue }
                // "the 1986 low posted in mid-April": a year written in the sentence is the year
                // of its yearless dates; "Profits fell last year. The board voted on Dec. 20 …": a
                // past year named in the sentence or the one before it in its paragraph places them.
                if yearless, Self.isPlacedInAnotherYear(expression, facts, published) { continue }
                // A month without a year reads as this year's, told as past, only in the month of
                // publication ("in mid-March" in a March 4 story); a later month reads as last year's.
                if yearless, expression.day == nil, covered.start.month != published.month || covered.start.year != published.year { continue }
                // A day well after publication told as past reads as last year's ("the tour
                // opened on July 4" in April).
                if yearless, expression.day != nil, covered.start.dayNumber - published.dayNumber > Self.yearlessDayReach { continue }
                // A month more than one after the publication month told as done ("voted on March
                // 1" in a January 31 story) reads as last year's, however few days away.
                if yearless, expression.day != nil,
                   (covered.start.year - published.year) * 12 + covered.start.month - published.month > Self.yearlessMonthReach { continue }
                if yearless, !Self.isToldWith(expression, relation: anchor.relation, event: event, at: eventIndex, in: facts) { continue }
                reported.insert(anchor.temporal)
                var related: [CheckMatch.Related] = []
                if let publishedSpan = facts.article.publishedSpan {
                    related.append(.init(span: publishedSpan, message: "the article is dated \(wording.long(published)) here"))
                }
                matches.append(CheckMatch(span: expression.span, values: [
                    // A season is named as written, with the months it covers.
                    "date": expression.isSeason ? "'\(expression.text)' (\(wording.describe(covered)))" : wording.describe(covered),
                    "written": expression.text,
                    "published": wording.long(published),
                    "distance": wording.distance(days: covered.start.dayNumber - published.dayNumber),
                    "event": EventNaming.phrase(for: event, lexicons: facts.lexicons),
                ], related: related))
            }
        }
        return matches.sorted { $0.span < $1.span }
    }

    /// Whether a yearless date plainly dates a verb told as done: right after it ("resigned on
    /// June 4", "was announced June 2") or after its own object ("closed its discussions on June
    /// 12"), or opening the sentence ("On June 3, the board voted"),
    /// with no plan told before it in the sentence. An event noun ("the meeting on May 31", "talks
    /// on a holiday on June 1") or a date further on ("offered a day off on June 1") may date
    /// something still to come. A state told as done "since" a date ("has been closed for
    /// repairs since March 20") began on it, wherever the date stands in the clause.
    private static func isToldWith(_ expression: TemporalExpression, relation: TemporalRelation, event: Event, at index: Int,
                                   in facts: ArticleFacts) -> Bool {
        let date = expression.tokens
        if event.isNoun {
            // "completed its acquisition of Tollard Bank on May 30": the completion's date.
            if let end = event.completedObjectEnd, date.lowerBound >= end, date.lowerBound - end <= 1 { return true }
            // "resigned after a vote of no confidence on 21 January": an event noun a reported
            // event came after, with its date in its own phrase; "was ousted in an army coup
            // on June 14": one a verb told as done happened in, dated right after it.
            guard date.lowerBound > event.tokens.upperBound, date.lowerBound - event.tokens.upperBound <= 6 else { return false }
            return facts.timeline.constraints.contains(where: { $0.earlier == index && $0.source == .connective
                    && facts.timeline.events[$0.later].status == .reported })
                || date.lowerBound - event.tokens.upperBound <= 1 && event.isSettingOfPastVerb
        }
        let opening = facts.sentences[expression.sentence].tokens.lowerBound
        let isBeside = date.lowerBound >= event.tokens.upperBound && date.lowerBound - event.tokens.upperBound <= 1
        // "closed its discussions on June 12", "signed a 40 mln dlr loan on June 12": right
        // after the verb's own object, when that object names no event that could still be to
        // come ("postponed its meeting on June 12").
        let isAfterObject = event.possessedObject.map { object in
            date.lowerBound >= object.upperBound && date.lowerBound - object.upperBound <= 1
                && !facts.timeline.events.contains { $0.isNoun && $0.sentence == event.sentence && $0.tokens.overlaps(object) }
        } ?? false
        // "was released on bail on May 23", "met in Tarvik on June 25": a short phrase that
        // names no event, then the date's own "on".
        let isAfterWord = !isAfterObject && !event.isNoun && date.lowerBound - 1 > event.tokens.upperBound
            && isObjectPhrase(event.tokens.upperBound..<(date.lowerBound - 1), date, facts)
        let opensSentence = date.lowerBound - opening <= 1 && date.upperBound <= event.tokens.lowerBound
        // "the exchange on March 26 suspended trading", "Vantor on March 10 unilaterally
        // suspended": between its subject and a verb of `event-triggers`, an adverb at most
        // between (not "the end of the tax year on March 31 came nearer").
        let isBeforeVerb = event.isKnown && date.upperBound <= event.tokens.lowerBound && date.lowerBound > opening + 1
            && (date.upperBound..<event.tokens.lowerBound).allSatisfy { facts.tokens[$0].kind == .word && facts.tokens[$0].lower.hasASCIISuffix("ly") }
        guard isBeside || isAfterObject || isAfterWord || opensSentence || isBeforeVerb || isAfterAgent(date, of: event, facts)
                || relation == .since && date.lowerBound >= event.tokens.upperBound else { return false }
        // A planned thing named in the verb's subject ("A strike against the proposed merger
        // began on March 20") is no plan told of the verb.
        return !facts.timeline.events.contains { $0.sentence == expression.sentence && $0.status == .scheduled
            && $0.tokens.lowerBound < date.lowerBound && !($0.isNoun && $0.tokens.upperBound <= event.tokens.lowerBound) }
    }

    /// Whether the words between a verb and a date's "on", "in" or "at" are the verb's
    /// one-word object ("released on bail on May 23"), its place ("met in Tarvik on June 25") or
    /// the post it was done in ("retired as Tarvik Bank chairman on November 11"): a lowercase word that
    /// is no function word, or "in", "at" (`date-prepositions` `at`) or "as" (`service-words`
    /// `as`) and up to three words, capitalised after "in" or "at", none an event, a date or a
    /// function word. A longer object may carry the date of something to come ("were promised a
    /// paid rest day on June 9").
    private static func isObjectPhrase(_ between: Range<Int>, _ date: Range<Int>, _ facts: ArticleFacts) -> Bool {
        let prepositions = facts.lexicons["date-prepositions"], functionWords = facts.lexicons["function-words"]
        guard between.count <= 4, prepositions.key(lowercased: facts.tokens[date.lowerBound - 1].lower) == "at",
              !facts.timeline.events.contains(where: { $0.tokens.overlaps(between) }),
              !facts.temporal.contains(where: { $0.tokens.overlaps(between) }) else { return false }
        let isContent = { (token: Token) in token.kind == .word && !functionWords.contains(lowercased: token.lower) }
        let first = facts.tokens[between.lowerBound]
        if between.count == 1 { return isContent(first) && !first.isCapitalized }
        let isPlace = prepositions.key(lowercased: first.lower) == "at"
        guard isPlace || facts.lexicons["service-words"].key(lowercased: first.lower) == "as" else { return false }
        return between.dropFirst().allSatisfy { isContent(facts.tokens[$0]) && (!isPlace || facts.tokens[$0].isCapitalized) }
    }

    /// "an operation sanctioned by farm ministers on April 20": a past participle's agent, "by"
    /// and up to four words, none a preposition's, straight before the date.
    private static func isAfterAgent(_ date: Range<Int>, of event: Event, _ facts: ArticleFacts) -> Bool {
        let start = event.tokens.upperBound
        let prepositions = facts.lexicons["date-prepositions"]
        var end = date.lowerBound
        if end > start, prepositions.contains(lowercased: facts.tokens[end - 1].lower) { end -= 1 }
        guard start < end, facts.tokens[start].lower == "by", end - start - 1 >= 1, end - start - 1 <= 4 else { return false }
        return (start + 1..<end).allSatisfy { facts.tokens[$0].kind == .word && !prepositions.contains(lowercased: facts.tokens[$0].lower) }
            && !facts.timeline.events.contains { $0.sentence == event.sentence && $0.tokens.lowerBound > start && $0.tokens.lowerBound < end }
    }

    /// How far after publication a yearless day told as done is still read as this year's.
    private static let yearlessDayReach = 30
    /// How many calendar months after the publication month a yearless day told as done is still
    /// read as this year's. One keeps the slip a story makes ("On June 3, the board voted" on May
    /// 28: the next month's date, or a tense, is wrong); wire copy gives a past date two months
    /// or more ahead without its year only when it means last year's.
    private static let yearlessMonthReach = 1

    /// Whether a past year is named with a yearless date: written in its sentence ("the 1986 low
    /// posted in mid-April"), or placed ("last year", "in 1986", "last December") in its sentence
    /// or the one before it in the same paragraph. A later year places nothing told as done:
    /// "the strikes, which began on March 19 against 800 redundancies by 1990" in a March 13 story.
    private static func isPlacedInAnotherYear(_ expression: TemporalExpression, _ facts: ArticleFacts, _ published: CalendarDate) -> Bool {
        let named = facts.temporal.contains { other in
            guard !other.isYearless, let interval = other.interval else { return false }
            if other.sentence == expression.sentence, other.hasYear, interval.start.year < published.year { return true }
            let near = other.sentence == expression.sentence
                || (other.sentence == expression.sentence - 1 && facts.sentences[other.sentence].blockIndex == facts.sentences[expression.sentence].blockIndex)
            return near && interval.end.year < published.year
        }
        return named || isInPastPassage(expression, facts, published)
    }

    /// How many sentences back a passage's dates are followed.
    private static let passageReach = 4

    /// Whether the yearless day continues a run of days told in a past year: going back from it,
    /// within ``passageReach`` sentences, the dates met are days written out, yearless ones
    /// first, and the first with its year is in a past year ("bought stock between January 12
    /// and January 15, 1986" ... "between March 2 and April three" ... "was announced April
    /// 26"). The days must run forward in the calendar: "fined on December 3, 1986 ... appealed
    /// on March 2 ... announced April 26" has crossed into the new year. Any other date met
    /// first (a year, a month, "last week") ends the run: "the firm collapsed in 2001" is
    /// background, and a later day without its year is this year's.
    private static func isInPastPassage(_ expression: TemporalExpression, _ facts: ArticleFacts, _ published: CalendarDate) -> Bool {
        let first = max(0, expression.sentence - passageReach)
        guard first < expression.sentence, var later = expression.day else { return false }
        let before = facts.temporal.filter { $0.sentence >= first && $0.sentence < expression.sentence }
        for other in before.reversed() {
            guard other.isExplicit, let day = other.day,
                  day.month < later.month || (day.month == later.month && day.day <= later.day) else { return false }
            if other.isYearless {
                later = day
                continue
            }
            return other.hasYear && day.year < published.year
        }
        return false
    }

    /// Relations that give the time of the event itself, or of its start ("closed since").
    private static let ownTime: Set<TemporalRelation> = [.at, .modifier, .during, .since]
}
