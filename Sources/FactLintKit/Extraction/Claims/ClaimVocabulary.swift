/// The lexicons claim extraction reads, looked up once per extractor. Every word list lives in
/// YAML (`Rules/lexicons/quantities.yml`, `measures.yml`, `grammar.yml`), so a newsroom can
/// extend them.
final class ClaimVocabulary: Sendable {
    let units: Lexicon
    let stopwords: Lexicon
    let equivalents: Lexicon
    let personNouns: Lexicon
    let qualifiers: Lexicon
    let seriesWords: Lexicon
    let directions: Lexicon
    /// "in", "of", "on" after a changed thing: a narrower thing ("spending on defence").
    let changeScopes: Lexicon
    let previousMarkers: Lexicon
    let measureLinks: Lexicon
    let levelVerbs: Lexicon
    let voteWords: Lexicon
    let voteSides: Lexicon
    let definite: Lexicon
    /// "its", "a", "the" (`determiners`): opening a named earlier figure ("from its 1985 profit of").
    let determiners: Lexicon
    let numberWords: Lexicon
    let speechVerbs: Lexicon
    let resultLabels: Lexicon
    let casualtyVerbs: Lexicon
    let casualtyGlue: Lexicon
    let phraseTrailers: Lexicon
    let vagueHeads: Lexicon
    /// "mountain", "pile": nouns that only size the noun after "of".
    let heapNouns: Lexicon
    let figurePremodifiers: Lexicon
    /// Modifiers a change already says ("added 337,000 new jobs"): dropped from a change's measure.
    let changeImpliedModifiers: Lexicon
    let linkParticiples: Lexicon
    let periodOpeners: Lexicon
    let auxiliaries: Lexicon
    let ofDeterminers: Lexicon
    let directionAdverbs: Lexicon
    let wholeWords: Lexicon
    let distributiveWords: Lexicon
    let distributiveDeterminers: Lexicon
    let partitivePronouns: Lexicon
    /// "in", "at" after a bare number that splits a count by place (`part-places`).
    let partPlaces: Lexicon
    let rateAdjectives: Lexicon
    let perWords: Lexicon
    let voteNouns: Lexicon
    let tallyFillers: Lexicon
    let looseNumbers: Lexicon
    /// "over", "across": a length after a sum that spreads the sum over it (`spread-words`).
    let spreadWords: Lexicon
    let indefiniteArticles: Lexicon
    let totalLabels: Lexicon
    let versusWords: Lexicon
    /// Result-line labels keyed by ``Table/Row/Role``.
    let rowRoles: Lexicon
    /// Measures profit per share divides ("earned", "net income"), and the money units.
    let profitMeasures: Lexicon
    let currencyUnits: Lexicon
    let hundredthUnits: Lexicon
    /// The stemmer, with its endings from `stem-suffixes`.
    let stemmer: Stemmer
    /// Longest phrase (in words) of each multi-word lexicon, so scans try no longer ones.
    let longestQualifier: Int
    let longestPrevious: Int

    init(lexicons: LexiconSet) {
        units = lexicons["units"]
        profitMeasures = lexicons["profit-measures"]
        currencyUnits = lexicons["currency-units"]
        hundredthUnits = lexicons["hundredth-units"]
        stopwords = lexicons["stopwords"]
        equivalents = lexicons["measure-equivalents"]
        personNouns = lexicons["person-nouns"]
        qualifiers = lexicons["measure-qualifiers"]
        seriesWords = lexicons["series-words"]
        directions = lexicons["change-directions"]
        changeScopes = lexicons["change-scopes"]
        previousMarkers = lexicons["previous-markers"]
        measureLinks = lexicons["measure-links"]
        levelVerbs = lexicons["level-verbs"]
        voteWords = lexicons["vote-words"]
        voteSides = lexicons["vote-sides"]
        definite = lexicons["definite-determiners"]
        determiners = lexicons["determiners"]
        numberWords = lexicons["number-words"]
        speechVerbs = lexicons["speech-verbs"]
        resultLabels = lexicons["result-labels"]
        casualtyVerbs = lexicons["casualty-verbs"]
        casualtyGlue = lexicons["casualty-glue"]
        phraseTrailers = lexicons["phrase-trailers"]
        vagueHeads = lexicons["vague-heads"]
        heapNouns = lexicons["heap-nouns"]
        figurePremodifiers = lexicons["figure-premodifiers"]
        changeImpliedModifiers = lexicons["change-implied-modifiers"]
        linkParticiples = lexicons["link-participles"]
        periodOpeners = lexicons["period-openers"]
        auxiliaries = lexicons["auxiliaries"]
        ofDeterminers = lexicons["of-determiners"]
        directionAdverbs = lexicons["direction-adverbs"]
        wholeWords = lexicons["whole-words"]
        distributiveWords = lexicons["distributive-words"]
        distributiveDeterminers = lexicons["distributive-determiners"]
        partitivePronouns = lexicons["partitive-pronouns"]
        partPlaces = lexicons["part-places"]
        rateAdjectives = lexicons["rate-adjectives"]
        perWords = lexicons["per-words"]
        voteNouns = lexicons["vote-nouns"]
        tallyFillers = lexicons["tally-fillers"]
        looseNumbers = lexicons["loose-number-words"]
        spreadWords = lexicons["spread-words"]
        indefiniteArticles = lexicons["indefinite-articles"]
        totalLabels = lexicons["total-labels"]
        versusWords = lexicons["versus-words"]
        rowRoles = lexicons["result-row-roles"]
        stemmer = Stemmer(lexicons: lexicons)
        longestQualifier = Self.longest(qualifiers)
        longestPrevious = Self.longest(previousMarkers)
    }

    private static func longest(_ lexicon: Lexicon) -> Int {
        lexicon.keysBySpelling.keys.map { Tokenizer.words($0).count }.max() ?? 1
    }

    /// Units that name the thing measured ("tonnes", "barrels"), unlike money and rates.
    static let genericUnits: Set<String> = ["", "percent", "usd", "gbp", "eur", "jpy", "chf", "frf", "dem", "nlg", "itl", "sek", "sdr", "cents",
                                            "pence", "inr", "mxn", "other-currency", "points", "basis-points"]

    /// The key of the longest phrase of a lexicon starting at a token, and its length in tokens.
    func phrase(_ lexicon: Lexicon, at index: Int, _ tokens: [Token], limit: Int, longest: Int) -> (key: String, length: Int)? {
        guard index < limit, tokens[index].kind == .word else { return nil }
        var best = lexicon.key(tokens, index).map { (key: $0, length: 1) }
        // Most words start no phrase: then only the word itself is looked up. Otherwise the
        // phrase grows a token at a time while some spelling goes on from it, and the longest
        // spelling found wins.
        guard longest > 1, lexicon.mayStartPhrase(tokens[index].lower) else { return best }
        var text = tokens[index].lower
        var width = 1
        while width < min(longest, limit - index), lexicon.isPhrasePrefix(text) {
            let token = tokens[index + width]
            width += 1
            // "seasonally-adjusted" is three tokens; the hyphen joins without spaces.
            if token.isMark("-"), !token.spaceBefore {
                text += "-"
            } else {
                if text.hasSuffix("-") { text += token.lower } else { text += " " + token.lower }
                if token.kind == .punctuation && !token.isMark("-") { break }
            }
            if let key = lexicon.key(lowercased: text) { best = (key, width) }
        }
        return best
    }
}
