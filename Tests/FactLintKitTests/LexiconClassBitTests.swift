@testable import FactLintKit
import Testing

/// A word token is asked about a lexicon by the lexicon's class bit (``Lexicon/contains(_:_:)``),
/// not by hashing its text. These hold the two answers equal, including for a newsroom's
/// additions to a built-in lexicon and for lexicons that have no bit.
@Suite("Lexicon membership by class bit")
struct LexiconClassBitTests {
    static let newsroomYAML = """
    lexicon: modal-words
    words: [oughta]
    ---
    lexicon: house-desk-words
    classes: false
    words: [stringer, copy]
    ---
    lexicon: house-beats
    words: [harbour, council, tollard]
    """

    func articleSet() throws -> LexiconSet {
        var set = LexiconSet.builtIn
        for lexicon in try LexiconSet.parse(yaml: Self.newsroomYAML, source: "house.yml") { set.add(lexicon) }
        return set
    }

    @Test("every token of an article gets the same answer by bit as by its lowercase form")
    func bitAgreesWithLookup() throws {
        let set = try articleSet()
        let text = "Tollard Harbour Council\n\nThe council said on Monday it oughta vote on the harbour wall, a stringer "
            + "for the copy desk wrote. Officials will meet again in 2027 and 3 of 12 members were absent.\n"
        let facts = FactExtractor(lexicons: set).extract(from: ArticleReader().read(bytes: Array(text.utf8), path: "a.md"))
        var asked = 0
        for name in ["modal-words", "house-desk-words", "house-beats", "function-words", "date-prepositions", "tense-cues"] {
            let lexicon = set[name]
            for index in facts.tokens.indices {
                let byBit = lexicon.contains(facts.tokens, index)
                #expect(byBit == lexicon.contains(lowercased: facts.tokens[index].lower), "\(name): '\(facts.tokens[index].text)'")
                #expect(lexicon.key(facts.tokens, index) == lexicon.key(lowercased: facts.tokens[index].lower))
                if byBit { asked += 1 }
            }
        }
        // The newsroom's additions are found: "oughta" (merged into a built-in lexicon), "stringer"
        // and "copy" (a lexicon without a bit), "harbour", "council" and "tollard".
        #expect(set["modal-words"].contains(facts.tokens, facts.tokens.firstIndex { $0.lower == "oughta" }!))
        #expect(set["house-desk-words"].classBit == 0)
        #expect(set["house-beats"].classBit != 0)
        #expect(asked > 10)
    }

    @Test("a changed lexicon, or one taken from another set, keeps no bit that no longer fits")
    func bitIsDroppedWhenItNoLongerFits() throws {
        let builtIn = LexiconSet.builtIn["modal-words"]
        #expect(builtIn.classBit != 0)
        var changed = builtIn
        changed.merge(Lexicon(name: "modal-words", keysBySpelling: ["gonna": "gonna"], source: "test"))
        #expect(changed.classBit == 0)
        // Alone in a new set it takes that set's first bit, whatever it had in the built-in set.
        var fresh = LexiconSet()
        fresh.add(builtIn)
        #expect(fresh["modal-words"].classBit == fresh.mask("modal-words"))
        #expect(fresh.mask("modal-words") != 0)
    }
}
