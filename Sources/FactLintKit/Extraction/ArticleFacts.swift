/// Everything extracted from one article, computed once and shared by every rule.
public struct ArticleFacts: Sendable {
    public var article: Article {
        didSet { ledeBlock = Self.firstParagraph(in: article) }
    }
    /// Sentences of the headline and the prose blocks, in reading order. The date line is not prose.
    public var sentences: [Sentence]
    /// Tokens of every prose block, in reading order; each sentence knows its range.
    public var tokens: [Token]
    /// Dates, times, durations and frequencies, in reading order.
    public var temporal: [TemporalExpression]
    /// People, with their mentions and titles, in order of first mention.
    public var people: [Person]
    /// Every proper name (people, organisations, places) with its spellings, in order of first use.
    public var names: [NameCluster] = []
    /// Every figure as a claim frame (quantity, measure, kind, period…), in reading order.
    public var claims: [ClaimFrame]
    /// Quotations with their speakers, in reading order.
    public var quotations: [Quotation] = []
    /// Tables (Markdown pipe tables, wire result lines), in reading order.
    public var tables: [Table] = []
    /// Where the article says it is a corrected, repeated or refiled copy of an item sent before
    /// ("CORRECTED - …", "(corrects …)"); nil for an ordinary item. See ``NoticeReader``.
    public var itemNotice: SourceSpan?
    /// Indices of the sentences that label or annotate rather than tell: table rows, a
    /// one-sentence line without a full stop (a table's heading, "listed below -"), a footnote
    /// ("NOTE: …") to the end of its block. See ``LabelLineReader``.
    public var labelSentences: Set<Int> = []
    /// Counts followed by the named things they count ("three candidates: Ames, Brook and Cole").
    public var countedLists: [CountedList] = []
    /// Lists whose items are separate names ("Ames, Brook, Cole and Dunn"; a team's line-up).
    public var nameLists: [NameList] = []
    /// Events with their dates, status and links, and the order they must keep.
    public var timeline = Timeline()
    /// The newsroom's roster, when the configuration gives one.
    public var roster: Roster?
    /// The post ontology of ``lexicons``, built once with the extractors (nil for facts made by
    /// hand: ``postOntology`` builds it then).
    public var builtOntology: PostOntology?
    /// The post ontology the titles were read with.
    public var postOntology: PostOntology { builtOntology ?? PostOntology(lexicons: lexicons) }
    /// The lexicons the facts were extracted with: the built-in ones plus the newsroom's. Checks
    /// read vocabulary from here, never from ``LexiconSet/builtIn``, so a newsroom's words count.
    public var lexicons: LexiconSet

    public init(article: Article, sentences: [Sentence], tokens: [Token] = [], temporal: [TemporalExpression] = [],
                people: [Person] = [], claims: [ClaimFrame] = [], lexicons: LexiconSet = .builtIn) {
        self.article = article
        self.lexicons = lexicons
        ledeBlock = Self.firstParagraph(in: article)
        self.sentences = sentences
        self.tokens = tokens
        self.temporal = temporal
        self.people = people
        self.claims = claims
    }

    /// Each sentence's words as the repetition checks compare them (``SentenceWords``), read once
    /// for both duplicate-sentence and doubled-phrase.
    var sentenceWords: [SentenceWords] = []

    /// The words of the sentence at an index; read from the text when the facts were built
    /// without them.
    func words(ofSentence index: Int) -> SentenceWords {
        if index < sentenceWords.count { return sentenceWords[index] }
        return SentenceWords(article.blocks[sentences[index].blockIndex].text.bytes, sentences[index].range)
    }

    /// The day of publication, when known.
    public var anchor: CalendarDate? { article.published?.calendarDate }

    /// The block holding the story's first paragraph (the lede), if any.
    /// Kept, not computed, because scope tests ask for it once per sentence.
    public private(set) var ledeBlock: Int?

    private static func firstParagraph(in article: Article) -> Int? {
        article.blocks.firstIndex { $0.kind == .paragraph }
    }

    /// Whether the sentence at an index is in a rule's scope.
    public func isInScope(sentence index: Int, _ scope: RuleScope) -> Bool {
        scope.includes(sentences[index], ledeBlock: ledeBlock)
    }

    /// The sentence holding a token, by binary search over the sentences' token ranges.
    public func sentence(ofToken token: Int) -> Int? { Self.sentence(ofToken: token, in: sentences) }

    /// The index of the sentence holding a token, for extractors that have the sentences but no
    /// facts yet.
    static func sentence(ofToken token: Int, in sentences: [Sentence]) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid].tokens
            if range.contains(token) { return mid }
            if token < range.lowerBound { high = mid - 1 } else { low = mid + 1 }
        }
        return nil
    }

    /// The 1-based line a message names for a span: counted within its field when the article is
    /// a CMS record (as the finding's own location is), else in the file.
    public func line(of span: SourceSpan) -> Int {
        article.source.regions.isEmpty ? article.source.line(atOffset: span.start) : article.source.position(ofOffset: span.start).line
    }
}
