/// Groups an article's proper names into clusters, one per name, joining the spellings that
/// look like one name written two ways: a letter or two apart and never a word of the language
/// ("Vandermolens", "Vandrmolens"), one word of a longer name apart ("Red Kites", "Red Kite"), a
/// first name changed beside the same surname ("Tim Varden", "Tom Varden"), a middle initial
/// changed, a hyphen for a space. Two people each named in full with different first names, a
/// place and a person, plurals and adjectives of one word ("Canada", "Canadian") and tickers in
/// capitals are kept apart.
public final class NameClusterer: Sendable {
    let places: Lexicon
    /// "N.A.", "Nil": a figure's place in a table (`table-placeholders`).
    let placeholders: Lexicon
    let parties: Lexicon
    let familyWords: Lexicon
    let speechVerbs: Lexicon
    let orgWords: Lexicon
    /// Prefixes that make common words of compounds ("Euro-", "Anti-").
    let wordPrefixes: Lexicon
    /// Words that make a singular one of many ("a", "each"), and that bring in another name ("the parent of").
    let countDeterminers: Lexicon, relationWords: Lexicon, relationFillers: Lexicon
    let ontology: PostOntology
    /// Small words inside a name, verbs that cue one, and endings of one word's family ("-ian").
    let joiners: Lexicon, cueVerbs: Lexicon, derivedEndings: Lexicon
    /// First names ("Gordon" in "Gordon R. Halvey and Co").
    let givenNames: Lexicon
    /// Words never compared: function words, months, titles, honorifics, organisation words.
    let excluded: WordClasses
    /// Words cut from the front of a name ("The", "In", "Mr"); not numbers ("Red Kites") or
    /// organisation words ("Federal Reserve").
    let trimmed: WordClasses
    /// Words a name starts after: titles and honorifics.
    let titleWords: WordClasses

    /// `ontology`, when given, is the one the people layer built from the same lexicons: it is
    /// shared rather than built a second time at start-up.
    public init(lexicons: LexiconSet = .builtIn, ontology: PostOntology? = nil) {
        places = lexicons["places"]
        placeholders = lexicons["table-placeholders"]
        parties = lexicons["parties"]
        familyWords = lexicons["family-words"]
        speechVerbs = lexicons["speech-verbs"]
        orgWords = lexicons["org-words"]
        wordPrefixes = lexicons["word-prefixes"]
        countDeterminers = lexicons["count-determiners"]
        relationWords = lexicons["name-relation-words"]
        relationFillers = lexicons["name-relation-fillers"]
        self.ontology = ontology ?? PostOntology(lexicons: lexicons)
        joiners = lexicons["name-joiners"]
        cueVerbs = lexicons["name-cue-verbs"]
        derivedEndings = lexicons["derived-endings"]
        givenNames = lexicons["given-names"]
        excluded = lexicons.mask("stopwords", "months", "weekdays", "sentence-starters", "honorifics", "title-modifiers", "speech-verbs",
                                 "number-words", "ordinal-words", "portfolios", "rank-modifiers", "tenure-markers", "post-heads",
                                 "title-roles", "org-words", "parties", "reporting-verbs")
        trimmed = lexicons.mask("stopwords", "months", "weekdays", "sentence-starters", "honorifics", "title-modifiers", "speech-verbs",
                                "rank-modifiers", "tenure-markers", "post-heads", "title-roles", "reporting-verbs")
        titleWords = lexicons.mask("honorifics", "post-heads", "title-roles", "title-modifiers", "rank-modifiers", "tenure-markers")
    }

    /// A pair of spellings read as one name.
    struct Pair {
        var first: String
        var second: String
        var isRun: Bool
        var evidence: NameCluster.Evidence

        /// Whether the first spelling is a run of words: in a hyphenation pair it is the
        /// hyphenated word ("Nord-Est"), and the second the run ("Nord Est").
        var firstIsRun: Bool { isRun && evidence != .hyphenation }
        /// Whether the second spelling is a run of words.
        var secondIsRun: Bool { isRun }
    }

