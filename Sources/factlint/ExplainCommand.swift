import ArgumentParser
import FactLintKit

/// `factlint explain ID`: a rule's documentation and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what a rule checks, its message and its examples.",
        discussion: "House rules from the nearest .factlint.yml (or --config) are shown as well as the built-in ones."
    )

    @Argument(help: ArgumentHelp("The rule id, as shown in brackets after a finding.", valueName: "rule-id"))
    var id: String

    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        try Self.explain(id, catalog: try configOptions.catalog())
    }

    /// Prints a rule's documentation and examples; problems loading the house rules go to
    /// standard error and make the exit status 2 after the rule is shown.
    static func explain(_ id: String, catalog: RuleCatalog) throws {
        for problem in catalog.problems { writeStandardError("\(problem)") }
        guard let rule = catalog.all.rule(id) else {
            let known = catalog.all.rules.map(\.id)
            let hint = Suggestion.closest(to: id, in: known).map { " Did you mean '\($0)'?" } ?? ""
            throw fail("there is no rule '\(id)'.\(hint) Rules: \(known.joined(separator: ", ")).")
        }
        writeStandardOutput(describe(rule, catalog: catalog))
        if !catalog.problems.isEmpty { throw ExitCode(2) }
    }

    static func describe(_ rule: Rule, catalog: RuleCatalog) -> String {
        let descriptor = rule.descriptor
        var out = "\(rule.id) (\(descriptor.severity.rawValue), check: \(descriptor.check))\n\n"
        if !descriptor.description.isEmpty { out += descriptor.description.trimmingCharactersNewline() + "\n\n" }
        out += "Message: \(descriptor.message)\n"
        if let suggest = rule.suggest { out += "Suggests: \(suggest.text.isEmpty ? "deleting the text" : suggest.text)\n" }
        if rule.scope != .default {
            let parts = RuleScope.Part.allCases.filter(rule.scope.parts.contains).map(\.rawValue)
            out += "Scope: \((parts + (rule.scope.outsideQuotes ? [RuleScope.outsideQuotesName] : [])).joined(separator: ", "))\n"
        }
        if !rule.needs.isEmpty { out += "Needs: \(rule.needs.sorted().map(\.rawValue).joined(separator: ", "))\n" }
        if let replaces = descriptor.replaces { out += "Replaces: \(replaces)\n" }
        if !descriptor.tags.isEmpty { out += "Tags: \(descriptor.tags.joined(separator: ", "))\n" }
        if let link = descriptor.link { out += "More: \(link)\n" }
        out += "Defined in: \(descriptor.sourceLocation)\n"
        out += "Status: \(catalog.status(of: rule))\n"
        for example in rule.examples {
            out += "\n\(example.expectation == .invalid ? "Fires on" : "Does not fire on"):\n"
            // Put the markers back so the reader sees where it fires and where its notes point.
            var marks: [(offset: Int, text: String)] = []
            for span in example.expectedSpans { marks += [(span.lowerBound, "«"), (span.upperBound, "»")] }
            for span in example.expectedRelated { marks += [(span.lowerBound, "‹"), (span.upperBound, "›")] }
            var bytes = Array(example.text.utf8)
            for mark in marks.sorted(by: { $0.offset > $1.offset }) { bytes.insert(contentsOf: Array(mark.text.utf8), at: mark.offset) }
            var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            if lines.count > 1, lines.last == "" { lines.removeLast() }
            for line in lines { out += line.isEmpty ? "\n" : "    \(line)\n" }
        }
        return out
    }
}
