/// Builds the article's ``Timeline``: finds the events (verbs and nouns of `event-triggers`, and
/// any verb that a date dates), anchors every date to the event it dates with how it dates it,
/// reads each event's status and participants, links mentions of one event, and collects the
/// order the text and the order knowledge (`event-order`) impose.
///
/// A class: its steps run in closures and helpers that each took a copy of a struct this size,
/// retaining every lexicon in it.
public final class EventExtractor: Sendable {
    let words: EventVocabulary
    let tenses: TenseReader
    let temporalWords: TemporalVocabulary
    let prepositions: Lexicon
    let pronouns: Lexicon
    let modals: Lexicon
    let clauseWords: Lexicon
    /// "as high as" (`equative-comparisons`): an "as" that opens no clause.
    let equatives: Lexicon
    let ageWords: Lexicon
    /// "club", "bank": a title with one is an organisation's post, whose age is not the person's.
    let orgWords: Lexicon
    /// Countries and their adjectives ("Italian"), for a nationality in a description.
    let places: Lexicon
    let approximators: Lexicon
    let pastVerbs: Lexicon
    let reportingVerbs: Lexicon
    let adjectivalParticiples: Lexicon
    let units: Lexicon
    let possessionVerbs: Lexicon
    let serviceWords: Lexicon
    /// Every word a post's title can end in ("executive", "chairman"), from the post ontology.
    let postWords: Lexicon
    /// Superlatives and record nouns, keyed by the way they point (`record-words`).
    let recordWords: Lexicon
    let namedLengthWords: Lexicon
    /// The class bit of `record-words`, so most words are passed over without a lookup (0 when
    /// the set has no bit left for it).
    let recordBit: WordClasses
    /// Verbs of a change in a level, past and participle (`change-verbs`).
    let changeVerbs: Lexicon
    /// "to reach", "to close" after a past change verb: its result (`result-infinitives`).
    let resultInfinitives: Lexicon
    /// "failed to pay", "after failing to give": a failure told as done (`failure-verbs`).
    let failureVerbs: Lexicon
    /// "with" before an absolute phrase (`absolute-openers`).
    let absoluteOpeners: Lexicon
    /// "has", "was", "said": verbs that show the words before them are a clause's subject.
    let nameCueVerbs: Lexicon
    let honorifics: Lexicon
    let stopwords: Lexicon
    let linkingOpeners: Lexicon
    let verbParticles: Lexicon
    /// Words that move an event to a new date and mark the new and old dates (`date-moves`).
    let dateMoveWords: Lexicon
    /// Words that open and close a stretch ("imposed", "expires"; `span-ends`).
    let spanEnds: Lexicon
    /// "wife", "mother", "fan" (`family-words`): another person an age in the sentence may be of.
    let familyWords: Lexicon
    /// "who", "which" (`relative-clause-openers`): a date in a clause one opens dates that clause.
    let relativeOpeners: Lexicon
    /// "until" of "was not signed until June" (`delay-words`).
    let delayWords: Lexicon
    /// Words for a person ("woman", "the driver", "a coach"): someone an age may be of.
    let personWordBits: WordClasses
    let genderedWords: Lexicon
    /// "suspect", "runner-up", "the mare": someone (or an animal) an age may be of (`unnamed-person-words`).
    let personNouns: Lexicon
    /// Plan-making verbs and nouns, and the words before a target and a plan's date (`plan-making`).
    let planWords: Lexicon
    /// "and", "but": a verb after one takes the subject of the verb before (`verb-coordinators`).
    let coordinators: Lexicon
    /// "its", "their" (`possessive-determiners`): opening a verb's object.
    let possessives: Lexicon
    /// "anniversary", "centenary" (keyed by its years) and "of" (`anniversary-words`).
    let anniversaryWords: Lexicon
    /// "fifth", "fiftieth" (`spelled-ordinals`).
    let spelledOrdinals: Lexicon
    /// "morning", "night" (`times-of-day`): "on the night of 13 August" dates what stands before "on".
    let timesOfDay: Lexicon
    /// Events that happen to a person (`patient-events`): "charged him".
    let patientEvents: Lexicon
    let pastBit: WordClasses
    let reportingBit: WordClasses
    /// Words that open a clause ("which", "after"), for the order finder: built once, not per article.
    let clauseOpeners: Set<String>

