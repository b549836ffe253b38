/// Dates that must come in order. Either side of the order is given by a pattern with a
/// `{date}` ("elected {date}"), or by an event of the timeline (`first-event: election`, an event
/// of `event-triggers` or a family of `event-families`), whose dates are the times it happened.
/// Every date of the first must be before (or after) every date of the second. `same-subject`
/// compares only events of the same person (the people facts); `same-event` only mentions of one
/// thing (linked on the timeline, or sharing their subject). With one `pattern`, its dates must
/// not go backwards through the text (`non-decreasing`), as in a timeline.
public struct OrderCheck: Check {
    public static let name = "order"
    public static let summary = "Dates captured by patterns or of timeline events must satisfy an order."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("first", .pattern, default: "", help: "A pattern with a {date}: the earlier event."),
        ParameterSpec("second", .pattern, default: "", help: "A pattern with a {date}: the later event."),
        ParameterSpec("first-event", .string, default: "", help: "Instead of first: an event or family of the timeline (election)."),
        ParameterSpec("second-event", .string, default: "", help: "Instead of second: an event or family of the timeline (swearing-in)."),
        ParameterSpec("relation", .string, default: "before", help: "before or after: how the first's date stands to the second's."),
        ParameterSpec("same-subject", .boolean, default: "false", help: "Compare only events of the same person."),
        ParameterSpec("same-event", .boolean, default: "false", help: "Compare only mentions of one thing: linked events, or events with the same subject."),
        ParameterSpec("pattern", .pattern, default: "", help: "Instead of first/second: a pattern whose dates must be non-decreasing in the text."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "date": "the date out of order", "other.date": "the date it contradicts", "other.line": "the line of that date",
        "relation": "before or after",
    ]) { $1 }

    let first: TokenPattern?
    let second: TokenPattern?
    let firstEvent: String?
    let secondEvent: String?
    let sequence: TokenPattern?
    let before: Bool
    let sameSubject: Bool
    let sameEvent: Bool

    public init(parameters: ParameterValues) throws(ParameterError) {
        func parse(_ name: String) throws(ParameterError) -> TokenPattern? {
            let text = parameters.string(name) ?? ""
            guard !text.isEmpty else { return nil }
            do {
                let pattern = try TokenPattern(text)
                guard pattern.slots.contains(.date) else { throw ParameterError(parameter: name, message: "needs a {date} slot") }
                return pattern
            } catch let error as ParameterError {
                throw error
            } catch {
                throw ParameterError(parameter: name, message: "is not valid: \((error as? PatternError)?.message ?? "\(error)")")
            }
        }
        first = try parse("first")
        second = try parse("second")
        sequence = try parse("pattern")
        firstEvent = parameters.string("first-event").flatMap { $0.isEmpty ? nil : $0.lowercased() }
        secondEvent = parameters.string("second-event").flatMap { $0.isEmpty ? nil : $0.lowercased() }
        guard first == nil || firstEvent == nil else { throw ParameterError(parameter: "first-event", message: "give either 'first' or 'first-event'") }
        guard second == nil || secondEvent == nil else { throw ParameterError(parameter: "second-event", message: "give either 'second' or 'second-event'") }
        let hasPair = (first != nil || firstEvent != nil) && (second != nil || secondEvent != nil)
        guard hasPair != (sequence != nil) else {
            throw ParameterError(parameter: "pattern", message: "give either a first and a second (pattern or event), or 'pattern'")
        }
        let relation = parameters.string("relation") ?? "before"
        guard relation == "before" || relation == "after" else { throw ParameterError(parameter: "relation", message: "must be before or after") }
        before = relation == "before"
        sameSubject = parameters.boolean("same-subject", default: false)
        sameEvent = parameters.boolean("same-event", default: false)
    }

    /// A date on one side of the order, with the events it dates.
    struct Side {
        var span: SourceSpan
        var text: String
        var days: (start: CalendarDate, end: CalendarDate)
        var events: [Int]
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let matcher = PatternMatcher(facts: facts)
        let inScope = { facts.isInScope(sentence: $0, scope) }
        let byPattern = { (pattern: TokenPattern) -> [Side] in
            matcher.matches(pattern, sentences: inScope).compactMap { match in
                guard let binding = match.binding(.date),
                      let index = facts.temporal.firstIndex(where: { $0.tokens.lowerBound == binding.tokens.lowerBound }),
                      let days = facts.temporal[index].interval else { return nil }
                return Side(span: binding.span, text: binding.text, days: days, events: facts.timeline.events(anchoredTo: index))
            }
        }
        var results: [CheckMatch] = []
        if let sequence {
            var latest: Side?
            for entry in byPattern(sequence) {
                if let previous = latest, entry.days.end < previous.days.start {
                    results.append(finding(entry, against: previous, relation: "after", facts))
                } else if latest == nil || entry.days.start > latest!.days.start {
                    latest = entry
                }
            }
            return results + matcher.cutShortMatches()
        }
        let firsts = first.map(byPattern) ?? firstEvent.map { byEvent($0, facts, inScope) } ?? []
        let seconds = second.map(byPattern) ?? secondEvent.map { byEvent($0, facts, inScope) } ?? []
        for entry in firsts {
            for other in seconds where related(entry, other, facts) {
                let wrong = before ? entry.days.start > other.days.end : entry.days.end < other.days.start
                if wrong { results.append(finding(entry, against: other, relation: before ? "before" : "after", facts)) }
            }
        }
        return results + matcher.cutShortMatches()
    }

    /// The dates of the timeline's events of a kind, told as done or stated.
    private func byEvent(_ kind: String, _ facts: ArticleFacts, _ inScope: (Int) -> Bool) -> [Side] {
        let families = facts.lexicons["event-families"]
        var sides: [Side] = []
        for (index, event) in facts.timeline.events.enumerated() where event.isKnown && !event.isNegated
            && (event.status == .reported || event.status == .stated)
            && (event.trigger == kind || families.key(for: event.trigger) == kind) {
            for anchor in event.anchors where anchor.relation == .at || anchor.relation == .modifier {
                let expression = facts.temporal[anchor.temporal]
                guard inScope(expression.sentence), let days = expression.coverage(published: facts.anchor) else { continue }
                sides.append(Side(span: expression.span, text: expression.text, days: days, events: [index]))
            }
        }
        return sides
    }

    /// Whether two dates may be compared under `same-subject` and `same-event`.
    private func related(_ a: Side, _ b: Side, _ facts: ArticleFacts) -> Bool {
        guard sameSubject || sameEvent else { return true }
        let timeline = facts.timeline
        for x in a.events {
            for y in b.events {
                let one = timeline.events[x]
                let two = timeline.events[y]
                let samePerson = !one.people.isEmpty && !Set(one.people).isDisjoint(with: two.people)
                if sameSubject && !samePerson { continue }
                if sameEvent && !(timeline.areLinked(x, y) || samePerson || !Set(one.subject).isDisjoint(with: two.subject)) { continue }
                return true
            }
        }
        return false
    }

    private func finding(_ side: Side, against other: Side, relation: String, _ facts: ArticleFacts) -> CheckMatch {
        CheckMatch(span: side.span, values: [
            "date": side.text, "other.date": other.text, "other.line": String(facts.line(of: other.span)), "relation": relation,
        ], related: [.init(span: other.span, message: "'\(other.text)' is given here")])
    }
}
