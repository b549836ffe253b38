import FactLintKit
import Foundation
import Testing

/// Mistakes in rule files and configurations are located where they are, all reported in one
/// pass, with the bad value quoted and a suggestion.
@Suite("Rule file and configuration problems")
struct RuleFileProblemTests {
    @Test("a YAML syntax error points at where the unterminated quote opened, not the end of the file")
    func syntaxErrorAtContext() {
        let yaml = "id: house-x\nseverity: \"warning\ncheck: pattern\nmessage: m\n"
        #expect(RuleLoader().load(yaml: yaml, file: "x.yml").problems.map(\.description) == [
            "x.yml:2:11: error: this is not valid YAML: a quoted scalar starts here and is never closed; the file ends first",
        ])
    }

    @Test("a parser error is located where it was noticed, with a note where the mapping starts")
    func parserErrorWithNote() {
        let yaml = "id: house-x\nmessage: 'it's here'\n"
        #expect(RuleLoader().load(yaml: yaml, file: "x.yml").problems.map(\.description) == [
            "x.yml:2:14: error: this is not valid YAML: did not find expected key (while parsing a block mapping that starts at line 1)\nx.yml:1:1: note: a block mapping starts here",
        ])
    }

    @Test("a duplicate id is reported at its second definition, with a note at the first")
    func duplicateID() {
        var set = RuleSet()
        let rule = "id: house-same\nseverity: info\ncheck: repetition\nmessage: m\n"
        set.add(yaml: "# first\n" + rule + "---\n" + rule, file: "a.yml")
        #expect(set.problems.map(\.description) == [
            "a.yml:7:5: error: the rule id 'house-same' is already used; rule ids must be unique\na.yml:2:5: note: 'house-same' is first defined here",
        ])
        var withBuiltIns = RuleSet.builtIn()
        withBuiltIns.add(yaml: "\n\nid: age-conflict\nseverity: info\ncheck: repetition\nmessage: m\n", file: "mine.yml")
        let problem = withBuiltIns.problems.first
        #expect(problem?.description.hasPrefix("mine.yml:3:5: error: the rule id 'age-conflict' is already used; a built-in rule has it. To supersede that rule, give yours another id and 'replaces: age-conflict'\nRules/") == true)
    }

    @Test("a rule file that is not UTF-8 is refused at the bad byte")
    func invalidUTF8() throws {
        let bytes = Array("id: house-caf\nmessage: \"Caf".utf8) + [0xE9] + Array("\"\n".utf8)
        let dir = try CLITests.folder(["rules/latin1.yml": bytes])
        var set = RuleSet()
        set.add(path: dir.appendingPathComponent("rules").path)
        #expect(set.rules.isEmpty)
        #expect(set.problems.map { "\($0.line):\($0.column) \($0.message)" } == [
            "2:14 the rule file is not valid UTF-8: the byte 0xE9 here is not a character; save the file as UTF-8",
        ])
        let result = try CLITests.run(["rules", "validate", "rules"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == "rules/latin1.yml:2:14: error: the rule file is not valid UTF-8: the byte 0xE9 here is not a character; save the file as UTF-8\n")
    }

    @Test("a misspelt key gets its did-you-mean at once, not 'the rule has no message' first")
    func misspeltKeyInOnePass() {
        let yaml = """
        id: house-slammed
        severity: warning
        check: pattern
        pattern: "{person} slammed"
        mesage: "say what {person} did"
        """
        #expect(RuleLoader().load(yaml: yaml, file: "r.yml").problems.map(\.description) == [
            "r.yml:5:1: error: unknown key 'mesage'. Did you mean 'message'? The 'pattern' check takes: pattern, regex, unless, regex-time-limit-ms.",
        ])
    }

    @Test("with the check misspelt too, every mistake is reported in the same pass")
    func everythingInOnePass() {
        let yaml = """
        id: house-slammed
        severity: warnng
        chek: patern
        patern: "{person} slammed"
        mesage: "say what {person} did"
        """
        #expect(RuleLoader().load(yaml: yaml, file: "r.yml").problems.map(\.description) == [
            "r.yml:2:11: error: unknown severity 'warnng'; use error, warning or info. Did you mean 'warning'?",
            "r.yml:3:1: error: unknown key 'chek'. Did you mean 'check'?",
            "r.yml:3:7: error: unknown check 'patern'. Did you mean 'pattern'? Known checks: \(CheckRegistry.names.joined(separator: ", ")).",
            "r.yml:4:1: error: unknown key 'patern'. Did you mean 'pattern'?",
            "r.yml:5:1: error: unknown key 'mesage'. Did you mean 'message'?",
        ])
    }

    // MARK: Configuration

    @Test("configuration problems use the path as given and the line of the entry, with a suggestion")
    func configurationNamesLocated() throws {
        let yaml = "version: 1\nrules: [house/]\ndisable: [slamed]\n"
        let dir = try InspectionCLITests.newsroom(config: yaml)
        let result = try CLITests.run(["lint", "--config", "./.factlint.yml", "story.txt"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == "./.factlint.yml:3:11: error: there is no rule or tag named 'slamed' (in 'disable'). Did you mean 'house-slammed'?\n")
        let nearest = try CLITests.run(["lint", "story.txt"], in: dir)
        #expect(nearest.stderr == ".factlint.yml:3:11: error: there is no rule or tag named 'slamed' (in 'disable'). Did you mean 'house-slammed'?\n")
    }

    @Test("a bad severity is quoted, with the closest one")
    func severityQuoted() {
        let (_, problems) = Configuration.parse(yaml: "version: 1\nseverity:\n  house-slammed: warnin\n  name-variant: [x]\nfail-on: eror\n", path: "c.yml")
        #expect(problems.map(\.description) == [
            "c.yml:3:18: error: 'warnin' is not a severity; a severity is error, warning or info. Did you mean 'warning'?",
            "c.yml:4:17: error: a list is not a severity; a severity is error, warning or info.",
            "c.yml:5:10: error: 'eror' is not a severity; 'fail-on' is error, warning or info. Did you mean 'error'?",
        ])
    }

    @Test("a missing rule folder is reported at its line in the configuration, with the folder it may mean")
    func missingRuleFolder() throws {
        let dir = try InspectionCLITests.newsroom(config: "version: 1\n\nrules:\n  - hose/\n")
        let result = try CLITests.run(["lint", "story.txt"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == ".factlint.yml:4:5: error: 'rules' names 'hose/', which does not exist. Did you mean 'house/'? Rule paths are files or folders relative to the configuration.\n")
    }

    @Test("a missing roster is reported at its line in the configuration")
    func missingRoster() throws {
        let dir = try InspectionCLITests.newsroom(config: "version: 1\nrules: [house/]\nroster: [people.yml]\n")
        let result = try CLITests.run(["lint", "story.txt"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == ".factlint.yml:3:10: error: 'roster' names 'people.yml', which does not exist. Roster paths are relative to the configuration.\n")
    }
}
