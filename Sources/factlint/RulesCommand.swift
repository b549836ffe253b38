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
        static let configuration = CommandConfiguration(abstract: "List the built-in rules.")

        @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
        var format: String = "text"

        func validate() throws {
            guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json, not '\(format)'.") }
        }

        func run() throws {
            let rules = RuleSet.builtIn()
            if format == "json" {
                var json = JSONWriter()
                json.beginArray()
                for rule in rules.rules {
                    json.beginObject()
                    json.string("id", rule.id)
                    json.string("severity", rule.descriptor.severity.rawValue)
                    json.string("description", rule.descriptor.description)
                    json.string("check", rule.descriptor.check)
                    json.string("source", rule.descriptor.source)
                    json.bool("enabled", rule.enabledByDefault)
                    json.endObject()
                }
                json.endArray()
                writeStandardOutput(json.output + "\n")
            } else {
                var out = ""
                for rule in rules.rules {
                    out += "\(rule.id)  \(rule.descriptor.severity.rawValue)  \(rule.descriptor.check)\(rule.enabledByDefault ? "" : "  (off by default)")\n"
                    out += "    \(rule.descriptor.description.trimmingCharactersNewline())\n"
                }
                writeStandardOutput(out)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one rule: what it checks, its message and examples (the same as 'factlint explain').")

        @Argument(help: ArgumentHelp("The rule id.", valueName: "rule-id"))
        var id: String

        func run() throws {
            try ExplainCommand.explain(id)
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rule files for mistakes without running them.",
            discussion: "Each mistake is printed as file:line:col: error: message. Exit 2 if there is any, 0 otherwise."
        )

        @Argument(help: ArgumentHelp("Rule files, or folders of .yml and .yaml files.", valueName: "path"))
        var paths: [String]

        func run() throws {
            var set = RuleSet.builtIn()
            for path in paths {
                guard InputCollector.exists(path) else { throw ValidationError("'\(path)' does not exist.") }
                set.add(path: path)
            }
            for problem in set.problems { writeStandardError("\(problem)") }
            let own = set.rules.filter { !$0.descriptor.source.hasPrefix("Rules/") }
            writeStandardOutput("\(own.count) \(own.count == 1 ? "rule" : "rules") read, \(set.problems.count) \(set.problems.count == 1 ? "problem" : "problems")\n")
            if !set.problems.isEmpty { throw ExitCode(2) }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run rules' own examples: the built-in rules', or those of the given rule files.",
            discussion: "Every invalid example must fire exactly at its « » marked spans; every valid example must not fire. A rule without examples fails. Exit 1 if any example fails, 2 if a rule file has mistakes."
        )

        @Argument(help: ArgumentHelp("Rule files or folders to test instead of the built-in rules.", valueName: "path"))
        var paths: [String] = []

        func run() throws {
            var rules = RuleSet.builtIn()
            if !paths.isEmpty {
                for path in paths {
                    guard InputCollector.exists(path) else { throw ValidationError("'\(path)' does not exist.") }
                    rules.add(path: path)
                }
                rules.filter { !$0.descriptor.source.hasPrefix("Rules/") }
            }
            for problem in rules.problems { writeStandardError("\(problem)") }
            let runner = RuleExampleRunner()
            var failed = 0
            var out = ""
            for rule in rules.rules {
                let failures = runner.run(rule)
                if failures.isEmpty {
                    out += "ok    \(rule.id) (\(rule.examples.count) examples)\n"
                } else {
                    failed += 1
                    out += "FAIL  \(rule.id)\n"
                    for failure in failures { out += "      \(failure)\n" }
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
