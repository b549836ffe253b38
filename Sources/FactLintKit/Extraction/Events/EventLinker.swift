/// Decides which event mentions are one event: "flooded" and "the floods", "the vote" and
/// "councillors voted", "the inquiry opened" and "the inquiry began".
///
/// Two mentions are linked when they name the same event of the lexicon (or events of a family
/// in `coreferent-families`) and concern the same thing: the same person, or a name or the
/// subject's head word in common. A denied event, a rate, a comparison or a period's edge ("the
/// week ended Feb 21") links to nothing.
struct EventLinker: Sendable {
    let words: EventVocabulary

    /// For each event, the index of the first mention of its cluster; and for each event, the
    /// mentions it was joined to by a person or a subject word in common, or by what both tell of
    /// (not by words around them, nor through a third mention).
    /// `headlines` are the sentences of the headline, whose mentions with nothing of their own
    /// name the story's event.
    func link(_ events: [Event], temporal: [TemporalExpression], headlines: Set<Int> = []) -> (cluster: [Int], strong: [Int: Set<Int>]) {
        var strong: [Int: Set<Int>] = [:]
        var parent = Array(events.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        let told = toldEvents(events)
        // Two mentions can be linked only when they share a trigger, or a family that corefers
        // (`corefer`, `tellOfOne` and `planOfOne` all ask for one): each mention is compared
        // with the earlier ones of its trigger and family alone, in the order a walk over all
        // earlier mentions would meet them, so a long article is not compared pair by pair.
        var byTrigger: [String: [Int]] = [:]
        var byFamily: [String: [Int]] = [:]
        // Events read through a buffer: passing events[i] copied the event (its strings and
        // arrays) for each comparison.
        events.withUnsafeBufferPointer { buffer in
            for later in events.indices {
                let event = buffer[later]
                // All three tests ask both mentions to be undenied, of a linkable status, and
                // known to the lexicon or telling of another; the later one must not be
                // introduced as new. A mention that fails is never compared.
                guard !event.isNegated, !event.isPeriodEdge, EventStatus.linkable.contains(event.status), event.isKnown || told[later] != nil else { continue }
                let family = event.family.flatMap { words.coreferentFamilies.contains($0) ? $0 : nil }
                defer {
                    byTrigger[event.trigger, default: []].append(later)
                    if let family { byFamily[family, default: []].append(later) }
                }
                guard !event.isIndefinite else { continue }
                var candidates = byTrigger[event.trigger] ?? []
                if let family, let more = byFamily[family] {
                    candidates = (candidates + more).sortedUnique()
                }
                for earlier in candidates where root(earlier) != root(later)
                    && (corefer(buffer[earlier], buffer[later]) && !tellOfTwo(earlier, later, events: events, told: told)
                        || tellOfOne(earlier, later, events: events, told: told)
                        || planOfOne(buffer[earlier], buffer[later])) {
                    let (a, b) = (root(earlier), root(later))
                    parent[max(a, b)] = min(a, b)
                    let (first, second) = (buffer[earlier], buffer[later])
                    if tellOfOne(earlier, later, events: events, told: told) || first.people.sharesElement(with: second.people)
                        || first.subject.sharesElement(with: second.subject) {
                        strong[earlier, default: []].insert(later)
                        strong[later, default: []].insert(earlier)
                    }
                }
            }
        }
        // "the derby" with nothing of its own points back to the one derby named before, when
        // only one has been; "the March 6 tragedy" to the one disaster of its family ("the ferry
        // disaster"), when its family corefers.
        for later in events.indices where events[later].isDefinite && events[later].people.isEmpty && events[later].subject.isEmpty
            && root(later) == later && EventStatus.linkable.contains(events[later].status) {
            var named = byTrigger[events[later].trigger] ?? []
            if let family = events[later].family, words.coreferentFamilies.contains(family) { named += byFamily[family] ?? [] }
            let earlier = named.filter { $0 < later && events[$0].isKnown && EventStatus.linkable.contains(events[$0].status) && !events[$0].isNegated }
            let roots = Set(earlier.map(root))
            if roots.count == 1, let only = roots.first { parent[later] = only }
        }
        for (x, y) in oneEventJoins(events, byTrigger: byTrigger, root: root) {
            let (a, b) = (root(x), root(y))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        // "DETAILS RELEASED AFTER THURSDAY SIGNING": a headline mention with no person of its
        // own is the one event the body tells of with that word, when the body tells of one.
        for mention in events.indices where headlines.contains(events[mention].sentence) && root(mention) == mention
            && events[mention].isKnown && events[mention].people.isEmpty && !events[mention].isNegated
            && EventStatus.linkable.contains(events[mention].status) {
            let body = (byTrigger[events[mention].trigger] ?? []).filter { !headlines.contains(events[$0].sentence) }
            let roots = Set(body.map(root))
            if roots.count == 1, let only = roots.first { parent[max(mention, only)] = min(mention, only) }
        }
        return (events.indices.map(root), strong)
    }

    /// "the conviction last month of a bottling company employee" and "Gravely was convicted on
    /// March 12": an event the article names in two clusters only (or in any number, for a
    /// `story-events` event: "the flames", "the blaze", "today's fire"), whose mentions have nothing
    /// to tell them apart (no two different people, no two subjects without a word in
    /// common, none introduced as new, none a plan against one told as done), is one
    /// event. Returns the pairs of roots to join.
    func oneEventJoins(_ events: [Event], byTrigger: [String: [Int]], root: (Int) -> Int) -> [(Int, Int)] {
        var joins: [(Int, Int)] = []
        for trigger in byTrigger.keys.sorted() {
            let mentions = byTrigger[trigger] ?? []
            guard mentions.allSatisfy({ events[$0].isKnown && !events[$0].isIndefinite && !events[$0].isQuoted }) else { continue }
            let roots = mentions.map(root).sortedUnique()
            // A quake or a fire (`story-events`) is one however often the story names it.
            guard roots.count == 2 || roots.count > 2 && words.storyEvents.contains(trigger) else { continue }
            let apart = mentions.contains { a in mentions.contains { b in
                let (x, y) = (events[a], events[b])
                return a < b && root(a) != root(b)
                    && (!x.people.isEmpty && !y.people.isEmpty && !x.people.sharesElement(with: y.people)
                        || !x.subject.isEmpty && !y.subject.isEmpty && !x.subject.sharesElement(with: y.subject)
                        || (x.status == .scheduled) != (y.status == .scheduled))
            } }
            if !apart { joins += roots.dropFirst().map { (roots[0], $0) } }
        }
        return joins
    }

    /// Whether two mentions are one event.
    func corefer(_ a: Event, _ b: Event) -> Bool {
        guard a.isKnown, b.isKnown, !a.isNegated, !b.isNegated, !a.isPeriodEdge, !b.isPeriodEdge, EventStatus.linkable.contains(a.status),
              EventStatus.linkable.contains(b.status) else {
            return false
        }
        // "a flood", "a second plant": introduced as new, so not the one before.
        guard !b.isIndefinite else { return false }
        let sameFamily = a.family.map { $0 == b.family && words.coreferentFamilies.contains($0) } ?? false
        guard a.trigger == b.trigger || sameFamily else { return false }
        // A person on one side only leaves it open; two different people close it.
        if !a.people.isEmpty, !b.people.isEmpty { return a.people.sharesElement(with: b.people) }
        if a.subject.sharesElement(with: b.subject) { return true }
        let all = (a.subject + a.participants).commonElements(with: b.subject + b.participants)
        // A name in common, or two words.
        return all.contains { $0.first?.isUppercase == true } || all.count >= 2
    }

    /// For each event that tells of another ("announced … they would step down"), the event right
    /// after it in its sentence, within eight words.
    func toldEvents(_ events: [Event]) -> [Int: Int] {
        var told: [Int: Int] = [:]
        for (index, event) in events.enumerated() where words.tellingEvents.contains(event.trigger) {
            let next = index + 1
            guard next < events.count, events[next].sentence == event.sentence,
                  events[next].tokens.lowerBound - event.tokens.upperBound <= 8 else { continue }
            told[index] = next
        }
        return told
    }

    /// "The founders announced in December they would step down" and "the pair announced their resignations":
    /// two mentions of one telling event whose told events are one event or of one family, with
    /// no two different people or subjects between them.
    func tellOfOne(_ a: Int, _ b: Int, events: [Event], told: [Int: Int]) -> Bool {
        guard let toldA = told[a], let toldB = told[b] else { return false }
        let (first, second) = (events[a], events[b])
        guard first.trigger == second.trigger, !first.isNegated, !second.isNegated, !second.isIndefinite,
              EventStatus.linkable.contains(first.status), EventStatus.linkable.contains(second.status) else { return false }
        let (x, y) = (events[toldA], events[toldB])
        guard x.isKnown, y.isKnown, x.trigger == y.trigger || (x.family != nil && x.family == y.family), !x.isNegated, !y.isNegated else { return false }
        if !first.people.isEmpty, !second.people.isEmpty, !first.people.sharesElement(with: second.people) { return false }
        if !first.subject.isEmpty, !second.subject.isEmpty, !first.subject.sharesElement(with: second.subject) { return false }
        return true
    }

    /// "announced in December they would open a shop" and "announced their resignations": two
    /// announcements of one subject that tell of different events are two.
    func tellOfTwo(_ a: Int, _ b: Int, events: [Event], told: [Int: Int]) -> Bool {
        guard let toldA = told[a], let toldB = told[b] else { return false }
        let (x, y) = (events[toldA], events[toldB])
        return x.trigger != y.trigger && (x.family == nil || x.family != y.family)
    }

    /// "an April 17 strike deadline" and "drivers will walk out next Thursday": one
    /// planned event named twice, when one mention has no subject or person of its own to tell
    /// it from the other.
    func planOfOne(_ a: Event, _ b: Event) -> Bool {
        guard a.status == .scheduled, b.status == .scheduled, a.isKnown, b.isKnown, a.trigger == b.trigger,
              !a.isNegated, !b.isNegated, !b.isIndefinite, !a.isQuoted, !b.isQuoted else { return false }
        return a.subject.isEmpty && a.people.isEmpty || b.subject.isEmpty && b.people.isEmpty
    }
}
