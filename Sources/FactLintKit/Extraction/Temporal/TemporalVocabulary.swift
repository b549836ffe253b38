/// The small words of temporal expressions ("last", "early", "from … to", "a.m", "ago"), read
/// once from the lexicons in `Rules/lexicons/temporal.yml` and `calendar.yml`, so the tagger's
/// grammar holds no English of its own and a newsroom can add spellings.
final class TemporalVocabulary: Sendable {
    /// How a word places a unit against the publication date (`temporal-relations`).
    enum Relation: String, Sendable {
        case previous, past, this, current, next, coming
    }

    /// A part of a period, or a shift of it (`period-parts`).
    typealias Part = PeriodPart

    private let relations: WordMap<Relation>
    private let parts: WordMap<Part>
    private let dayWords: WordMap<String>
    private let clockWords: WordMap<String>
    private let connectives: WordMap<String>
    private let periodWords: WordMap<String>
    private let durationWords: WordMap<String>
    let monthCues: WordSet
    let ambiguousMonths: WordSet
    /// Words before "to" that make it a plan ("is to resume", "set to expire").
    let futureBeforeTo: WordSet
    /// Words before a participle that keep it from being a past event ("will be named").
    let auxiliaries: WordSet
    /// "is", "be", "being": before a participle, a present passive ("is launched").
    let presentAuxiliaries: WordSet
    /// "to" of "is to resume".
    let infinitives: WordSet
    /// "going" of "going to".
    let goingWords: WordSet
    /// "ll" of "she'll".
    let futureContractions: WordSet
    /// "was", "had": past forms that name no event.
    let pastAuxiliaries: WordSet
    /// "has", "have": the present perfect ("has closed").
    let perfectAuxiliaries: WordSet
    /// "since": a date after it is past ("since March 20").
    let pastStarts: WordSet
    /// "on", "in": between a past verb and its date ("signed in July 1987").
    let participleDates: WordSet

    init(lexicons: LexiconSet) {
        func keyed<Key>(_ name: String, _ make: (String) -> Key?) -> WordMap<Key> {
            WordMap(lexicons[name].keysBySpelling.compactMapValues(make))
        }
        relations = keyed("temporal-relations") { Relation(rawValue: $0) }
        parts = keyed("period-parts") { Part(rawValue: $0) }
        dayWords = keyed("day-words") { $0 }
        clockWords = keyed("clock-words") { $0 }
        connectives = keyed("temporal-connectives") { $0 }
        periodWords = keyed("period-words") { $0 }
        durationWords = keyed("duration-words") { $0 }
        monthCues = WordSet(lexicons["month-cues"].keysBySpelling.keys)
        ambiguousMonths = WordSet(lexicons["ambiguous-months"].keysBySpelling.keys)
        let tense = lexicons["tense-cues"].keysBySpelling
        futureBeforeTo = WordSet(tense.filter { ["to-future", "both", "going"].contains($0.value) }.keys)
        auxiliaries = WordSet(tense.filter { ["auxiliary", "present-auxiliary", "both", "infinitive"].contains($0.value) }.keys)
        presentAuxiliaries = WordSet(tense.filter { ["present-auxiliary", "both"].contains($0.value) }.keys)
        infinitives = WordSet(tense.filter { $0.value == "infinitive" }.keys)
        goingWords = WordSet(tense.filter { $0.value == "going" }.keys)
        futureContractions = WordSet(tense.filter { $0.value == "contraction" }.keys)
        pastAuxiliaries = WordSet(tense.filter { $0.value == "past-auxiliary" }.keys)
        perfectAuxiliaries = WordSet(tense.filter { $0.value == "perfect" }.keys)
        pastStarts = WordSet(tense.filter { $0.value == "past-start" }.keys)
        participleDates = WordSet(tense.filter { $0.value == "participle-date" }.keys)
    }

    /// The relation a lowercase word expresses, if any.
    func relation(_ word: String) -> Relation? { relations[word] }
    /// Whether the word is one of these relations.
    func isRelation(_ word: String, _ accepted: Set<Relation>) -> Bool { relations[word].map(accepted.contains) ?? false }
    func part(_ word: String) -> Part? { parts[word] }
    /// "early", "late", "mid": the parts of a period that name its edges or middle.
    static let edges: Set<Part> = [.early, .late, .mid]
    /// "early", "late", "earlier", "later".
    static let edgesAndShifts: Set<Part> = [.early, .late, .earlier, .later]

    /// Whether a word is one of the accepted period parts. The sets are constants: a literal at
    /// the call built a Set at every token the tagger tried.
    func isPart(_ word: String, _ accepted: Set<Part>) -> Bool {
        guard let part = parts[word] else { return false }
        return accepted.contains(part)
    }

    /// Whether a word is that period part.
    func isPart(_ word: String, _ part: Part) -> Bool { parts[word] == part }
    /// "yesterday", "today", "tomorrow", "tonight", "noon", "midnight".
    func dayWord(_ word: String) -> String? { dayWords[word] }
    /// The day word of two words ("last night").
    func dayWord(_ first: String, _ second: String) -> String? { dayWords.value(of: first, second) }
    /// How many days from the anchor "yesterday", "today" and "tomorrow" are.
    func dayOffset(_ word: String) -> Int? {
        switch dayWords[word] {
        case "yesterday": return -1
        case "today": return 0
        case "tomorrow": return 1
        default: return nil
        }
    }
    /// "am", "pm", "zone", "ordinal-suffix".
    func clockWord(_ word: String) -> String? { clockWords[word] }
    /// "from", "between", "to", "and", "of", "the", "article", "ago".
    func connective(_ word: String) -> String? { connectives[word] }
    func isConnective(_ word: String, _ key: String) -> Bool { connectives[word] == key }
    /// "half", "period", "year", "fiscal", "comparable", "recent", "year-ago", "every", "yearly".
    func periodWord(_ word: String) -> String? { periodWords[word] }
    func isPeriodWord(_ word: String, _ key: String) -> Bool { periodWords[word] == key }
    /// "vague", "opener", "rate".
    func isDurationWord(_ word: String, _ key: String) -> Bool { durationWords[word] == key }
}
