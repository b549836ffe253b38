import FactLintKit
import Foundation
import Testing

/// What an editor reaches for in the first hour: nested alternatives, several `unless`
/// patterns, text outside quotations, an occurrence limit, `replaces:`, and rules that say
/// they need a publication date.
@Suite("Rule language")
struct RuleLanguageTests {
    static func rules(_ yaml: String, file: String = "house.yml") -> [Rule] {
        let loaded = RuleLoader().load(yaml: yaml, file: file)
        #expect(loaded.problems.map(\.description) == [])
        return loaded.rules
    }

    static func found(_ yaml: String, in text: String, path: String = "a.md") -> [String] {
        let linter = Linter(rules: rules(yaml))
        let report = linter.lint(bytes: Array(text.utf8), path: path)
        return report.findings.map { "\($0.location.line):\($0.location.column) \($0.message)" }
    }

    static func pattern(_ pattern: String, _ extra: String = "") -> String {
        "id: house-x\nseverity: warning\ncheck: pattern\npattern: \"\(pattern)\"\nmessage: \"'{match}'\"\n" + extra
    }

    @Test("a nested alternation matches each of its ways")
    func nestedAlternation() {
        let text = "Council leader Amara Okafor spoke. Okafor hit out at critics. Okafor hit back at them. Okafor slammed it. Okafor hit the ball."
        #expect(Self.found(Self.pattern("{person} (hit (out|back) at|slammed)"), in: text) == [
            "1:36 'Okafor hit out at'", "1:63 'Okafor hit back at'", "1:88 'Okafor slammed'",
        ])
        #expect(Self.found(Self.pattern("((told|informed) {person}|{person} said)"),
                           in: "Council leader Amara Okafor spoke first. Okafor said no. They told Okafor so.") == [
            "1:42 'Okafor said'", "1:63 'told Okafor'",
        ])
    }

    @Test("a pattern that could never match is refused with the reason")
    func unmatchablePatterns() {
        for (pattern, reason) in [
            ("slammed)", "a ')' has no '(' before it"),
            ("slammed|blasted", "a '|' stands outside parentheses; put the alternatives in a group, like (slammed|blasted)"),
            ("(hit (out|back) at", "a '(' in the pattern is never closed"),
            ("? slammed", "a '?' must follow a word, a slot or a group it makes optional"),
            ("(hit||out)", "'(hit||out)' has an empty alternative; write (said|says)"),
            (String(repeating: "(", count: 100_000) + "a", "groups nest more than 16 deep"),
        ] {
            let problems = RuleLoader().load(yaml: Self.pattern(pattern), file: "p.yml").problems
            #expect(problems.map(\.message) == ["'pattern' is not a valid pattern: \(reason)"], "\(pattern)")
        }
    }

    @Test("words in a pattern are split as the article is, so 'U.S.' and 'don't' match")
    func literalsTokenisedLikeArticles() {
        #expect(Self.found(Self.pattern("the U.S. said"), in: "Ships left. Then the U.S. said no.") == ["1:18 'the U.S. said'"])
        #expect(Self.found(Self.pattern("don't know"), in: "Ships left. We don't know why.") == ["1:16 'don't know'"])
    }

    @Test("unless takes a list; any one excuses the sentence")
    func unlessList() {
        let yaml = Self.pattern("amid", "unless: [\"amid the ruins\", \"(said|says)\"]\n")
        let text = "Ships left amid the ruins. Talks went on amid protests. Amid calls, he said no."
        #expect(Self.found(yaml, in: text) == ["1:42 'amid'"])
        let one = Self.pattern("amid", "unless: \"amid the ruins\"\n")
        #expect(Self.found(one, in: text) == ["1:42 'amid'", "1:57 'Amid'"])
        let bad = RuleLoader().load(yaml: Self.pattern("amid", "unless: [ok, \"(broken\"]\n"), file: "u.yml").problems
        #expect(bad.map(\.description) == ["u.yml:6:14: error: 'unless' is not a valid pattern: a '(' in the pattern is never closed"])
    }

    @Test("scope outside-quotes leaves out text inside inline quotation marks")
    func outsideQuotes() {
        let text = "Okafor said the plan was \"slammed by everyone\" and she slammed it too."
        #expect(Self.found(Self.pattern("slammed"), in: text) == ["1:27 'slammed'", "1:56 'slammed'"])
        #expect(Self.found(Self.pattern("slammed", "scope: [headline, lede, body, outside-quotes]\n"), in: text) == ["1:56 'slammed'"])
        #expect(Self.found(Self.pattern("slammed", "scope: outside-quotes\n"), in: text) == ["1:56 'slammed'"])
        let problems = RuleLoader().load(yaml: Self.pattern("slammed", "scope: [body, outside-quote]\n"), file: "s.yml").problems
        #expect(problems.map(\.message) == ["unknown scope 'outside-quote'; use headline, lede, body, quotes and outside-quotes. Did you mean 'outside-quotes'?"])
    }

    static let amid = """
    id: house-amid
    severity: info
    check: count
    pattern: amid
    max: 2
    within: paragraph
    message: "'{match}' is used {count} times in this {within}; keep it to {max}"
    """

    @Test("count: the first occurrence past the limit, with notes at the earlier ones, once per paragraph")
    func countCheck() throws {
        let text = "Amid talks, ships left amid rain. Crews worked amid fog and amid wind.\n\nAmid it all, one more.\n"
        let linter = Linter(rules: Self.rules(Self.amid))
        let findings = linter.lint(bytes: Array(text.utf8), path: "a.md").findings
        #expect(findings.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
            "1:48 'amid' is used 4 times in this paragraph; keep it to 2",
        ])
        let finding = try #require(findings.first)
        #expect(finding.related.map { "\($0.location.column) \($0.message)" } == ["1 occurrence 1 of 4: 'Amid'", "24 occurrence 2 of 4: 'amid'"])
        #expect(finding.evidence.map(\.name) == ["occurrence 1", "occurrence 2", "occurrence 3", "occurrence 4"])
        let article = Self.amid.replacingOccurrences(of: "within: paragraph", with: "within: article")
        #expect(Self.found(article, in: text) == ["1:48 'amid' is used 5 times in this article; keep it to 2"])
        let missing = RuleLoader().load(yaml: "id: house-amid\nseverity: info\ncheck: count\npattern: amid\nmessage: m\n", file: "c.yml").problems
        #expect(missing.map(\.message) == ["the 'count' check needs 'max' (a whole number): How many occurrences are allowed; one more is reported."])
    }

    static let houseAge = """
    id: house-age
    severity: warning
    check: consistency
    pattern: "{person} , {number} ,"
    key: person
    value: number
    replaces: age-conflict
    message: "{key} is given as {value} here but {other.value} on line {other.line}"
    """

    @Test("replaces: a house rule supersedes a built-in one on the same span")
    func replaces() throws {
        let dir = try CLITests.folder([
            ".factlint.yml": Array("version: 1\nrules: [house/]\n".utf8),
            "house/age.yml": Array(Self.houseAge.utf8),
            "story.md": Array("Amara Okafor, 52, said so. Later Okafor, 55, said no.\n".utf8),
        ])
        let lint = try CLITests.run(["lint", "--format", "json", "story.md"], in: dir)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any])
        #expect((json["findings"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["house-age"])
        let explained = try CLITests.run(["explain", "age-conflict"], in: dir)
        #expect(explained.stdout.contains("\nStatus: off: replaced by house-age (house/age.yml:1)\n"))
        #expect(try CLITests.run(["explain", "house-age"], in: dir).stdout.contains("\nReplaces: age-conflict\n"))
        let wrong = try CLITests.folder([
            ".factlint.yml": Array("version: 1\nrules: [house/]\n".utf8),
            "house/age.yml": Array(Self.houseAge.replacingOccurrences(of: "replaces: age-conflict", with: "replaces: age-conflct").utf8),
            "story.md": Array("Text.\n".utf8),
        ])
        let result = try CLITests.run(["lint", "story.md"], in: wrong)
        #expect(result.status == 2)
        #expect(result.stderr == "house/age.yml:7:11: error: 'replaces' names 'age-conflct', which is not a rule. Did you mean 'age-conflict'?\n")
    }

    @Test("an article without a publication date gets one info note naming the rules that could not run")
    func noPublicationDate() throws {
        let text = "Harbour Story\n\nLONDON, March 3 - Ships left. Last September the port closed.\n"
        let report = Linter(rules: builtInRules.rules).lint(bytes: Array(text.utf8), path: "a.txt")
        #expect(report.diagnostics.map { "\($0.level.rawValue): \($0.message)" } == [
            "info: no publication date was found, so these rules could not run: dateline-drift, dateline-held, dateline-mismatch, future-event, future-event-yearless, relative-date-conflict; give one as 'date:' in front matter, a date line under the headline, or --published",
        ])
        let dated = Linter(rules: builtInRules.rules).lint(bytes: Array(("---\ndate: 2024-03-04\n---\n\n" + text).utf8), path: "a.md")
        #expect(dated.diagnostics.isEmpty)
        // A house rule can say it needs the date.
        let house = Self.rules(Self.pattern("ships", "needs: [publication-date]\n"))
        let quiet = Linter(rules: house).lint(bytes: Array("Ships left.\n".utf8), path: "b.md")
        #expect(quiet.findings.isEmpty)
        #expect(quiet.diagnostics.map(\.message) == [
            "no publication date was found, so this rule could not run: house-x; give one as 'date:' in front matter, a date line under the headline, or --published",
        ])
    }

    @Test("random patterns from the pattern alphabet either parse or are refused, and matching ends")
    func randomPatterns() {
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["(", ")", "|", "?", " ", "{person}", "{any}", "{number}", "...", "said", "Okafor", ",", "hit", "{", "}", ".", "U.S."]
        let text = "Council leader Amara Okafor spoke first. Okafor said 12 people hit out at the U.S. plan, and Okafor said so."
        let facts = FactExtractor().extract(from: ArticleReader().read(bytes: Array(text.utf8), path: "a.md"))
        var parsed = 0
        for _ in 0..<3_000 {
            let source = (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }.joined()
            guard let pattern = try? TokenPattern(source) else { continue }
            parsed += 1
            let matches = PatternMatcher(facts: facts).matches(pattern) { _ in true }
            for match in matches { #expect(match.tokens.lowerBound < match.tokens.upperBound, "\(source)") }
        }
        #expect(parsed > 300)
    }
}
