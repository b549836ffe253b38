/// Runs rules' own examples: every `invalid` example must fire at exactly its marked spans (and
/// with its message, when given); every `valid` example must not fire. A rule without examples fails.
public struct RuleExampleRunner: Sendable {
    /// One failed expectation.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public var ruleID: String
        public var origin: String
        public var message: String
        public var description: String { "\(origin): \(ruleID): \(message)" }
    }

    public let options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) { self.options = options }

    /// Failures for one rule; empty when all its examples behave.
    public func run(_ rule: Rule) -> [Failure] {
        var failures: [Failure] = []
        let invalid = rule.examples.filter { $0.expectation == .invalid }
        let valid = rule.examples.filter { $0.expectation == .valid }
        if invalid.isEmpty || valid.isEmpty {
            failures.append(Failure(ruleID: rule.id, origin: rule.descriptor.source,
                                    message: "the rule needs at least one invalid and one valid example (it has \(invalid.count) invalid, \(valid.count) valid)"))
        }
        for example in rule.examples {
            var exampleOptions = options
            if let roster = example.roster { exampleOptions.roster = Roster.parse(yaml: roster, path: example.origin).0 }
            let linter = Linter(rules: [rule], options: exampleOptions)
            let path = example.format == .markdown ? "example.md" : "example.txt"
            let report = linter.lint(bytes: Array(example.text.utf8), path: path, format: example.format)
            let source = SourceText(example.text)
            let describe = { (span: SourceSpan) -> String in
                let location = source.location(of: span)
                return "\(location.line):\(location.column)-\(location.endLine):\(location.endColumn) «\(source.text(of: span))»"
            }
            switch example.expectation {
            case .valid:
                for finding in report.findings {
                    failures.append(Failure(ruleID: rule.id, origin: example.origin,
                                            message: "a valid example fired at \(describe(finding.span)): \(finding.message)"))
                }
            case .invalid:
                let expected = example.expectedSpans.map { SourceSpan(start: $0.lowerBound, end: $0.upperBound) }.sorted()
                let actual = report.findings.map(\.span).sorted()
                if expected != actual {
                    let wanted = expected.map(describe).joined(separator: ", ")
                    let got = actual.isEmpty ? "nothing" : actual.map(describe).joined(separator: ", ")
                    failures.append(Failure(ruleID: rule.id, origin: example.origin,
                                            message: "expected a finding at \(wanted) but got \(got)"))
                }
                if let message = example.expectedMessage, let finding = report.findings.first, finding.message != message {
                    failures.append(Failure(ruleID: rule.id, origin: example.origin,
                                            message: "expected the message \"\(message)\" but got \"\(finding.message)\""))
                }
            }
        }
        return failures
    }
}
