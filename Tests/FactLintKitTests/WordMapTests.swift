@testable import FactLintKit
import Testing

@Suite("Word maps")
struct WordMapTests {
    @Test("a word maps to its value; words of another first letter or length are turned away")
    func lookups() {
        let map = WordMap(["ago": "ago", "earlier": "earlier", "été": "summer"])
        #expect(map["ago"] == "ago")
        #expect(map["earlier"] == "earlier")
        #expect(map["été"] == "summer")
        #expect(map["agog"] == nil)
        #expect(map["age"] == nil)
        #expect(map["Ago"] == nil)
        #expect(map[""] == nil)
    }
}
