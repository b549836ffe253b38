import FactLintKit
import Testing

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    let splitter = SentenceSplitter(lexicons: .builtIn)

    func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return splitter.split(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test("news abbreviations do not end sentences", arguments: [
        "Gen. Arvid Solbakk and Gov. Larry Hogan met Lt. Col. Smith.",
        "Mr. Smith left Acme Inc. on Jan. 10 at 9 a.m. sharp.",
        "The U.S. Treasury said so in Sept. 1987.",
        "Sales rose to $1.4 million from $1.2 million.",
        "President William P. Doyle signed it.",
        "He said the figure was 3.5 pct.",
    ])
    func noSplit(text: String) {
        #expect(split(text) == [text])
    }

    @Test("sentences end where a capitalised sentence starts")
    func splits() {
        #expect(split("It rose. Then it fell.") == ["It rose.", "Then it fell."])
        #expect(split("He lives in the U.S. He works there.") == ["He lives in the U.S.", "He works there."])
        #expect(split("It closed at 6 p.m. The next day it opened.") == ["It closed at 6 p.m.", "The next day it opened."])
        #expect(split("Shares of Acme Co. It said so.") == ["Shares of Acme Co.", "It said so."])
    }

    @Test("a quotation that ends a sentence keeps its closing mark")
    func quotes() {
        #expect(split("She said, \u{201C}We won.\u{201D} Then she left.") == ["She said, \u{201C}We won.\u{201D}", "Then she left."])
        #expect(split("\"We won,\" she said. \"Again.\"") == ["\"We won,\" she said.", "\"Again.\""])
        #expect(split("\"We won.\" she said.") == ["\"We won.\" she said."])
    }

    @Test("ellipses run on before lower case and end before a new sentence")
    func ellipses() {
        #expect(split("He paused... and then spoke.") == ["He paused... and then spoke."])
        #expect(split("It ended.... Nobody spoke.") == ["It ended....", "Nobody spoke."])
    }

    @Test("question and exclamation marks")
    func marks() {
        #expect(split("Who knew? Nobody did!") == ["Who knew?", "Nobody did!"])
        #expect(split("She works at Yahoo! in sales.") == ["She works at Yahoo! in sales."])
    }

    @Test("numbered items run into one paragraph are split")
    func lists() {
        #expect(split("1. Ask first 2. Then write") == ["1. Ask first", "2. Then write"])
        #expect(split("1. Ask first.") == ["1. Ask first."])
    }

    @Test("a trailing fragment without letters stays with its sentence")
    func fragment() {
        #expect(split("The forces surrendered. -") == ["The forces surrendered. -"])
    }
}
