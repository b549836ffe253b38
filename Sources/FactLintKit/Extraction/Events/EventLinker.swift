/// Decides which event mentions are one event: "flooded" and "the floods", "the vote" and
/// "councillors voted", "the inquiry opened" and "the inquiry began".
///
/// Two mentions are linked when they name the same event of the lexicon (or events of a family
/// in `coreferent-families`) and concern the same thing: the same person, or a name or the
/// subject's head word in common. A denied event, a rate or a comparison links to nothing.
struct EventLinker: Sendable {
    let words: EventVocabulary

    /// For each event, the index of the first mention of its cluster.
    func link(_ events: [Event], temporal: [TemporalExpression]) -> [Int] {
        var parent = Array(events.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        for later in events.indices {
            for earlier in 0..<later where root(earlier) != root(later) && corefer(events[earlier], events[later]) {
                let (a, b) = (root(earlier), root(later))
                parent[max(a, b)] = min(a, b)
            }
        }
        // "the derby" with nothing of its own points back to the one derby named before, when
        // only one has been.
        for later in events.indices where events[later].isDefinite && events[later].people.isEmpty && events[later].subject.isEmpty
            && root(later) == later && Self.linkable.contains(events[later].status) {
            let earlier = (0..<later).filter { events[$0].trigger == events[later].trigger && events[$0].isKnown
                && Self.linkable.contains(events[$0].status) && !events[$0].isNegated }
            let roots = Set(earlier.map(root))
            if roots.count == 1, let only = roots.first { parent[later] = only }
        }
        return events.indices.map(root)
    }

    /// Whether two mentions are one event.
    func corefer(_ a: Event, _ b: Event) -> Bool {
        guard a.isKnown, b.isKnown, !a.isNegated, !b.isNegated, Self.linkable.contains(a.status), Self.linkable.contains(b.status) else {
            return false
        }
        // "a flood", "a second plant": introduced as new, so not the one before.
        guard !b.isIndefinite else { return false }
        let sameFamily = a.family.map { $0 == b.family && words.coreferentFamilies.contains($0) } ?? false
        guard a.trigger == b.trigger || sameFamily else { return false }
        // A person on one side only leaves it open; two different people close it.
        if !a.people.isEmpty, !b.people.isEmpty { return !Set(a.people).isDisjoint(with: b.people) }
        if !Set(a.subject).isDisjoint(with: b.subject) { return true }
        let all = Set(a.subject + a.participants).intersection(b.subject + b.participants)
        // A name in common, or two words.
        return all.contains { $0.first?.isUppercase == true } || all.count >= 2
    }

    /// Statuses whose mentions can be linked: told as done, stated, or planned.
    private static let linkable: Set<EventStatus> = [.reported, .stated, .scheduled]
}
