import FactLintKit
import Foundation
import Testing

@Suite("Configuration, suppressions and baselines")
struct ConfigurationTests {
    @Test("configuration mistakes are located and suggest a fix")
    func configurationErrors() {
        let (_, problems) = Configuration.parse(yaml: "version: 1\ndisabel: [style]\ndate-order: YMD\n", path: ".factlint.yml")
        #expect(problems.map(\.description) == [
            ".factlint.yml:2:1: error: unknown key 'disabel'. Did you mean 'disable'? Keys: version, rules, enable, disable, severity, parameters, fail-on, date-order, include, exclude, roster, input.",
            ".factlint.yml:3:13: error: 'date-order' is MDY or DMY, not 'YMD'",
        ])
    }

    @Test("an empty configuration, or one of comments, means the defaults; a list does not")
    func emptyConfiguration() {
        for yaml in ["", "\n", "# nothing here yet\n"] {
            let (configuration, problems) = Configuration.parse(yaml: yaml, path: ".factlint.yml")
            #expect(problems.isEmpty)
            #expect(configuration.dateOrder == nil)
        }
        let (_, problems) = Configuration.parse(yaml: "- a\n", path: ".factlint.yml")
        #expect(problems.map(\.description) == [
            ".factlint.yml:1:1: error: a configuration is a mapping of keys such as 'version: 1' and 'disable: [...]'",
        ])
    }

    @Test("a configuration turns rules on and off, changes severities and parameters")
    func configuredRules() throws {
        let yaml = """
        version: 1
        enable: [first-reference]
        disable: [dates]
        severity: {duplicate-sentence: error}
        parameters: {duplicate-sentence: {min-words: 3}}
        """
        let (configuration, problems) = Configuration.parse(yaml: yaml, path: "c.yml")
        #expect(problems.isEmpty)
        let rules = RuleSet.builtIn().configured(with: configuration)
        #expect(rules.problems.isEmpty)
        let ids = rules.rules.map(\.id)
        #expect(ids.contains("first-reference"))
        #expect(!ids.contains("weekday-mismatch"))
        let duplicate = try #require(rules.rule("duplicate-sentence"))
        #expect(duplicate.descriptor.severity == .error)
        let report = Linter(rules: [duplicate]).lint(bytes: Array("Ships sailed home. Ships sailed home.\n".utf8), path: "a.md")
        #expect(report.findings.map(\.location.column) == [20])
    }

    @Test("unknown rule names in a configuration are problems")
    func unknownNames() {
        let (configuration, _) = Configuration.parse(yaml: "disable: [wekday-mismatch]\n", path: "c.yml")
        #expect(RuleSet.builtIn().configured(with: configuration).problems.map(\.message) == [
            "there is no rule or tag named 'wekday-mismatch' (in 'disable'). Did you mean 'weekday-mismatch'?",
        ])
    }

    @Test("include and exclude globs")
    func globs() {
        var configuration = Configuration()
        configuration.include = ["news/**"]
        configuration.exclude = ["news/drafts/*.md"]
        #expect(configuration.admits("news/2024/story.md"))
        #expect(!configuration.admits("news/drafts/story.md"))
        #expect(!configuration.admits("other/story.md"))
    }

    @Test("suppression comments hide findings and report the ones that hide nothing")
    func suppressions() throws {
        let text = """
        The ferry will leave the harbour at nine o'clock tomorrow morning.

        <!-- factlint-disable-next-line duplicate-sentence -- kept on purpose -->
        The ferry will leave the harbour at nine o'clock tomorrow morning.

        <!-- factlint-disable-next-line weekday-mismatch -->
        Nothing else happened.
        """
        let rule = try #require(RuleSet.builtIn().rule("duplicate-sentence"))
        let report = Linter(rules: [rule]).lint(bytes: Array(text.utf8), path: "a.md")
        #expect(report.findings.map { "\($0.location.line) \($0.ruleID) \($0.severity.rawValue): \($0.message)" } == [
            "6 unused-suppression info: This suppression of weekday-mismatch hides nothing; remove it",
        ])
    }

    @Test("a baseline hides known findings by rule, path and text, not by line")
    func baseline() throws {
        let rule = try #require(RuleSet.builtIn().rule("duplicate-sentence"))
        let linter = Linter(rules: [rule])
        let first = "The ferry will leave the harbour at nine o'clock tomorrow morning.\n\nThe ferry will leave the harbour at nine o'clock tomorrow morning.\n"
        let report = LintReport(files: [linter.lint(bytes: Array(first.utf8), path: "a.md")], rules: [])
        let baseline = Baseline(report: report)
        // A paragraph added above moves the finding down two lines; it stays hidden.
        let edited = "A new opening paragraph.\n\n" + first
        let later = LintReport(files: [linter.lint(bytes: Array(edited.utf8), path: "a.md")], rules: [])
        #expect(later.findings.count == 1)
        #expect(baseline.filter(later).findings.isEmpty)
        #expect(baseline.serialized().contains("\"rule\": \"duplicate-sentence\""))
    }
}

