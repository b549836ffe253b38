import ArgumentParser
import FactLintKit
#if canImport(Glibc)
import Glibc
#endif

/// `factlint rules …`: list, show and test rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show, validate and test rules.",
        subcommands: [List.self, Show.self, Validate.self, Test.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the rules: the built-in ones and the house rules of the nearest .factlint.yml (or --config).",
            discussion: "Each rule shows its severity, its check, whether it is on, and for a house rule the file it is defined in."
        )

        @Option(help: ArgumentHelp("Output format.", valueName: "format"))
        var format: ListFormat = .text

        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            let catalog = try configOptions.catalog()
            for problem in catalog.problems { writeStandardError("\(problem)") }
            if format == .json {
                var json = JSONWriter()
                json.beginArray()
                for rule in catalog.all.rules {
                    json.beginObject()
                    json.string("id", rule.id)
                    json.string("severity", rule.descriptor.severity.rawValue)
                    json.string("description", rule.descriptor.description)
                    json.string("check", rule.descriptor.check)
                    json.string("source", rule.descriptor.source)
                    json.int("line", rule.descriptor.line)
                    json.bool("builtIn", rule.descriptor.isBuiltIn)
                    json.bool("enabled", rule.enabledByDefault)
                    json.string("status", catalog.status(of: rule))
                    json.endObject()
                }
                json.endArray()
                writeStandardOutput(json.output + "\n")
            } else {
                var out = ""
                for rule in catalog.all.rules {
                    let status = catalog.status(of: rule)
                    let source = rule.descriptor.isBuiltIn ? "" : "  \(rule.descriptor.sourceLocation)"
                    out += "\(rule.id)  \(rule.descriptor.severity.rawValue)  \(rule.descriptor.check)\(source)\(status == "on" ? "" : "  (\(status))")\n"
                    let description = rule.descriptor.description.trimmingCharactersNewline()
                    if !description.isEmpty { out += "    \(description)\n" }
                }
                if let path = catalog.configurationPath { out += "\nConfiguration: \(path)\n" }
                writeStandardOutput(out)
            }
            if !catalog.problems.isEmpty { throw ExitCode(2) }
        }
    }

    enum ListFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one rule: what it checks, its message and examples (the same as 'factlint explain').")

        @Argument(help: ArgumentHelp("The rule id.", valueName: "rule-id"))
        var id: String

        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            try ExplainCommand.explain(id, catalog: try configOptions.catalog())
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rule files for mistakes without running them.",
            discussion: "Each mistake is printed as file:line:col: error: message. With no path, the configuration (the nearest .factlint.yml or --config) and its rule files are checked. Exit 2 if there is any mistake, 0 otherwise."
        )

        @Argument(help: ArgumentHelp("Rule files, or folders of .yml and .yaml files.", valueName: "path"))
        var paths: [String] = []

        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            var problems: [RuleProblem]
            let own: [Rule]
            if paths.isEmpty {
                let catalog = try configOptions.catalog()
                guard catalog.configurationPath != nil else {
                    throw fail("there is no .factlint.yml here or in a folder above; name rule files or folders, or give --config.")
                }
                problems = catalog.problems
                own = catalog.all.rules.filter { !$0.descriptor.isBuiltIn }
            } else {
                var set = RuleSet.builtIn()
                for path in paths {
                    guard InputCollector.exists(path) else { throw fail("'\(path)' does not exist.") }
                    set.add(path: path)
                }
                problems = set.problems
                own = set.rules.filter { !$0.descriptor.isBuiltIn }
            }
            problems.sort()
            for problem in problems { writeStandardError("\(problem)") }
            writeStandardOutput("\(own.count) \(own.count == 1 ? "rule" : "rules") read, \(problems.count) \(problems.count == 1 ? "problem" : "problems")\n")
            if !problems.isEmpty { throw ExitCode(2) }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run rules' own examples: the built-in rules' and the house rules of the nearest .factlint.yml (or --config), or those of the given rule files.",
            discussion: "A given file that defines a built-in rule's id (the rule's own file in a checkout of factlint) is tested as it is on disk, in place of the built-in rule. Every invalid example must fire exactly at its « » marked spans (and its notes at any ‹ › marked spans); every valid example must not fire. Each example also runs with an emoji and accents before the span, with CRLF line ends, and under a factlint-disable-next-line comment. A rule without examples fails. Exit 1 if any example fails, 2 if a rule file has mistakes."
        )

        @Argument(help: ArgumentHelp("Rule files or folders to test instead of the configured rules, or the ids of configured rules to test alone.",
                                     valueName: "path-or-id"))
        var paths: [String] = []

        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            var rules: RuleSet
            let ids = paths.filter { !InputCollector.exists($0) }
            if paths.isEmpty {
                rules = try configOptions.catalog().all
            } else if !ids.isEmpty {
                // Rule ids: the configured rules of those names (built-in or house rules).
                rules = try configOptions.catalog().all
                let known = Set(rules.rules.map(\.id))
                if let unknown = ids.first(where: { !known.contains($0) }) {
                    throw fail("'\(unknown)' is neither a file nor a rule id; `factlint rules list` shows the rules.")
                }
                guard ids.count == paths.count else { throw fail("give rule files or rule ids, not both.") }
                let wanted = Set(ids)
                rules.filter { wanted.contains($0.id) }
            } else {
                // A file that defines a built-in rule's id (that rule's own file, edited in a
                // checkout) is tested in the built-in rule's place, as it is on disk.
                var given = RuleSet()
                for path in paths { given.add(path: path) }
                let givenIDs = Set(given.rules.map(\.id))
                rules = RuleSet.builtIn()
                rules.filter { !($0.descriptor.isBuiltIn && givenIDs.contains($0.id)) }
                for path in paths { rules.add(path: path) }
                rules.filter { !$0.descriptor.isBuiltIn }
            }
            for problem in rules.problems { writeStandardError("\(problem)") }
            let runner = RuleExampleRunner()
            var failed = 0
            var out = ""
            for rule in rules.rules {
                let failures = runner.run(rule)
                let source = rule.descriptor.isBuiltIn ? "" : " \(rule.descriptor.sourceLocation)"
                if failures.isEmpty {
                    out += "ok    \(rule.id)\(source) (\(rule.examples.count) examples)\n"
                } else {
                    failed += 1
                    out += "FAIL  \(rule.id)\(source)\n"
                    for failure in failures {
                        let lines = failure.description.split(separator: "\n", omittingEmptySubsequences: false)
                        for line in lines { out += "      \(line)\n" }
                    }
                }
            }
            out += "\(rules.rules.count - failed) passed, \(failed) failed\n"
            writeStandardOutput(out)
            if !rules.problems.isEmpty { throw ExitCode(2) }
            if failed > 0 { throw ExitCode(1) }
        }
    }
}

extension String {
    /// Folds line breaks in a YAML folded description to spaces and trims it.
    func trimmingCharactersNewline() -> String {
        split(whereSeparator: { $0 == "\n" }).joined(separator: " ").trimmingPrefixSpaces()
    }

    private func trimmingPrefixSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
