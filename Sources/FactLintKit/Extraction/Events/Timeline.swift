/// The article's events in reading order, which mentions are one event, and what order they
/// must keep.
public struct Timeline: Sendable {
    public var events: [Event]
    /// For each event, the index of the first mention of the same event (itself when none
    /// comes before): "the floods" and "flooded" in one cluster.
    public var cluster: [Int]
    public var constraints: [OrderConstraint]
    /// People's ages as given, in reading order.
    public var ages: [AgeStatement]
    /// Careers and stints given as lengths, in reading order.
    public var services: [ServiceLength] = []
    /// Records told by how far back they reach ("the lowest since 1982", "a seven-year low").
    public var records: [RecordSpan] = []
    /// Things named with their length ("the five-year immigration plan"), in reading order.
    public var namedLengths: [NamedLength] = []
    /// Pairs of dates whose order the words fix: an event moved from one date to another
    /// ("postponed to July from June"), a plan's target and the date it was made.
    public var datePairs: [DatePair] = []
    /// For each event, the mentions linked to it by a person or a subject word in common or by
    /// what both tell of, rather than by words near them or through a third mention ("the
    /// deal signed on Tuesday with Norway" and "an accord with the Nordic Fund in December"
    /// can share a cluster on a country named near both).
    public var strongLinks: [Int: Set<Int>] = [:]

    public init(events: [Event] = [], cluster: [Int]? = nil, constraints: [OrderConstraint] = [], ages: [AgeStatement] = []) {
        self.events = events
        self.cluster = cluster ?? Array(events.indices)
        self.constraints = constraints
        self.ages = ages
    }

    /// The mentions of the same event as `index`, itself included, in reading order.
    public func mentions(of index: Int) -> [Int] {
        let root = cluster[index]
        return events.indices.filter { cluster[$0] == root }
    }

    /// Whether two events were linked to each other by a person, a subject or what they tell.
    public func areLinkedStrongly(_ a: Int, _ b: Int) -> Bool { strongLinks[a]?.contains(b) ?? false }

    /// Whether two events are mentions of one.
    public func areLinked(_ a: Int, _ b: Int) -> Bool { cluster[a] == cluster[b] }

    /// Whether two linked mentions are of the only such event the article tells of: every
    /// mention of their events that could be linked (told as done, stated or planned, not
    /// denied) is in their cluster ("Sunday's tremor" and "yesterday's quake" in a story of one
    /// earthquake).
    public func isSole(_ a: Int, _ b: Int) -> Bool {
        guard areLinked(a, b) else { return false }
        let triggers: Set<String> = [events[a].trigger, events[b].trigger]
        return events.indices.allSatisfy { index in
            let event = events[index]
            return !triggers.contains(event.trigger) || cluster[index] == cluster[a] || event.isNegated
                || !EventStatus.linkable.contains(event.status)
        }
    }

    /// The events a temporal expression dates.
    public func events(anchoredTo temporal: Int) -> [Int] {
        events.indices.filter { events[$0].anchors.contains { $0.temporal == temporal } }
    }
}