    /// Names that are separate items of one list (``NameList``) are never paired: "Shaanxi,
    /// Sichuan, Hebei, Shanxi" lists two provinces, a line-up two players.
    public func cluster(tokens: [Token], sentences: [Sentence], blocks: [Block], people: [Person], lists: [NameList] = []) -> [NameCluster] {
        var personTokens = [Bool](repeating: false, count: tokens.count)
        for person in people {
            for mention in person.mentions where mention.kind != .title { for index in mention.tokens { personTokens[index] = true } }
        }
        let forms = NameForms(tokens: tokens, sentences: sentences, blocks: blocks, personTokens: personTokens, excluded: excluded, trimmed: trimmed,
                              titleWords: titleWords, places: places, orgWords: orgWords, joiners: joiners,
                              placeholders: placeholders)
        let facts = PeopleIndex(people: people)
        let listed = NameListMembership(lists, tokens: tokens)
        var pairs = runPairs(forms, facts, tokens, sentences, listed)
        pairs += wordPairs(forms, facts, tokens, sentences, listed)
        pairs = withoutLabelsAndRelations(pairs, forms, tokens, sentences)
        return clusters(pairs, forms, people, personTokens)
    }

    // MARK: Names of several words

    /// From this many runs on, pairs of runs are found by ``NameRunCandidates``.
    static let indexedRuns = 64
    /// From this many words with one initial on, close single words are found by ``CloseWordCandidates``.
    static let indexedWords = 64

    private func runPairs(_ forms: NameForms, _ people: PeopleIndex, _ tokens: [Token], _ sentences: [Sentence], _ listed: NameListMembership) -> [Pair] {
        var pairs: [Pair] = []
        let runs = forms.runs.values.sorted { $0.text < $1.text }
        // Among many runs, each meets only the later runs it shares a key with (words but one,
        // or an opening): the others cannot pass the tests below, and every pair was quadratic
        // on a long article. Among a few (most articles) every pair costs less than the keys.
        let candidates = runs.count >= Self.indexedRuns ? NameRunCandidates(runs.map(\.words)) : nil
        let everyRun = Array(runs.indices)
        for (index, a) in runs.enumerated() {
            for b in (candidates.map { $0.later(than: index)[...] } ?? everyRun[(index + 1)...]).lazy.map({ runs[$0] })
                where a.words.first?.first == b.words.first?.first || a.words.count == b.words.count {
                // Two names in one sentence are two names ("Paul Cavanagh and Paul Kavanagh").
                // Both lists are in reading order: a merge walk, no set per pair.
                guard Self.isDisjoint(a.sentences, b.sentences), !listed.separatesRuns(a.positions, b.positions) else { continue }
                if a.words.count == b.words.count {
                    guard let position = Self.onlyDifference(a.words, b.words) else { continue }
                    let (x, y) = (a.words[position], b.words[position])
                    if SpellingSimilarity.isInitial(x), SpellingSimilarity.isInitial(y) {
                        // "Karen L. Ostrander", not "Class A Units": a person's name.
                        if a.words.count >= 3, position > 0, position < a.words.count - 1, let surname = a.words.last,
                           people.owners[surname.lowercased()] != nil {
                            pairs.append(Pair(first: a.text, second: b.text, isRun: true, evidence: .middleInitial))
                        }
                        continue
                    }
                    if position == 0, let surname = a.words.last, people.owners[surname.lowercased()] != nil {
                        if isFirstNameSwap(x, y, surname: surname.lowercased(), people, a, b, tokens, sentences) {
                            pairs.append(Pair(first: a.text, second: b.text, isRun: true, evidence: .firstName))
                        }
                        continue
                    }
                    guard SpellingSimilarity.isCloseInName(x, y) || SpellingSimilarity.isClose(x, y), !isPlaceOrParty(x), !isPlaceOrParty(y) else { continue }
                    if SpellingSimilarity.isDerivedForm(x, y, endings: derivedEndings) {
                        // "Sri Lanka", "Sri Lankan": an adjective. "Red Kites", "Red Kite": a plural
                        // dropped once from a name used three times or more, and not a word like
                        // "Committee" that names many things. A plural added at the end ("two
                        // Grand Slams", "the Lib Dems") is grammar; inside a name ("Harpers and
                        // Row") it is a slip.
                        // Whether the word of the name used more is the plural (a letter
                        // longer): then the singular is the rarer, dropped once.
                        let (rareWord, usualWord) = a.count < b.count ? (x, y) : (y, x)
                        let usualIsPlural = usualWord.count == rareWord.count + 1
                        let singular = x.count < y.count ? a : b
                        guard SpellingSimilarity.isPlural(x, y), min(a.count, b.count) == 1, max(a.count, b.count) >= 3,
                              !(singular.count == 1 && isCommonSingular(singular, tokens)),
                              usualIsPlural || position < a.words.count - 1, !orgWords.contains(x), !orgWords.contains(y) else { continue }
                    }
                    pairs.append(Pair(first: a.text, second: b.text, isRun: true, evidence: .partOfName))
                } else {
                    // "Federal Reserve Ban" and "Federal Reserve Bank of St. Louis".
                    let (short, long) = a.words.count < b.words.count ? (a, b) : (b, a)
                    let last = short.words.count - 1
                    guard last >= 1, Array(short.words[..<last]) == Array(long.words[..<last]), short.words[last] != long.words[last],
                          short.words[last].count < long.words[last].count, SpellingSimilarity.isCloseInName(short.words[last], long.words[last]),
                          !SpellingSimilarity.isDerivedForm(short.words[last], long.words[last], endings: derivedEndings),
                          !isPlaceOrParty(short.words[last]), !isPlaceOrParty(long.words[last]),
                          !forms.runs.keys.contains(where: { $0 != long.text && $0.hasPrefix(short.text + " ") }) else { continue }
                    pairs.append(Pair(first: short.text, second: long.text, isRun: true, evidence: .partOfName))
                }
            }
        }
        // "Nord-Est" and "Nord Est"
        // Most articles have no hyphenated name word: the runs are squeezed only when one does.
        // (A byte test: `contains("-")` is Foundation's string search here.)
        let hyphenated = forms.words.keys.filter { $0.utf8.contains(0x2D) }.sorted()
        guard !hyphenated.isEmpty else { return pairs }
        var squeezedRuns: [String: String] = [:]
        for run in runs { squeezedRuns[SpellingSimilarity.squeezed(run.text)] = run.text }
        for word in hyphenated {
            if let run = squeezedRuns[SpellingSimilarity.squeezed(word)], !isCommonCompound(word, run, tokens) {
                pairs.append(Pair(first: word, second: run, isRun: true, evidence: .hyphenation))
            }
        }
        return pairs
    }

