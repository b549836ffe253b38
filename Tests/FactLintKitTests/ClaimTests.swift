import Testing
@testable import FactLintKit

@Suite("Claims")
struct ClaimTests {
    @Test("the stemmer gives the same stems on its byte path and its character path")
    func stems() {
        let extractor = ClaimExtractor()
        let expected = [
            "bidding": "bid", "bids": "bids", "rises": "rise", "studies": "study", "worried": "worry", "taxes": "taxe",
            "buildings": "build", "staff": "staf", "agreed": "agre", "stayed": "stay", "x": "x", "yyies": "yyie",
            "cities": "citi", "tomatoes": "tomato", "running": "run", "zzzz": "zzz", "fall": "fall",
            // Not ASCII: the character path.
            "cafés": "café", "naïveties": "naïvety", "señoras": "señora",
        ]
        for (word, stem) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(extractor.stem(word) == stem, "\(word)")
        }
    }

    @Test("figures carry value, unit, hedge and the words around them")
    func quantities() {
        let article = ArticleReader().read(bytes: Array("Harbour Budget\n\nThe council approved about 250 mln dlrs for the new harbour wall on Monday.\n".utf8), path: "a.txt")
        let facts = FactExtractor().extract(from: article)
        #expect(facts.claims.map { "\($0.quantity.value) \($0.quantity.unit) \($0.quantity.hedge) '\($0.quantity.text)'" } == [
            "250000000.0 usd about 'about 250 mln dlrs'",
        ])
        #expect(facts.claims.first?.subjectWords == ["council", "approv", "harbour", "wall"])
    }
}
