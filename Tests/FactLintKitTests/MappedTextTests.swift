@testable import FactLintKit
import Testing

@Suite("Mapped text")
struct MappedTextTests {
    @Test("bytes copied from the source, and bytes standing for others, map to their source offsets")
    func offsets() {
        let source = Array("ab\r\ncd &amp; e".utf8)
        var text = MappedText()
        text.append(source: source, range: 0..<2)
        // CRLF folded to one space standing for the CR.
        text.append(byte: 0x20, standingFor: 2, sourceEnd: 4)
        text.append(source: source, range: 4..<7)
        // "&amp;" decoded to "&", standing for the whole reference.
        text.append(byte: 0x26, standingFor: 7, sourceEnd: 12)
        text.append(source: source, range: 12..<14)
        #expect(text.string == "ab cd & e")
        #expect((0..<text.count).map(text.sourceOffset(at:)) == [0, 1, 2, 4, 5, 6, 7, 12, 13])
        #expect(text.sourceSpan(of: 3..<5) == SourceSpan(start: 4, end: 6))
        #expect(text.sourceSpan(of: 6..<7) == SourceSpan(start: 7, end: 8))
        #expect(text.sourceSpan(of: 9..<9) == SourceSpan(start: 14, end: 14))
        #expect(text.sourceSpan(of: 2..<2) == SourceSpan(start: 2, end: 2))
    }

    @Test("a reader walking the text gives the offsets a lookup gives, and may go back")
    func reader() {
        let source = Array("one  two\nthree".utf8)
        var text = MappedText()
        text.append(source: source, range: 0..<4)
        text.append(source: source, range: 5..<8)
        text.append(byte: 0x20, standingFor: 8, sourceEnd: 9)
        text.append(source: source, range: 9..<14)
        var reader = MappedText.OffsetReader(text)
        let walked = (0..<text.count).map { reader.sourceOffset(at: $0) }
        #expect(walked == (0..<text.count).map(text.sourceOffset(at:)))
        #expect(walked == [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13])
        #expect(reader.sourceOffset(at: 1) == 1)
        #expect(reader.sourceOffset(at: 12) == 13)
    }

    @Test("texts that map alike are equal however they were built, and trimming keeps the map")
    func canonical() {
        let source = Array("abc def  ".utf8)
        var whole = MappedText()
        whole.append(source: source, range: 0..<7)
        var pieces = MappedText()
        pieces.append(source: source, range: 0..<3)
        pieces.append(byte: 0x20, standingFor: 3, sourceEnd: 4)
        for offset in 4..<7 { pieces.append(byte: source[offset], standingFor: offset, sourceEnd: offset + 1) }
        #expect(whole == pieces)
        var trimmed = MappedText()
        trimmed.append(source: source, range: 0..<3)
        trimmed.append(byte: 0x20, standingFor: 7, sourceEnd: 8)
        trimmed.trimTrailingWhitespace()
        var short = MappedText()
        short.append(source: source, range: 0..<3)
        #expect(trimmed.string == "abc")
        #expect(trimmed.bytes == short.bytes)
        #expect(trimmed.sourceSpan(of: 0..<3) == SourceSpan(start: 0, end: 3))
        // The text after trimming maps its next byte afresh.
        trimmed.append(source: source, range: 3..<5)
        #expect((0..<trimmed.count).map(trimmed.sourceOffset(at:)) == [0, 1, 2, 3, 4])
    }
}