@Suite("Custom rules")
struct CustomRuleTests {
    func rule(_ yaml: String) throws -> Rule {
        var set = RuleSet()
        set.add(yaml: yaml, file: "custom.yml")
        #expect(set.problems.map(\.description) == [])
        return try #require(set.rules.first)
    }

    func findings(_ rule: Rule, _ text: String) -> [String] {
        Linter(rules: [rule]).lint(bytes: Array(text.utf8), path: "a.md").findings.map { "\($0.location.line):\($0.location.column) \($0.message)" }
    }

    @Test("consistency compares meanings: the same person, the same number")
    func consistency() throws {
        let rule = try rule("""
        id: ages
        severity: warning
        check: consistency
        pattern: "{person} , {number} ,"
        key: person
        value: number
        message: "{key} is {value} here, {other.value} on line {other.line}"
        """)
        #expect(findings(rule, "Chief Justice Ola Dahl, 60, spoke. Later Dahl, 62, left.\n") == ["1:48 Dahl is 62 here, 60 on line 1"])
        #expect(findings(rule, "Chief Justice Ola Dahl, 60, spoke. Later Dahl, 60, left.\n") == [])
    }

    @Test("require needs its companion phrase in the same sentence")
    func require() throws {
        let rule = try rule("""
        id: anonymous-source
        severity: info
        check: require
        if: "(a|an) (source|official) said"
        then: "(because|not authorised|not authorized|on condition)"
        message: "'{match}': say why the source is anonymous"
        """)
        #expect(findings(rule, "A source said the deal was done.\n") == ["1:1 'A source said': say why the source is anonymous"])
        #expect(findings(rule, "A source said the deal was done, speaking on condition of anonymity.\n") == [])
    }

    @Test("uniqueness: one title, one person")
    func uniqueness() throws {
        let rule = try rule("""
        id: one-holder
        severity: warning
        check: uniqueness
        pattern: "{title} {person}"
        key: title
        value: person
        message: "'{key}' is {value} here but {other.key} on line {other.line}"
        """)
        #expect(findings(rule, "Norland Finance Minister Jan Holt met Norland Finance Minister Eva Berg.\n")
                == ["1:39 'Norland Finance Minister' is Eva Berg here but Jan Holt on line 1"])
    }

    @Test("a broken pattern is a located error")
    func brokenPattern() {
        let problems = RuleLoader().load(yaml: "id: x\nseverity: info\ncheck: pattern\nmessage: m\npattern: \"{persn} said\"\n", file: "p.yml").problems
        #expect(problems.map(\.description) == [
            "p.yml:5:10: error: 'pattern' is not a valid pattern: '{persn}' is not a slot. Did you mean '{person}'? Slots: {person}, {title}, {date}, {number}, {quantity}, {org}, {place}, {any}.",
        ])
    }

    @Test("a regular expression that runs too long is cut short, and a warning names the rule")
    func regexTimeLimit() throws {
        let rule = try rule("""
        id: slow
        severity: error
        check: pattern
        regex: "(a+)+b"
        regex-time-limit-ms: 20
        message: "found {match}"
        """)
        let text = String(repeating: "a", count: 40) + "c.\n"
        let start = Date()
        let found = Linter(rules: [rule]).lint(bytes: Array(text.utf8), path: "a.md").findings
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(found.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.ruleID) \($0.message)" } == [
            "1:1 warning slow Stopped checking this sentence for 'slow' after its regular expression ran for 20 ms; later matches in it may be missed",
        ])
    }

    @Test("a token pattern that runs out of steps is cut short, and a warning names the rule")
    func patternStepLimit() throws {
        let rule = try rule("""
        id: gaps
        severity: error
        check: pattern
        pattern: "\(String(repeating: "... ", count: 12))quay"
        message: "found {match}"
        """)
        let text = "Workers met at noon. " + String(repeating: "Ships came to the harbour ", count: 8) + "and left.\n"
        #expect(findings(rule, text) == [
            "1:22 Stopped checking this sentence for 'gaps' after its pattern took more than 200,000 matching steps; later matches in it may be missed",
        ])
    }
}

@Suite("Newsroom vocabularies")
struct NewsroomLexiconTests {
    @Test("a lexicon in a configured rule folder extends the built-in one")
    func extendsTitles() throws {
        let root = ScratchFolders.make("factlint-lexicon")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("house"), withIntermediateDirectories: true)
        try "version: 1\nrules: [house/]\n".write(to: root.appendingPathComponent(".factlint.yml"), atomically: true, encoding: .utf8)
        try "lexicon: title-roles\nwords: [curator]\n".write(to: root.appendingPathComponent("house/titles.yml"), atomically: true, encoding: .utf8)
        let article = root.appendingPathComponent("story.md").path
        let resolver = ConfigurationResolver(explicit: nil)
        let linter = resolver.linter(for: article)
        #expect(resolver.problems.isEmpty)
        let facts = linter.extractor.extract(from: linter.reader.read(bytes: Array("Curator Ada Lind opened the show.\n".utf8), path: "story.md"))
        #expect(facts.people.map { "\($0.name): \($0.titles.map(\.text))" } == ["Ada Lind: [\"Curator\"]"])
    }
}
