/// A career or a stint given as a length that its own ends, told in other sentences, do not
/// fit: "his 45-year career" for an actor whose film debut was in 1950 and who died in 2005;
/// "resigned after three years in the post" when he took up the post in March 2010 and the
/// story is from June 2011. The start is the earliest debut, joining, appointment or
/// election of the same person (or, for a verb outside the lexicon, the same noun: "took up his
/// post"); the end is the event the length dates ("resigned after …"), a later exit or death
/// of the same person, or the publication date when that event or a death has no date of its
/// own. A length given to an event noun ("a 44-day strike") is compared with the one dated
/// beginning and the one dated end that name that noun as their subject ("the strike began on
/// March 3", "the strike ended on April 30"). Endpoints are compared as the periods they name,
/// with half a unit of slack (at least a day).
public struct ServiceSpanCheck: Check {
    public static let name = "service-span"
    public static let summary = "A career or stint given as a length disagrees with the dates of its start and end."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "duration": "the length as written (45-year)",
        "noun": "what it is the length of (career)",
        "start": "the start date as written (1950)",
        "start-event": "what started it (the debut)",
        "start.line": "the line of the start date",
        "end": "the end as written, or the publication date",
        "end-event": "what ended it (the death), or 'the publication date'",
        "actual": "the time between them (about 55 years)",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let timeline = facts.timeline
        let words = facts.lexicons["service-words"]
        var matches: [CheckMatch] = []
        for service in timeline.services where facts.isInScope(sentence: service.sentence, scope) {
            let duration = facts.temporal[service.duration]
            guard let stated = duration.approximateDays, case .duration(let length)? = duration.resolved, let unit = length.unit.days,
                  let start = service.isEvent ? edge(of: service, family: "begin", facts: facts) ?? ownStart(of: service, facts: facts)
                                              : start(of: service, facts: facts, words: words),
                  let startSpan = start.span,
                  let end = service.isEvent ? edge(of: service, family: "end", facts: facts) ?? endedBy(service, facts: facts)
                                            : end(of: service, facts: facts, words: words)
            else { continue }
            // The shortest and longest the stretch can be, given how coarse each end is.
            let shortest = Double(end.dates.start.dayNumber - start.dates.end.dayNumber)
            let longest = Double(end.dates.end.dayNumber - start.dates.start.dayNumber)
            // Half a unit, and at least a day for counting both ends; for decades a fifth of the
            // length ("a decade" is eight to twelve years, not five to fifteen).
            let slack = length.unit == .decade || length.unit == .century ? stated / 5 : max(unit / 2, 1)
            guard longest >= 0, stated < shortest - slack || stated > longest + slack else { continue }
            let actual = Double(end.dates.start.dayNumber - start.dates.start.dayNumber)
            var related: [CheckMatch.Related] = [.init(span: startSpan, message: "\(start.event) is dated '\(start.written)' here")]
            if let span = end.span { related.append(.init(span: span, message: "\(end.event) is dated '\(end.written)' here")) }
            matches.append(CheckMatch(span: duration.span, values: [
                "duration": duration.text, "noun": service.noun,
                "start": start.text, "start-event": start.event, "start.line": String(facts.line(of: startSpan)),
                "end": end.text, "end-event": end.event, "actual": DateWording.length(days: actual),
            ], related: related))
        }
        return matches.sorted { $0.span < $1.span }
    }


    private struct End {
        var dates: (start: CalendarDate, end: CalendarDate)
        var text: String
        var event: String
        var span: SourceSpan?
        /// The date as the text writes it.
        var written = ""
    }

    /// The earliest dated start of the same person's (or the same noun's) service.
    private func start(of service: ServiceLength, facts: ArticleFacts, words: Lexicon) -> End? {
        var best: End?
        // A post starts with an appointment or an election; a career with joining or a debut too.
        let starts: Set<String> = service.isOffice ? ["office-start"] : ["start", "office-start"]
        for event in facts.timeline.events where EventStatus.toldOrStated.contains(event.status) && !event.isNegated
            && words.key(for: event.trigger).map(starts.contains) == true {
            let samePerson = service.person.map { event.people.contains($0) } ?? false
            let sameNoun = event.participants.contains(service.noun) || event.subject.contains(service.noun)
            // A verb outside the lexicon ("took") starts a service only with the same noun beside it.
            guard event.isKnown ? samePerson || sameNoun && service.person == nil : sameNoun,
                  let dated = dated(event, facts: facts) else { continue }
            if best.map({ dated.dates.start < $0.dates.start }) ?? true { best = dated }
        }
        return best
    }

    /// The end: the event the length dates when it is an exit, a later dated exit or death of
    /// the same person, or the publication date for an undated exit or death.
    private func end(of service: ServiceLength, facts: ArticleFacts, words: Lexicon) -> End? {
        let events = facts.timeline.events
        var undatedEnd = false
        // Told as done, or as now or next ("who retires after two decades in the role"): its
        // own date, or the publication date.
        if let own = service.event, EventStatus.linkable.contains(events[own].status), !events[own].isNegated,
           words.key(for: events[own].trigger) == "end" {
            if let dated = dated(events[own], facts: facts) { return dated }
            undatedEnd = true
        }
        if let person = service.person {
            var best: End?
            // "Velez, whose 40-year career …, has died": an exit of the person, or one in the
            // same sentence with no one else named.
            for event in events where EventStatus.toldOrStated.contains(event.status) && !event.isNegated && words.key(for: event.trigger) == "end"
                && (event.people.contains(person) || event.people.isEmpty && event.sentence == service.sentence) {
                guard let dated = dated(event, facts: facts) else { undatedEnd = true; continue }
                if best.map({ dated.dates.start > $0.dates.start }) ?? true { best = dated }
            }
            if let best { return best }
        }
        guard undatedEnd, let published = facts.anchor else { return nil }
        return End(dates: (published, published), text: DateWording(lexicons: facts.lexicons).long(published), event: "the publication date", span: nil)
    }

    /// "The strike began on March 3", "the strike ended on Friday": the dated beginning or end
    /// (by `event-families`) of the thing an event noun's length is given to, told with that
    /// noun as its subject. Only one dated candidate counts; two leave it open.
    /// The verb that follows the length's own noun in its sentence counts too, whatever subject
    /// was read for it ("Four months of strikes at the docks began on February 2").
    private func edge(of service: ServiceLength, family: String, facts: ArticleFacts) -> End? {
        let events = facts.timeline.events
        let predicate = service.event.flatMap { own in
            events.indices.first { events[$0].sentence == events[own].sentence && !events[$0].isNoun
                && events[$0].tokens.lowerBound >= events[own].tokens.upperBound }
        }
        let found = events.indices.filter { index in
            let event = events[index]
            return event.family == family && EventStatus.toldOrStated.contains(event.status) && !event.isNegated
                && (event.subject.contains(service.noun) || index == predicate)
        }.compactMap { dated(events[$0], facts: facts) }
        return Self.onlyDate(found)
    }

    /// "The library closed its doors on 2 June" for "a six-week closure": the one dated verb
    /// the timeline links to the length's own noun starts it (a closure, a strike, a ban is
    /// told by the verb that begins it).
    private func ownStart(of service: ServiceLength, facts: ArticleFacts) -> End? {
        guard let own = service.event else { return nil }
        let timeline = facts.timeline
        let found = timeline.mentions(of: own).filter { index in
            let event = timeline.events[index]
            return index != own && !event.isNoun && EventStatus.toldOrStated.contains(event.status) && !event.isNegated
        }.compactMap { dated(timeline.events[$0], facts: facts) }
        return Self.onlyDate(found)
    }

    /// "reopened on Monday after a six-week closure": the dated event in the length's own
    /// sentence that an "after" puts right after it ends it.
    private func endedBy(_ service: ServiceLength, facts: ArticleFacts) -> End? {
        guard let own = service.event else { return nil }
        let timeline = facts.timeline
        let found = timeline.constraints.filter { $0.source == .connective && $0.earlier == own
            && timeline.events[$0.later].sentence == service.sentence && !timeline.events[$0.later].isNegated
            && EventStatus.toldOrStated.contains(timeline.events[$0.later].status) }
            .compactMap { dated(timeline.events[$0.later], facts: facts) }
        return Self.onlyDate(found)
    }

    /// The date the candidates agree on; nil when there is none or they name two.
    private static func onlyDate(_ found: [End]) -> End? {
        guard let first = found.first, found.allSatisfy({ $0.dates == first.dates }) else { return nil }
        return first
    }

    /// An event's own explicit date, as the period it names.
    private func dated(_ event: Event, facts: ArticleFacts) -> End? {
        for anchor in event.anchors where [.at, .modifier, .during].contains(anchor.relation) {
            let expression = facts.temporal[anchor.temporal]
            guard expression.kind == .date || expression.kind == .time, let dates = expression.coverage(published: facts.anchor) else { continue }
            return End(dates: dates, text: DateWording(lexicons: facts.lexicons).describe(dates), event: EventNaming.phrase(for: event, lexicons: facts.lexicons),
                       span: expression.span, written: expression.text)
        }
        return nil
    }
}