    /// "Tim Varden" and "Tom Varden", "Burkhard Lindner" and "Bernhard Junger": first names a
    /// letter or two apart beside one surname, or any first names beside one surname and one
    /// role; not members of one family ("his brother").
    private func isFirstNameSwap(_ x: String, _ y: String, surname: String, _ people: PeopleIndex, _ a: NameForms.Form, _ b: NameForms.Form,
                                 _ tokens: [Token], _ sentences: [Sentence]) -> Bool {
        let shortest = min(x.count, y.count)
        let edits = SpellingSimilarity.distance(x, y)
        let close = x.first == y.first && (edits == 1 && shortest >= 4 || edits == 2 && shortest >= 6)
        let sameRole = people.shareRole(surname: surname, firstNames: [x.lowercased(), y.lowercased()], ontology: ontology)
        guard close || (sameRole && edits <= max(1, shortest / 2)) else { return false }
        return !(a.positions + b.positions).contains { position in
            guard let sentence = sentences.firstIndex(where: { $0.tokens.contains(position) }) else { return false }
            let range = sentences[sentence].tokens
            let window = max(range.lowerBound, position - 6)..<min(range.upperBound, position + 8)
            return window.contains { tokens[$0].kind == .word && familyWords.contains(tokens, $0) }
        }
    }

    // MARK: Single words

