@testable import FactLintKit
import Testing

@Suite("Quotations and lists")
struct QuotationRuleTests {
    private func findings(_ id: String, _ text: String) throws -> [Finding] {
        let rule = try #require(builtInRules.rule(id))
        return Linter(rules: [rule]).lint(bytes: Array(text.utf8), path: "a.md").findings
    }

    @Test("quote-altered names both changes, marks the later words and relates the earlier")
    func quoteAltered() throws {
        let text = """
        "Every school in the county will reopen on Monday morning," Ms Ada Lane said.

        Lane later told parents: "Every school in the city will reopen on Tuesday morning."
        """
        let found = try findings("quote-altered", text)
        #expect(found.map(\.message) == ["Quotation differs from its earlier version on line 1: 'county' became 'city'; 'Monday' became 'Tuesday'"])
        #expect(found.map(\.location) == [SourceLocation(line: 3, column: 47, endLine: 3, endColumn: 74)])
        #expect(found.first?.related.map(\.location) == [SourceLocation(line: 1, column: 22, endLine: 1, endColumn: 50)])
        #expect(found.first?.related.map(\.message) == ["the earlier version"])
    }

    @Test("a quotation that agrees with one earlier version, or is trimmed at its ends, is not altered")
    func quoteConsistent() throws {
        let text = """
        "Every school in the county will reopen on Monday," Ms Ada Lane said.

        "Every school in the city will reopen on Monday," said a statement from the unions.

        Lane repeated: "Every school in the county will reopen on Monday."

        Lane said "school in the county will reopen" was the plan.
        """
        #expect(try findings("quote-altered", text).map(\.message) == [
            "Quotation differs from its earlier version on line 1: 'county' became 'city'",
        ])
    }

    @Test("counted lists are read only when complete")
    func countedLists() {
        let article = facts("""
        The three finalists are Ana Ames, Ben Brook and Cy Cole. Two banks (Alder and Birch) fell.

        The four nations, including France and Spain, agreed. The 12 members, Ames and Brook, left early.
        """)
        #expect(article.countedLists.map { "\($0.count) \($0.counted): \($0.items.joined(separator: "|"))" } == [
            "3 three finalists: Ana Ames|Ben Brook|Cy Cole",
            "2 Two banks: Alder|Birch",
            "12 12 members: Ames|Brook",
        ])
    }

    @Test("list-count reports the count, what is named, and where")
    func listCount() throws {
        let found = try findings("list-count", "Police named the five suspects: Ann Ames, Bo Brook and Cy Cole.\n")
        #expect(found.map(\.message) == ["'five suspects', but 3 are named: Ann Ames, Bo Brook and Cy Cole"])
        #expect(found.map(\.location) == [SourceLocation(line: 1, column: 18, endLine: 1, endColumn: 31)])
        #expect(found.first?.related.map(\.message) == ["3 named here"])
    }

    @Test("a straight double mark inside a word before 's' or 't' is an apostrophe, not a quotation")
    func straightMarkAsApostrophe() {
        let article = facts("""
        The bank"s chairman said "rates will rise soon" and the fund"s manager didn"t agree.
        """)
        #expect(article.quotations.map(\.text) == ["rates will rise soon"])
        #expect(article.quotations.map(\.span.start) == [26])
    }

    @Test("a quotation left open when the speaker's next one opens ends there, and the marks after it keep their sides")
    func runOnQuotations() {
        let article = facts("""
        "The pier is safe. "We checked every beam last week," Ms Ada Lane said. She added: "Nothing was rotten."
        """)
        #expect(article.quotations.map(\.text) == ["The pier is safe.", "We checked every beam last week", "Nothing was rotten."])
        #expect(article.quotations.map(\.speaker) == [nil, "Ada Lane", "Ada Lane"])
    }

    @Test("a quotation left open across a sentence end stops there when a mark opens another further on")
    func quotationLeftOpenAcrossSentences() {
        let article = facts("""
        Ms Ada Lane said the delays were "only a tenth of the problem. Dr Tom Brannock said staff wanted calm after "a decade of reform". Nobody disagreed.
        """)
        #expect(article.quotations.map(\.text) == ["only a tenth of the problem.", "a decade of reform"])
        #expect(article.quotations.map(\.speaker) == ["Ada Lane", "Tom Brannock"])
    }

    @Test("a quotation left open keeps every sentence up to the mark that opens the next one")
    func quotationLeftOpenKeepsItsSentences() {
        let article = facts("""
        Ms Ada Lane said: "We checked the pier. "That is our job. And we will not be rushed, by anyone. "The beams are sound."
        """)
        #expect(article.quotations.map(\.text) == ["We checked the pier.", "That is our job. And we will not be rushed, by anyone.", "The beams are sound."])
        // A sentence opening with two capitalised words reads as the writer's: the quotation
        // left open ends before it.
        let narrated = facts("""
        Ms Ada Lane said: "We checked the pier. Mr Tom Brannock was not convinced, saying the beams were old. "They are sound," she said.
        """)
        #expect(narrated.quotations.map(\.text) == ["We checked the pier.", "They are sound"])
    }

    @Test("the subject of a speech verb speaks, not the person spoken to or of; a pronoun after a sentence naming one person is that person")
    func speakerIsTheSubjectOfTheSpeechVerb() {
        let told = facts("""
        Mr Karl Tollard told Sir Ian Brannock: "This is a hard week for you."
        """)
        #expect(told.quotations.map(\.speaker) == ["Karl Tollard"])
        let spokenOf = facts("""
        Mayor Ada Kestrova said Mr Rolf Vantor was "a fair and patient colleague".
        """)
        #expect(spokenOf.quotations.map(\.speaker) == ["Ada Kestrova"])
        let pronoun = facts("""
        "The fees will rise," Ada Kestrova said. Rolf Vantor ran the port until 1990. In a letter he wrote: "The fees are too high."
        """)
        #expect(pronoun.quotations.map(\.speaker) == ["Ada Kestrova", "Rolf Vantor"])
    }

    @Test("straight marks nested in a quotation, after a colon or as inch marks keep names inside the quotation")
    func straightMarkShapes() {
        let nested = facts("""
        "They called it "a fair budget" and Energy Minister Wilson agreed with them," Ann Pike said.
        """)
        #expect(nested.quotations.map(\.text) == ["They called it \"a fair budget\" and Energy Minister Wilson agreed with them"])
        #expect(nested.quotations.map(\.speaker) == ["Ann Pike"])
        let colon = facts("""
        Ann Pike replied:"...and Energy Minister Wilson should resign," she said.
        """)
        #expect(colon.quotations.map(\.text) == ["...and Energy Minister Wilson should resign"])
        let inches = facts("""
        The coach said the 5'10" winger was "very quick," and Ann Pike agreed.
        """)
        #expect(inches.quotations.map(\.text) == ["very quick"])
    }

    @Test("single marks inside a quotation are a quotation of their own, with its quoter")
    func innerQuotation() {
        let article = facts("""
        "Calling it 'a fairer deal for every landlord' was a slip," Councillor Ray Dunn said.
        """)
        #expect(article.quotations.map(\.text) == ["Calling it 'a fairer deal for every landlord' was a slip", "a fairer deal for every landlord"])
        #expect(article.quotations.map(\.isInner) == [false, true])
        #expect(article.quotations.map(\.quotedByKey) == [nil, "dunn"])
    }
}
