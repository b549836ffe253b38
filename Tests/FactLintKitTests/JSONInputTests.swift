import FactLintKit
import Foundation
import Testing

@Suite("Reading JSON")
struct JSONInputTests {
    static let export = """
    [
      {"id": 123, "type": "post", "date": "2024-06-14T09:30:00",
       "title": {"rendered": "Harbour &amp; ferry deal signed"},
       "content": {"rendered": "<p>WESTPORT, June 14 &mdash; The council signed the deal.</p>\\n<p>The vote came on Wednesday, June 11, 2024, after a long meeting.</p>\\n"}},
      {"slug": "plant-closes", "title": "Plant closure costs 250 jobs", "published_at": "2024-06-14",
       "markdown": "The plant will close in August.\\n\\nThe closure will cost 205 jobs, the company said."},
      {"id": 125, "title": "No body here"}
    ]
    """

    @Test("a WordPress-style export: title.rendered, date, content.rendered; the body's lines and columns are the field's own")
    func wordpress() throws {
        let (articles, diagnostics) = ArticleReader().readAll(bytes: Array(Self.export.utf8), path: "export.json")
        #expect(articles.map(\.path) == ["export.json#post-123", "export.json#plant-closes"])
        let first = articles[0]
        #expect(first.format == .html)
        #expect(first.headline?.text.string == "Harbour & ferry deal signed")
        #expect(first.published?.isoDateTime == "2024-06-14T09:30:00")
        #expect(first.dateline?.place == "WESTPORT")
        #expect(first.blocks.map(\.kind) == [.headline, .paragraph, .paragraph])
        let second = articles[1]
        #expect(second.format == .markdown)
        #expect(second.published?.isoDate == "2024-06-14")
        // The record without a body is a located error; the others are still read.
        #expect(diagnostics.map { "\($0.path):\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" } == [
            "export.json:7:3 record 3 has no article body (looked for content.rendered, content, html, markdown, body, text; name the field with --map body=FIELD or input: in .factlint.yml)",
        ])
    }

    @Test("findings point at the record and at the line and column within the field's text, in every reporter")
    func findingPaths() throws {
        let reports = Linter(rules: builtInRules.rules).lintAll(bytes: Array(Self.export.utf8), path: "export.json")
        let report = LintReport(files: reports, rules: builtInRules.rules.map(\.descriptor))
        let text = TextReporter(color: false).render(report)
        #expect(text.contains("""
        export.json#post-123:2:21: error: 'Wednesday' does not match June 11, 2024, a Tuesday [weekday-mismatch]
            <p>The vote came on Wednesday, June 11, 2024, after a long meeting.</p>
                                ^~~~~~~~~~~~~~~~~~~~~~~~
        """))
        #expect(text.contains("export.json#plant-closes:3:23: warning: '205 jobs' here, but '250 jobs' in the headline [number-conflict]"))
        #expect(text.contains("export.json#plant-closes/title:1:21: note: '250 jobs' is given here"))
        let json = JSONReporter().render(report)
        #expect(json.contains("\"path\": \"export.json#post-123\""))
        #expect(GitHubReporter().render(report).contains("file=export.json#post-123,line=2,col=21"))
        #expect(SARIFReporter().render(report).contains("\"uri\": \"export.json%23post-123\""))
        #expect(JUnitReporter().render(report).contains("export.json#post-123"))
    }

    @Test("--map renames fields, and a .factlint.yml input: section does too")
    func fieldMaps() throws {
        let record = Array(#"{"uuid": "a1", "headline": "Port deal", "first_published_at": "2024-05-15", "body_html": "<p>Signed on Friday, May 15, 2024.</p>"}"#.utf8)
        let root = try CLITests.folder(["cms/export.json": record, "other/export.json": record,
                                        "cms/.factlint.yml": Array("input:\n  body: body_html\n  date: first_published_at\n  id: [uuid]\n".utf8)])
        let mapped = try CLITests.run(["lint", "--color", "never", "--map", "body=body_html,id=uuid", "other/export.json"], in: root)
        #expect(mapped.stdout.contains("other/export.json#a1:1:14: error: 'Friday' does not match May 15, 2024, a Wednesday [weekday-mismatch]"))
        let configured = try CLITests.run(["lint", "--color", "never", "cms/export.json"], in: root)
        #expect(configured.stdout.contains("cms/export.json#a1:1:14: error: 'Friday'"))
        let unmapped = try CLITests.run(["lint", "other/export.json"], in: root)
        #expect(unmapped.status == 2)
        #expect(unmapped.stdout.contains("record 1 has no article body"))
        let bad = try CLITests.run(["lint", "--map", "headline", "other/export.json"], in: root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--map takes PART=FIELD pairs"))
    }

    @Test("invalid JSON is a located error, exit 2")
    func invalidJSON() throws {
        let root = try CLITests.folder(["bad.json": Array("[{\"title\": \"x\",\n \"body\": \"y\" oops}]".utf8)])
        let run = try CLITests.run(["lint", "bad.json"], in: root)
        #expect(run.status == 2)
        #expect(run.stdout.contains("bad.json:2:14: error: this is not valid JSON: expected ',' or '}' in an object"))
    }

    @Test("the JSON reader: escapes, surrogate pairs, numbers, depth limit")
    func parser() throws {
        let text = Array(#"{"a": "x\ny\u00e9\ud83d\ude00\"", "n": -1.5e3, "l": [true, false, null]}"#.utf8)
        let node = try JSONParser.parse(text).get()
        #expect(node["a"]?.text == "x\nyé😀\"")
        #expect(node["n"]?.text == "-1.5e3")
        #expect(node["a"]?.span == 6..<32)
        let deep = Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)
        #expect(throws: JSONError.self) { try JSONParser.parse(deep).get() }
    }
}

@Suite("JSON Lines streams")
struct JSONLinesTests {
    @Test("--input jsonl - writes one JSON result a line, in input order, with the record's id; a bad line is an error line")
    func stream() throws {
        let lines = [
            #"{"id": 7, "title": "Ferry", "date": "2024-05-15", "body": "It sailed on Friday, May 15, 2024."}"#,
            "",
            "not json",
            #"{"slug": "clean", "markdown": "---\ntitle: Clean\ndate: 2024-05-15\n---\n\nIt sailed on Wednesday.\n"}"#,
        ].joined(separator: "\n") + "\n"
        let run = try CLITests.run(["lint", "--input", "jsonl", "-"], stdin: lines)
        #expect(run.status == 2)
        let results = run.stdout.split(separator: "\n").map(String.init)
        #expect(results.count == 3)
        #expect(results[0] == #"{"id":"7","path":"<stdin>#post-7","findings":[{"path":"<stdin>#post-7","rule":"weekday-mismatch","severity":"error","message":"'Friday' does not match May 15, 2024, a Wednesday","line":1,"column":14,"endLine":1,"endColumn":34,"related":[],"evidence":[]}],"warnings":[]}"#)
        #expect(results[1] == #"{"path":"<stdin>","line":3,"error":"line 3 is not valid JSON: unexpected character in JSON"}"#)
        #expect(results[2] == #"{"id":"clean","path":"<stdin>#clean","findings":[],"warnings":[]}"#)
        #expect(run.stderr.contains("2 articles; 1 line could not be read"))
    }

    @Test("a stream gives the same findings as the files it was made from, at any --jobs")
    func sameAsFiles() throws {
        var files: [String: [UInt8]] = [:]
        var stream = ""
        for number in 0..<60 {
            let day = 10 + number % 9
            let text = "---\ntitle: \"Story \(number)\"\ndate: 2024-05-\(day)\n---\n\nThe board met on Monday, May \(day), 2024.\nShares rose 5 percent to 105 from 100.\n"
            files["a/s\(number).md"] = Array(text.utf8)
            let record = try JSONSerialization.data(withJSONObject: ["id": "s\(number).md", "markdown": text], options: [.sortedKeys])
            stream += String(decoding: record, as: UTF8.self) + "\n"
        }
        let root = try CLITests.folder(files)
        let direct = try CLITests.run(["lint", "--format", "json", "a"], in: root)
        let report = try JSONSerialization.jsonObject(with: Data(direct.stdout.utf8)) as! [String: Any]
        var expected = Set<String>()
        for finding in report["findings"] as! [[String: Any]] {
            expected.insert("\((finding["path"] as! String).dropFirst(2)) \(finding["rule"]!) \(finding["line"]!):\(finding["column"]!) \(finding["message"]!)")
        }
        #expect(!expected.isEmpty)
        for jobs in ["1", "3"] {
            let run = try CLITests.run(["lint", "--input", "jsonl", "--jobs", jobs, "-"], stdin: stream, in: root)
            var found = Set<String>()
            var ids: [String] = []
            for line in run.stdout.split(separator: "\n") {
                let result = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                ids.append(result["id"] as! String)
                for finding in result["findings"] as! [[String: Any]] {
                    found.insert("\(result["id"]!) \(finding["rule"]!) \(finding["line"]!):\(finding["column"]!) \(finding["message"]!)")
                }
            }
            #expect(ids == (0..<60).map { "s\($0).md" })
            #expect(found == expected)
        }
    }
}
