/// The words the people extractor reads names and titles with, taken once from the article's
/// lexicon set so a newsroom's own words count everywhere.
struct PeopleVocabulary: Sendable {
    let roles: Lexicon
    let modifiers: Lexicon
    let honorifics: Lexicon
    let particles: Lexicon
    let orgWords: Lexicon
    let speechVerbs: Lexicon
    let starters: Lexicon
    let months: Lexicon
    let weekdays: Lexicon

    init(lexicons: LexiconSet) {
        roles = lexicons["title-roles"]
        modifiers = lexicons["title-modifiers"]
        honorifics = lexicons["honorifics"]
        particles = lexicons["name-particles"]
        orgWords = lexicons["org-words"]
        speechVerbs = lexicons["speech-verbs"]
        starters = lexicons["sentence-starters"]
        months = lexicons["months"]
        weekdays = lexicons["weekdays"]
    }
}
