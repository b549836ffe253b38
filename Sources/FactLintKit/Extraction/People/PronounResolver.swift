/// Gives each person the evidence of their sex: honorifics, gendered titles, and the pronouns
/// whose antecedent is plain. Published copy is full of pronouns whose antecedent a reader finds
/// but a word count does not ("Priya Nair, seen alongside actor Tom Ellery, is building
/// her career"), so a pronoun counts only in two plain places:
///
/// - "he" or "she" later in a sentence that names one person before it: "Mr Okoro said he would
///   stay";
/// - any gendered pronoun opening a sentence (or right after the quotation that opens it) when
///   the sentence before names one person: "… said Mr Okoro had resigned. Her departure …",
///   "… ," Mr Pryce told the meeting. "…," she added.
///
/// In both, nothing else in reach may be the antecedent: no other person, no word for a person
/// ("woman", "his wife", "the actor"), no capitalised word the lexicons do not know (a name the
/// extractor did not read as a person: "Robert Opal", "Caprice"). Names inside quotation marks
/// are never antecedents of a pronoun outside them.
final class PronounResolver: Sendable {
    let pronouns: Lexicon
    let gendered: Lexicon
    let honorifics: Lexicon
    let familyWords: Lexicon
    let places: Lexicon
    /// Words that start a title's organisation part ("director at the Doris Duke Foundation").
    let titlePrepositions: Lexicon
    /// "Mrs", "Lady": honorifics that say nothing of a surname's other bearers.
    let marriedHonorifics: Lexicon
    /// "he", "she" (keyed `singular`) and "they".
    let subjectPronouns: Lexicon
    /// Words for people and posts ("lawyer", "negotiator", "the chairman"): another person.
    let personWords: WordClasses
    /// "major", "general": post words that in lower case are common words, not a person.
    let capitalisedOnlyPosts: Lexicon
    /// "officials", "ministers": plural posts, one of whom may be the pronoun's.
    let postHeads: Lexicon
    /// Function words ("the", "of", "and"), which end a descriptor before a name.
    let stopwords: Lexicon
    /// "But", "However": words before a pronoun that still let it open its sentence.
    let linkingOpeners: Lexicon
    /// "as", "when": a subject pronoun right after one opens a clause (`subordinating-words`).
    let subordinators: Lexicon
    /// "In", "On": the preposition of a date that opens a sentence before its pronoun ("In
    /// 2001, she took over").
    let datePrepositions: Lexicon
    /// First names keyed by the sex they usually imply: who else a pronoun may mean.
    let givenNames: Lexicon
    /// "said", "added": a pronoun between a comma and one of these at the end of the sentence
    /// (", he said.") or before another comma (", he noted, is") is read as if it opened the
    /// sentence.
    let speechVerbs: Lexicon
    /// "Authority", "Bank": a capitalised run with one of these names an organisation, not a
    /// person who could be a pronoun's antecedent.
    let orgWords: Lexicon
    /// "added", "continued": a pronoun attributing with one is the speaker before.
    let continuingVerbs: Lexicon
    /// "said", "noted": verbs followed by what was said, so "Ms Reyes said her" is hers.
    let clausalVerbs: Lexicon
    /// "driver", "body", "suspect": someone not named a possessive may be of (`unnamed-person-words`).
    let unnamedPeople: Lexicon
    /// "his", "her" (keyed `possessive` in `event-pronouns`).
    let possessives: Lexicon
    /// "is", "became": a post word after one describes the subject ("He is also the writer of").
    let copulas: Lexicon
    /// "a", "the": between a copula and the post word it brings in.
    let articles: Lexicon
    /// "won", "took": a past verb takes a subject of either number, so "Ames won" may be a
    /// name (`past-verbs`).
    let pastVerbs: Lexicon