    private func wordPairs(_ forms: NameForms, _ people: PeopleIndex, _ tokens: [Token], _ sentences: [Sentence], _ listed: NameListMembership) -> [Pair] {
        let words = forms.words.values.filter { form in
            form.text.count >= 4 && SpellingSimilarity.hasOnlyNameLetters(form.text) && !RunWord.isUppercase(form.text)
                && !forms.seenLowercase.contains(form.text.lowercased())
        }.sorted { $0.text < $1.text }
        // Positions in `words`, not forms: a form copied retains its text and four arrays.
        var byInitial: [Character: [Int]] = [:]
        var bySuffix: [Substring: [Int]] = [:]
        for index in words.indices {
            let text = words[index].text
            byInitial[text.first!, default: []].append(index)
            if text.count >= 6 { bySuffix[text.dropFirst(), default: []].append(index) }
        }
        // Two cheap tests before `isClose`, which lowercases and counts edits: a close spelling
        // is five letters or more and at most two longer or shorter (in lower case, as it
        // counts), and differs in few letters (`mayBeClose`). Comparing every pair by `isClose`
        // was most of the work on a long article.
        let lengths = words.map { $0.text.isASCII ? $0.text.utf8.count : $0.text.lowercased().count }
        let letters = words.map { SpellingSimilarity.letterBits($0.text) }
        // An initial shared by many words is searched through the words' deletion
        // neighbourhoods, not word by word.
        let close = byInitial.values.contains { $0.count >= Self.indexedWords } ? CloseWordCandidates(words.map(\.text)) : nil
        var pairs: [Pair] = []
        for (index, rare) in words.enumerated() {
            var matches: [Int] = []
            var sameInitial = byInitial[rare.text.first!] ?? []
            if let close, sameInitial.count >= Self.indexedWords {
                sameInitial = close.candidates(for: index).filter { words[$0].text.first == rare.text.first }
            }
            for other in sameInitial + (rare.text.count >= 6 ? bySuffix[rare.text.dropFirst()] ?? [] : [])
                where words[other].count >= rare.count && min(lengths[index], lengths[other]) >= 5 && abs(lengths[index] - lengths[other]) <= 2
                && SpellingSimilarity.mayBeClose(letters[index], letters[other]) && words[other].text != rare.text
                && SpellingSimilarity.isClose(rare.text, words[other].text)
                && !listed.separatesWords(rare.positions, words[other].positions) {
                matches.append(other)
            }
            // "Cresbie" beside "Crosbie" (twice) and "Crosibie" (once): the more used one.
            if matches.count > 1, let most = matches.map({ words[$0].count }).max(), matches.filter({ words[$0].count == most }).count == 1,
               most > rare.count {
                matches = matches.filter { words[$0].count == most }
            }
            // One close name only: with two, which is meant is anyone's guess.
            guard matches.count == 1, let usual = matches.first.map({ words[$0] }), !isCommonCompound(rare.text, usual.text, tokens) else { continue }
            let firmSingular = isFirmSingular(rare, of: usual, forms, people, tokens)
            guard isVariant(rare, of: usual, firmSingular: firmSingular, people, forms, tokens, sentences) else { continue }
            pairs.append(Pair(first: rare.text, second: usual.text, isRun: false, evidence: firmSingular ? .firmSingular : .spelling))
        }
        return pairs
    }

