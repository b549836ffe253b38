import FactLintKit
import FactLintLSP
import Testing

/// The pieces the language server and the HTTP service stand on: JSON from clients, UTF-16
/// positions, message frames, cancellation.
@Suite("Protocol support")
struct ProtocolSupportTests {
    @Test("JSON values read with escapes, surrogate pairs and numbers, and write back sorted")
    func jsonRoundTrip() throws {
        let value = try JSONTree.parse(Array(#"{"b": [1, -2.5, 3e2, true, false, null], "a": "Zo\u00eb \ud83c\udf89 \"q\" \\ \/", "c": {}}"#.utf8))
        #expect(value["a"] == "Zoë 🎉 \"q\" \\ /")
        #expect(value["b"] == [1, .number(-2.5), 300, true, false, nil])
        #expect(value.serialized() == #"{"a":"Zoë 🎉 \"q\" \\ /","b":[1,-2.5,300,true,false,null],"c":{}}"#)
        // An unpaired surrogate reads as U+FFFD rather than failing the request.
        #expect(try JSONTree.parse(Array(#""\ud800x""#.utf8)) == "\u{FFFD}x")
    }

    @Test("bad JSON is refused with where; deep nesting is refused before it can exhaust the stack")
    func jsonErrors() {
        func offset(_ bytes: [UInt8]) -> Int? {
            do {
                _ = try JSONTree.parse(bytes)
                return nil
            } catch {
                return error.offset
            }
        }
        #expect(offset(Array("{\"a\": 1} x".utf8)) == 9)
        #expect(offset(Array(String(repeating: "[", count: 200_000).utf8)) == JSONParser.maximumDepth)
        #expect(offset(Array("{\"a\": NaN}".utf8)) == 6)
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