    init(lexicons: LexiconSet) {
        stopwords = lexicons["stopwords"]
        postHeads = lexicons["post-heads"]
        personWords = lexicons.mask("post-heads", "title-roles")
        capitalisedOnlyPosts = lexicons["capitalised-only-posts"]
        pronouns = lexicons["gendered-pronouns"]
        gendered = lexicons["gendered-words"]
        honorifics = lexicons["honorifics"]
        familyWords = lexicons["family-words"]
        places = lexicons["places"]
        titlePrepositions = lexicons["title-prepositions"]
        marriedHonorifics = lexicons["married-honorifics"]
        subjectPronouns = lexicons["subject-pronouns"]
        linkingOpeners = lexicons["linking-openers"]
        speechVerbs = lexicons["speech-verbs"]
        orgWords = lexicons["org-words"]
        continuingVerbs = lexicons["continuing-speech-verbs"]
        clausalVerbs = lexicons["clausal-speech-verbs"]
        possessives = lexicons["event-pronouns"]
        unnamedPeople = lexicons["unnamed-person-words"]
        copulas = lexicons["copulas"]
        articles = lexicons["articles"]
        pastVerbs = lexicons["past-verbs"]
        datePrepositions = lexicons["date-prepositions"]
        givenNames = lexicons["given-names"]
        subordinators = lexicons["subordinating-words"]
    }

    /// `temporal` gives the dates that may open a sentence before its pronoun ("In 2001, she
    /// took over").
    func resolve(_ people: inout [Person], tokens: [Token], sentences: [Sentence], blocks: [Block], quoted: [Bool],
                 temporal: [TemporalExpression] = []) {
        guard !people.isEmpty else { return }
        let dated = datedOpeners(temporal, sentences: sentences, tokens: tokens)
        // Who is named in each sentence outside quotation marks, and where; and every token that
        // belongs to a person (their names and titles).
        var named: [Int: [Named]] = [:]
        var owner = [Int](repeating: -1, count: tokens.count)
        for (index, person) in people.enumerated() {
            for mention in person.mentions {
                for position in mention.tokens where position < owner.count { owner[position] = index }
                if mention.kind != .title, !quoted[mention.tokens.lowerBound] { named[mention.sentence, default: []].append(Named(person: index, token: mention.tokens.lowerBound, span: mention.span)) }
            }
            for title in person.titles { for position in title.tokens where position < owner.count { owner[position] = index } }
            for mention in person.mentions where mention.kind == .honorific {
                // "Mrs Reagan" is usually the wife of "Reagan": Mrs, Mme, Lady and Dame give nothing.
                guard let word = honorificWord(before: mention.tokens.lowerBound, tokens),
                      !marriedHonorifics.contains(word),
                      let gender = honorifics.key(for: word.text).flatMap(Self.gender) else { continue }
                people[index].genderEvidence.append(GenderEvidence(gender: gender, source: .honorific, text: word.text,
                                                                   span: blocks[word.block].text.sourceSpan(of: word.range), sentence: mention.sentence))
            }
            for title in person.titles where !title.tokens.isEmpty {
                // Only words that are a man's or a woman's: "chairman" and "actor" are said of
                // women too (the lexicon keys them "any").
                // Only words before the organisation: "Duke" in "director at the Doris Duke
                // Foundation" is part of a name.
                let end = title.tokens.first { tokens[$0].kind == .word && titlePrepositions.contains(tokens, $0) } ?? title.tokens.upperBound
                for position in title.tokens.lowerBound..<end where tokens[position].kind == .word {
                    guard let gender = gendered.key(tokens, position).flatMap(Self.gender) else { continue }
                    people[index].genderEvidence.append(GenderEvidence(gender: gender, source: .title, text: tokens[position].text,
                                                                       span: blocks[tokens[position].block].text.sourceSpan(of: tokens[position].range),
                                                                       sentence: title.sentence))
                }
            }
        }
        // The one person each sentence's pronouns were read as, for a sentence that names nobody
        // ("… ," he said. She added …": "She" goes back through "he" to the person named before).
        var chained: [Int: Named] = [:]
        for (sentenceIndex, sentence) in sentences.enumerated() where sentence.blockKind != .headline {
            // A sentence with both "he" and "she" is about two people: its pronouns say nothing.
            let genders = Set(sentence.tokens.compactMap { tokens[$0].kind == .word && !quoted[$0] ? pronouns.key(tokens, $0) : nil })
            guard genders.count == 1 else { continue }
            var read: Set<Int> = []
            var unread = false
            for position in sentence.tokens where tokens[position].kind == .word && !quoted[position] {
                guard let gender = pronouns.key(tokens, position).flatMap(Self.gender) else { continue }
                guard let found = antecedent(of: position, sentence: sentenceIndex, named: named, chained: chained, people: people,
                                             owner: owner, tokens: tokens, sentences: sentences, quoted: quoted, dated: dated)
                else { unread = true; chained[sentenceIndex] = nil; continue }
                // "… Ms Carew … Despite a letter from Mr Van der Berg, she did nothing": a
                // pronoun against the sex an honorific or title gave is someone else's when a
                // person of its sex was named in the sentences just before.
                if !found.continuing, people[found.person].genderEvidence.contains(where: { $0.source != .pronoun && $0.gender != gender }),
                   namedNearby(of: gender, before: sentenceIndex, excluding: found.person, people, named) { unread = true; chained[sentenceIndex] = nil; continue }
                // Only a subject ("he said", not "her successor") passes the person on, and only
                // from a sentence whose gendered pronouns were all read as that one person.
                read.insert(found.person)
                if read.count == 1, !unread, named[sentenceIndex] == nil, subjectPronouns.key(tokens, position) == "singular" {
                    chained[sentenceIndex] = Named(person: found.person, token: position, span: found.span)
                }
                if read.count > 1 { chained[sentenceIndex] = nil }
                let token = tokens[position]
                var evidence = GenderEvidence(gender: gender, source: .pronoun, text: token.text,
                                              span: blocks[token.block].text.sourceSpan(of: token.range), sentence: sentenceIndex)
                evidence.antecedent = found.span
                people[found.person].genderEvidence.append(evidence)
            }
        }
        for index in people.indices { people[index].genderEvidence.sort { $0.span < $1.span } }
    }

