import ArgumentParser
import FactLintKit

/// `factlint explain ID`: a rule's documentation and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what a rule checks, its message and its examples."
    )

    @Argument(help: ArgumentHelp("The rule id, as shown in brackets after a finding.", valueName: "rule-id"))
    var id: String

    func run() throws {
        try Self.explain(id)
    }

    /// Prints a rule's documentation and examples.
    static func explain(_ id: String) throws {
        let rules = RuleSet.builtIn()
        guard let rule = rules.rule(id) else {
            let known = rules.rules.map(\.id)
            throw ValidationError("There is no rule '\(id)'. Rules: \(known.joined(separator: ", ")).")
        }
        var out = "\(rule.id) (\(rule.descriptor.severity.rawValue), check: \(rule.descriptor.check))\n\n"
        out += rule.descriptor.description.trimmingCharactersNewline() + "\n\n"
        out += "Message: \(rule.descriptor.message)\n"
        if let link = rule.descriptor.link { out += "More: \(link)\n" }
        out += "Defined in: \(rule.descriptor.source)\n"
        for example in rule.examples {
            out += "\n\(example.expectation == .invalid ? "Fires on" : "Does not fire on"):\n"
            var text = example.text
            // Put the markers back so the reader sees where it fires.
            var bytes = Array(text.utf8)
            for span in example.expectedSpans.sorted(by: { $0.lowerBound > $1.lowerBound }) {
                bytes.insert(contentsOf: Array("»".utf8), at: span.upperBound)
                bytes.insert(contentsOf: Array("«".utf8), at: span.lowerBound)
            }
            text = String(decoding: bytes, as: UTF8.self)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) { out += "    \(line)\n" }
        }
        writeStandardOutput(out)
    }
}
