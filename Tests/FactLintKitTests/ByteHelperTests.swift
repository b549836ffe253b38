@testable import FactLintKit
import Testing

/// The byte tests that stand in for Unicode-aware String calls on the extractors' hot paths: each
/// must answer as the String call does for the words of an article.
@Suite("Byte helpers")
struct ByteHelperTests {
    @Test("an ASCII suffix is compared byte for byte, as hasSuffix compares a word's letters")
    func asciiSuffix() {
        #expect("reported".hasASCIISuffix("ed"))
        #expect("agreed".hasASCIISuffix("ed"))
        #expect("agreed".hasASCIISuffix("eed"))
        #expect(!"red".hasASCIISuffix("eed"))
        #expect(!"d".hasASCIISuffix("ed"))
        #expect("ed".hasASCIISuffix("ed"))
        #expect(!"".hasASCIISuffix("s"))
        #expect("café".hasASCIISuffix("") && !"café".hasASCIISuffix("e"))
        // A long string (not stored inline) and one beyond ASCII.
        #expect("internationalisationed".hasASCIISuffix("ed"))
        #expect("économisés".hasASCIISuffix("s"))
        for word in ["walked", "needed", "speed", "sped", "Ed", "b\u{301}ed", "ed\u{301}"] {
            #expect(word.hasASCIISuffix("ed") == word.hasSuffix("ed"), "\(word)")
        }
    }

    @Test("one Character: one byte, or one grapheme beyond ASCII; two ASCII letters never")
    func oneCharacter() {
        #expect("W".isOneCharacter)
        #expect("é".isOneCharacter)
        #expect("e\u{301}".isOneCharacter)
        #expect("日".isOneCharacter)
        #expect(!"".isOneCharacter)
        #expect(!"Wu".isOneCharacter)
        #expect(!"éa".isOneCharacter)
        #expect(!"ae\u{301}".isOneCharacter)
    }

    @Test("ASCII pieces are split(separator:)'s pieces; text beyond ASCII is left to it")
    func asciiPieces() {
        for text in ["", "chief executive", " chief  executive ", "a", "  ", "finance + economy minister", "+a++b+"] {
            for separator in [UInt8(ascii: " "), UInt8(ascii: "+")] {
                let expected = text.split(separator: Character(UnicodeScalar(separator))).map(String.init)
                #expect(text.asciiPieces(separatedBy: separator) == expected, "\(text)")
            }
        }
        #expect("premier ministre délégué".asciiPieces(separatedBy: 0x20) == nil)
    }

    @Test("a string is ASCII when no byte is 0x80 or above")
    func ascii() {
        #expect("Reuters 2024".isASCII)
        #expect("".isASCII)
        #expect(!"Zürich".isASCII)
    }
}
