/// A weekday that does not fall on the day it names: written with the date ("Thursday, May
/// 15", "May 15, a Thursday", "Wednesday (March 4)", "today (Tuesday)"), or given alone for an
/// event the article dates elsewhere ("Friday's match" and "the match on March 7", linked on the
/// timeline). A date without a year takes the year nearest the publication date; without a
/// publication date, yearless dates are checked against each other (``YearlessWeekdays``).
public struct WeekdayDateCheck: Check {
    public static let name = "weekday-date"
    public static let summary = "A weekday written with a date, or for an event dated elsewhere, falls on a different day."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "weekday": "the weekday as written",
        "date": "the date, with its year (May 15, 2024)",
        "actual-weekday": "the weekday the date falls on",
        "source": "for a weekday given alone, where the date of the same event is (', the date line 7 gives the same match'); empty otherwise",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let wording = DateWording(lexicons: facts.lexicons)
        var matches: [CheckMatch] = []
        for expression in facts.temporal where facts.isInScope(sentence: expression.sentence, scope) {
            // A weekday alone names the day it resolves to, so only a weekday given with a date or
            // a day word ("today (Tuesday)") can disagree here.
            guard let stated = expression.statedWeekday, let day = expression.day, day.weekday != stated else { continue }
            let span = expression.weekdaySpan.map { $0.union(expression.span) } ?? expression.span
            matches.append(mismatch(stated, day, span: span, wording: wording))
        }
        // "Tuesday's meeting on 19 January", when 19 January is a Wednesday.
        let own = weekdaysOfOwnDate(facts)
        if facts.anchor != nil {
            for pair in own {
                let weekday = facts.temporal[pair.weekday], date = facts.temporal[pair.date]
                guard let stated = weekday.statedWeekday, let day = date.day, day.weekday != stated,
                      facts.isInScope(sentence: weekday.sentence, scope) else { continue }
                matches.append(mismatch(stated, day, span: weekday.span.union(date.span), wording: wording))
            }
        }
        matches += linkedWeekdays(facts, scope: scope, wording: wording, own: own)
        if facts.anchor == nil, let match = yearlessMisfit(facts, scope: scope, wording: wording, own: own) { matches.append(match) }
        return matches
    }

    /// With no publication date: the one weekday that does not fit the other yearless dates
    /// ("Thursday 11 March" beside "Saturday 20 August"), see ``YearlessWeekdays``.
    private func yearlessMisfit(_ facts: ArticleFacts, scope: RuleScope, wording: DateWording, own: [(weekday: Int, date: Int)]) -> CheckMatch? {
        var stated = facts.temporal.indices.compactMap { index -> YearlessWeekdays.Stated? in
            let expression = facts.temporal[index]
            guard let weekday = expression.statedWeekday, expression.day == nil, !expression.isDayRun,
                  case .yearlessDay(let month, let day)? = expression.resolved else { return nil }
            return YearlessWeekdays.Stated(expression: index, month: month, day: day, weekday: weekday)
        }
        // "Tuesday's meeting on 19 January": a weekday that names the day of the same mention.
        for pair in own {
            guard case .yearlessDay(let month, let day)? = facts.temporal[pair.date].resolved,
                  let weekday = facts.temporal[pair.weekday].statedWeekday else { continue }
            stated.append(YearlessWeekdays.Stated(expression: pair.date, month: month, day: day, weekday: weekday, weekdayExpression: pair.weekday))
        }
        guard let misfit = YearlessWeekdays.misfit(stated) else { return nil }
        let expression = facts.temporal[misfit.stated.expression], witness = facts.temporal[misfit.witness.expression]
        guard facts.isInScope(sentence: expression.sentence, scope) else { return nil }
        let other = wording.monthDay(month: misfit.witness.month, day: misfit.witness.day)
        let ownWeekday = misfit.stated.weekdayExpression.map { facts.temporal[$0].span }
        return CheckMatch(span: ownWeekday.map { $0.union(expression.span) } ?? expression.weekdaySpan.map { $0.union(expression.span) } ?? expression.span, values: [
            "weekday": wording.weekdayName(misfit.stated.weekday),
            "date": wording.monthDay(month: misfit.stated.month, day: misfit.stated.day),
            "actual-weekday": wording.weekdayName(misfit.actual),
            "source": " in a year in which \(other) (line \(facts.line(of: witness.span))) is a \(wording.weekdayName(misfit.witness.weekday))",
        ], related: [.init(span: witness.span, message: "'\(witness.text)' is given here")])
    }

    /// An event mention dated twice, by a weekday alone that modifies it and by a day ("Tuesday's
    /// Ecofin meeting on 19 January"): the weekday names that day. Indices into
    /// ``ArticleFacts/temporal``.
    private func weekdaysOfOwnDate(_ facts: ArticleFacts) -> [(weekday: Int, date: Int)] {
        var pairs: [(weekday: Int, date: Int)] = []
        for event in facts.timeline.events where EventStatus.toldOrStated.contains(event.status) || event.status == .scheduled {
            guard let weekday = event.anchors.first(where: { $0.relation == .modifier && facts.temporal[$0.temporal].statedWeekday != nil
                      && isBareWeekday(facts.temporal[$0.temporal]) }),
                  let dated = event.anchors.first(where: { $0.relation == .at && facts.temporal[$0.temporal].isExplicit
                      && facts.temporal[$0.temporal].statedWeekday == nil && facts.temporal[$0.temporal].sentence == facts.temporal[weekday.temporal].sentence }),
                  facts.temporal[dated.temporal].day != nil || isYearlessDay(facts.temporal[dated.temporal]) else { continue }
            pairs.append((weekday.temporal, dated.temporal))
        }
        return pairs
    }

    /// The finding for a weekday written for a day it does not fall on.
    private func mismatch(_ stated: Int, _ day: CalendarDate, span: SourceSpan, wording: DateWording,
                          source: String = "", related: [CheckMatch.Related] = []) -> CheckMatch {
        CheckMatch(span: span, values: [
            "weekday": wording.weekdayName(stated), "date": wording.long(day),
            "actual-weekday": wording.weekdayName(day.weekday), "source": source,
        ], related: related)
    }

    /// A day written without its year, in a story with no publication date ("19 January").
    private func isYearlessDay(_ expression: TemporalExpression) -> Bool {
        if case .yearlessDay? = expression.resolved { return true }
        return false
    }

    /// A weekday alone ("Friday", "last Friday"), as opposed to one written with a date or a day word.
    private func isBareWeekday(_ expression: TemporalExpression) -> Bool {
        expression.weekdaySpan == nil && !expression.isExplicit
    }

    /// "Friday's match" when the same match is dated March 7, a Thursday, elsewhere.
    private func linkedWeekdays(_ facts: ArticleFacts, scope: RuleScope, wording: DateWording, own: [(weekday: Int, date: Int)]) -> [CheckMatch] {
        let timeline = facts.timeline
        var matches: [CheckMatch] = []
        // A weekday dated in its own mention is checked against that date alone.
        var flagged = Set(own.map(\.weekday))
        for (index, event) in timeline.events.enumerated() where event.status == .reported || event.status == .stated || event.status == .scheduled {
            for anchor in event.anchors where anchor.relation == .at || anchor.relation == .modifier {
                let weekday = facts.temporal[anchor.temporal]
                guard let stated = weekday.statedWeekday, isBareWeekday(weekday), !flagged.contains(anchor.temporal),
                      facts.isInScope(sentence: weekday.sentence, scope) else { continue }
                // An explicit day of another mention of the same event; a plan ("will walk out
                // next Thursday") only against the day of the same plan in the coming week.
                for other in timeline.mentions(of: index) where other != index
                    && (event.status != .scheduled || isPlanForComingWeek(timeline.events[other], weekday: weekday, facts)) {
                    guard let dated = timeline.events[other].anchors.first(where: {
                        ($0.relation == .at || $0.relation == .modifier) && facts.temporal[$0.temporal].isExplicit && facts.temporal[$0.temporal].day != nil
                    }), let day = facts.temporal[dated.temporal].day, day.weekday != stated else { continue }
                    let date = facts.temporal[dated.temporal]
                    let noun = EventNaming.noun(for: timeline.events[other], lexicons: facts.lexicons)
                    flagged.insert(anchor.temporal)
                    matches.append(mismatch(stated, day, span: weekday.span, wording: wording,
                                            source: ", the date line \(facts.line(of: date.span)) gives the same \(noun)",
                                            related: [.init(span: date.span, message: "'\(date.text)' is given for the same \(noun) here")]))
                    break
                }
            }
        }
        return matches
    }

    /// Whether a mention is a plan dated in the week after publication, as a weekday of a plan
    /// must be ("next Thursday" for a strike set for April 17 in an April 11 story).
    private func isPlanForComingWeek(_ event: Event, weekday: TemporalExpression, _ facts: ArticleFacts) -> Bool {
        guard event.status == .scheduled, weekday.tense != .past, let published = facts.anchor else { return false }
        return event.anchors.contains { anchor in
            guard let day = facts.temporal[anchor.temporal].day, facts.temporal[anchor.temporal].isExplicit else { return false }
            let ahead = day.dayNumber - published.dayNumber
            return ahead > 0 && ahead <= 7
        }
    }
}