    /// Whether `rare` reads as a slip for `usual`.
    /// `firmSingular`: whether `rare` is a firm's name written without its "s" (`isFirmSingular`).
    private func isVariant(_ rare: NameForms.Form, of usual: NameForms.Form, firmSingular: Bool, _ people: PeopleIndex, _ forms: NameForms,
                           _ tokens: [Token], _ sentences: [Sentence]) -> Bool {
        guard firmSingular
              || (!SpellingSimilarity.isDerivedForm(rare.text, usual.text, endings: derivedEndings) && !SpellingSimilarity.isSuffixVariant(rare.text, usual.text))
        else { return false }
        let (rareKey, usualKey) = (rare.text.lowercased(), usual.text.lowercased())
        let rarePlace = places.contains(rare.text), usualPlace = places.contains(usual.text)
        // "Iran" and "Iraq" are both places; "Paris" and "Parris" a place and a person; a
        // place or people spelt right ("Canadian dollars" beside "Canadair") is no slip.
        if rarePlace || parties.contains(rare.text) { return false }
        // "Grand Slams", "GameBoys": a plural of a name, not a misspelling.
        if isPluralOfName(rare.text, usual.text, forms) { return false }
        // "Hollywood" and "Bollywood": a changed first letter is a slip only in a person's name.
        if rareKey.first != usualKey.first, people.owners[rareKey] == nil || people.owners[usualKey] == nil { return false }
        // "Arjen Robben" and "Arjan De Zeeuw": first names of two people with other surnames.
        if let rareSurnames = people.surnamesByFirstName[rareKey], let usualSurnames = people.surnamesByFirstName[usualKey],
           rareSurnames.isDisjoint(with: usualSurnames) { return false }
        // "David Heath" and "David Davis": a word used only as first names and a surname are
        // two parts of names, not one name spelt two ways.
        // "Linus Torvalds" and "Linux": a first name and a word of no person's name.
        if people.isOnlyFirstName(usualKey) && people.owners[rareKey] != nil || people.isOnlyFirstName(rareKey) && people.owners[usualKey] != nil
            || isFirstNameAgainstOther(rareKey, usualKey, people) || isGivenNameAgainstOrganisationWord(rare, usual, forms, people) {
            return false
        }
        // "M Horan" and "S Horgan", "Allan Bogle" and "Anna Boyle": surnames after first names or
        // initials that cannot be one person's are two people.
        let (rareGiven, usualGiven) = (givenNames(rare, tokens, sentences, people), givenNames(usual, tokens, sentences, people))
        if !rareGiven.isEmpty, !usualGiven.isEmpty,
           !rareGiven.contains(where: { first in usualGiven.contains { Self.sameGivenName(first, $0) } }) { return false }
        // "Outer Continental Shelf" and "Shell Oil": a word seen only inside one longer name is
        // a slip for a word of another only when the two names share another word.
        if rare.standalone == 0, !usual.runs.isEmpty, !sharesWord(rare, usual, forms) { return false }
        if (rarePlace && people.owners[usualKey] != nil) || (usualPlace && people.owners[rareKey] != nil) { return false }
        let rarePeople = people.owners[rareKey] ?? [], usualPeople = people.owners[usualKey] ?? []
        let rareFirst = Set(rarePeople.compactMap { people.firstNames[$0] }), usualFirst = Set(usualPeople.compactMap { people.firstNames[$0] })
        // A person's name and a word found only inside other names ("Beatty", "American
        // Beauty"; "Paice", "Guaranteed Minimum Price") are two names.
        // Not when the longer name holds the person's first name too ("Gordon R. Halvy and Co").
        let holdsFirstName = { (form: NameForms.Form, firstNames: Set<String>) in
            form.runs.contains { run in forms.runs[run]?.words.contains { firstNames.contains($0.lowercased()) } ?? false }
        }
        if (!rarePeople.isEmpty && usualPeople.isEmpty && usual.standalone == 0 && !holdsFirstName(usual, rareFirst))
            || (!usualPeople.isEmpty && rarePeople.isEmpty && rare.standalone == 0 && !holdsFirstName(rare, usualFirst)) {
            return false
        }
        // Two people named in full with different first names are two people; so are a person
        // named in full and the first word of a firm's name ("Ruth Feldman", "Feltman, Briggs and
        // Co ... Feltman last year sold").
        if !rareFirst.isEmpty, !usualFirst.isEmpty, rareFirst.isDisjoint(with: usualFirst) { return false }
        if (!rareFirst.isEmpty && usualPeople.isEmpty && opensFirmName(usual, forms, tokens))
            || (!usualFirst.isEmpty && rarePeople.isEmpty && opensFirmName(rare, forms, tokens)) { return false }
        // "Governor Ostrander" from the start, then "aide Peter Ostrender": a name used once,
        // brought in later in full with a first name the other spelling never has, is a new
        // person. (A slip in such a later full name is missed.)
        if rare.count == 1, !rareFirst.isEmpty, usualFirst.isEmpty, rare.spans[0] > usual.spans[0] { return false }
        // Two people with posts that cannot be one person's ("President Reagan", "Chief of Staff Regan").
        if !people.postsAgree(rarePeople, usualPeople, ontology: ontology) { return false }
        // Only the less used spelling can be the slip, and a slip is made once or twice.
        guard rare.count < usual.count || (rare.count == usual.count && rare.spans[0] > usual.spans[0]) else { return false }
        let sameFirstName = !rareFirst.isDisjoint(with: usualFirst)
        let namedInFull = rareFirst.isEmpty && !usualFirst.isEmpty
        // A slip is made once, or twice in a name used far more: two spellings each used twice
        // or more are two names ("Horan", "Horgan").
        // A firm's name without its "s" is a slip however often it recurs, while the name in
        // full is used more ("Tollard's offer" three times beside "Tollards" six).
        guard rare.count == 1 || usual.count > 2 * rare.count || (firmSingular && usual.count > rare.count),
              usual.count >= 2 || sameFirstName || namedInFull else { return false }
        // "the tanker Tarvek-5" beside "Tarvik island": a word with a number joined to it by a
        // hyphen names a ship, a model or a series, not the place or firm it echoes.
        if rare.ends.contains(where: { end in
            end + 1 < tokens.count && tokens[end].isMark("-") && !tokens[end].spaceBefore && tokens[end + 1].kind == .number && !tokens[end + 1].spaceBefore
        }) { return false }
        // A capitalised word opening a sentence is a name only when a verb follows.
        return rare.positions.indices.contains { index in
            rare.seenInside && !opensSentence(rare.positions[index], sentences[rare.sentences[index]].tokens, tokens)
                || isCued(rare.positions[index], sentences[rare.sentences[index]].tokens, tokens)
        }
    }

