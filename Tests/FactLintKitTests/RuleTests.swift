import FactLintKit
import Foundation
import Testing

@Suite("Rules")
struct RuleTests {
    @Test("the built-in rules load without a problem")
    func builtInsLoad() {
        #expect(builtInRules.problems.map(\.description) == [])
        #expect(builtInRules.rules.map(\.id).contains("duplicate-sentence"))
    }

    @Test("every built-in rule's examples pass", arguments: RuleSet.builtIn().rules.map(\.id))
    func examples(id: String) throws {
        let rule = try #require(builtInRules.rule(id))
        let failures = RuleExampleRunner().run(rule)
        #expect(failures.map(\.description) == [])
    }

    @Test("a rule without examples fails the example run")
    func ruleWithoutExamples() throws {
        var set = RuleSet()
        set.add(yaml: "id: bare-rule\nseverity: info\ncheck: repetition\nmessage: again\n", file: "bare.yml")
        let rule = try #require(set.rule("bare-rule"))
        #expect(RuleExampleRunner().run(rule).map(\.message) == [
            "the rule needs at least one invalid and one valid example (it has 0 invalid, 0 valid)",
        ])
    }

    @Test("duplicate-sentence points at the later copy and relates the first")
    func duplicateSentence() throws {
        let text = """
        ---
        title: Test
        ---

        The committee will publish its final report on Friday morning.

        Other business followed.
        THE COMMITTEE will publish its   final report on Friday morning.
        """
        let rule = try #require(builtInRules.rule("duplicate-sentence"))
        let report = Linter(rules: [rule]).lint(bytes: Array(text.utf8), path: "a.md")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.message == "This sentence repeats the one on line 5 word for word")
        #expect(finding.location == SourceLocation(line: 8, column: 1, endLine: 8, endColumn: 65))
        #expect(finding.related.map(\.location) == [SourceLocation(line: 5, column: 1, endLine: 5, endColumn: 63)])
        #expect(finding.related.map(\.message) == ["first written here"])
    }

    @Test("mistakes in a rule file are all reported with their positions")
    func loaderErrors() {
        let yaml = """
        id: Bad_Rule
        severity: eror
        check: repetiton
        message: "{nope}"
        colour: red
        """
        let problems = RuleLoader().load(yaml: yaml, file: "bad.yml").problems
        #expect(problems.map { "\($0.line):\($0.column) \($0.message)" } == [
            "1:5 the id 'Bad_Rule' is not kebab-case; use lowercase words joined by '-', like 'weekday-mismatch'",
            "2:11 unknown severity 'eror'; use error, warning or info. Did you mean 'error'?",
            "3:8 unknown check 'repetiton'. Did you mean 'repetition'? Known checks: \(CheckRegistry.names.joined(separator: ", ")).",
            "5:1 unknown key 'colour'.",
        ])
    }

    @Test("unknown keys and placeholders are errors with suggestions")
    func unknownKeyAndPlaceholder() {
        let yaml = """
        id: my-rule
        severity: info
        check: repetition
        message: "Repeats line {other.lin}"
        min-word: 3
        """
        let problems = RuleLoader().load(yaml: yaml, file: "r.yml").problems
        #expect(problems.map { "\($0.line):\($0.column) \($0.message)" } == [
            "4:10 the message uses '{other.lin}', which the 'repetition' check does not provide. Did you mean '{other.line}'? It provides: {count}, {how}, {line}, {other.line}, {text}, {words}.",
            "5:1 unknown key 'min-word'. Did you mean 'min-words'? The 'repetition' check takes: min-words, similarity, max-findings.",
        ])
    }

    @Test("a dateline window must reach past its tolerance, and says so at the key")
    func datelineWindow() {
        let yaml = "id: d\nseverity: warning\ncheck: dateline-date\nmessage: m\ntolerance-days: 3\nwithin-days: 2\n"
        #expect(RuleLoader().load(yaml: yaml, file: "d.yml").problems.map(\.message) == [
            "'within-days' must be more than tolerance-days (3), or 0 for no limit",
        ])
        #expect(RuleLoader().load(yaml: yaml.replacingOccurrences(of: "within-days: 2", with: "within-days: 4"), file: "d.yml").problems.isEmpty)
    }

    @Test("a held story's choice must be one of three, and needs held-days to mean anything")
    func datelineHeld() {
        let yaml = "id: d\nseverity: info\ncheck: dateline-date\nmessage: m\nheld: without-proof\n"
        #expect(RuleLoader().load(yaml: yaml, file: "d.yml").problems.map(\.message) == [
            "'held' must be one of 'any', 'with-evidence', 'without-evidence', not 'without-proof'",
        ])
        let noDays = yaml.replacingOccurrences(of: "without-proof", with: "without-evidence")
        #expect(RuleLoader().load(yaml: noDays, file: "d.yml").problems.map(\.message) == [
            "'held' needs 'held-days' of 1 or more, the working days a held story may be old",
        ])
        #expect(RuleLoader().load(yaml: noDays + "held-days: 2\n", file: "d.yml").problems.isEmpty)
    }

    @Test("wrong types, YAML syntax, empty files and duplicate ids")
    func otherErrors() {
        let wrongType = RuleLoader().load(yaml: "id: x\nseverity: info\ncheck: repetition\nmessage: m\nmin-words: many\n", file: "t.yml")
        #expect(wrongType.problems.map(\.message) == ["'min-words' must be a whole number, not 'many'"])
        let syntax = RuleLoader().load(yaml: "id: [x\n", file: "s.yml")
        #expect(syntax.problems.count == 1)
        #expect(syntax.problems.first?.message.hasPrefix("this is not valid YAML") == true)
        #expect(RuleLoader().load(yaml: "\n", file: "e.yml").problems.map(\.message) == [
            "the rule file is empty; a rule needs at least 'id', 'severity', 'message' and 'check'",
        ])
        var set = RuleSet()
        let rule = "id: same\nseverity: info\ncheck: repetition\nmessage: m\n"
        set.add(yaml: rule, file: "a.yml")
        set.add(yaml: rule, file: "b.yml")
        #expect(set.problems.map(\.description) == ["b.yml:1:5: error: the rule id 'same' is already used; rule ids must be unique\na.yml:1:5: note: 'same' is first defined here"])
    }

    @Test("hostile YAML ends in an error, not a hang")
    func hostileYAML() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(RuleLoader().load(yaml: "id: " + deep, file: "d.yml").problems.first?.message
                == "the file was not read: it nests brackets 100000 deep, more than the 64 this reads")
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            bomb += "l\(level): &l\(level) [\(aliases)]\n"
        }
        bomb = bomb.replacingOccurrences(of: "&a", with: "&l0")
        let result = RuleLoader().load(yaml: bomb, file: "bomb.yml")
        #expect(result.rules.isEmpty)
        #expect(!result.problems.isEmpty)
    }
}

@Suite("Embedded rules")
struct EmbeddedRulesTests {
    @Test("the binary carries exactly the YAML files under Rules/")
    func embeddedMatchesFolder() throws {
        let root = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        let rules = root.appendingPathComponent("Rules")
        var onDisk: [String] = []
        let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            if ["yml", "yaml"].contains(url.pathExtension) {
                onDisk.append("Rules/" + url.path.dropFirst(rules.path.count + 1))
            }
        }
        // SwiftPM re-runs the embedding plugin when a rule file changes, but not when one is added
        // or removed; `touch Package.swift` makes it look again.
        #expect(RuleSet.embeddedFiles == onDisk.sorted(), "Rules/ changed since the last build: run `touch Package.swift` and build again")
    }
}
