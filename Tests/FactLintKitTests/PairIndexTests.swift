@testable import FactLintKit
import Testing

@Suite("Candidate pairs by shared keys")
struct PairIndexTests {
    @Test("name runs meet the later runs with the same words but one, or whose opening they share")
    func nameRuns() {
        let candidates = NameRunCandidates([
            ["Federal", "Reserve", "Ban"],
            ["Federal", "Reserve", "Bank", "of", "St.", "Louis"],
            ["Karen", "L.", "Ostrander"],
            ["Karen", "M.", "Ostrander"],
            ["Tim", "Varden"],
            ["Tom", "Varden"],
            ["Federal", "Reserve"],
        ])
        #expect((0..<7).map { candidates.later(than: $0) } == [[1, 6], [6], [3], [], [5], [], []])
    }

    @Test("quotations meet the earlier ones with the same words, or sharing an opening stretch")
    func quotations() {
        var index = QuotationWordIndex(window: 3)
        index.append([1, 2, 3, 4, 5])
        index.append([9, 9])
        index.append([3, 4, 5, 6])
        index.append([7, 1, 2, 3, 4, 5, 8])
        index.append([1, 1, 1, 1])
        #expect(index.count == 5)
        #expect(index.candidates(for: [9, 9]) == [1])
        #expect(index.candidates(for: [2, 3, 4]) == [0, 3])
        #expect(index.candidates(for: [1, 2, 3, 4, 5, 6]) == [0, 2, 3])
        #expect(index.candidates(for: [1, 1, 1]) == [4])
        #expect(index.candidates(for: [5, 5, 5]) == [])
        #expect(index.candidates(for: [9]) == [])
    }

