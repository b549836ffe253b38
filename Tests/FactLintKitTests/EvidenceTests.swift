import FactLintKit
import Foundation
import Testing

/// Why a finding fired (evidence) and what to write instead (`suggest:`), through every reporter.
@Suite("Evidence and suggestions")
struct EvidenceTests {
    static let slammed = """
    id: house-slammed
    severity: warning
    check: pattern
    pattern: "{person} (slammed|blasted)"
    message: "'{match}': say what {person} did"
    suggest: "{person} criticised"
    """

    static let age = """
    id: house-age
    severity: warning
    check: consistency
    pattern: "{person} , {number} ,"
    key: person
    value: number
    message: "{key} is given as {value} here but {other.value} on line {other.line}"
    """

    static let article = """
    Council leader Amara Okafor spoke first. 🎉 Okafor slammed the budget.

    Amara Okafor, 52, said so. Later Okafor, 55, said no.
    """

    static func rule(_ yaml: String) throws -> Rule {
        let loaded = RuleLoader().load(yaml: yaml, file: "house.yml")
        #expect(loaded.problems.map(\.description) == [])
        return try #require(loaded.rules.first)
    }

    static func report() throws -> LintReport {
        let linter = Linter(rules: [try rule(slammed), try rule(age)])
        let file = linter.lint(bytes: Array(article.utf8), path: "story.md")
        return LintReport(files: [file], rules: linter.descriptors)
    }

