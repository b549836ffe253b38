/// A relative date ("last month", "earlier this month", "two weeks ago", "last summer") and an
/// explicit one ("on February 21", "September 2022") for the same event that cannot both be
/// right. The two are compared only when the timeline links their events: the same event (or
/// family) with the same person or the same subject, so "output last month" and "the same month
/// of the previous year" (a comparison) or two different floods are left alone. Two days or
/// weeks counted back ("closed yesterday", "closed on Monday"; "Monday's Wall Street collapse",
/// "last week's Wall Street crash") are compared too, for mentions linked by their person or
/// subject that name the same person or a capitalised word around them in common, or for two
/// nouns of the one such event the story tells of (`story-events`: "Sunday's tremor",
/// "yesterday's quake"). A day counted back with the written day beside it ("released today,
/// March 25") must be that day.
public struct RelativeDateAgreementCheck: Check {
    public static let name = "relative-date-agreement"
    public static let summary = "A relative date and an explicit date for the same event disagree."
    public static let parameters: [ParameterSpec] = []
    public static let needs: Set<RuleNeed> = [.publicationDate]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "relative": "the relative expression (Last September)",
        "relative-value": "what it resolves to (September 2023)",
        "explicit": "the explicit date (September 2022), or another relative one ('Monday')",
        "explicit-value": "for another day or week counted back, the days it gives, in brackets after a space (' (May 13, 2024)'); else empty",
        "other.line": "the line of the explicit date",
        "phrase": "the event both date (arrest, floods)",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let timeline = facts.timeline
        let wording = DateWording(lexicons: facts.lexicons)
        let published = facts.anchor
        let storyEvents = facts.lexicons["story-events"]
        var matches: [CheckMatch] = []
        var reported = Set<Int>()
        // "released today, March 25", "said last month, on May 9": the written day beside
        // a day, week or month counted back says which it is, whatever it dates.
        for (index, relative) in facts.temporal.enumerated() where relative.restatedBy != nil && facts.isInScope(sentence: relative.sentence, scope) {
            guard let restated = relative.restatedBy, let mine = relative.coverage(published: published),
                  let theirs = facts.temporal[restated].coverage(published: published), !overlaps(mine, theirs) else { continue }
            reported.insert(index)
            let phrase: String
            if case .day? = relative.resolved { phrase = "day" } else { phrase = "event" }
            matches.append(match(relative, mine, facts.temporal[restated], event: nil, phrase: phrase, facts, wording))
        }
        for (index, event) in timeline.events.enumerated() where !event.isNegated {
            // Mentions are compared only for an event told as done or stated, or for the one
            // occasion a story plans (`isOnePlannedOccasion`); one noun's own two dates ("next
            // week's March 31 meeting") whatever its status.
            let told = EventStatus.toldOrStated.contains(event.status)
            for anchor in event.anchors where Self.ownTime.contains(anchor.relation) && !reported.contains(anchor.temporal) {
                let relative = facts.temporal[anchor.temporal]
                guard relative.isRelative, !relative.isYearless, facts.isInScope(sentence: relative.sentence, scope),
                      let mine = relative.coverage(published: published) else { continue }
                for other in timeline.mentions(of: index) where other != index {
                    let linked = told && EventStatus.toldOrStated.contains(timeline.events[other].status)
                        || timeline.areLinkedStrongly(index, other) && Self.namesOneOccasion(event, anchor, timeline.events[other], facts, published: published)
                    let plannedPair = !linked && Self.isOnePlannedOccasion(index, other, timeline)
                    guard linked || plannedPair else { continue }
                    guard let dated = timeline.events[other].anchors.first(where: { candidate in
                        let explicit = facts.temporal[candidate.temporal]
                        // "will go on sale from April 20" and "which go on sale next week": a
                        // planned thing's start is its date too; only a day, ahead: written, or
                        // counted from the publication date ("a vote tomorrow" and "next week's
                        // vote"), when each mention has that one date ("on Thursday or Friday"
                        // gives two).
                        if plannedPair {
                            guard candidate.relation == .from || Self.ownTime.contains(candidate.relation),
                                  explicit.isExplicit || explicit.isRelative && explicit.isShort(published: published)
                                    && [event, timeline.events[other]].allSatisfy({ $0.anchors.filter { Self.ownTime.contains($0.relation) }.count == 1 }),
                                  explicit.day != nil, explicit.sentence != relative.sentence, let published,
                                  let days = explicit.coverage(published: published), days.start >= published, mine.start >= published
                            else { return false }
                            return !overlaps(Self.fromSunday(mine), days)
                        }
                        // A month named without its year ("announced in December") is placed by the
                        // tense of its own told event, so it stands for the written date too, for a
                        // mention linked to this one by a person, a subject or what both tell of.
                        let named = explicit.isExplicit || explicit.isYearless && explicit.day == nil && timeline.events[other].status == .reported
                            && timeline.areLinkedStrongly(index, other)
                            // "closed its doors yesterday" and "closed on Monday": two days counted
                            // back from one publication date, for one event told as done with the
                            // same word and linked by its person or subject.
                            || explicit.isRelative && explicit.isShort(published: published) && relative.isShort(published: published)
                                && explicit.span > relative.span
                                && (timeline.areLinkedStrongly(index, other) && shareNames(event, timeline.events[other])
                                    // "Sunday's tremor" and "yesterday's quake": two mentions of the
                                    // one such event the story tells of (`story-events`), a noun
                                    // at least ("the river flooded yesterday", "Tuesday's flood").
                                    || (event.isNoun || timeline.events[other].isNoun) && storyEvents.contains(lowercased: event.trigger)
                                        && timeline.isSole(index, other))
                        return Self.ownTime.contains(candidate.relation) && named
                            && explicit.sentence != relative.sentence
                            && explicit.coverage(published: published).map { !overlaps(relative.isApproximate ? Self.loosened(mine, published: published) : Self.fromSunday(mine), $0) } ?? false
                    }) else { continue }
                    let explicit = facts.temporal[dated.temporal]
                    // "the rally on Saturday" and "Saturday, May 2": the weekday names that day.
                    // A weekday alone against a day of another weekday is weekday-mismatch's.
                    if let weekday = relative.statedWeekday, explicit.day != nil,
                       explicit.day?.weekday == weekday || relative.weekdaySpan == nil && !relative.isExplicit && explicit.isExplicit {
                        continue
                    }
                    reported.insert(anchor.temporal)
                    matches.append(match(relative, mine, explicit, event: timeline.events[other], facts, wording))
                    break
                }
                // "next week's May 27-29 meeting", "next month's summit on June 9-11": a
                // day, week or month counted back and the days written out, both of one event noun.
                if !reported.contains(anchor.temporal), anchor.relation == .modifier, mine.end.dayNumber - mine.start.dayNumber < 31,
                   let own = event.anchors.first(where: { candidate in
                       let explicit = facts.temporal[candidate.temporal]
                       return candidate.temporal != anchor.temporal && Self.ownTime.contains(candidate.relation)
                           && explicit.isExplicit && explicit.day != nil && explicit.sentence == relative.sentence
                           && relative.statedWeekday.map { explicit.day?.weekday != $0 } ?? true
                           && explicit.coverage(published: published).map { !overlaps(mine, $0) } ?? false
                   }) {
                    reported.insert(anchor.temporal)
                    matches.append(match(relative, mine, facts.temporal[own.temporal], event: event, facts, wording))
                }
            }
        }
        return matches.sorted { $0.span < $1.span }
    }

    /// "this month's annual meeting" and "the July 2 annual meeting": two nouns of one event
    /// sharing a subject word, each dated before the noun, name one coming occasion whatever
    /// the clause says of it ("would vote at", "unless … before"), when the explicit date is a
    /// day and both lie ahead of the publication date. A past occasion is compared only as
    /// told ("the preliminary ruling of last October 21" and "the final ruling of March 9" are
    /// two), and a month alone may be another occasion of a recurring event ("next week's
    /// meeting" and "the December meeting").
    static func namesOneOccasion(_ event: Event, _ anchor: EventAnchor, _ other: Event, _ facts: ArticleFacts, published: CalendarDate?) -> Bool {
        guard let published, event.isNoun, other.isNoun, anchor.relation == .modifier,
              let mine = facts.temporal[anchor.temporal].coverage(published: published),
              let theirs = other.anchors.first(where: { $0.relation == .modifier && facts.temporal[$0.temporal].isExplicit && facts.temporal[$0.temporal].day != nil })
                .flatMap({ facts.temporal[$0.temporal].coverage(published: published) }) else { return false }
        return mine.end >= published && theirs.start >= published
    }

    /// "The stamps will go on sale from April 20" and "the stamps, which go on sale next week":
    /// two mentions of one planned event told with the same word, and the only such event the
    /// story plans.
    static func isOnePlannedOccasion(_ a: Int, _ b: Int, _ timeline: Timeline) -> Bool {
        let first = timeline.events[a], second = timeline.events[b]
        return first.status == .scheduled && second.status == .scheduled && first.trigger == second.trigger && !second.isNegated
            && timeline.isSole(a, b)
    }

    /// The finding: the relative date, the days it means, and the other date of the same event.
    private func match(_ relative: TemporalExpression, _ mine: (start: CalendarDate, end: CalendarDate), _ explicit: TemporalExpression,
                       event: Event?, phrase: String? = nil, _ facts: ArticleFacts, _ wording: DateWording) -> CheckMatch {
        let noun = phrase ?? event.map { EventNaming.noun(for: $0, lexicons: facts.lexicons) } ?? "event"
        let published = facts.anchor
        return CheckMatch(span: relative.span, values: [
            "relative": relative.text,
            "relative-value": wording.describe(mine),
            "explicit": explicit.text,
            // A day counted back too is told with the day it gives: "'Monday' (May 13, 2024)".
            "explicit-value": explicit.isRelative && explicit.isShort(published: published) ? explicit.coverage(published: published).map { " (\(wording.describe($0)))" } ?? "" : "",
            "other.line": String(facts.line(of: explicit.span)),
            "phrase": noun,
        ], related: [.init(span: explicit.span, message: "'\(explicit.text)' is given for the same \(noun) here")])
    }

    /// Whether two mentions name the same person, a capitalised word in common (of an event
    /// noun or around it, or around a verb), or two subject words that are no name
    /// ("closed the Leek plant" twice), not just a subject ("Police arrested a man in Leeds",
    /// "Police arrested two men in Bradford").
    private func shareNames(_ a: Event, _ b: Event) -> Bool {
        if !a.people.isEmpty, a.people.sharesElement(with: b.people) { return true }
        // A noun's own words name the thing ("Wall Street crash"); a verb's subject does not say
        // which plant was closed, its object does.
        let words = { (event: Event) in event.isNoun ? event.subject + event.participants : event.participants }
        let names = Set(words(a).filter { $0.first?.isUppercase ?? false })
        if words(b).contains(where: { names.contains($0) }) { return true }
        // "the signing today of a harbour bond" and "the harbour bond agreed
        // yesterday": two words or more of one thing in common, not of a name ("Corran Mills
        // closed its Leek plant", "Corran Mills closed its Stone depot").
        guard a.isNoun || b.isNoun else { return false }
        return Set(a.subject.filter { !($0.first?.isUppercase ?? false) }).intersection(b.subject).count >= 2
    }

    /// A week counted back ("a week ago", not "last week") is told loosely at its edges: three
    /// days either side still fit ("a week ago" in a Monday story for the Sunday eight days
    /// before), but never the publication day or after.
    static func loosened(_ days: (start: CalendarDate, end: CalendarDate), published: CalendarDate?) -> (start: CalendarDate, end: CalendarDate) {
        guard days.end.dayNumber - days.start.dayNumber == 6 else { return days }
        var end = days.end.adding(days: 3)
        if let published, end >= published { end = published.adding(days: -1) }
        return (days.start.adding(days: -3), max(end, days.end))
    }

    /// A week runs from Monday, but many count it from Sunday: "last week" in a Monday story
    /// still holds the Sunday eight days before.
    static func fromSunday(_ days: (start: CalendarDate, end: CalendarDate)) -> (start: CalendarDate, end: CalendarDate) {
        guard days.end.dayNumber - days.start.dayNumber == 6, days.start.weekday == 1 else { return days }
        return (days.start.adding(days: -1), days.end)
    }

    private func overlaps(_ a: (start: CalendarDate, end: CalendarDate), _ b: (start: CalendarDate, end: CalendarDate)) -> Bool {
        a.start <= b.end && b.start <= a.end
    }

    private static let ownTime: Set<TemporalRelation> = [.at, .modifier]
}