    @Test("letter bits: close spellings share all but four letters; words not in ASCII are never ruled out")
    func letterBits() {
        #expect(SpellingSimilarity.letterBits("Ab-") == UInt64(1) << 33 | UInt64(1) << 34 | UInt64(1) << 45)
        #expect(SpellingSimilarity.letterBits("Élan") == nil)
        let pairs = [("Vandermolens", "Vandrmolens"), ("Cavanagh", "Kavanagh"), ("Castellan", "Castelan"), ("Sanders", "Simpson"), ("Élan", "Alan")]
        #expect(pairs.map { SpellingSimilarity.mayBeClose(SpellingSimilarity.letterBits($0.0), SpellingSimilarity.letterBits($0.1)) }
                == [true, true, true, false, true])
        #expect(pairs.map { SpellingSimilarity.isClose($0.0, $0.1) } == [true, true, true, false, false])
    }

    @Test("stated numbers: figures and number words before a place, within 1e-9, loose words aside")
    func statedNumbers() throws {
        let article = facts("A unit of two firms sold 1,200 cars and 0.5 tonnes.\n")
        let stated = StatedNumbers(article.tokens, numberWords: article.lexicons["number-words"], loose: article.lexicons["loose-number-words"])
        let two = try #require(article.tokens.firstIndex { $0.text == "two" })
        let end = article.tokens.count
        #expect([stated.isStated(2, before: two), stated.isStated(2, before: two + 1)] == [false, true])
        #expect([1200, 1200.0000000001, 1200.00001, 0.5, 1, 3].map { stated.isStated($0, before: end) } == [true, true, false, true, false, false])
        #expect([Double.infinity, .nan].map { stated.isStated($0, before: end) } == [false, false])
    }

    /// Seventy made-up words of four letters, "Kaaa" to "Kacr", none close to another.
    private func filler(_ initial: String) -> [String] {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return (0..<70).map { "\(initial)a\(letters[$0 / 26])\(letters[$0 % 26])" }
    }

    @Test("among many name runs (the index), a changed middle initial still joins two spellings")
    func manyRuns() {
        // 70 runs of two words that share no word, then the two of one name.
        let text = zip(filler("K"), filler("Z")).map { "\($0) \($1) rose." }.joined(separator: " ")
            + " Judge Karen L. Ostrander ruled. Later, Judge Karen M. Ostrander set a hearing.\n"
        let variants = facts(text).names.filter { $0.evidence != nil }.map { cluster in
            "\(cluster.kind.rawValue) \(cluster.evidence!.rawValue): " + cluster.spellings.map { "\($0.text) x\($0.count)" }.joined(separator: " / ")
        }
        #expect(variants == ["person middle-initial: Karen L. Ostrander x1 / Karen M. Ostrander x1"])
    }

    @Test("among many quotations (the index), words said by one person are found inside another's")
    func manyQuotations() throws {
        let rule = try #require(builtInRules.rule("repeated-quote"))
        let text = filler("K").map { "\"The plan for \($0) is on time,\" Mayor Anna Berg said." }.joined(separator: "\n\n") + """


        "She was kind and brave. She never once gave up on this town," said Mayor Anna Berg.

        Her neighbour Tom Reyes said: "She never once gave up on this town."

        """
        #expect(facts(text).quotations.count >= QuoteAttributionCheck.indexedQuotations)
        let report = Linter(rules: [rule]).lint(bytes: Array(text.utf8), path: "a.md")
        #expect(report.findings.map { "\($0.location.line) \($0.message)" } == ["143 These words are attributed to Tom Reyes here but to Anna Berg on line 141"])
    }

    @Test("the name clusterer shares the post ontology the people layer built")
    func sharedOntology() {
        let extractor = FactExtractor()
        #expect(extractor.nameClusterer.ontology === extractor.personExtractor.ontology)
        // Built on its own, a clusterer makes its own.
        #expect(NameClusterer().ontology !== extractor.personExtractor.ontology)
    }

    @Test("a run too long to key is a candidate for every pair it is in")
    func longRuns() {
        let long = ["Federal", "Reserve", "Bank"] + (0..<20).map { "W\($0)" }
        let candidates = NameRunCandidates([["Federal", "Reserve", "Ban"], ["Alpha", "Beta"], long, ["Gamma", "Delta"], ["Alpha", "Beta", "Gamma"]])
        #expect(candidates.later(than: 0) == [2])
        #expect(candidates.later(than: 1) == [2, 4])
        #expect(candidates.later(than: 2) == [3, 4])
        #expect(candidates.later(than: 3) == [])
    }

    @Test("close words share a deletion key: every pair within two edits is a candidate")
    func closeWords() {
        // A small alphabet, so that many pairs are close: each pair within two edits (as the
        // name layer counts them) must be a candidate, both ways.
        var generator = SeededGenerator(seed: 7)
        let words = (0..<300).map { _ in "K" + String((0..<Int.random(in: 4...8, using: &generator)).map { _ in "abcd".randomElement(using: &generator)! }) }
        let unique = Array(Set(words)).sorted()
        let candidates = CloseWordCandidates(unique)
        for a in unique.indices {
            let found = Set(candidates.candidates(for: a))
            #expect(!found.contains(a))
            for b in unique.indices where b != a && SpellingSimilarity.distance(unique[a], unique[b]) <= 2 {
                #expect(found.contains(b), "\(unique[a]) and \(unique[b]) are within two edits")
            }
        }
        let fixed = CloseWordCandidates(["Crosbie", "Cresbie", "Crsobie", "Crosibie", "Cathedral"])
        #expect(fixed.candidates(for: 0) == [1, 2, 3])
        #expect(fixed.candidates(for: 4) == [])
    }

    @Test("among many words of one initial (the index), a name spelt two ways is still found")
    func manyWords() {
        // 70 words of four letters with one initial (too short to be close to each other).
        let text = filler("K").map { "\($0) rose." }.joined(separator: " ")
            + " Mr Korsby spoke. Mr Korsby left. Then Mr Kersby returned.\n"
        let variants = facts(text).names.filter { $0.evidence != nil }.map { cluster in
            "\(cluster.kind.rawValue) \(cluster.evidence!.rawValue): " + cluster.spellings.map { "\($0.text) x\($0.count)" }.joined(separator: " / ")
        }
        #expect(variants == ["person spelling: Korsby x2 / Kersby x1"])
    }
}
