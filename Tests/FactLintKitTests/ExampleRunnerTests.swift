@testable import FactLintKit
import Foundation
import Testing

/// A failing example says what the rule saw; examples also run in variants; notes are checked.
@Suite("Example runner")
struct ExampleRunnerTests {
    static func rule(_ yaml: String) throws -> Rule {
        let loaded = RuleLoader().load(yaml: yaml, file: "r.yml")
        #expect(loaded.problems.map(\.description) == [])
        return try #require(loaded.rules.first)
    }

    static let age = """
    id: house-age
    severity: warning
    check: consistency
    pattern: "{person} , {number} ,"
    key: person
    value: number
    message: "{key} is given as {value} here but {other.value} on line {other.line}"
    examples:
      invalid:
        - text: |
            Harbour master Ingrid Solberg, 52, said the boats had returned.

            Solberg, aged «55», said repairs would take a month.
      valid:
        - text: "Ingrid Solberg, 52, spoke."
    """

    @Test("a missing finding is explained: the facts at the span and the pattern's nearest match")
    func explainsMissingFinding() throws {
        let failures = RuleExampleRunner().run(try Self.rule(Self.age))
        #expect(failures.map(\.description) == ["""
        r.yml:10: house-age: expected a finding at 3:15-3:17 «55» but got nothing
          facts there: number '55' at 3:15
          'pattern' {person} , {number} ,: the nearest match is «Solberg,» at 3:1 for '{person} ,'; then {number} was needed but found «aged» at 3:10
        """])
    }

    @Test("when the pattern matches in full, the explanation says so")
    func fullMatchExplained() throws {
        let yaml = Self.age.replacingOccurrences(of: "Solberg, aged «55», said", with: "Solberg, «52», said")
        let failures = RuleExampleRunner().run(try Self.rule(yaml))
        #expect(failures.map(\.message) == ["""
        expected a finding at 3:10-3:12 «52» but got nothing
          facts there: number '52' at 3:10
          'pattern' matches this sentence in full: «Solberg, 52,» at 3:1
        """])
    }

    static let hit = """
    id: house-hit
    severity: warning
    check: pattern
    pattern: "{person} (slammed|blasted)"
    message: "'{match}'"
    examples:
      invalid:
        - text: "Council leader Amara Okafor spoke first. «Okafor slammed» the plan."
      valid:
        - text: "Council leader Amara Okafor spoke first. Okafor praised the plan."
    """

    @Test("notes marked ‹ › must be where the finding's notes are")
    func relatedNotesChecked() throws {
        let age = Self.age.replacingOccurrences(of: "Solberg, aged «55», said", with: "Ingrid Solberg, «55», said")
        let right = age.replacingOccurrences(of: "Ingrid Solberg, 52, said the boats", with: "Ingrid Solberg, ‹52›, said the boats")
        #expect(RuleExampleRunner().run(try Self.rule(right)).map(\.message) == [])
        let wrong = age.replacingOccurrences(of: "Harbour master Ingrid", with: "‹Harbour› master Ingrid")
        #expect(RuleExampleRunner().run(try Self.rule(wrong)).map(\.message) == [
            "expected notes at 1:1-1:8 «Harbour» but the notes are at 1:32-1:34 «52»",
        ])
        let none = Self.hit.replacingOccurrences(of: "the plan.\"\n  valid", with: "the ‹plan›.\"\n  valid")
        #expect(RuleExampleRunner().run(try Self.rule(none)).map(\.message) == [
            "expected notes at 1:61-1:65 «plan» but there are no notes",
        ])
    }

    @Test("an example runs with CRLF, with an emoji and accents before the span, and under a suppression comment")
    func variantsBuilt() throws {
        let rule = try Self.rule(Self.hit)
        let example = try #require(rule.examples.first)
        let article = ArticleReader().read(bytes: Array(example.text.utf8), path: "example.md", format: .markdown)
        let variants = ExampleVariant.variants(of: example, ruleID: rule.id, article: article)
        #expect(variants.map(\.name) == ["with CRLF line ends", "with an emoji and accents before the span", "under a factlint-disable-next-line comment"])
        #expect(variants[1].text == "Council leader Amara Okafor spoke first. <!-- 🎉 café naïve -->Okafor slammed the plan.")
        #expect(variants[2].text == "<!-- factlint-disable-next-line house-hit -->\nCouncil leader Amara Okafor spoke first. Okafor slammed the plan.")
        #expect(variants[2].suppressedLine == 2)
        #expect(RuleExampleRunner().run(rule).isEmpty)
        // In the middle of a Markdown paragraph a comment line would split it: the comment goes
        // at the end of the line instead.
        let wrapped = Self.hit.replacingOccurrences(of: "- text: \"Council leader Amara Okafor spoke first. «Okafor slammed» the plan.\"",
                                                     with: "- text: \"Council leader Amara Okafor spoke first.\\n«Okafor slammed» the plan.\"")
        let wrappedRule = try Self.rule(wrapped)
        let wrappedExample = try #require(wrappedRule.examples.first)
        let wrappedArticle = ArticleReader().read(bytes: Array(wrappedExample.text.utf8), path: "example.md", format: .markdown)
        let wrappedVariants = ExampleVariant.variants(of: wrappedExample, ruleID: wrappedRule.id, article: wrappedArticle)
        #expect(wrappedVariants.last?.text == "Council leader Amara Okafor spoke first.\nOkafor slammed the plan. <!-- factlint-disable-line house-hit -->")
        #expect(RuleExampleRunner().run(wrappedRule).isEmpty)
    }

    @Test("a rule that depends on what comes before the span fails its emoji variant; variants: false opts out")
    func variantFailureReported() throws {
        let yaml = """
        id: house-start
        severity: info
        check: pattern
        regex: "^Okafor slammed"
        message: "'{match}'"
        examples:
          invalid:
            - text: "Budget Row\\n\\n«Okafor slammed» the budget.\\n"
              format: text
          valid:
            - text: "Budget Row\\n\\nOkafor praised the budget.\\n"
              format: text
        """
        #expect(RuleExampleRunner().run(try Self.rule(yaml)).map(\.message) == [
            "with an emoji at the start of the span's line: expected 3:3-3:17 «Okafor slammed»: 'Okafor slammed' but got nothing (write 'variants: false' on the example if it cannot hold)",
        ])
        let optedOut = yaml.replacingOccurrences(of: "      format: text\n  valid", with: "      format: text\n      variants: false\n  valid")
        #expect(RuleExampleRunner().run(try Self.rule(optedOut)).isEmpty)
    }

    @Test("explain puts both kinds of marker back")
    func explainShowsMarkers() throws {
        let dir = try CLITests.folder([
            ".factlint.yml": Array("version: 1\nrules: [r.yml]\n".utf8),
            "r.yml": Array(Self.age.replacingOccurrences(of: "Solberg, aged «55», said", with: "Ingrid Solberg, «55», said")
                .replacingOccurrences(of: "Ingrid Solberg, 52, said the boats", with: "Ingrid Solberg, ‹52›, said the boats").utf8),
        ])
        let result = try CLITests.run(["explain", "house-age"], in: dir)
        #expect(result.stdout.contains("Fires on:\n    Harbour master Ingrid Solberg, ‹52›, said the boats had returned.\n\n    Ingrid Solberg, «55», said repairs would take a month.\n\nDoes not fire on:"))
    }
}
