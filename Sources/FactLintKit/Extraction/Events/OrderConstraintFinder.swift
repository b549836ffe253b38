/// Collects what orders the events: "after" and "before" inside a sentence ("sworn in after
/// winning the election"), a "then" word that puts a sentence's event after the previous
/// sentence's ("She subsequently joined"), and the order knowledge of `event-order` for events
/// of one subject ("election before swearing-in") or of one thing ("begin before end").
struct OrderConstraintFinder: Sendable {
    let words: EventVocabulary
    /// Words that open a clause ("that", "which", "when"): a connective right after one opens
    /// the clause's adverbial, whose event follows.
    let clauseOpeners: Set<String>

    func constraints(_ timeline: Timeline, input: EventExtractor.Input) -> [OrderConstraint] {
        var found: [OrderConstraint] = []
        let events = timeline.events
        var bySentence: [Int: [Int]] = [:]
        for (index, event) in events.enumerated() { bySentence[event.sentence, default: []].append(index) }
        for sentence in input.sentences.indices {
            let inSentence = bySentence[sentence] ?? []
            guard !inSentence.isEmpty else { continue }
            found += connectives(in: sentence, events: inSentence, timeline, input)
            found += subsequent(in: sentence, events: inSentence, previous: bySentence[sentence - 1] ?? [], timeline, input)
            found += orderVerbs(in: sentence, events: inSentence, before: (bySentence[sentence - 2] ?? []) + (bySentence[sentence - 1] ?? []),
                                timeline, input)
            found += coordinated(in: sentence, events: inSentence, timeline, input)
            found += reversals(in: sentence, events: inSentence, previous: bySentence[sentence - 1] ?? [], timeline, input)
        }
        found += knowledge(timeline)
        found += finalExits(timeline, input: input)
        var seen = Set<OrderConstraint>()
        return found.filter { seen.insert($0).inserted }
    }

    /// "A after B", "A before B", "A following B" inside one sentence.
    private func connectives(in sentence: Int, events: [Int], _ timeline: Timeline, _ input: EventExtractor.Input) -> [OrderConstraint] {
        var found: [OrderConstraint] = []
        let range = input.sentences[sentence].tokens
        var position = range.lowerBound
        while position < range.upperBound {
            var length = 1
            var key = input.tokens[position].kind == .word ? words.connectives.key(input.tokens, position) : nil
            if key == nil, position + 1 < range.upperBound, words.connectives.mayStartPhrase(input.tokens[position].lower) {
                key = words.connectives.key(for: input.tokens[position].lower + " " + input.tokens[position + 1].lower)
                length = 2
            }
            defer { position += key == nil ? 1 : length }
            guard let key, key == "after" || key == "before", input.temporalAt[position] == nil else { continue }
            var after = position + length
            // "after five hours of questioning": the event is what the stretch was of.
            if after < range.upperBound, let stretch = input.temporalAt[after], input.temporal[stretch].kind == .duration,
               input.temporal[stretch].tokens.upperBound + 1 < range.upperBound,
               words.functionWords.contains(lowercased: input.tokens[input.temporal[stretch].tokens.upperBound].lower) {
                after = input.temporal[stretch].tokens.upperBound + 1
            }
            // The event the connective introduces: the first within six words, before any date.
            // The event the connective introduces: the first within six words (a date counting
            // as none: "after winning the March 9, 2024 election"), unless a date comes first.
            guard after < range.upperBound, input.temporalAt[after] == nil,
                  let other = events.first(where: { timeline.events[$0].tokens.lowerBound >= after
                    && (after..<timeline.events[$0].tokens.lowerBound).filter({ input.temporalAt[$0] == nil }).count <= 6 }) else { continue }
            guard let main = mainEvent(beforeConnective: position, excluding: other, events: events, timeline, input) else { continue }
            let text = input.text(position..<(position + length))
            let span = input.span(position..<(position + length))
            found.append(key == "after"
                ? OrderConstraint(earlier: other, later: main, source: .connective, span: span, reason: text)
                : OrderConstraint(earlier: main, later: other, source: .connective, span: span, reason: text))
        }
        return found
    }

    /// The event a connective phrase belongs to: the one before it in the clause, or, when the
    /// phrase opens the sentence or a clause ("After an inquiry, she was dismissed"), the first
    /// one after the phrase's comma.
    private func mainEvent(beforeConnective position: Int, excluding other: Int, events: [Int], _ timeline: Timeline,
                           _ input: EventExtractor.Input) -> Int? {
        let range = input.sentences[timeline.events[other].sentence].tokens
        var start = position - 1
        while start >= range.lowerBound, input.temporalAt[start] != nil { start -= 1 }
        let opensClause = start < range.lowerBound || clauseOpeners.contains(input.tokens[start].lower)
            || input.temporalAt[position - 1].map { input.temporal[$0].kind == .duration } ?? false
            || input.tokens[start].isMark(anyOf: ";:(\u{2014}\u{2013}")
        if !opensClause {
            // "raised fares following increases started last week, which reversed cuts made in
            // February": with no event before the connective in its clause, none is ordered.
            // Twelve tokens at most; with no comma between, twelve words, a date counting as
            // none, as on the connective's other side ("raised on May 4 as the krona weakened
            // ahead of …").
            guard let before = events.last(where: { timeline.events[$0].tokens.upperBound <= position }) else { return nil }
            let between = timeline.events[before].tokens.upperBound..<position
            guard between.count <= 12 || !between.contains(where: { input.tokens[$0].isMark(",") })
                    && between.filter({ input.temporalAt[$0] == nil }).count <= 12 else { return nil }
            // ", and it became …" starts another clause: the event before it is not this one's.
            let crossesClause = between.contains { input.tokens[$0].isMark(",") && $0 + 1 < position && clauseOpeners.contains(input.tokens[$0 + 1].lower) }
            return crossesClause || between.contains(where: { input.tokens[$0].isMark(anyOf: ";:()") }) ? nil : before
        }
        guard let comma = (timeline.events[other].tokens.upperBound..<range.upperBound).first(where: { input.tokens[$0].isMark(",") && input.temporalAt[$0] == nil }) else {
            return nil
        }
        // ", which reversed …" after the phrase is a relative clause, not the main one.
        if comma + 1 < range.upperBound, clauseOpeners.contains(input.tokens[comma + 1].lower) { return nil }
        return events.first { timeline.events[$0].tokens.lowerBound > comma && timeline.events[$0].tokens.lowerBound - comma <= 8 }
    }

