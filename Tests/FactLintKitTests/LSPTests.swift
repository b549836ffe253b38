import FactLintKit
import Foundation
import Testing

/// `factlint lsp` driven over pipes with real JSON-RPC frames, as an editor drives it.
@Suite("Language server")
struct LSPTests {
    /// Accents and emoji before the span, so UTF-16 positions differ from bytes and from scalars:
    /// "Zoë Ñúñez 👩‍🍳 opened the café on " is 35 UTF-16 code units (👩‍🍳 is five).
    static let article = """
    ---
    title: Café owners rally
    date: 2024-05-15
    ---

    Zoë Ñúñez 👩‍🍳 opened the café on Thursday, May 9, and the queue ran round the block.

    """

    static let uri = "file:///newsroom/caf%C3%A9.md"

    static func open(_ client: LSPClient, uri: String = LSPTests.uri, text: String = LSPTests.article, language: String = "markdown") {
        client.notify("textDocument/didOpen", ["textDocument": [
            "uri": .string(uri), "languageId": .string(language), "version": 1, "text": .string(text),
        ]])
    }

    static func change(_ client: LSPClient, uri: String = LSPTests.uri, version: Int, _ changes: [JSONTree]) {
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": .array(changes),
        ])
    }

    static let mismatch: JSONTree = [
        "range": lspRange(5, 35, 5, 48), "severity": 1, "code": "weekday-mismatch", "source": "factlint",
        "message": "'Friday' does not match May 9, 2024, a Thursday",
    ]

    @Test("initialize answers the capabilities: UTF-16 positions, incremental sync, save, quick fixes")
    func initialize() throws {
        let client = try LSPClient()
        let result = try client.initialize(root: URL(fileURLWithPath: "/newsroom"))
        #expect(result["result"] == [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            ],
            "serverInfo": ["name": "factlint", "version": .string(FactLintVersion.current)],
        ])
        #expect(try client.shutdown() == 0)
    }

    @Test("a weekday mismatch appears with an edit and disappears with the next, at UTF-16 positions")
    func editsAppearAndDisappear() throws {
        let client = try LSPClient()
        _ = try client.initialize(root: URL(fileURLWithPath: "/newsroom"))
        Self.open(client)
        #expect(try client.diagnostics(for: Self.uri) == ["uri": .string(Self.uri), "version": 1, "diagnostics": []])

        // Incremental: "Thursday" (line 5, characters 35–43) becomes "Friday".
        Self.change(client, version: 2, [["range": lspRange(5, 35, 5, 43), "text": "Friday"]])
        #expect(try client.diagnostics(for: Self.uri) == ["uri": .string(Self.uri), "version": 2, "diagnostics": [Self.mismatch]])

        // And back.
        Self.change(client, version: 3, [["range": lspRange(5, 35, 5, 41), "text": "Thursday"]])
        #expect(try client.diagnostics(for: Self.uri) == ["uri": .string(Self.uri), "version": 3, "diagnostics": []])

        // Full sync: a change without a range replaces the text; an emoji added before the date
        // moves the finding two code units to the right.
        let full = Self.article.replacingOccurrences(of: "Thursday", with: "Friday").replacingOccurrences(of: "the café", with: "the 🥐 café")
        Self.change(client, version: 4, [["text": .string(full)]])
        var moved = Self.mismatch
        if case var .object(members) = moved { members["range"] = lspRange(5, 38, 5, 51); moved = .object(members) }
        #expect(try client.diagnostics(for: Self.uri) == ["uri": .string(Self.uri), "version": 4, "diagnostics": [moved]])

        client.notify("textDocument/didClose", ["textDocument": ["uri": .string(Self.uri)]])
        #expect(try client.diagnostics(for: Self.uri) == ["uri": .string(Self.uri), "diagnostics": []])
        #expect(try client.shutdown() == 0)
    }

    @Test("edits in quick succession are linted once, for the last version")
    func debounced() throws {
        let client = try LSPClient(arguments: ["--debounce", "300"])
        _ = try client.initialize(root: URL(fileURLWithPath: "/newsroom"))
        Self.open(client)
        _ = try client.diagnostics(for: Self.uri)
        // Five edits in one write: each cancels the run the one before it scheduled.
        for (version, day) in ["Friday", "Monday", "Sunday", "Friday"].enumerated() {
            let old = version == 0 ? "Thursday" : ["Friday", "Monday", "Sunday"][version - 1]
            Self.change(client, version: version + 2, [["range": lspRange(5, 35, 5, 35 + old.count), "text": .string(day)]])
        }
        let published = try client.diagnostics(for: Self.uri)
        #expect(published == ["uri": .string(Self.uri), "version": 5, "diagnostics": [Self.mismatch]])
        #expect(try client.shutdown() == 0)
    }

    /// A house rule with a help link, for `codeDescription`.
    static let houseRule = """
    id: house-queue
    severity: info
    check: pattern
    pattern: "(queue)"
    message: "'{match}': house style is 'line'"
    suggest: "line"
    link: https://style.example.org/queue
    description: House style says line.
    examples:
      invalid:
        - text: "The «queue» was long."
      valid:
        - text: "The line was long."

    """

    @Test("a changed .factlint.yml is read again; a broken one is a diagnostic on that file, and the server lives on")
    func configurationChanges() throws {
        let folder = try CLITests.folder(["house/queue.yml": Array(Self.houseRule.utf8)])
        let config = folder.appendingPathComponent(".factlint.yml")
        let uri = folder.appendingPathComponent("story.md").absoluteString
        let configURI = config.absoluteString
        let client = try LSPClient()
        _ = try client.initialize(root: folder)
        Self.open(client, uri: uri, text: Self.article.replacingOccurrences(of: "Thursday", with: "Friday"))
        #expect(try client.diagnostics(for: uri)["diagnostics"] == [Self.mismatch])

        // The configuration switches the rule off.
        try Data("version: 1\ndisable: [weekday-mismatch]\n".utf8).write(to: config)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(configURI), "type": 1]]])
        #expect(try client.diagnostics(for: uri)["diagnostics"] == [])

        // Broken YAML: the problem is shown on the configuration file, a pointer to it on the
        // article, and the article is still linted with the defaults.
        try Data("version: 1\ndisable: [weekday-mismatch\n".utf8).write(to: config)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(configURI), "type": 2]]])
        let pointer: JSONTree = [
            "range": lspRange(0, 0, 0, 0), "severity": 2, "code": "configuration", "source": "factlint",
            "message": .string("\(config.path) has a problem (shown in that file); these findings use what could be read of it"),
        ]
        #expect(try client.diagnostics(for: uri)["diagnostics"] == [pointer, Self.mismatch])
        let problems = try client.diagnostics(for: configURI)
        #expect(problems["diagnostics"]?.arrayValue?.count == 1)
        let problem = problems["diagnostics"]?.arrayValue?.first
        #expect(problem?["severity"] == 1)
        #expect(problem?["code"] == "configuration")
        #expect(problem?["message"]?.stringValue?.hasPrefix("this is not valid YAML") == true)

        // Mended, with a house rule folder: the problem is cleared and the house rule's link
        // arrives as codeDescription.
        try Data("version: 1\nrules: [house/]\n".utf8).write(to: config)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(configURI), "type": 2]]])
        #expect(try client.diagnostics(for: uri)["diagnostics"] == [
            Self.mismatch,
            ["range": lspRange(5, 58, 5, 63), "severity": 3, "code": "house-queue", "source": "factlint",
             "codeDescription": ["href": "https://style.example.org/queue"], "message": "'queue': house style is 'line'"],
        ])
        #expect(try client.diagnostics(for: configURI) == ["uri": .string(configURI), "diagnostics": []])
        #expect(try client.shutdown() == 0)
    }

    @Test("the other side of a contradiction arrives as relatedInformation")
    func relatedInformation() throws {
        let client = try LSPClient()
        _ = try client.initialize(root: URL(fileURLWithPath: "/newsroom"))
        let text = "Ferry 🚢 news\n\nThe ferry will leave the harbour at nine o'clock tomorrow morning.\n\nThe ferry will leave the harbour at nine o'clock tomorrow morning.\n"
        let uri = "file:///newsroom/ferry.txt"
        Self.open(client, uri: uri, text: text, language: "plaintext")
        #expect(try client.diagnostics(for: uri)["diagnostics"] == [[
            "range": lspRange(4, 0, 4, 66), "severity": 2, "code": "duplicate-sentence", "source": "factlint",
            "message": "This sentence repeats the one on line 3 word for word",
            "relatedInformation": [["location": ["uri": .string(uri), "range": lspRange(2, 0, 2, 66)], "message": "first written here"]],
        ], [
            // The article has no date line: the rules that need one say so on the first line.
            "range": lspRange(0, 0, 0, 13), "severity": 3, "source": "factlint",
            "message": "no publication date was found, so these rules could not run: dateline-drift, dateline-held, dateline-mismatch, future-event, future-event-yearless, relative-date-conflict; give one as 'date:' in front matter, a date line under the headline, or --published",
        ]])
        #expect(try client.shutdown() == 0)
    }

    @Test("quick fixes: a disable-next-line comment above the line, which makes the finding go")
    func codeActions() throws {
        let client = try LSPClient()
        _ = try client.initialize(root: URL(fileURLWithPath: "/newsroom"))
        let text = Self.article.replacingOccurrences(of: "Thursday", with: "Friday")
        Self.open(client, text: text)
        _ = try client.diagnostics(for: Self.uri)
        let answer = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(Self.uri)], "range": lspRange(5, 40, 5, 40), "context": ["diagnostics": []],
        ])
        let insert: JSONTree = ["range": lspRange(5, 0, 5, 0), "newText": "<!-- factlint-disable-next-line weekday-mismatch -->\n"]
        #expect(answer["result"] == [[
            "title": "Disable weekday-mismatch for this line", "kind": "quickfix", "diagnostics": [Self.mismatch],
            "edit": ["changes": .object([Self.uri: [insert]])],
        ]])
        // The editor applies the edit: the finding goes, and no unused-suppression comes.
        Self.change(client, version: 2, [["range": lspRange(5, 0, 5, 0), "text": "<!-- factlint-disable-next-line weekday-mismatch -->\n"]])
        #expect(try client.diagnostics(for: Self.uri)["diagnostics"] == [])

        // A stale suppression (the date fixed) can be removed with its line.
        Self.change(client, version: 3, [["range": lspRange(6, 35, 6, 41), "text": "Thursday"]])
        let stale = try client.diagnostics(for: Self.uri)["diagnostics"]
        #expect(stale?.arrayValue?.map { $0["code"] } == ["unused-suppression"])
        let removal = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(Self.uri)], "range": lspRange(5, 5, 5, 5), "context": ["diagnostics": []],
        ])
        #expect(removal["result"]?.arrayValue?.first?["edit"] == ["changes": .object([Self.uri: [["range": lspRange(5, 0, 6, 0), "newText": ""]]])])
        #expect(try client.shutdown() == 0)
    }

    @Test("in a hard-wrapped Markdown paragraph the comment goes at the end of the line, so the paragraph is not split")
    func suppressionInsideParagraph() throws {
        let client = try LSPClient()
        _ = try client.initialize(root: URL(fileURLWithPath: "/newsroom"))
        let text = "---\ndate: 2024-05-15\n---\n\nThe café opened its doors to the public\non Friday, May 9, and the queue ran round the block.\n"
        Self.open(client, text: text)
        _ = try client.diagnostics(for: Self.uri)
        let answer = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(Self.uri)], "range": lspRange(5, 5, 5, 5), "context": ["diagnostics": []],
        ])
        let edit: JSONTree = ["range": lspRange(5, 52, 5, 52), "newText": " <!-- factlint-disable-line weekday-mismatch -->"]
        #expect(answer["result"]?.arrayValue?.first?["edit"] == ["changes": .object([Self.uri: [edit]])])
        Self.change(client, version: 2, [["range": lspRange(5, 52, 5, 52), "text": " <!-- factlint-disable-line weekday-mismatch -->"]])
        #expect(try client.diagnostics(for: Self.uri)["diagnostics"] == [])
        #expect(try client.shutdown() == 0)
    }

    @Test("protocol errors are answered, and the server keeps going")
    func protocolErrors() throws {
        let client = try LSPClient()
        let early = try client.request("textDocument/codeAction", [:])
        #expect(early["error"]?["code"] == -32002)
        _ = try client.initialize(root: URL(fileURLWithPath: "/newsroom"))
        let unknown = try client.request("textDocument/hover", [:])
        #expect(unknown["error"] == ["code": -32601, "message": "factlint does not handle 'textDocument/hover'"])
        // A frame that is not JSON gets a parse error with a null id.
        client.writeRaw(Array("Content-Length: 5\r\n\r\n{oops".utf8))
        let parse = try client.next(timeout: 10) { $0["error"] != nil }
        #expect(parse["id"] == .null)
        #expect(parse["error"]?["code"] == -32700)
        // A change to a document that is not open is logged, not fatal.
        Self.change(client, uri: "file:///newsroom/nothing.md", version: 2, [["text": "x"]])
        Self.open(client)
        #expect(try client.diagnostics(for: Self.uri)["diagnostics"] == [])
        #expect(try client.shutdown() == 0)
    }

    @Test("exit without shutdown ends with status 1")
    func exitWithoutShutdown() throws {
        let client = try LSPClient()
        _ = try client.initialize(root: URL(fileURLWithPath: "/newsroom"))
        client.notify("exit", .null)
        client.process.waitUntilExit()
        #expect(client.process.terminationStatus == 1)
    }

    @Test("a rule's suggestion is a preferred quick fix that replaces the span")
    func suggestionAction() throws {
        let folder = try CLITests.folder(["house/queue.yml": Array(Self.houseRule.utf8),
                                          ".factlint.yml": Array("version: 1\nrules: [house/]\n".utf8)])
        let uri = folder.appendingPathComponent("story.md").absoluteString
        let client = try LSPClient()
        _ = try client.initialize(root: folder)
        Self.open(client, uri: uri)
        let house: JSONTree = [
            "range": lspRange(5, 60, 5, 65), "severity": 3, "code": "house-queue", "source": "factlint",
            "codeDescription": ["href": "https://style.example.org/queue"], "message": "'queue': house style is 'line'",
        ]
        #expect(try client.diagnostics(for: uri)["diagnostics"] == [house])
        let answer = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(uri)], "range": lspRange(5, 62, 5, 62), "context": ["diagnostics": [house]],
        ])
        let actions = answer["result"]?.arrayValue ?? []
        #expect(actions.map { $0["title"] } == ["Replace 'queue' with 'line'", "Disable house-queue for this line"])
        #expect(actions.first?["isPreferred"] == true)
        #expect(actions.first?["edit"] == ["changes": .object([uri: [["range": lspRange(5, 60, 5, 65), "newText": "line"]]])])
        Self.change(client, uri: uri, version: 2, [["range": lspRange(5, 60, 5, 65), "text": "line"]])
        #expect(try client.diagnostics(for: uri)["diagnostics"] == [])
        #expect(try client.shutdown() == 0)
    }
}