    /// Whether someone other than `person`, whose honorific or title gives `gender`, is named in
    /// the sentence or the three before it.
    private func namedNearby(of gender: GenderEvidence.Gender, before sentence: Int, excluding person: Int, _ people: [Person],
                             _ named: [Int: [Named]]) -> Bool {
        (max(0, sentence - 3)...sentence).contains { index in
            (named[index] ?? []).contains { other in
                other.person != person && people[other.person].genderEvidence.contains { $0.source != .pronoun && $0.gender == gender }
            }
        }
    }

    /// A person named in a sentence, outside quotation marks.
    struct Named {
        var person: Int
        var token: Int
        var span: SourceSpan
    }

    /// The person a pronoun plainly refers to and the mention read as its antecedent (the
    /// person's last one before it), or nil.
    private func antecedent(of position: Int, sentence: Int, named: [Int: [Named]], chained: [Int: Named], people: [Person], owner: [Int],
                            tokens: [Token], sentences: [Sentence], quoted: [Bool], dated: [Bool]) -> (person: Int, span: SourceSpan, continuing: Bool)? {
        let range = sentences[sentence].tokens
        let before = (named[sentence] ?? []).filter { $0.token < position }
        if !before.isEmpty {
            let persons = Set(before.map(\.person))
            guard persons.count == 1, let person = persons.first else { return nil }
            // "Mr Okoro said he would stay": only the subject forms, which cannot be anyone in
            // the clause itself ("Mr Lowe seems troubled by her silence"), and a possessive
            // straight after the person's own speech verb ("Ms Reyes said her officials").
            guard subjectPronouns.key(tokens, position) == "singular"
                || isSpeakersPossessive(position, of: person, sentence: sentence, people: people, owner: owner, tokens: tokens,
                                        sentences: sentences, quoted: quoted) else { return nil }
            // "She alleged Fernandez had …": a person named after the pronoun is not its antecedent.
            if (named[sentence] ?? []).contains(where: { $0.person == person && $0.token > position }) { return nil }
            guard let mention = before.max(by: { $0.token < $1.token }) else { return nil }
            return isClear(range.lowerBound..<position, for: person, owner: owner, tokens: tokens, sentenceStart: range.lowerBound,
                           pronoun: pronouns.key(tokens, position)) ? (person, mention.span, false) : nil
        }
        // The pronoun opens its sentence, or follows the quotation that opens it, a linking
        // word ("But she said", "However, he") or a date set off by a comma ("In 2001, she").
        let trailing = isTrailingAttribution(position, range, tokens)
        // "The handover took place as he paid": the subject of a clause inside the sentence,
        // with nothing before it that could be meant (checked with the stretch below).
        let opensClause = position > range.lowerBound && subordinators.contains(tokens, position - 1) && subjectPronouns.key(tokens, position) == "singular"
        let isDated = { (at: Int) in at < dated.count && dated[at] && position > range.lowerBound && tokens[position - 1].isMark(",") }
        guard sentence > 0, trailing || opensClause || !(range.lowerBound..<position).contains(where: {
            tokens[$0].kind != .punctuation && !quoted[$0] && !linkingOpeners.contains(tokens, $0) && !isDated($0)
        }) else { return nil }
        let previous = sentences[sentence - 1]
        guard previous.blockKind != .headline else { return nil }
        let own = pronouns.key(tokens, position)
        // The speaker the sentence before closes with (", Ms Hale said."), if any.
        let speaker = closingSpeaker(of: sentence - 1, named: named, chained: chained, owner: owner, tokens: tokens, sentences: sentences)
        // "…, Ms Hale said. Fares will rise, he added.": "added" goes on with that speaker's
        // words, even against the sex the speaker was given. Only as an attribution ("he added.", "he added:", "he added that"), not "He added a
        // second goal"; and only when the speaker is the one person named in the three
        // sentences before ("Mr Ruiz and Ms Hale clashed. …, Ms Hale said. …, he added." may
        // be Ruiz's reply).
        // The speaker's words may go on in sentences wholly inside quotation marks between
        // (`…," Ms Hale said. "More words." …, she added.`): up to two.
        let isWhollyQuoted = { (index: Int) -> Bool in
            var hasWords = false
            for word in sentences[index].tokens where tokens[word].kind == .word {
                guard quoted[word] else { return false }
                hasWords = true
            }
            return hasWords && sentences[index].blockKind != .headline
        }
        var closing = sentence - 1
        while closing > 0, sentence - 1 - closing < 2, isWhollyQuoted(closing) { closing -= 1 }
        let continued = closing == sentence - 1 ? speaker
            : closingSpeaker(of: closing, named: named, chained: chained, owner: owner, tokens: tokens, sentences: sentences)
        if let continued, position + 1 < range.upperBound, continuingVerbs.contains(tokens, position + 1),
           position + 2 >= range.upperBound || tokens[position + 2].kind == .punctuation
               || clausalVerbs.key(tokens, position + 2) == "complementiser",
           named[sentence] == nil, subjectPronouns.key(tokens, position) == "singular",
           (max(0, closing - 2)..<sentence).allSatisfy({ (named[$0] ?? []).allSatisfy { $0.person == continued.person } }) {
            return (continued.person, continued.span, true)
        }
        // A pronoun that attributes words just after the person's own attribution ("…, Ms Hale
        // said. The line has doubled, she said, …") needs only the two sentences before that
        // one free of other people, and the clause before it may open with any word.
        let attributing = trailing || (position + 1 < range.upperBound && speechVerbs.contains(tokens, position + 1))
        // The gendered pronouns of the sentence before, outside quotation marks.
        let previousPronouns = previous.tokens.filter { tokens[$0].kind == .word && !quoted[$0] && pronouns.contains(tokens, $0) }
        // Read through a linking word, a closing attribution or a chain, a pronoun goes back
        // further than a reader may follow, so the stretch must be plainer: no one else named
        // in the six sentences before, no other pronoun in the sentence before, nothing in the
        // clause before ", he said." that could be meant, and, for a pronoun of the other sex
        // than the person's, no one of the pronoun's sex named anywhere before.
        let extended = trailing || (range.lowerBound..<position).contains(where: { tokens[$0].kind == .word && !quoted[$0] })
        func isPlain(for person: Int, allowing ownPronouns: Bool) -> Bool {
            // Someone known to be of the other sex than the pronoun's cannot be meant.
            let gender = own.flatMap(Self.gender)
            let reach = attributing && speaker?.person == person ? 3 : 7
            if (max(0, sentence - reach)..<(sentence - 1)).contains(where: { (named[$0] ?? []).contains { other in
                other.person != person && (gender == nil || likelySex(of: people[other.person]).map { $0 == gender } ?? true)
            } }) { return false }
            if !ownPronouns, !previousPronouns.isEmpty { return false }
            if trailing || opensClause, !isClear(range.lowerBound..<position, for: person, owner: owner, tokens: tokens, sentenceStart: range.lowerBound,
                                  quoted: quoted, pronoun: own, openingMayName: !(attributing && speaker?.person == person)) { return false }
            guard let gender else { return false }
            return Self.sex(of: people[person]) == gender || !people.indices.contains { index in
                index != person && likelySex(of: people[index]) == gender && people[index].mentions.contains { $0.tokens.lowerBound < position }
            }
        }
        // "He designed it. Podcasts rely on his work. He also writes …": a sentence that names
        // nobody, whose pronouns are all of this one's sex but were not read, passes on the
        // chain of the sentence before it.
        var chain = named[sentence - 1] == nil ? chained[sentence - 1] : nil
        if chain == nil, named[sentence - 1] == nil, !previousPronouns.isEmpty, sentence >= 2, named[sentence - 2] == nil,
           sentences[sentence - 2].blockKind != .headline,
           previousPronouns.allSatisfy({ pronouns.key(tokens, $0) == own }), let earlier = chained[sentence - 2],
           isClear(previous.tokens, for: earlier.person, owner: owner, tokens: tokens, sentenceStart: previous.tokens.lowerBound, quoted: quoted, pronoun: own) {
            chain = earlier
        }
        // "She said the rules would change. Output fell 3 pct in 1986. "…," she said.": a
        // sentence that names no one and holds no pronoun and no word for a person passes on
        // the one person the sentence before it names or was read as.
        if chain == nil, named[sentence - 1] == nil, previousPronouns.isEmpty, sentence >= 2,
           sentences[sentence - 2].blockKind != .headline, let earlier = oneNamed(in: sentence - 2, named: named, chained: chained),
           isClear(previous.tokens, for: earlier.person, owner: owner, tokens: tokens, sentenceStart: previous.tokens.lowerBound, quoted: quoted, pronoun: own) {
            chain = earlier
        }
        if let chain, !(named[sentence] ?? []).contains(where: { $0.person == chain.person }) {
            // The sentence before names nobody and its pronouns all went back to one person: so
            // does this one, when the stretch is plain.
            guard isPlain(for: chain.person, allowing: true),
                  isClear(previous.tokens, for: chain.person, owner: owner, tokens: tokens, sentenceStart: previous.tokens.lowerBound,
                          quoted: quoted, pronoun: own) else { return nil }
            return (chain.person, chain.span, false)
        }
        let candidates = named[sentence - 1] ?? []
        let persons = Set(candidates.map(\.person))
        guard persons.count == 1, let person = persons.first, let mention = candidates.max(by: { $0.token < $1.token }) else { return nil }
        // "And he admitted Holt's presence …": a person named later in the pronoun's own
        // sentence is not its antecedent.
        if (named[sentence] ?? []).contains(where: { $0.person == person }) { return nil }
        // "… Clijsters … McNamee had said: "…" But her spokesman": after a linking word the
        // sentence may turn back to someone named before.
        if extended, !isPlain(for: person, allowing: false) { return nil }
        // "And he admitted Holt's presence …. "…," he added.": a pronoun before the person in
        // the sentence before is someone else, and this pronoun may be too.
        if let first = candidates.map(\.token).min(), previousPronouns.contains(where: { $0 < first }) { return nil }
        // "…," he said, as Secretary Yates listened. She …": a pronoun of the other sex in the
        // sentence before is about someone else, who may be meant here too.
        if previousPronouns.contains(where: { pronouns.key(tokens, $0) != own }) { return nil }
        // After the person's own closing attribution, a word opening the words they said is a
        // name only before a verb ("Okafor was sacked, Ms Kovacs said"), not before a comma or
        // a noun ("Salmonella, which …", "Partial indicators show …").
        return isClear(previous.tokens, for: person, owner: owner, tokens: tokens, sentenceStart: previous.tokens.lowerBound, quoted: quoted, pronoun: own,
                       openingMayName: !(attributing && speaker?.person == person))
            ? (person, mention.span, false) : nil
    }