    /// How far into a sentence a "subsequently" or "then" word may stand: past a subject of a
    /// few words ("The 47-year-old then moved").
    private static let cueReach = 8

    /// "She subsequently joined the company": after the dated events of the sentence before.
    private func subsequent(in sentence: Int, events: [Int], previous: [Int], _ timeline: Timeline, _ input: EventExtractor.Input) -> [OrderConstraint] {
        guard !previous.isEmpty else { return [] }
        let range = input.sentences[sentence].tokens
        // "subsequently", or a phrase ("after that").
        func cueLength(_ at: Int) -> Int? {
            guard input.temporalAt[at] == nil, input.tokens[at].kind == .word else { return nil }
            if words.connectives.key(input.tokens, at) == "subsequently" { return 1 }
            // "The 47-year-old then moved to Porto": "then" right before a verb told as done
            // (not "the then chairman", "by then").
            if words.connectives.key(input.tokens, at) == "then" {
                return events.contains { timeline.events[$0].tokens.lowerBound == at + 1 && !timeline.events[$0].isNoun
                    && EventStatus.toldOrStated.contains(timeline.events[$0].status) } ? 1 : nil
            }
            guard at + 1 < range.upperBound, words.connectives.mayStartPhrase(input.tokens[at].lower),
                  words.connectives.key(for: input.tokens[at].lower + " " + input.tokens[at + 1].lower) == "subsequently" else { return nil }
            // "After that, the board …", "After that the board …"; not "after that meeting",
            // whose noun is what came before ("after" orders it inside the sentence).
            if at + 2 < range.upperBound, input.tokens[at + 2].kind == .word, !input.tokens[at + 2].isCapitalized,
               !words.functionWords.contains(input.tokens, at + 2) { return nil }
            return 2
        }
        guard let cue = range.prefix(Self.cueReach).first(where: { cueLength($0) != nil }), let length = cueLength(cue),
              let main = events.first(where: { timeline.events[$0].tokens.lowerBound > cue && timeline.events[$0].tokens.lowerBound - (cue + length - 1) <= 4 })
        else { return [] }
        let earlier = previous.filter { index in
            timeline.events[index].status == .reported && timeline.events[index].anchors.contains { $0.relation == .at || $0.relation == .modifier }
        }
        return earlier.map {
            OrderConstraint(earlier: $0, later: main, source: .connective, span: input.span(cue..<(cue + length)), reason: input.text(cue..<(cue + length)))
        }
    }

    /// The order knowledge, for pairs of events of one subject or one thing.
    ///
    /// A rule holds only between events that share a person or a subject word (`samePerson`,
    /// `sameThing`), so each event is paired only with the events that share one of those with
    /// it, and that some rule can put second; the pairs are visited in the order of a walk over
    /// all pairs, so a long article is not compared pair by pair.
    private func knowledge(_ timeline: Timeline) -> [OrderConstraint] {
        var found: [OrderConstraint] = []
        let events = timeline.events
        let eligible = events.indices.filter { EventStatus.toldOrStated.contains(events[$0].status) && !events[$0].isNegated }
        // What a rule can put first and second: any event ("*"), or known events of these
        // triggers and families.
        func canBe(_ names: Set<String>, _ event: Event) -> Bool {
            names.contains("*") || event.isKnown && (names.contains(event.trigger) || event.family.map(names.contains) == true)
        }
        var seconds = EventKeyIndex()
        for index in eligible where canBe(words.laterSides, events[index]) { seconds.add(index, people: events[index].people, words: events[index].subject) }
        events.withUnsafeBufferPointer { buffer in
            for first in eligible where canBe(words.earlierSides, buffer[first]) {
                let a = buffer[first]
                for second in seconds.sharing(people: a.people, words: a.subject) where second != first && !timeline.areLinked(first, second) {
                    let b = buffer[second]
                    for rule in words.order where (a.isKnown || rule.earlier == "*") && (b.isKnown || rule.later == "*")
                        && words.matches(rule.earlier, trigger: a.trigger, family: a.family)
                        && words.matches(rule.later, trigger: b.trigger, family: b.family) {
                        guard rule.sameThing ? sameThing(a, b) : samePerson(a, b) else { continue }
                        found.append(OrderConstraint(earlier: first, later: second, source: .knowledge, reason: rule.text))
                        break
                    }
                }
            }
        }
        return found
    }

    private func samePerson(_ a: Event, _ b: Event) -> Bool {
        !a.people.isEmpty && a.people.sharesElement(with: b.people)
    }

    private func sameThing(_ a: Event, _ b: Event) -> Bool {
        if !a.people.isEmpty || !b.people.isEmpty { return samePerson(a, b) }
        // "A second plant … closed": a new thing, not the one before.
        if a.isIndefinite || b.isIndefinite { return false }
        return a.subject.sharesElement(with: b.subject)
    }

}
