import ArgumentParser
import FactLintKit
#if canImport(Glibc)
import Glibc
#endif

/// `factlint rules …`: list, show and test rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules, or run their examples.",
        subcommands: [List.self, Test.self]
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

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the built-in rules' examples.",
            discussion: "Every invalid example must fire exactly at its « » marked spans; every valid example must not fire. A rule without examples fails. Exit 1 if any example fails."
        )

        func run() throws {
            let rules = RuleSet.builtIn()
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