    /// `ontology` is the people reader's, when there is one, so it is not built twice.
    public init(lexicons: LexiconSet = .builtIn, ontology: PostOntology? = nil) {
        words = EventVocabulary(lexicons: lexicons)
        temporalWords = TemporalVocabulary(lexicons: lexicons)
        tenses = TenseReader(lexicons: lexicons, vocabulary: temporalWords)
        prepositions = lexicons["date-prepositions"]
        pronouns = lexicons["event-pronouns"]
        modals = lexicons["modal-words"]
        clauseWords = lexicons["clause-words"]
        equatives = lexicons["equative-comparisons"]
        ageWords = lexicons["age-words"]
        orgWords = lexicons["org-words"]
        places = lexicons["places"]
        approximators = lexicons["approximators"]
        pastVerbs = lexicons["past-verbs"]
        reportingVerbs = lexicons["reporting-verbs"]
        adjectivalParticiples = lexicons["adjectival-participles"]
        units = lexicons["time-units"]
        possessionVerbs = lexicons["possession-verbs"]
        serviceWords = lexicons["service-words"]
        timesOfDay = lexicons["times-of-day"]
        patientEvents = lexicons["patient-events"]
        postWords = ontology?.roleWords ?? PostOntology(lexicons: lexicons).roleWords
        recordWords = lexicons["record-words"]
        namedLengthWords = lexicons["named-length-words"]
        recordBit = lexicons.mask("record-words")
        changeVerbs = lexicons["change-verbs"]
        resultInfinitives = lexicons["result-infinitives"]
        failureVerbs = lexicons["failure-verbs"]
        absoluteOpeners = lexicons["absolute-openers"]
        nameCueVerbs = lexicons["name-cue-verbs"]
        honorifics = lexicons["honorifics"]
        stopwords = lexicons["stopwords"]
        linkingOpeners = lexicons["linking-openers"]
        verbParticles = lexicons["verb-particles"]
        dateMoveWords = lexicons["date-moves"]
        spanEnds = lexicons["span-ends"]
        familyWords = lexicons["family-words"]
        relativeOpeners = lexicons["relative-clause-openers"]
        delayWords = lexicons["delay-words"]
        personWordBits = lexicons.mask("post-heads", "title-roles")
        genderedWords = lexicons["gendered-words"]
        personNouns = lexicons["unnamed-person-words"]
        planWords = lexicons["plan-making"]
        coordinators = lexicons["verb-coordinators"]
        possessives = lexicons["possessive-determiners"]
        anniversaryWords = lexicons["anniversary-words"]
        spelledOrdinals = lexicons["spelled-ordinals"]
        pastBit = lexicons.mask("past-verbs")
        reportingBit = lexicons.mask("reporting-verbs")
        clauseOpeners = Set(clauseWords.keysBySpelling.keys).union(pronouns.keysBySpelling.filter { $0.value == "relative" }.keys)
    }

    /// What the extraction reads, shared by its steps.
    /// What every reader of one article's events is given. A class: the readers pass it to one
    /// another and capture it in closures, and each copy of a struct of these fields retained
    /// every one of them.
    final class Input {
        let tokens: [Token]
        let sentences: [Sentence]
        let blocks: [Block]
        let temporal: [TemporalExpression]
        let people: [Person]
        let published: CalendarDate?
        /// For each token, whether it is inside a quotation.
        let quoted: [Bool]
        /// For each token, the temporal expression it belongs to.
        let temporalAt: TokenMap
        /// For each token, the person a mention of it names.
        let personAt: TokenMap
        /// Each word of a person's fullest name, lowercased, and the one person it belongs to
        /// ("king" for "Roger King"); a word two people share is left out.
        let personByNameWord: [String: Int]
        /// For each sentence, its temporal expressions' indices in reading order.
        let temporalBySentence: [[Int]]

        init(tokens: [Token], sentences: [Sentence], blocks: [Block], temporal: [TemporalExpression], people: [Person],
             published: CalendarDate?, quoted: [Bool], temporalAt: TokenMap, personAt: TokenMap,
             personByNameWord: [String: Int], temporalBySentence: [[Int]]) {
            self.tokens = tokens
            self.sentences = sentences
            self.blocks = blocks
            self.temporal = temporal
            self.people = people
            self.published = published
            self.quoted = quoted
            self.temporalAt = temporalAt
            self.personAt = personAt
            self.personByNameWord = personByNameWord
            self.temporalBySentence = temporalBySentence
        }

        func span(_ range: Range<Int>) -> SourceSpan {
            let first = tokens[range.lowerBound]
            let last = tokens[range.upperBound - 1]
            return blocks[first.block].text.sourceSpan(of: first.range.lowerBound..<last.range.upperBound)
        }

        func text(_ range: Range<Int>) -> String {
            let first = tokens[range.lowerBound]
            let last = tokens[range.upperBound - 1]
            return blocks[first.block].text.string(in: first.range.lowerBound..<last.range.upperBound)
        }
    }

    /// `quoted` is ``QuoteMarks/flags(_:)`` of the tokens, when the caller has read it already.
    public func extract(tokens: [Token], sentences: [Sentence], blocks: [Block], temporal: [TemporalExpression],
                        people: [Person], published: CalendarDate?, quoted: [Bool]? = nil) -> Timeline {
        extract(tokens: tokens, sentences: sentences, blocks: blocks, temporal: temporal, people: people,
                published: published, quoted: quoted, tenseMarks: nil)
    }