    /// The one person a sentence names (its last mention of them), or the one its pronouns were
    /// all read as.
    private func oneNamed(in sentence: Int, named: [Int: [Named]], chained: [Int: Named]) -> Named? {
        guard let mentions = named[sentence] else { return chained[sentence] }
        guard Set(mentions.map(\.person)).count == 1 else { return nil }
        return mentions.max { $0.token < $1.token }
    }

    /// Whether a capitalised word is part of a run of capitalised words one of which is an
    /// organisation's ("the Metropolitan Police Authority").
    func inOrganisationName(_ index: Int, _ tokens: [Token]) -> Bool {
        func isRunWord(_ position: Int) -> Bool {
            tokens[position].kind == .word && tokens[position].isCapitalized && tokens[position].block == tokens[index].block
        }
        var start = index
        while start > 0, index - start < 5, isRunWord(start - 1) { start -= 1 }
        var end = index + 1
        while end < tokens.count, end - index <= 5, isRunWord(end) { end += 1 }
        return (start..<end).contains { orgWords.contains(tokens, $0) }
    }

    /// ", he said." closing a sentence (a comma, the pronoun, a speech verb, then only
    /// punctuation), or ", he noted," set off inside it.
    private func isTrailingAttribution(_ position: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard position - 1 >= range.lowerBound, position + 1 < range.upperBound, tokens[position - 1].isMark(","),
              tokens[position + 1].kind == .word, speechVerbs.contains(tokens, position + 1) else { return false }
        // ", he noted, is …": the attribution set off by commas inside the sentence.
        if position + 2 < range.upperBound, tokens[position + 2].isMark(",") { return true }
        return !(position + 2..<range.upperBound).contains { tokens[$0].kind != .punctuation }
    }

