@testable import FactLintKit
import Testing

@Suite("Tokens")
struct TokenTests {
    private func tokens(_ text: String) -> [Token] {
        var mapped = MappedText()
        mapped.append(source: Array(text.utf8), range: 0..<text.utf8.count)
        return Tokenizer.tokenize(mapped, block: 0)
    }

    @Test("a punctuation token carries its scalar; words and numbers carry none")
    func marks() {
        let found = tokens("\u{201C}Élan,\u{201D} said O'Brien (U.S.) \u{2013} 4,000.")
        #expect(found.map(\.text) == ["\u{201C}", "Élan", ",", "\u{201D}", "said", "O'Brien", "(", "U.S", ".", ")", "\u{2013}", "4,000", "."])
        #expect(found.map(\.mark) == [0x201C, 0, 0x2C, 0x201D, 0, 0, 0x28, 0, 0x2E, 0x29, 0x2013, 0, 0x2E])
        #expect(found[2].isMark(","))
        #expect(!found[2].isMark("."))
        #expect(found[10].isMark("\u{2013}"))
        // A word is never a mark, even one that spells like one.
        #expect(!found[4].isMark("s"))
    }

    @Test("a mark is tested against several at once, and the Greek question mark is a semicolon")
    func markSets() {
        let found = tokens("Vote; no\u{037E} yes \u{2014} done' it\u{2019}")
        #expect(found.map(\.text) == ["Vote", ";", "no", "\u{037E}", "yes", "\u{2014}", "done", "'", "it", "\u{2019}"])
        #expect(found[1].isMark(anyOf: ",;:"))
        // U+037E is canonically ";" (the two are equal as Strings), so it is read as one.
        #expect(found[3].mark == 0x3B)
        #expect(found[3].isMark(";"))
        #expect(found[5].isMark(anyOf: "\u{2013}\u{2014}"))
        #expect(!found[5].isMark(anyOf: ",;:"))
        #expect(found[7].isApostrophe && found[9].isApostrophe)
        #expect(!found[0].isMark(anyOf: "Vote") && !found[1].isApostrophe)
        // A token made from its text, not by the tokenizer, reads the same.
        let made = Token(block: 0, range: 0..<2, kind: .punctuation, text: "\u{037E}", lower: "\u{037E}", spaceBefore: false)
        #expect(made.mark == 0x3B)
    }

    @Test("capitals are read once, beyond ASCII too")
    func capitals() {
        let found = tokens("Élan élan Zoë zoë 2024 ,")
        #expect(found.map(\.isCapitalized) == [true, false, true, false, false, false])
    }

    /// 80 since the word classes became two machine words (``WordClasses``); the instructions per
    /// article did not move, and a 600-word article's tokens grew by about 8 KB.
    @Test("a token's fields fit one 80-byte stride")
    func stride() {
        #expect(MemoryLayout<Token>.stride == 80)
    }
}
