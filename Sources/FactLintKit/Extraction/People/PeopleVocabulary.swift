/// The words the people extractor reads names and titles with, taken once from the article's
/// lexicon set so a newsroom's own words count everywhere.
final class PeopleVocabulary: Sendable {
    let ontology: PostOntology
    /// Words a title can end in (the last word of every post head).
    let roles: Lexicon
    /// Words that belong to titles, never to names ("vice", "former", "senior", "managing").
    let modifiers: Lexicon
    let honorifics: Lexicon
    let particles: Lexicon
    let orgWords: Lexicon
    /// Words that close a company's registered name ("Corp", "Inc").
    let firmSuffixes: Lexicon
    let speechVerbs: Lexicon
    /// "who", "whom" (`person-relatives`): after a name and a comma, a person's.
    let personRelatives: Lexicon
    /// The class bit of `speech-verbs`, read from a token without a lookup.
    let speechVerbBit: WordClasses
    /// The class bits of the post heads (`post-heads`, `title-roles`).
    let postHeadBits: WordClasses
    /// "also", "however": words between a subject and its verb that leave the subject as it is.
    let linkingOpeners: Lexicon
    let starters: Lexicon
    let months: Lexicon
    let weekdays: Lexicon
    let stopwords: Lexicon
    /// "a", "an", "the" (`articles`) and "a", "an" (`indefinite-articles`).
    let articles: Lexicon
    let indefiniteArticles: Lexicon
    /// Determiners inside or before a title ("of its rival", "his years as").
    let determiners: Lexicon
    /// "will", "to", "would" before "serve as", "be", "become".
    let futureMarkers: Lexicon
    /// "Jr", "St", "Mt": abbreviations in names that keep their full stop.
    let nameAbbreviations: Lexicon
    /// "elect", "designate" after a title's head.
    let postSuffixes: Lexicon
    /// "of", "and", "for": the connectors allowed before a title's head.
    let headConnectors: Lexicon
    /// First names keyed by the sex they usually imply: a run that starts with one is a name.
    let givenNames: Lexicon
    /// "of", "at": words that open a title's organisation part ("director at the trust").
    let titlePrepositions: Lexicon
    /// Places ("Memphis") and the words before a place or a time ("in", "from"): a family name
    /// written first is neither.
    let places: Lexicon
    let placePrepositions: Lexicon
    /// "Sir", "Dame": honorifics used with a first name alone ("Sir Alan").
    let firstNameHonorifics: Lexicon

    init(lexicons: LexiconSet) {
        ontology = PostOntology(lexicons: lexicons)
        roles = ontology.roleWords
        modifiers = lexicons["title-modifiers"]
        honorifics = lexicons["honorifics"]
        particles = lexicons["name-particles"]
        orgWords = lexicons["org-words"]
        firmSuffixes = lexicons["firm-suffixes"]
        speechVerbs = lexicons["speech-verbs"]
        personRelatives = lexicons["person-relatives"]
        speechVerbBit = lexicons.mask("speech-verbs")
        postHeadBits = lexicons.mask("post-heads", "title-roles")
        linkingOpeners = lexicons["linking-openers"]
        starters = lexicons["sentence-starters"]
        months = lexicons["months"]
        weekdays = lexicons["weekdays"]
        stopwords = lexicons["stopwords"]
        articles = lexicons["articles"]
        indefiniteArticles = lexicons["indefinite-articles"]
        determiners = lexicons["determiners"]
        futureMarkers = lexicons["future-auxiliaries"]
        nameAbbreviations = lexicons["name-abbreviations"]
        postSuffixes = lexicons["post-suffixes"]
        headConnectors = lexicons["title-head-connectors"]
        givenNames = lexicons["given-names"]
        titlePrepositions = lexicons["title-prepositions"]
        places = lexicons["places"]
        placePrepositions = lexicons["place-prepositions"]
        firstNameHonorifics = lexicons["first-name-honorifics"]
    }
}