    func honorificWord(before start: Int, _ tokens: [Token]) -> Token? {
        var index = start - 1
        while index >= 0, tokens[index].isMark(".") { index -= 1 }
        guard index >= 0, tokens[index].kind == .word, honorifics.contains(tokens, index) else { return nil }
        return tokens[index]
    }

    /// The sex most of a person's evidence so far gives, if any.
    static func sex(of person: Person) -> GenderEvidence.Gender? {
        let male = person.genderEvidence.count { $0.gender == .male }
        let female = person.genderEvidence.count - male
        return male == female ? nil : male > female ? .male : .female
    }

    /// A person's sex from their evidence or, where it says nothing, from the sex their first
    /// name usually implies (`given-names` `m` or `f`: "James Skinner"): used only to tell who
    /// else a pronoun may mean, never evidence a check reports.
    func likelySex(of person: Person) -> GenderEvidence.Gender? {
        if let known = Self.sex(of: person) { return known }
        guard let space = person.name.utf8.firstIndex(of: 0x20) else { return nil }
        return givenNames.key(for: person.name[..<space].lowercased()).flatMap(Self.gender)
    }

    static func gender(_ key: String) -> GenderEvidence.Gender? {
        switch key {
        case "m": return .male
        case "f": return .female
        default: return nil
        }
    }

    /// The tokens of each date or time (not a length or a rate) that opens its sentence, with
    /// the preposition of `date-prepositions` before it ("In 2001, she"): what may stand before
    /// a pronoun that opens its sentence.
    private func datedOpeners(_ temporal: [TemporalExpression], sentences: [Sentence], tokens: [Token]) -> [Bool] {
        var dated: [Bool] = []
        for expression in temporal where expression.kind == .date || expression.kind == .time {
            let start = sentences[expression.sentence].tokens.lowerBound
            guard expression.tokens.lowerBound - start <= 1, expression.tokens.upperBound <= tokens.count else { continue }
            if dated.isEmpty { dated = [Bool](repeating: false, count: tokens.count) }
            for position in expression.tokens { dated[position] = true }
            let before = expression.tokens.lowerBound - 1
            if before >= start, datePrepositions.contains(tokens, before) { dated[before] = true }
        }
        return dated
    }
}