    /// The first names or initials written just before a word ("M" in "M Horan", "Allan" in
    /// "Paul Rowan and Allan Bogle"), and the first names of the people with it as surname.
    private func givenNames(_ form: NameForms.Form, _ tokens: [Token], _ sentences: [Sentence], _ people: PeopleIndex) -> Set<String> {
        var names = Set((people.owners[form.text.lowercased()] ?? []).compactMap { people.firstNames[$0] })
        for (occurrence, position) in form.positions.enumerated() {
            let start = sentences[form.sentences[occurrence]].tokens.lowerBound
            var index = position - 1
            // "J. Hayes": an initial's period.
            if index - 1 >= start, tokens[index].isMark("."), !tokens[index].spaceBefore, tokens[index - 1].text.count == 1 { index -= 1 }
            guard index >= start, tokens[index].kind == .word, tokens[index].isCapitalized, tokens[index + 1].spaceBefore || tokens[index + 1].isMark("."),
                  tokens[index].text.count == 1 || tokens[index].classes & excluded == 0 else { continue }
            names.insert(tokens[index].lower)
            // "Gordon R. Halvey": a middle initial after the first name.
            if tokens[index].text.count == 1, index - 1 >= start, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
               tokens[index - 1].text.count > 1, tokens[index - 1].classes & excluded == 0 {
                names.insert(tokens[index - 1].lower)
            }
        }
        return names
    }

    /// "marcus" and "m", "shane" and "shane": names that may be one person's.
    private static func sameGivenName(_ a: String, _ b: String) -> Bool {
        a == b || (a.count == 1 && b.hasPrefix(a)) || (b.count == 1 && a.hasPrefix(b))
    }

    /// Whether one word is the other's plural, or the plural of another name in the article.
    private func isPluralOfName(_ rare: String, _ usual: String, _ forms: NameForms) -> Bool {
        let lower = rare.lowercased()
        guard lower.hasASCIISuffix("s") else { return false }
        let singular = String(lower.dropLast())
        return singular == usual.lowercased() || forms.words.keys.contains { $0 != rare && $0.lowercased() == singular }
    }

    /// Whether a longer name holding one word and a longer name holding the other share a
    /// third word ("General Motors Espanalo", "General Motors Espanola").
    private func sharesWord(_ a: NameForms.Form, _ b: NameForms.Form, _ forms: NameForms) -> Bool {
        // A run holding both words ("Norland Aviation and Norlandia Air") shares nothing.
        let other = Set(b.runs.subtracting(a.runs).compactMap { forms.runs[$0] }.flatMap(\.words)).subtracting([b.text])
        return a.runs.subtracting(b.runs).compactMap { forms.runs[$0] }.contains { run in
            run.words.contains { word in word != a.text && (other.contains(word) || other.contains { Self.abbreviates($0, word) || Self.abbreviates(word, $0) }) }
        }
    }

    /// Whether `short` is a cut of `long` of three letters or more: "Coop" for "Cooperative",
    /// "Intl" is not ("Illinois Coop", "Illnois Cooperative Futures Co").
    private static func abbreviates(_ short: String, _ long: String) -> Bool {
        short.count >= 3 && short.count < long.count && short.first?.isUppercase == true && long.hasPrefix(short)
    }

    private func opensSentence(_ position: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var start = range.lowerBound
        while start < position, tokens[start].kind == .punctuation { start += 1 }
        return start == position
    }

    /// "Dormer said", "Vandrmolens had said": a verb within three words.
    private func isCued(_ position: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        return ((position + 1)..<min(position + 4, range.upperBound)).contains { index in
            let word = tokens[index].lower
            return speechVerbs.contains(word) || cueVerbs.contains(lowercased: word) || (word.hasASCIISuffix("ed") && word.count > 4)
        }
    }

    private func isPlaceOrParty(_ word: String) -> Bool { places.contains(word) || parties.contains(word) }
}
