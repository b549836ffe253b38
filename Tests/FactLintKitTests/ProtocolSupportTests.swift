import FactLintKit
import FactLintLSP
import Testing

/// The pieces the language server and the HTTP service stand on: JSON from clients, UTF-16
/// positions, message frames, cancellation.
@Suite("Protocol support")
struct ProtocolSupportTests {
    @Test("JSON values read with escapes, surrogate pairs and numbers, and write back sorted")
    func jsonRoundTrip() throws {
        let value = try JSONValue.parse(Array(#"{"b": [1, -2.5, 3e2, true, false, null], "a": "Zo\u00eb \ud83c\udf89 \"q\" \\ \/", "c": {}}"#.utf8))
        #expect(value["a"] == "Zoë 🎉 \"q\" \\ /")
        #expect(value["b"] == [1, .number(-2.5), 300, true, false, nil])
        #expect(value.serialized() == #"{"a":"Zoë 🎉 \"q\" \\ /","b":[1,-2.5,300,true,false,null],"c":{}}"#)
        // An unpaired surrogate reads as U+FFFD rather than failing the request.
        #expect(try JSONValue.parse(Array(#""\ud800x""#.utf8)) == "\u{FFFD}x")
    }

    @Test("bad JSON is refused with what and where: invalid UTF-8, depth, control characters, trailing data")
    func jsonErrors() {
        func message(_ bytes: [UInt8], depth: Int = 64) -> String {
            do {
                _ = try JSONValue.parse(bytes, maximumDepth: depth)
                return "parsed"
            } catch {
                return error.description
            }
        }
        #expect(message(Array(#"{"title": "caf"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)) == "invalid UTF-8 (byte 0xC3) at line 1, column 15")
        #expect(message(Array(String(repeating: "[", count: 65).utf8)) == "the JSON is nested more than 64 levels deep at line 1, column 65")
        #expect(message(Array(String(repeating: "[", count: 200_000).utf8), depth: 64).hasPrefix("the JSON is nested more than 64"))
        #expect(message(Array("{\"a\": \"x\ny\"}".utf8)) == "a control character (U+000A) inside a string; write it as an escape at line 1, column 9")
        #expect(message(Array("{\"a\": 1} x".utf8)) == "unexpected 'x' after the end of the JSON value at line 1, column 10")
        #expect(message(Array("{\"a\" 1}".utf8)) == "expected ':' after the key \"a\", found '1' at line 1, column 6")
        #expect(message(Array("{\n  \"a\": tru}".utf8)) == "unexpected 't' where a value was expected at line 2, column 8")
        #expect(message(Array("\"abc".utf8)) == "a string that opens here is not closed at line 1, column 1")
        #expect(message([]) == "the JSON ends where a value was expected at line 1, column 1")
        #expect(message(Array("[01]".utf8)) == "expected ',' or ']' in an array, found '1' at line 1, column 3")
    }

    @Test("UTF-16 positions: emoji count two, accents one, a BOM one; offsets round-trip; past the end clamps")
    func utf16Positions() {
        let text = SourceText("\u{FEFF}Zoë 🎉 x\r\nnext é line\nlast")
        // "\u{FEFF}Zoë 🎉 " is 1 + 3 + 1 + 2 + 1 = 8 code units.
        let x = text.bytes.firstIndex(of: UInt8(ascii: "x"))!
        #expect(text.utf16Position(ofOffset: x) == (0, 8))
        #expect(text.offset(utf16Line: 0, character: 8) == x)
        let line = text.bytes.firstIndex(of: UInt8(ascii: "l"))!
        #expect(text.utf16Position(ofOffset: line) == (1, 7))
        #expect(text.offset(utf16Line: 1, character: 7) == line)
        // Past the end of a line: the end of the line, before CRLF.
        #expect(text.offset(utf16Line: 0, character: 99) == x + 1)
        // Inside the surrogate pair of 🎉 (characters 5 and 6): the scalar's start.
        let party = text.bytes.firstIndex(of: 0xF0)!
        #expect(text.offset(utf16Line: 0, character: 6) == party)
        #expect(text.offset(utf16Line: 9, character: 0) == text.bytes.count)
        #expect(text.utf16Position(ofOffset: text.bytes.count) == (2, 4))
    }

    @Test("frames: split anywhere, several in one read, extra headers, a bad header skipped")
    func frames() {
        var framer = MessageFramer()
        let one = MessageFramer.frame(#"{"a":"é"}"#)
        let two = Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n[]".utf8)
        var items: [MessageFramer.Item] = []
        for byte in one + two { items += framer.append([byte]) }
        #expect(items == [.message(Array(#"{"a":"é"}"#.utf8)), .message(Array("[]".utf8))])
        #expect(framer.append(Array("X: 1\r\n\r\n".utf8) + MessageFramer.frame("{}")) == [
            .badHeader("a message without a valid Content-Length: \"X: 1\""), .message(Array("{}".utf8)),
        ])
    }

    @Test("a cancelled lint stops and reports nothing; a deadline in the past counts as cancelled")
    func cancellation() {
        let linter = Linter(rules: builtInRules.rules)
        let text = Array("---\ndate: 2024-05-15\n---\n\nThey met on Friday, May 9.\n".utf8)
        #expect(linter.lint(bytes: text, path: "a.md").findings.map(\.ruleID) == ["weekday-mismatch"])
        let cancelled = LintCancellation()
        cancelled.cancel()
        #expect(linter.lint(bytes: text, path: "a.md", cancellation: cancelled).findings.isEmpty)
        let expired = LintCancellation(deadline: PhaseTimings.now() - 1)
        #expect(expired.isCancelled && expired.timedOut)
        #expect(linter.lint(bytes: text, path: "a.md", cancellation: expired).findings.isEmpty)
    }

    @Test("file URIs: percent-encoding both ways; other schemes have no path")
    func uris() {
        #expect(DocumentURI.path(of: "file:///home/ana/caf%C3%A9%20news.md") == "/home/ana/café news.md")
        #expect(DocumentURI.path(of: "file://localhost/tmp/a.md") == "/tmp/a.md")
        #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
        #expect(DocumentURI.uri(ofPath: "/home/ana/café news.md") == "file:///home/ana/caf%C3%A9%20news.md")
    }
}
