import FactLintKit
import Foundation
import Testing

/// docs/rules.md "Your first hour" is a working house-rule folder: its files, written out as the
/// section names them, pass `rules test` and give the output the section shows.
@Suite("Docs")
struct DocsTests {
    static let docs = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/rules.md")

    /// The fenced blocks of the section, in order, as (language, text).
    static func firstHourBlocks() throws -> [(String, String)] {
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "## Your first hour\n"))
        let end = try #require(text.range(of: "\n## ", range: start.upperBound..<text.endIndex))
        var blocks: [(String, String)] = []
        var language: String?
        var body = ""
        for line in text[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let open = language { blocks.append((open, body)); language = nil } else { language = String(line.dropFirst(3)); body = "" }
            } else if language != nil {
                body += line + "\n"
            }
        }
        return blocks
    }

    @Test("the first-hour rules, copied from the docs, pass their examples and fire as shown")
    func firstHourWorks() throws {
        let blocks = try Self.firstHourBlocks()
        let yaml = blocks.filter { $0.0 == "yaml" }.map(\.1)
        #expect(yaml.count == 5)
        let dir = try CLITests.folder([
            "articles/budget.md": Array(try #require(blocks.first { $0.0 == "markdown" }).1.utf8),
            "house-rules/loaded-verbs.yml": Array(yaml[0].utf8),
            "house-rules/age.yml": Array(yaml[1].utf8),
            "house-rules/oath-order.yml": Array(yaml[2].utf8),
            "house-rules/amid.yml": Array(yaml[3].utf8),
            ".factlint.yml": Array(yaml[4].utf8),
        ])
        let tested = try CLITests.run(["rules", "test", "house-rules/"], in: dir)
        #expect(tested.stdout == """
        ok    house-age house-rules/age.yml:1 (2 examples)
        ok    house-amid house-rules/amid.yml:1 (2 examples)
        ok    house-elected-before-sworn-in house-rules/oath-order.yml:1 (2 examples)
        ok    house-loaded-verbs house-rules/loaded-verbs.yml:1 (3 examples)
        4 passed, 0 failed

        """)
        #expect(tested.status == 0)
        let lint = try CLITests.run(["lint", "--verbose", "articles/"], in: dir)
        #expect(lint.status == 1)
        let shown = try #require(blocks.first { $0.0 == "" && $0.1.hasPrefix("articles/budget.md:") }).1
        #expect(lint.stdout.contains(shown), "\(lint.stdout)")
        #expect(lint.stdout.contains("articles/budget.md:6:47: help: Replace 'Okafor slammed' with 'Okafor criticised'\n"))
        for id in ["house-loaded-verbs", "house-age", "house-elected-before-sworn-in", "house-amid"] {
            let explained = try CLITests.run(["explain", id], in: dir)
            #expect(explained.status == 0)
            #expect(explained.stdout.contains("Defined in: house-rules/"))
        }
    }
}
