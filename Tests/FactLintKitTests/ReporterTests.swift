import FactLintKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Reporter output is compared with files in `Golden/`. Run with FACTLINT_RECORD=1 to write
/// them anew, then review the diff.
@Suite("Reporters")
struct ReporterTests {
    /// A small report with a finding that has a related location, a file with emoji before the
    /// finding, a clean file and an unreadable one.
    static func sampleReport() -> LintReport {
        let rule = builtInRules.rule("duplicate-sentence")!
        let linter = Linter(rules: [rule])
        let first = """
        ---
        title: "Budget: 50% more, \\"finally\\""
        date: 2024-05-15
        ---

        The council approved the new budget on Tuesday after a long debate.

        Members argued. The council approved the new budget on Tuesday after a long debate.
        """
        let second = "Emoji Story\n\n🎉 Fans cheered. The parade will start at noon on the main square today.\r\n\r\n🎉🎉 Crowds gathered. The parade will start at noon on the main square today.\r\n"
        let reports = [
            linter.lint(bytes: Array(first.utf8), path: "news/budget, final.md"),
            linter.lint(bytes: Array(second.utf8), path: "news/parade.txt"),
            linter.lint(bytes: Array("Clean Story\n\nNothing repeats here at all.\n".utf8), path: "news/clean.txt"),
            FileReport(path: "news/locked.md", source: nil, findings: [],
                       diagnostics: [Diagnostic(path: "news/locked.md", level: .error, message: "cannot open the file: Permission denied")]),
        ]
        return LintReport(files: reports, rules: [rule.descriptor])
    }

    static func check(_ name: String, _ actual: String) throws {
        let url = testsDirectory.appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FACTLINT_RECORD"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file; run with FACTLINT_RECORD=1 to re-record")
    }

    @Test("text") func text() throws {
        try Self.check("report.txt", TextReporter().render(Self.sampleReport()))
    }

    @Test("text with colour uses ANSI escapes only when asked")
    func color() {
        let report = Self.sampleReport()
        #expect(!TextReporter(color: false).render(report).contains("\u{1B}["))
        #expect(TextReporter(color: true).render(report).contains("\u{1B}[1;33mwarning\u{1B}[0m"))
    }

    @Test("json") func json() throws {
        let output = JSONReporter().render(Self.sampleReport())
        _ = try JSONSerialization.jsonObject(with: Data(output.utf8))
        try Self.check("report.json", output)
    }

    @Test("sarif") func sarif() throws {
        let output = SARIFReporter().render(Self.sampleReport())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        try Self.check("report.sarif", output)
    }

    @Test("github") func github() throws {
        try Self.check("report.github.txt", GitHubReporter().render(Self.sampleReport()))
    }

    @Test("github escaping follows the workflow-command rules")
    func githubEscaping() {
        #expect(GitHubReporter.escapeData("100% done\r\nnext") == "100%25 done%0D%0Anext")
        #expect(GitHubReporter.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
    }

    /// The budget story fails from warnings up (`--fail-on warning`); the parade story keeps the
    /// default, so its warning is a passing test case with the message in system-out.
    @Test("junit") func junit() throws {
        var report = Self.sampleReport()
        for index in report.files.indices where report.files[index].path.hasPrefix("news/budget") { report.files[index].failOn = .warning }
        let output = JUnitReporter().render(report)
        _ = try XMLDocument(xmlString: output)
        try Self.check("report.junit.xml", output)
    }

    @Test("facts json") func factsJSON() throws {
        let article = ArticleReader().read(bytes: Array(PlainTextReadingTests.page.utf8), path: "page.txt")
        let output = FactsReporter(format: .json).render([FactExtractor().extract(from: article)], diagnostics: [])
        _ = try JSONSerialization.jsonObject(with: Data(output.utf8))
        try Self.check("facts.json", output)
    }

    @Test("facts json carries the name lists, each item with its text and place")
    func factsJSONNameLists() throws {
        let text = "Storm damage\n\nThe storm reached Harnsey, Colbridge, Ostley and Hornsey on Monday.\n"
        let article = ArticleReader().read(bytes: Array(text.utf8), path: "storm.txt")
        let output = FactsReporter(format: .json).render([FactExtractor().extract(from: article)], diagnostics: [])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let file = try #require((root["files"] as? [[String: Any]])?.first)
        let lists = try #require(file["nameLists"] as? [[String: Any]])
        #expect(lists.map { $0["kind"] as? String } == ["coordinated"])
        let items = try #require(lists.first?["items"] as? [[String: Any]])
        #expect(items.map { $0["text"] as? String } == ["Harnsey", "Colbridge", "Ostley", "Hornsey"])
        #expect(items.map { "\($0["line"] as? Int ?? 0):\($0["column"] as? Int ?? 0)-\($0["endColumn"] as? Int ?? 0)" }
                == ["3:19-26", "3:28-37", "3:39-45", "3:50-57"])
    }

    @Test("output is the same on every run and with any thread count")
    func deterministic() {
        let inputs = (0..<40).map { index in
            InputFile(displayPath: "f\(index % 7)-\(index).md",
                      content: .bytes(Array("A sentence that is long enough to count twice here.\n\nA sentence that is long enough to count twice here.\n".utf8)))
        }
        let linter = Linter(rules: builtInRules.rules)
        let serial = JSONReporter().render(LintRunner(linter: linter, concurrency: 1).run(inputs))
        for threads in [2, 4, 8] {
            #expect(JSONReporter().render(LintRunner(linter: linter, concurrency: threads).run(inputs)) == serial)
        }
    }
}
