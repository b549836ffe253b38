@testable import FactLintKit
import Testing

@Suite("Spelling tables")
struct SpellingTableTests {
    @Test("ASCII spellings are found by their bytes; other words are left to the dictionary")
    func lookups() {
        let table = SpellingTable(["ago": "ago", "per share": "per-share", "": "empty", "été": "summer", "year-ago": "year-ago"])
        #expect(table.lookup("ago") == (true, "ago"))
        #expect(table.lookup("per share") == (true, "per-share"))
        #expect(table.lookup("year-ago") == (true, "year-ago"))
        #expect(table.lookup("") == (true, "empty"))
        #expect(table.lookup("agog") == (true, nil))
        #expect(table.lookup("Ago") == (true, nil))
        // Beyond ASCII the table does not answer: canonically equal strings can differ in bytes.
        #expect(table.lookup("été") == (false, nil))
        #expect(table.lookup("e\u{301}te\u{301}") == (false, nil))
    }

    @Test("a table finds every one of many spellings, and nothing else")
    func many() {
        var spellings: [String: Int] = [:]
        for index in 0..<5_000 { spellings["w\(index)"] = index }
        let table = SpellingTable(spellings)
        for index in 0..<5_000 { #expect(table.lookup("w\(index)").value == index) }
        for index in 5_000..<5_100 { #expect(table.lookup("w\(index)").value == nil) }
    }

    @Test("a lexicon answers the same through its table as through its dictionary")
    func lexicon() {
        let lexicon = Lexicon(name: "t", keysBySpelling: ["may": "5", "mai": "5", "été": "summer", "year-ago": "year-ago"], source: "test")
        #expect(lexicon.key(for: "May") == "5")
        #expect(lexicon.key(lowercased: "mai") == "5")
        #expect(lexicon.key(for: "ÉTÉ") == "summer")
        #expect(lexicon.key(lowercased: "été") == "summer")
        #expect(lexicon.key(for: "June") == nil)
        #expect(lexicon.isPhrasePrefix("year-"))
        #expect(lexicon.mayStartPhrase("year"))
        var merged = lexicon
        merged.merge(Lexicon(name: "t", keysBySpelling: ["june": "6"], source: "house"))
        #expect(merged.key(for: "June") == "6")
        #expect(lexicon.key(for: "June") == nil)
        #expect(merged != lexicon)
    }
}
