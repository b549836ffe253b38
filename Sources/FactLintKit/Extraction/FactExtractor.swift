/// Turns an ``Article`` into ``ArticleFacts``: sentences, tokens and dates now; people and claims
/// as they are added. The article is read and tokenised once for all rules.
public struct FactExtractor: Sendable {
    public let splitter: SentenceSplitter
    let lexicons: LexiconSet
    public let temporalTagger: TemporalTagger
    public let personExtractor: PersonExtractor
    public let claimExtractor: ClaimExtractor
    public let eventExtractor: EventExtractor
    public let nameClusterer: NameClusterer
    let quotationReader: QuotationReader
    let countedListReader: CountedListReader
    let nameListReader: NameListReader
    let noticeReader: NoticeReader
    let labelLineReader: LabelLineReader
    /// The lexicon classes of every ASCII spelling, looked up by bytes once per word token.
    let asciiClasses: SpellingTable<WordClasses>
    public var roster: Roster?

    public init(lexicons: LexiconSet = .builtIn, dateOrder: DateOrder = .monthDayYear) {
        splitter = SentenceSplitter(lexicons: lexicons)
        // Indexed by name once here: the checks look their lexicons up in every article's facts.
        self.lexicons = lexicons.indexingNames()
        temporalTagger = TemporalTagger(lexicons: lexicons, dateOrder: dateOrder)
        personExtractor = PersonExtractor(lexicons: lexicons)
        claimExtractor = ClaimExtractor(lexicons: lexicons)
        eventExtractor = EventExtractor(lexicons: lexicons, ontology: personExtractor.ontology)
        nameClusterer = NameClusterer(lexicons: lexicons, ontology: personExtractor.ontology)
        quotationReader = QuotationReader(lexicons: lexicons)
        countedListReader = CountedListReader(lexicons: lexicons)
        nameListReader = NameListReader(lexicons: lexicons)
        noticeReader = NoticeReader(lexicons: lexicons)
        labelLineReader = LabelLineReader(lexicons: lexicons)
        asciiClasses = SpellingTable(lexicons.classesBySpelling)
    }

    public func extract(from article: Article) -> ArticleFacts {
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        // About one token per five bytes of prose, reserved for the whole article at once: sized
        // by the first block (the headline), the array was copied again and again as it grew.
        tokens.reserveCapacity(article.blocks.reduce(0) { $0 + $1.text.bytes.count } / 5 + 16)
        sentences.reserveCapacity(article.blocks.count * 2)
        for (index, block) in article.blocks.enumerated() where block.kind != .dateLine {
            let ranges: [Range<Int>]
            if block.kind == .headline || block.kind == .heading {
                // A headline is one unit even when it holds a full stop.
                ranges = trimmedWhole(block.text.bytes).map { [$0] } ?? []
            } else {
                ranges = splitter.split(block.text.bytes)
            }
            let blockStart = tokens.count
            Tokenizer.tokenize(block.text, block: index, into: &tokens)
            for position in blockStart..<tokens.count where tokens[position].kind == .word {
                let (isASCII, found) = asciiClasses.lookup(tokens[position].lower)
                tokens[position].classes = isASCII ? found ?? 0 : lexicons.classes(of: tokens[position].lower)
            }
            var cursor = blockStart
            for range in ranges {
                var sentence = Sentence(blockIndex: index, range: range, span: block.text.sourceSpan(of: range),
                                        text: block.text.string(in: range), blockKind: block.kind)
                while cursor < tokens.count, tokens[cursor].range.lowerBound < range.lowerBound { cursor += 1 }
                let first = cursor
                while cursor < tokens.count, tokens[cursor].range.lowerBound < range.upperBound { cursor += 1 }
                sentence.tokens = first..<cursor
                sentences.append(sentence)
            }
        }
        // Every sentence's tense marks, read once for the dates and the events.
        let tenseMarks = sentences.map { temporalTagger.tenses.marks(tokens, $0.tokens) }
        let temporal = temporalTagger.tag(tokens: tokens, sentences: sentences, blocks: article.blocks,
                                          anchor: article.published?.calendarDate, tenseMarks: tenseMarks)
        // Double quotation marks alone, as people and events read them; read once for both.
        let insideDoubleMarks = QuoteMarks.flags(tokens)
        let people = personExtractor.extract(tokens: tokens, sentences: sentences, blocks: article.blocks, quoted: insideDoubleMarks, temporal: temporal)
        let quoted = quotationReader.quoteFlags(tokens)
        let ledeBlock = article.blocks.firstIndex { $0.kind == .paragraph }
        var claims = claimExtractor.extract(tokens: tokens, sentences: sentences, blocks: article.blocks, temporal: temporal,
                                            quoted: quoted, ledeBlock: ledeBlock)
        let tables = claimExtractor.tables(tokens: tokens, sentences: sentences, article: article, temporal: temporal)
        // Column tables are read for their totals only: their figures keep their prose frames,
        // and their lines are not label lines.
        let cellTables = tables.filter { $0.kind != .columns }
        claims = claimExtractor.merge(claims, tables: cellTables)
        var facts = ArticleFacts(article: article, sentences: sentences, tokens: tokens, temporal: temporal, people: people, claims: claims,
                                  lexicons: lexicons)
        facts.sentenceWords = sentences.map { SentenceWords(article.blocks[$0.blockIndex].text.bytes, $0.range) }
        facts.quotations = quotationReader.read(tokens: tokens, sentences: sentences, blocks: article.blocks, people: people, quoted: quoted)
        facts.tables = tables
        facts.labelSentences = labelLineReader.labels(tokens: tokens, sentences: sentences, blocks: article.blocks,
                                                       tables: cellTables)
        facts.countedLists = countedListReader.read(tokens: tokens, sentences: sentences, blocks: article.blocks)
        facts.itemNotice = noticeReader.notice(tokens: tokens, blocks: article.blocks)
        facts.roster = roster
        facts.builtOntology = personExtractor.ontology
        facts.timeline = eventExtractor.extract(tokens: tokens, sentences: sentences, blocks: article.blocks, temporal: temporal,
                                                people: people, published: article.published?.calendarDate, quoted: insideDoubleMarks,
                                                tenseMarks: tenseMarks)
        facts.nameLists = nameListReader.read(tokens: tokens, sentences: sentences, blocks: article.blocks)
        facts.names = nameClusterer.cluster(tokens: tokens, sentences: sentences, blocks: article.blocks, people: people, lists: facts.nameLists)
        return facts
    }

    private func trimmedWhole(_ bytes: [UInt8]) -> Range<Int>? {
        var start = 0
        var end = bytes.count
        while start < end, ByteClass.isSpace(bytes[start]) { start += 1 }
        while end > start, ByteClass.isSpace(bytes[end - 1]) { end -= 1 }
        return start < end ? start..<end : nil
    }
}
