@testable import FactLintKit
import Testing

@Suite("Lexicon lookups and phrases")
struct LexiconPhraseTests {
    let lexicon = Lexicon(name: "test-qualifiers", keysBySpelling: [
        "per share": "per-share", "year-on-year": "annual", "year": "year", "net": "net",
        "seasonally adjusted": "adjusted", "seasonally-adjusted": "adjusted",
    ], source: "test")

    func tokens(_ text: String) -> [Token] {
        var mapped = MappedText()
        mapped.append(source: Array(text.utf8), range: 0..<text.utf8.count)
        return Tokenizer.tokenize(mapped, block: 0)
    }

    @Test("a shape filter never turns away a word it holds, and turns away other first bytes and lengths")
    func shapeFilter() {
        let filter = ShapeFilter(["share", "year", "été"])
        for word in ["share", "year", "été"] { #expect(filter.mayContain(word)) }
        #expect(!filter.mayContain("shares"))
        #expect(!filter.mayContain("mile"))
        #expect(filter.hasWords(startingWith: UInt8(ascii: "s")))
        #expect(!filter.hasWords(startingWith: UInt8(ascii: "m")))
    }

    @Test("lookups by token and by lowercase text agree with the any-case lookup")
    func lookups() {
        let words = tokens("Net per Share")
        #expect(lexicon.key(for: words[0]) == "net")
        #expect(lexicon.key(for: "NET") == "net")
        #expect(lexicon.key(lowercased: "net") == "net")
        #expect(lexicon.key(lowercased: "nets") == nil)
        #expect(!lexicon.contains(words[1]))
        #expect(lexicon.mayStartPhrase("per") && lexicon.mayStartPhrase("year") && !lexicon.mayStartPhrase("net"))
        #expect(lexicon.isPhrasePrefix("year-") && lexicon.isPhrasePrefix("year-on") && !lexicon.isPhrasePrefix("per share"))
    }

    @Test("a phrase grows a token at a time, hyphens join without spaces, and the longest spelling wins")
    func phrases() {
        let vocabulary = ClaimVocabulary(lexicons: .builtIn)
        let hyphened = tokens("up 4 pct year-on-year terms")
        #expect(vocabulary.phrase(lexicon, at: 3, hyphened, limit: hyphened.count, longest: 5).map { "\($0.key) \($0.length)" } == "annual 5")
        let spaced = tokens("1.12 dlrs per share, net")
        #expect(vocabulary.phrase(lexicon, at: 2, spaced, limit: spaced.count, longest: 5).map { "\($0.key) \($0.length)" } == "per-share 2")
        // "year" alone when the phrase does not go on; nothing at a comma.
        let plain = tokens("this year, net")
        #expect(vocabulary.phrase(lexicon, at: 1, plain, limit: plain.count, longest: 5).map { "\($0.key) \($0.length)" } == "year 1")
        #expect(vocabulary.phrase(lexicon, at: 2, plain, limit: plain.count, longest: 5) == nil)
        // The limit cuts the phrase short.
        #expect(vocabulary.phrase(lexicon, at: 2, spaced, limit: 3, longest: 5) == nil)
    }
}