    /// With `tenseMarks`, each sentence's tense marks as ``TenseReader/marks(_:_:headline:)``
    /// reads them, read once for the whole extraction.
    func extract(tokens: [Token], sentences: [Sentence], blocks: [Block], temporal: [TemporalExpression],
                 people: [Person], published: CalendarDate?, quoted: [Bool]?,
                 tenseMarks: [[(index: Int, tense: TenseReader.Mark)]]?) -> Timeline {
        var temporalAt = TokenMap(count: tokens.count)
        for (index, expression) in temporal.enumerated() {
            for token in expression.tokens { temporalAt[token] = index }
        }
        var personAt = TokenMap(count: tokens.count)
        for (index, person) in people.enumerated() {
            for mention in person.mentions where mention.kind != .title {
                for token in mention.tokens { personAt[token] = index }
            }
        }
        let input = Input(tokens: tokens, sentences: sentences, blocks: blocks, temporal: temporal, people: people,
                          published: published, quoted: quoted ?? QuoteMarks.flags(tokens), temporalAt: temporalAt,
                          personAt: personAt, personByNameWord: Self.nameWords(people),
                          temporalBySentence: Self.bySentence(temporal, sentences: sentences.count))
        var events: [Event] = []
        for sentence in sentences.indices {
            let range = sentences[sentence].tokens
            guard !range.isEmpty else { continue }
            let marks = tenseMarks?[sentence] ?? tenses.marks(tokens, range)
            var found = triggers(in: sentence, input)
            anchor(sentence: sentence, events: &found, input)
            moveDatesToTelling(&found)
            lendDatesToSubjects(&found, input)
            for index in found.indices {
                participants(of: &found[index], input)
                shareSubject(of: index, in: &found, input)
                found[index].isPeriodEdge = isPeriodEdge(found[index], input)
                found[index].status = status(of: found[index], marks: marks, input)
                found[index].isNegated = isNegated(found[index], input)
                if found[index].isNegated, let until = notUntil(found[index], input) {
                    // "was not signed until June 1991": signed in June 1991.
                    let date = found[index].anchors[until].temporal
                    found[index].isNegated = false
                    found[index].anchors.removeAll { $0.relation == .at || $0.temporal == date }
                    found[index].anchors.append(EventAnchor(temporal: date, relation: .at))
                }
                found[index].isQuoted = input.quoted[found[index].tokens.lowerBound]
                found[index].isSettingOfPastVerb = found[index].isNoun && isSettingOfPastVerb(found[index], input)
                found[index].possessedObject = found[index].isNoun ? nil : possessedObject(of: found[index], input)
            }
            for index in found.indices where found[index].isNoun {
                found[index].completedObjectEnd = completedObjectEnd(of: found[index], verbs: found, input)
            }
            lendDatesToSettings(&found, input)
            events.append(contentsOf: found)
        }
        let headlines = Set(input.sentences.indices.filter { input.sentences[$0].blockKind == .headline })
        let (cluster, strong) = EventLinker(words: words).link(events, temporal: temporal, headlines: headlines)
        var timeline = Timeline(events: events, cluster: cluster)
        timeline.strongLinks = strong
        timeline.constraints = OrderConstraintFinder(words: words, clauseOpeners: clauseOpeners).constraints(timeline, input: input)
        timeline.ages = ages(events: events, input)
        timeline.services = services(events: events, input)
        timeline.records = records(input)
        timeline.namedLengths = namedLengths(input)
        timeline.datePairs = dateMoves(input) + planTargets(input) + gaps(events: events, input) + ongoingGaps(timeline, input) + spans(input)
        return timeline
    }

    /// The indices of each sentence's temporal expressions: a sentence's steps ask for its own
    /// dates, and scanning the article's for each sentence grew with the square of its length.
    static func bySentence(_ temporal: [TemporalExpression], sentences: Int) -> [[Int]] {
        var result = [[Int]](repeating: [], count: sentences)
        for (index, expression) in temporal.enumerated() where expression.sentence >= 0 && expression.sentence < sentences {
            result[expression.sentence].append(index)
        }
        return result
    }

    /// Whether a token is a verb in the past tense ("completed", "met", "said"), not an
    /// adjective ("listed") and not an auxiliary ("was", "had").
    func isPastVerb(_ token: Token) -> Bool { isPastVerb(kind: token.kind, classes: token.classes, lower: token.lower) }

    /// ``isPastVerb(_:)`` of a token read by index, which copies no token.
    func isPastVerb(at position: Int, _ tokens: [Token]) -> Bool {
        isPastVerb(kind: tokens[position].kind, classes: tokens[position].classes, lower: tokens[position].lower)
    }

    private func isPastVerb(kind: Token.Kind, classes: WordClasses, lower word: String) -> Bool {
        guard kind == .word else { return false }
        if classes & reportingBit != 0 { return true }
        if classes & pastBit != 0 {
            // The list of irregular past forms also holds "ago" and "yesterday", which mark the past.
            return !temporalWords.pastAuxiliaries.contains(word) && temporalWords.dayOffset(word) == nil
                && !temporalWords.isConnective(word, "ago")
        }
        guard word.utf8.count >= 5, word.hasASCIISuffix("ed"), !word.hasASCIISuffix("eed"), !adjectivalParticiples.contains(word) else { return false }
        return true
    }
}