    @Test("a pattern finding carries what it matched and each slot, located in scalars")
    func patternEvidence() throws {
        let finding = try #require(try Self.report().findings.first { $0.ruleID == "house-slammed" })
        #expect(finding.evidence.map { "\($0.name)|\($0.kind)|\($0.text)|\($0.value ?? "-")" } == [
            "match|match|Okafor slammed|-", "person|person|Okafor|-",
        ])
        #expect(finding.evidence.map(\.location) == [
            SourceLocation(line: 1, column: 44, endLine: 1, endColumn: 58),
            SourceLocation(line: 1, column: 44, endLine: 1, endColumn: 50),
        ])
        let fix = try #require(finding.fix)
        #expect(fix.replacement == "Okafor criticised")
        #expect(fix.original == "Okafor slammed")
        #expect(fix.location == SourceLocation(line: 1, column: 44, endLine: 1, endColumn: 58))
    }

    @Test("a consistency finding names the key, the value and the earlier pair")
    func consistencyEvidence() throws {
        let finding = try #require(try Self.report().findings.first { $0.ruleID == "house-age" })
        #expect(finding.evidence.map { "\($0.name)|\($0.kind)|\($0.text)|\($0.value ?? "-")|\($0.location!.line):\($0.location!.column)" } == [
            "key|person|Okafor|-|3:34", "value|number|55|-|3:42",
            "other.key|person|Amara Okafor|okafor|3:1", "other.value|number|52|-|3:15",
        ])
        #expect(finding.fix == nil)
    }

    @Test("JSON carries evidence and the fix")
    func json() throws {
        let output = JSONReporter().render(try Self.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let slammed = try #require(findings.first { $0["rule"] as? String == "house-slammed" })
        let evidence = try #require(slammed["evidence"] as? [[String: Any]])
        #expect(evidence.count == 2)
        #expect(evidence[1]["name"] as? String == "person")
        #expect(evidence[1]["kind"] as? String == "person")
        #expect(evidence[1]["text"] as? String == "Okafor")
        #expect(evidence[1]["column"] as? Int == 44)
        #expect(evidence[1]["endColumn"] as? Int == 50)
        let fix = try #require(slammed["fix"] as? [String: Any])
        #expect(fix["replacement"] as? String == "Okafor criticised")
        #expect(fix["original"] as? String == "Okafor slammed")
        #expect(fix["line"] as? Int == 1)
        #expect(fix["column"] as? Int == 44)
        #expect(fix["endColumn"] as? Int == 58)
        let age = try #require(findings.first { $0["rule"] as? String == "house-age" })
        #expect(age["fix"] == nil)
        #expect((age["evidence"] as? [[String: Any]])?.compactMap { $0["value"] as? String } == ["okafor"])
    }

    @Test("a JSON Lines result gives each finding the same fields as --format json, evidence and fix included")
    func jsonLines() throws {
        let report = try Self.report()
        let record = ArticleRecord(path: "story.md", title: nil, date: nil, body: Self.article, bodyFormat: .markdown, id: "post-7")
        let line = JSONLinesResult.render(record: record, report: report.files[0])
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "post-7")
        let lineFindings = try #require(object["findings"] as? [[String: Any]])
        let full = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter().render(report).utf8)) as? [String: Any])
        let fullFindings = try #require(full["findings"] as? [[String: Any]])
        #expect(lineFindings.count == 2)
        #expect(lineFindings.map { NSDictionary(dictionary: $0) } == fullFindings.map { NSDictionary(dictionary: $0) })
        let slammed = try #require(lineFindings.first { $0["rule"] as? String == "house-slammed" })
        #expect((slammed["fix"] as? [String: Any])?["replacement"] as? String == "Okafor criticised")
        #expect((slammed["evidence"] as? [[String: Any]])?.count == 2)
    }

    @Test("SARIF emits the fix as fixes and the evidence in properties")
    func sarif() throws {
        let output = SARIFReporter().render(try Self.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let slammed = try #require(results.first { $0["ruleId"] as? String == "house-slammed" })
        let fix = try #require((slammed["fixes"] as? [[String: Any]])?.first)
        #expect((fix["description"] as? [String: Any])?["text"] as? String == "Replace 'Okafor slammed' with 'Okafor criticised'")
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        #expect((change["artifactLocation"] as? [String: Any])?["uri"] as? String == "story.md")
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        let region = try #require(replacement["deletedRegion"] as? [String: Int])
        #expect(region == ["startLine": 1, "startColumn": 44, "endLine": 1, "endColumn": 58])
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "Okafor criticised")
        let evidence = try #require((slammed["properties"] as? [String: Any])?["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["text"] as? String } == ["Okafor slammed", "Okafor"])
        #expect(evidence[1]["region"] as? [String: Int] == ["startLine": 1, "startColumn": 44, "endLine": 1, "endColumn": 50])
        let age = try #require(results.first { $0["ruleId"] as? String == "house-age" })
        #expect(age["fixes"] == nil)
    }

    @Test("text prints the suggestion always and the evidence only when verbose")
    func text() throws {
        let report = try Self.report()
        let plain = TextReporter().render(report)
        #expect(plain.contains("story.md:1:44: help: Replace 'Okafor slammed' with 'Okafor criticised'\n"))
        #expect(!plain.contains("evidence:"))
        let verbose = TextReporter(verbose: true).render(report)
        #expect(verbose == """
        story.md:1:44: warning: 'Okafor slammed': say what Okafor did [house-slammed]
            Council leader Amara Okafor spoke first. 🎉 Okafor slammed the budget.
                                                       ^~~~~~~~~~~~~~
            evidence: match 'Okafor slammed' at 1:44
            evidence: person 'Okafor' at 1:44
        story.md:1:44: help: Replace 'Okafor slammed' with 'Okafor criticised'
        story.md:3:42: warning: Okafor is given as 55 here but 52 on line 3 [house-age]
            Amara Okafor, 52, said so. Later Okafor, 55, said no.
                                                     ^~
            evidence: key: person 'Okafor' at 3:34
            evidence: value: number '55' at 3:42
            evidence: other.key: person 'Amara Okafor' (okafor) at 3:1
            evidence: other.value: number '52' at 3:15
        story.md:3:15: note: '52' is given here
        1 file: 0 errors, 2 warnings, 0 info

        """)
    }

    @Test("a suggestion with a placeholder the check does not provide is refused where it is written")
    func badSuggestion() {
        let yaml = Self.slammed.replacingOccurrences(of: "suggest: \"{person} criticised\"", with: "suggest: \"{persn} criticised\"")
        let loaded = RuleLoader().load(yaml: yaml, file: "house.yml")
        #expect(loaded.rules.isEmpty)
        #expect(loaded.problems.map(\.description) == [
            "house.yml:6:10: error: the 'suggest' text uses '{persn}', which the 'pattern' check does not provide. Did you mean '{person}'? It provides: {date}, {line}, {match}, {number}, {org}, {person}, {place}, {quantity}, {text}, {title}.",
        ])
    }

    @Test("an empty suggestion deletes the text")
    func deletion() throws {
        let yaml = """
        id: house-very
        severity: info
        check: pattern
        pattern: "very"
        message: "'very' adds nothing"
        suggest: ""
        """
        let linter = Linter(rules: [try Self.rule(yaml)])
        let finding = try #require(linter.lint(bytes: Array("Title\n\nIt was very cold.\n".utf8), path: "a.txt").findings.first)
        #expect(finding.fix?.replacement == "")
        #expect(finding.fix?.summary == "Delete 'very'")
    }

    @Test("GitHub annotations and JUnit bodies carry the suggestion as a help line")
    func githubAndJUnit() throws {
        let report = try Self.report()
        #expect(GitHubReporter().render(report).contains("::warning file=story.md,line=1,col=44,endLine=1,endColumn=58,title=house-slammed::'Okafor slammed': say what Okafor did%0Ahelp: Replace 'Okafor slammed' with 'Okafor criticised'\n"))
        #expect(JUnitReporter().render(report).contains("story.md:1:44: help: Replace &apos;Okafor slammed&apos; with &apos;Okafor criticised&apos;</system-out>"))
    }
}
