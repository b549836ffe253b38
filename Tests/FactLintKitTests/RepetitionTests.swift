@testable import FactLintKit
import Testing

@Suite("Repetition")
struct RepetitionTests {
    private func hashes(_ text: String) -> [UInt64] {
        SentenceWords(Array(text.utf8), 0..<text.utf8.count).words.map(\.hash)
    }

    @Test("sentence words: case and spacing folded, ranges kept, figures apart")
    func sentenceWords() {
        let text = "The  Mayor said 40,000 Élan"
        let words = SentenceWords(Array(text.utf8), 0..<text.utf8.count)
        #expect(String(decoding: words.key, as: UTF8.self) == "the mayor said 40,000 élan")
        #expect(words.words.map(\.range) == [0..<3, 5..<10, 11..<15, 16..<18, 19..<22, 23..<28])
        #expect(words.words.map(\.isCapitalized) == [true, true, false, false, false, true])
        #expect(words.letterWords == 4)
        #expect(words.figures.count == 2)
        #expect(hashes("ÉLAN") == hashes("élan"))
    }

    @Test("sentence words of a range inside the text: digits, letters and capitals of each word")
    func sentenceWordsInRange() {
        let text = "xx 3rd Q4  1987 déjà-VU, ok? yy"
        let bytes = Array(text.utf8)
        let words = SentenceWords(bytes, 3..<(bytes.count - 3))
        #expect(String(decoding: words.key, as: UTF8.self) == "3rd q4 1987 déjà-vu, ok?")
        #expect(words.words.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["3rd", "Q4", "1987", "déjà", "VU", "ok"])
        #expect(words.words.map(\.hasDigit) == [true, true, true, false, false, false])
        #expect(words.words.map(\.hasLetter) == [true, true, false, true, true, true])
        #expect(words.words.map(\.isCapitalized) == [false, true, false, false, true, false])
        #expect(words.letterWords == 5)
        #expect(words.figures == [hashes("3rd")[0], hashes("q4")[0], hashes("1987")[0]])
        // A range that ends inside a word ends the word there.
        let cut = SentenceWords(Array("okyy".utf8), 0..<2)
        #expect(cut.words.map(\.range) == [0..<2])
        #expect(cut.key == Array("ok".utf8))
        #expect(cut.words.first?.hash == hashes("ok").first)
    }

    @Test("similarity: Jaccard, or weighted containment for sentences of like length")
    func similarity() {
        #expect(SentenceSimilarity.score(shared: 9, first: 9, second: 9) == 1)
        // One word dropped from a ten-word sentence: 7 of its 9 pairs survive, 8 pairs remain.
        #expect(abs(SentenceSimilarity.score(shared: 7, first: 9, second: 8) - 0.95 * 7 / 8) < 1e-9)
        // A short sentence inside one twice its length: Jaccard only.
        #expect(SentenceSimilarity.score(shared: 5, first: 5, second: 10) == 0.5)
        #expect(SentenceSimilarity.score(shared: 0, first: 5, second: 5) == 0)
    }

    @Test("shingle index counts shared pairs per earlier sentence and skips common ones")
    func shingleIndex() {
        var index = ShingleIndex(shingles: 300, sentences: 100)
        index.add([1, 2, 3], sentence: 0)
        index.add([2, 3, 4], sentence: 1)
        #expect(index.sharing([2, 3, 9]).sorted { $0.sentence < $1.sentence }.map { [$0.sentence, $0.shared] } == [[0, 2], [1, 2]])
        for sentence in 2..<(ShingleIndex.maximumPostings + 3) { index.add([7], sentence: sentence) }
        #expect(index.sharing([7]).isEmpty)
        #expect(index.sharing([1]).map(\.sentence) == [0])
    }

    @Test("word alignment finds the changed words of a quotation quoted again")
    func alignment() throws {
        let short = hashes("the hardest call this board has made")
        let long = hashes("this is the hardest call this trust has made and we stand by it")
        let alignment = try #require(WordAlignment(short: short, long: long))
        #expect(alignment.matched == 6)
        #expect(alignment.changes == [WordAlignment.Change(short: 4..<5, long: 6..<7)])
        #expect(alignment.longRange == 2..<9)
        let dropped = try #require(WordAlignment(short: hashes("we have not been paid"), long: hashes("we have not ever been paid")))
        #expect(dropped.changes == [WordAlignment.Change(short: 3..<3, long: 3..<4)])
        #expect(try #require(WordAlignment(short: hashes("been paid"), long: hashes("we have not been paid"))).changes.isEmpty)
        // Of the paths with the fewest edits, the one that keeps the most words in place.
        let anchored = try #require(WordAlignment(short: hashes("no other option but"), long: hashes("it left no other path to follow but this")))
        #expect(anchored.matched == 3)
        #expect(anchored.changes == [WordAlignment.Change(short: 2..<3, long: 4..<7)])
    }

