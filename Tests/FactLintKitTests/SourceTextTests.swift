import FactLintKit
import Testing

@Suite("Source locations")
struct SourceTextTests {
    @Test("columns count Unicode scalars, so emoji and accents do not shift them")
    func scalarColumns() {
        let source = SourceText("Café 👍🏽 ok\nnext")
        // "ok" starts after C,a,f,é,space,👍,🏽,space = 8 scalars.
        let offset = Array("Café 👍🏽 ".utf8).count
        #expect(source.position(ofOffset: offset) == (line: 1, column: 9))
        let next = Array("Café 👍🏽 ok\n".utf8).count
        #expect(source.position(ofOffset: next) == (line: 2, column: 1))
    }

    @Test("combining marks are scalars of their own")
    func combiningMarks() {
        // "e" + COMBINING ACUTE ACCENT is two scalars.
        let source = SourceText("Cafe\u{301} x")
        let offset = Array("Cafe\u{301} ".utf8).count
        #expect(source.position(ofOffset: offset).column == 7)
    }

    @Test("CRLF and lone CR end lines without adding a column")
    func lineEndings() {
        let source = SourceText("one\r\ntwo\rthree\nfour")
        #expect(source.lineStarts == [0, 5, 9, 15])
        #expect(source.lineText(1) == "one")
        #expect(source.lineText(2) == "two")
        #expect(source.position(ofOffset: 9) == (line: 3, column: 1))
        #expect(source.position(ofOffset: 11) == (line: 3, column: 3))
    }

    @Test("a byte-order mark is not a column")
    func byteOrderMark() {
        let source = SourceText(rawBytes: [0xEF, 0xBB, 0xBF] + Array("Hi there".utf8))
        #expect(source.byteOrderMarkLength == 3)
        #expect(source.position(ofOffset: 3) == (line: 1, column: 1))
        #expect(source.position(ofOffset: 6) == (line: 1, column: 4))
        #expect(source.lineText(1) == "Hi there")
    }

    @Test("a tab is one column")
    func tabs() {
        let source = SourceText("\tword")
        #expect(source.position(ofOffset: 1).column == 2)
    }

    @Test("invalid UTF-8 becomes one replacement character per bad sequence and columns stay right")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("ab".utf8) + [0xFF, 0xFE] + Array(" cd".utf8)
        let source = SourceText(rawBytes: bytes)
        #expect(source.hadInvalidUTF8)
        #expect(source.lineText(1) == "ab\u{FFFD}\u{FFFD} cd")
        let offset = Array("ab\u{FFFD}\u{FFFD} ".utf8).count
        #expect(source.position(ofOffset: offset).column == 6)
    }

    @Test("calendar arithmetic knows weekdays and leap years")
    func calendar() {
        #expect(CalendarDate(year: 2024, month: 5, day: 15).weekday == 3)  // Wednesday
        #expect(CalendarDate(year: 1987, month: 3, day: 9).weekday == 1)   // Monday
        #expect(CalendarDate(year: 2024, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 2023, month: 2, day: 29).isValid)
        let date = CalendarDate(year: 2000, month: 2, day: 28)
        #expect(date.adding(days: 1) == CalendarDate(year: 2000, month: 2, day: 29))
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }
}
