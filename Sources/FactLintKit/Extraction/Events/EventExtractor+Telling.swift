/// Dates of events that tell of another event ("announced their resignations three weeks ago").
extension EventExtractor {
    /// "announced their resignations three weeks ago": a date after the noun that a telling verb
    /// has for its object dates the telling, not what is told, when the verb has no date of its
    /// own. The noun follows the verb with at most two words between ("announced the planned
    /// merger on Friday").
    func moveDatesToTelling(_ events: inout [Event]) {
        for (index, event) in events.enumerated() where !event.isNoun && words.tellingEvents.contains(event.trigger) && event.anchors.isEmpty {
            let next = index + 1
            guard next < events.count, events[next].isNoun, events[next].sentence == event.sentence,
                  events[next].tokens.lowerBound - event.tokens.upperBound <= 2 else { continue }
            let own = events[next].anchors.filter { $0.relation == .at }
            guard !own.isEmpty else { continue }
            events[index].anchors = own
            events[next].anchors.removeAll { $0.relation == .at }
        }
    }
}
