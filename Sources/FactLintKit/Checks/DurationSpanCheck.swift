/// A duration that contradicts the endpoints given with it in the same sentence: "a 44-day war
/// from Sept. 27 to Nov. 10" is right, "nearly four decades of occupation from 1991 to 2020" is
/// not. The allowance is one unit of the duration ("three decades" may be 20 to 40 years).
public struct DurationSpanCheck: Check {
    public static let name = "duration-span"
    public static let summary = "A stated duration disagrees with its own start and end dates."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "duration": "the duration as written",
        "start": "the start date",
        "end": "the end date",
        "actual": "the time between them",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let statuses = statusByTemporal(facts)
        let ages = facts.timeline.ages.map(\.span)
        for (index, duration) in facts.temporal.enumerated() where duration.kind == .duration && facts.isInScope(sentence: duration.sentence, scope) {
            guard let stated = duration.approximateDays, let unit = unitDays(duration.resolved),
                  !ages.contains(where: { $0.start < duration.span.end && duration.span.start < $0.end }) else { continue }
            // The range right after the duration: "four decades of occupation, from 1991 to 2020",
            // or a run of days ("the two-week festival, May 3-7"), which is its own two ends.
            guard let startIndex = facts.temporal.indices.first(where: { (facts.temporal[$0].rangeEnd != nil || facts.temporal[$0].isDayRun
                        || facts.temporal[$0].yearlessRunLastDay != nil)
                    && facts.temporal[$0].sentence == duration.sentence
                    && facts.temporal[$0].tokens.lowerBound > duration.tokens.upperBound
                    && facts.temporal[$0].tokens.lowerBound - 1 - duration.tokens.upperBound <= maximumGap }) else { continue }
            let endIndex = facts.temporal[startIndex].rangeEnd ?? startIndex
            // The duration must date an event told as done or stated: a rate ("3 billion a year
            // between 2020 and 2025") or a term is not a span, and neither are the ends. A plan is
            // compared only with the ends of the same plan ("will be laid off for six weeks
            // from February 13 through late June").
            if statuses[index]?.status == .scheduled {
                guard let planned = statuses[index]?.event,
                      [startIndex, endIndex].allSatisfy({ statuses[$0]?.event == planned }) else { continue }
            } else if let status = statuses[index] {
                guard EventStatus.toldOrStated.contains(status.status),
                      [startIndex, endIndex].allSatisfy({ statuses[$0].map { EventStatus.toldOrStated.contains($0.status) } ?? true }) else { continue }
            } else {
                // A duration that dates no event is compared only when it names the stretch its
                // range gives, with only the range's opener between them: "sales in the five
                // months from 4 August to 29 December", "its first 14 months, between April 1985
                // and December 1986", of two units or more ("10-year bonds from
                // January to March" name a term; "£2m a year from 2020 to 2025" is a rate). The
                // ends must date no event either, or one told as done.
                // A thing named with its length may have its place between ("its week-long season
                // in Tarvik, from 20 to 30 January").
                let between = facts.temporal[startIndex].tokens.lowerBound - duration.tokens.upperBound
                let isNamed = facts.timeline.namedLengths.contains { $0.duration == index && $0.determiner != .none }
                guard case .duration(let length)? = duration.resolved, (length.amount ?? 0) >= 2 || isNamed,
                      isNamed || between == 1 || between == 2 && facts.tokens[duration.tokens.upperBound].isMark(","),
                      [startIndex, endIndex].allSatisfy({ statuses[$0].map { EventStatus.toldOrStated.contains($0.status) } ?? true }) else { continue }
            }
            // "four years and 12 days": one part of a compound duration.
            guard !facts.temporal.contains(where: { $0.kind == .duration && $0.sentence == duration.sentence
                    && ($0.tokens.upperBound + 1 == duration.tokens.lowerBound || duration.tokens.upperBound + 1 == $0.tokens.lowerBound) }) else { continue }
            let first = facts.temporal[startIndex]
            let second = facts.temporal[endIndex]
            let isRun = (first.isDayRun || first.yearlessRunLastDay != nil) && startIndex == endIndex
            guard let (start, end) = ends(first, second, isRun: isRun) else { continue }
            // Count from the start of the first to the start of the second, as "from 1991 to 2020"
            // means 29 years; a run of days counts its last day ("May 3-7" is 5 days).
            let actual = Double(end.start.dayNumber - start.start.dayNumber) + (isRun ? 1 : 0)
            guard actual >= 0 else { continue }
            // An end written with its part ("mid-June", June 11 to 20) may be any day of it.
            let reach = partReach(first, second, published: facts.anchor)
            // Day-exact endpoints allow a day for inclusive counting; coarser ones a whole unit.
            let exact = start.start == start.end && end.start == end.end
            let allowance = exact && unit <= 7 ? 1.0 : unit
            // "for two weeks between June and August" falls inside its window; only a duration
            // longer than the window contradicts it.
            let tooLong = stated - (actual + reach.longer) > allowance
            let tooShort = (actual - reach.shorter) - stated > allowance
            // "its first 14 months, between April 1985 and December 1986": a stretch named as one
            // known thing is the whole window.
            guard first.isWindow && !isNamedStretch(duration, facts) ? tooLong : tooLong || tooShort else { continue }
            // A run of days is told by its first and last day ("May 3 to May 7").
            var startText = first.text
            var endText = second.text
            if isRun {
                let wording = DateWording(lexicons: facts.lexicons)
                startText = wording.monthDay(month: start.start.month, day: start.start.day)
                endText = wording.monthDay(month: end.end.month, day: end.end.day)
            }
            matches.append(CheckMatch(span: duration.span, values: [
                "duration": duration.text, "start": startText, "end": endText, "actual": DateWording.length(days: actual),
            ], related: [.init(span: first.span.union(second.span), message: "the dates given: \(startText) to \(endText)")]))
        }
        return matches + lengthsBetween(facts, scope: scope)
    }

    /// "opened in 1999, three years after construction began in 1990", "founded in 1901 …
    /// celebrated its centenary in 1995": a length the words put between two dates that the
    /// dates do not allow. The dates are taken as the periods they name; a gap may be off by half
    /// its unit (hedged gaps are never extracted), an anniversary must be a whole number of years apart
    /// that the two periods allow. Decades and wider periods are not compared.
    private func lengthsBetween(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        let wording = DateWording(lexicons: facts.lexicons)
        for pair in facts.timeline.datePairs {
            guard let length = pair.length, let amount = length.amount, let unit = length.unit.days else { continue }
            let first = facts.temporal[pair.earlier]
            let second = pair.later.map { facts.temporal[$0] }
            let published = facts.anchor.map { (start: $0, end: $0) }
            guard facts.isInScope(sentence: first.sentence, scope),
                  let a = first.coverage(published: facts.anchor), let b = second.map({ $0.coverage(published: facts.anchor) }) ?? published,
                  a.end.dayNumber - a.start.dayNumber <= 366, b.end.dayNumber - b.start.dayNumber <= 366 else { continue }
            let shortest = Double(b.start.dayNumber - a.end.dayNumber)
            let longest = Double(b.end.dayNumber - a.start.dayNumber)
            let fits: Bool
            if pair.kind == .anniversary {
                fits = (b.start.year - a.end.year...max(b.start.year - a.end.year, b.end.year - a.start.year)).contains(Int(amount))
            } else {
                // A stretch to now is told in round units ("for the past five weeks" after 38 days),
                // unless a fraction says it is told to half a unit ("2-1/2 year-old").
                let slack = pair.kind == .ongoing && amount == amount.rounded() ? unit : unit / 2
                fits = amount * unit >= shortest - slack && amount * unit <= longest + slack
            }
            guard !fits else { continue }
            let between = b.start.dayNumber - a.start.dayNumber
            var actual = pair.kind == .anniversary || unit >= TimeUnit.year.days!
                ? DateWording.years(abs(b.start.year - a.start.year)) : DateWording.length(days: Double(abs(between)))
            // A length given to a fraction of a year is answered in years and months.
            if pair.kind != .anniversary, unit >= TimeUnit.year.days!, amount != amount.rounded() {
                actual = DateWording.yearsAndMonths(abs((b.start.year - a.start.year) * 12 + b.start.month - a.start.month))
            }
            // "She died in 1990, two years after her husband died in 1995": the other way round.
            if between < 0 { actual += " the other way" }
            // A relative date is told with the day it gives: "Sunday (May 30, 2004)".
            var related: [CheckMatch.Related] = [.init(span: first.span, message: "the earlier date: \(first.text)")]
            let endText: String
            if let second {
                endText = second.isRelative || !second.hasYear ? "\(second.text) (\(wording.describe(b)))" : second.text
                related.append(.init(span: second.span, message: "the later date: \(second.text)"))
            } else {
                endText = "\(wording.long(b.start)) (the publication date)"
                if let span = facts.article.publishedSpan { related.append(.init(span: span, message: "the article is dated here")) }
            }
            // A start given in another paragraph is told with its line.
            let startLine = facts.line(of: first.span)
            let startText = startLine == facts.line(of: pair.cueSpan) ? first.text : "\(first.text) (line \(startLine))"
            matches.append(CheckMatch(span: pair.cueSpan, values: [
                "duration": pair.cue, "start": startText, "end": endText, "actual": actual,
            ], related: related))
        }
        return matches
    }

    /// The status of the event each temporal expression dates, and that event's index, when the
    /// timeline ties it to one.
    private func statusByTemporal(_ facts: ArticleFacts) -> [Int: (status: EventStatus, event: Int)] {
        var statuses: [Int: (status: EventStatus, event: Int)] = [:]
        for (index, event) in facts.timeline.events.enumerated() {
            for anchor in event.anchors where statuses[anchor.temporal] == nil || event.status != .reported {
                statuses[anchor.temporal] = (event.status, index)
            }
        }
        return statuses
    }


    /// How many days earlier or later than their starts a part lets the ends be ("from early
    /// March to mid-June": the first may end 10 days later, the second lies June 11 to 20).
    private func partReach(_ first: TemporalExpression, _ second: TemporalExpression, published: CalendarDate?) -> (shorter: Double, longer: Double) {
        guard let start = first.interval?.start, let end = second.interval?.start else { return (0, 0) }
        var shorter = 0.0
        var longer = 0.0
        if first.part != nil, let covered = first.coverage(published: published) {
            shorter += Double(covered.end.dayNumber - start.dayNumber)
            longer -= Double(covered.start.dayNumber - start.dayNumber)
        }
        if second.part != nil, let covered = second.coverage(published: published) {
            shorter -= Double(covered.start.dayNumber - end.dayNumber)
            longer += Double(covered.end.dayNumber - end.dayNumber)
        }
        return (shorter, longer)
    }

    /// The days the two ends cover. Without a publication date, two days written without their
    /// year ("from 3 October to 24 December") are placed in one common year, or the second in the
    /// next when it comes earlier in the calendar.
    private func ends(_ first: TemporalExpression, _ second: TemporalExpression, isRun: Bool)
        -> (start: (start: CalendarDate, end: CalendarDate), end: (start: CalendarDate, end: CalendarDate))? {
        if let start = first.interval, let end = second.interval {
            // A run of days ("May 3-7") runs from its first day to its last.
            if isRun { return ((start.start, start.start), (end.end, end.end)) }
            return (start, end)
        }
        guard case .yearlessDay(let firstMonth, let firstDay)? = first.resolved,
              case .yearlessDay(let secondMonth, var secondDay)? = second.resolved else { return nil }
        // "from 20 to 30 January" with no year: the run's own last day.
        if isRun, let last = first.yearlessRunLastDay { secondDay = last }
        let start = CalendarDate(year: Self.commonYear, month: firstMonth, day: firstDay)
        var end = CalendarDate(year: Self.commonYear, month: secondMonth, day: secondDay)
        if end < start { end = CalendarDate(year: Self.commonYear + 1, month: secondMonth, day: secondDay) }
        guard start.isValid, end.isValid else { return nil }
        return ((start, start), (end, end))
    }

    /// Whether a duration is written as one known stretch: after "the", "its" or another word of
    /// `named-length-words` `definite`, or a possessive, with an opener of `duration-words` between
    /// or none ("the first two weeks", "its first 14 months", "the exchange's first year").
    private func isNamedStretch(_ duration: TemporalExpression, _ facts: ArticleFacts) -> Bool {
        let definite = facts.lexicons["named-length-words"], openers = facts.lexicons["duration-words"]
        var position = duration.tokens.lowerBound
        if definite.key(facts.tokens, position) == "definite" { return true }
        position -= 1
        if position >= 0, openers.key(facts.tokens, position) == "opener" { position -= 1 }
        guard position >= 1 else { return false }
        return definite.key(facts.tokens, position) == "definite" || facts.tokens[position].lower == "s" && facts.tokens[position - 1].isApostrophe
    }

    /// A year that is not a leap year, for days written without one.
    private static let commonYear = 2001

    /// Words allowed between the duration and "from" ("decades of Armenian occupation, from").
    private let maximumGap = 5

    /// The length of one unit of a duration, for the allowance; none for clock units, weekends
    /// and quarters.
    private func unitDays(_ value: TemporalValue?) -> Double? {
        guard case .duration(let duration)? = value else { return nil }
        switch duration.unit {
        case .day, .week, .month, .year, .decade, .century: return duration.unit.days
        case .hour, .minute, .weekend, .quarter: return nil
        }
    }
}