    @Test("doubled runs: the longest at each place, two words with letters")
    func doubledRuns() {
        let words = SentenceWords(Array("a b c a b c d 10 10 10 10 e".utf8), 0..<27).words
        let runs = DoubledPhraseCheck.doubledRuns(words, minimum: 2, maximum: 10)
        #expect(runs.map { [$0.0, $0.1] } == [[0..<3, 3..<6]])
    }

    @Test("a parallel statement about another party or group is not a repeat")
    func parallelStatements() throws {
        let rule = try #require(builtInRules.rule("duplicate-sentence"))
        let text = """
        Shares in Alder Holdings closed higher on Tuesday after the bank reported strong results.

        Shares in Birch Capital closed higher on Tuesday after the bank reported strong results.

        Full-time staff at the plant will receive the new bonus from the start of April.

        Part-time staff at the plant will receive the new bonus from the start of April.

        The strike by dock workers, now in its third week, is a stern test for the government.

        The strike by the dock workers, now in its third week, is a serious test for the government.
        """
        let report = Linter(rules: [rule]).lint(bytes: Array(text.utf8), path: "a.md")
        #expect(report.findings.map { "\($0.location.line) \($0.message)" } == ["11 This sentence repeats the one on line 9 almost word for word"])
    }

    @Test("doubled-phrase points at the second copy and relates the first")
    func doubledPhrase() throws {
        let rule = try #require(builtInRules.rule("doubled-phrase"))
        let text = "The board met on Monday.\n\nThe plan was approved by the board approved by the board after a vote.\n"
        let report = Linter(rules: [rule]).lint(bytes: Array(text.utf8), path: "a.md")
        #expect(report.findings.map(\.message) == ["'approved by the board' is written twice in a row"])
        #expect(report.findings.map(\.location) == [SourceLocation(line: 3, column: 36, endLine: 3, endColumn: 57)])
        #expect(report.findings.first?.related.map(\.location) == [SourceLocation(line: 3, column: 14, endLine: 3, endColumn: 35)])
    }
}

/// The words the two repetition checks compare are read once per sentence, as facts.
@Suite("Sentence words as facts")
struct SentenceWordsFactTests {
    @Test("the extractor reads each sentence's words once, the same as reading its bytes")
    func readOnce() {
        let article = ArticleReader().read(bytes: Array("# Ferry\n\nThe ferry sailed. It sailed at noon, late.\n".utf8), path: "a.md")
        let facts = FactExtractor().extract(from: article)
        #expect(facts.sentenceWords.count == facts.sentences.count)
        for (index, sentence) in facts.sentences.enumerated() {
            let direct = SentenceWords(article.blocks[sentence.blockIndex].text.bytes, sentence.range)
            #expect(facts.sentenceWords[index].key == direct.key)
            #expect(facts.sentenceWords[index].words == direct.words)
            #expect(facts.words(ofSentence: index).words == direct.words)
        }
        // Facts built by hand, without them, read them from the text.
        let bare = ArticleFacts(article: article, sentences: facts.sentences)
        #expect(bare.words(ofSentence: 1).words == facts.sentenceWords[1].words)
    }

    @Test("an ellipsis or brackets mark a quotation as edited, found by bytes")
    func editedMarks() {
        #expect(QuoteAlterationCheck.isMarkedAsEdited("we will \u{2026} win"))
        #expect(QuoteAlterationCheck.isMarkedAsEdited("we will ... win"))
        #expect(QuoteAlterationCheck.isMarkedAsEdited("we [the party] win"))
        #expect(!QuoteAlterationCheck.isMarkedAsEdited("we will win \u{2025} or \u{2027}"))
        #expect(!QuoteAlterationCheck.isMarkedAsEdited("we will.. win"))
    }
}
