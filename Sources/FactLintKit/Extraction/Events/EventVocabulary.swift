/// The words and knowledge of the timeline, read once from `Rules/lexicons/events.yml` and
/// `order.yml` (and a newsroom's lexicons of the same names).
final class EventVocabulary: Sendable {
    /// Spelling (one word or two) to event key.
    let triggers: Lexicon
    /// First words of two-word triggers ("sworn" of "sworn in").
    let twoWordHeads: WordSet
    /// First words of the triggers written in three words ("took the oath").
    let threeWordHeads: WordSet
    /// First words of the triggers written in two or three words: one lookup a token.
    let multiWordHeads: WordSet
    /// Event key to family.
    let families: [String: String]
    /// Events that happen once to a subject.
    let singleEvents: WordSet
    /// Families whose different events may be mentions of one.
    let coreferentFamilies: WordSet
    /// Events a story seldom tells of twice without saying so (a quake, a fire).
    let storyEvents: WordSet
    /// Events that tell of another event ("announced … they would quit"), linked through it.
    let tellingEvents: WordSet
    /// Spelling to status cue: scheduled, moved, term, conditional, rate, comparison, negation.
    let statusCues: Lexicon
    /// Words that tell an exit is complete, the families and verbs that are exits (`complete-exits`).
    let completeExits: Lexicon
    /// Spelling to connective: after, before, subsequently.
    let connectives: Lexicon
    /// "followed", "preceded": verbs that order their subject's event against their object's.
    let orderVerbs: Lexicon
    /// "and": joins two dated verbs in the order they happened (`order-conjunctions`).
    let orderConjunctions: Lexicon
    /// Forms of "be" and "have" (`auxiliaries`), passed over between a conjunction and its verb.
    let auxiliaries: Lexicon
    /// "action", "move": nouns that stand for an event told before.
    let anaphors: Lexicon
    /// Verbs that undo a decision and the nouns that stand for it (`reversals`).
    let reversals: Lexicon
    /// "A before B" knowledge, for one subject or one thing.
    let order: [OrderRule]
    /// The events the rules can put first and second: triggers, families, and "*" for any.
    let earlierSides: Set<String>
    let laterSides: Set<String>
    /// Determiners, prepositions, pronouns and auxiliaries (`function-words`).
    let functionWords: Lexicon
    /// Words that, after an event noun, bring in what it opposes ("a strike against", `event-opposition`).
    let opposition: Lexicon
    /// Verbs that only say their subject happened ("was held", `light-verbs`).
    let lightVerbs: Lexicon
    /// Prepositions that make a noun after them the object of a phrase (`object-prepositions`).
    let objectPrepositions: Lexicon
    /// Prepositions that bring in what an event is about (`topic-prepositions`).
    let topicPrepositions: Lexicon
    /// "first", "originally": adverbs between a subject and its verb (`sequence-adverbs`).
    let sequenceAdverbs: Lexicon
    let triggerBit: WordClasses

    struct OrderRule: Sendable, Hashable {
        /// An event key, a family, or `*` for any event.
        var earlier: String
        var later: String
        /// Whether the two must share the subject (a person or a name) or be one thing.
        var sameThing: Bool
        /// As written, for messages and `facts`.
        var text: String
    }

    init(lexicons: LexiconSet) {
        triggers = lexicons["event-triggers"]
        // The first word of each spelling of two or three words, split at bytes (read at every start).
        var twoWords: [String] = [], threeWords: [String] = []
        for spelling in triggers.keysBySpelling.keys {
            let spaces = spelling.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
            guard spaces == 1 || spaces == 2, let space = spelling.utf8.firstIndex(of: 0x20) else { continue }
            if spaces == 1 { twoWords.append(String(spelling[..<space])) } else { threeWords.append(String(spelling[..<space])) }
        }
        twoWordHeads = WordSet(twoWords)
        threeWordHeads = WordSet(threeWords)
        multiWordHeads = WordSet(twoWords + threeWords)
        var families: [String: String] = [:]
        for (event, family) in lexicons["event-families"].keysBySpelling { families[event] = family }
        self.families = families
        singleEvents = WordSet(lexicons["single-events"].keysBySpelling.keys)
        coreferentFamilies = WordSet(lexicons["coreferent-families"].keysBySpelling.keys)
        tellingEvents = WordSet(lexicons["telling-events"].keysBySpelling.keys)
        storyEvents = WordSet(lexicons["story-events"].keysBySpelling.keys)
        statusCues = lexicons["event-status"]
        connectives = lexicons["order-connectives"]
        orderVerbs = lexicons["order-verbs"]
        orderConjunctions = lexicons["order-conjunctions"]
        auxiliaries = lexicons["auxiliaries"]
        anaphors = lexicons["event-anaphors"]
        reversals = lexicons["reversals"]
        completeExits = lexicons["complete-exits"]
        functionWords = lexicons["function-words"]
        opposition = lexicons["event-opposition"]
        lightVerbs = lexicons["light-verbs"]
        objectPrepositions = lexicons["object-prepositions"]
        topicPrepositions = lexicons["topic-prepositions"]
        sequenceAdverbs = lexicons["sequence-adverbs"]
        triggerBit = lexicons.mask("event-triggers")
        var order: [OrderRule] = []
        for (line, scope) in lexicons["event-order"].keysBySpelling {
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 3, parts[1] == "before" else { continue }
            order.append(OrderRule(earlier: parts[0], later: parts[2], sameThing: scope == "same-thing", text: line))
        }
        // The lexicon is a dictionary: sort so the knowledge is applied in one order every run.
        self.order = order.sorted { $0.text < $1.text }
        earlierSides = Set(order.map(\.earlier))
        laterSides = Set(order.map(\.later))
    }

    /// The first spelling of an event, the noun messages use ("election").
    func noun(for trigger: String) -> String? { triggers.displayName(for: trigger) }

    /// Whether an event key or family matches a side of an order rule.
    func matches(_ side: String, trigger: String, family: String?) -> Bool {
        side == "*" || side == trigger || side == family
    }
}
