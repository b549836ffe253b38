/// Runs rules' own examples: every `invalid` example must fire at exactly its « » marked spans
/// (with its notes at exactly its ‹ › marked spans, when marked, and with its message, when
/// given); every `valid` example must not fire. Each example runs again in variants (CRLF line
/// ends; an emoji and accents before the span; under a suppression comment, where the finding
/// must vanish). A rule without examples fails. A missing finding is explained: the facts read
/// at the span and how far each of the rule's patterns got.
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
            failures.append(Failure(ruleID: rule.id, origin: rule.descriptor.sourceLocation,
                                    message: "the rule needs at least one invalid and one valid example (it has \(invalid.count) invalid, \(valid.count) valid)"))
        }
        for example in rule.examples {
            let messages = check(example, rule: rule)
            failures += messages.map { Failure(ruleID: rule.id, origin: example.origin, message: $0) }
        }
        return failures
    }

    private func linter(for example: RuleExample, rule: Rule) -> Linter {
        var exampleOptions = options
        if let roster = example.roster { exampleOptions.roster = Roster.parse(yaml: roster, path: example.origin).0 }
        return Linter(rules: [rule], options: exampleOptions)
    }

    private func lint(_ text: String, _ example: RuleExample, _ linter: Linter) -> FileReport {
        let path = example.format == .markdown ? "example.md" : "example.txt"
        return linter.lint(bytes: Array(text.utf8), path: path, format: example.format)
    }

    private func read(_ example: RuleExample, _ linter: Linter) -> Article {
        linter.reader.read(bytes: Array(example.text.utf8), path: example.format == .markdown ? "example.md" : "example.txt", format: example.format)
    }

    /// The failures of one example, as messages.
    private func check(_ example: RuleExample, rule: Rule) -> [String] {
        let linter = linter(for: example, rule: rule)
        let report = lint(example.text, example, linter)
        let source = SourceText(example.text)
        let describe = { (span: SourceSpan) -> String in
            let location = source.location(of: span)
            return "\(location.line):\(location.column)-\(location.endLine):\(location.endColumn) «\(source.text(of: span))»"
        }
        var messages: [String] = []
        switch example.expectation {
        case .valid:
            for finding in report.findings {
                var message = "a valid example fired at \(describe(finding.span)): \(finding.message)"
                for item in finding.evidence { message += "\n  evidence: \(item.name) \(item.kind.rawValue) '\(item.text)'" }
                messages.append(message)
            }
        case .invalid:
            let expected = example.expectedSpans.map { SourceSpan(start: $0.lowerBound, end: $0.upperBound) }.sorted()
            let actual = report.findings.map(\.span).sorted()
            if expected != actual {
                let wanted = expected.map(describe).joined(separator: ", ")
                let got = actual.isEmpty ? "nothing" : actual.map(describe).joined(separator: ", ")
                var message = "expected a finding at \(wanted) but got \(got)"
                let facts = linter.extractor.extract(from: read(example, linter))
                for span in expected where !actual.contains(span) {
                    if expected.count > 1 { message += "\n  at \(describe(span)):" }
                    for line in ExampleDiagnosis(facts: facts).explain(missing: span, rule: rule) { message += "\n  " + line }
                }
                messages.append(message)
            }
            if !example.expectedRelated.isEmpty {
                let wanted = example.expectedRelated.map { SourceSpan(start: $0.lowerBound, end: $0.upperBound) }.sorted()
                let got = report.findings.flatMap(\.related).map(\.span).sorted()
                if wanted != got {
                    let notes = got.isEmpty ? "there are no notes" : "the notes are at \(got.map(describe).joined(separator: ", "))"
                    messages.append("expected notes at \(wanted.map(describe).joined(separator: ", ")) but \(notes)")
                }
            }
            if let message = example.expectedMessage, let finding = report.findings.first, finding.message != message {
                messages.append("expected the message \"\(message)\" but got \"\(finding.message)\"")
            }
        }
        // The variants must agree with the plain run; when the plain run already failed, they
        // would only repeat it.
        guard messages.isEmpty, example.runsVariants else { return messages }
        for variant in ExampleVariant.variants(of: example, ruleID: rule.id, article: read(example, linter)) {
            if let problem = checkVariant(variant, report: report, example: example, linter: linter) {
                messages.append("\(variant.name): \(problem) (write 'variants: false' on the example if it cannot hold)")
            }
        }
        return messages
    }

    /// What is wrong with a variant's findings, or nil.
    private func checkVariant(_ variant: ExampleVariant, report: FileReport, example: RuleExample, linter: Linter) -> String? {
        let result = lint(variant.text, example, linter)
        let source = SourceText(variant.text)
        let describe = { (span: SourceSpan) -> String in
            let location = source.location(of: span)
            return "\(location.line):\(location.column)-\(location.endLine):\(location.endColumn) «\(source.text(of: span))»"
        }
        let shift = { (span: SourceSpan) in SourceSpan(start: variant.map(span.start), end: variant.map(span.end)) }
        switch variant.kind {
        case .shifted:
            let wanted = report.findings.map { finding in
                "\(describe(shift(finding.span))): \(finding.message)" + finding.related.map { " / note at \(describe(shift($0.span)))" }.joined()
            }.sorted()
            let got = result.findings.map { finding in
                "\(describe(finding.span)): \(finding.message)" + finding.related.map { " / note at \(describe($0.span))" }.joined()
            }.sorted()
            guard wanted != got else { return nil }
            return "expected \(wanted.isEmpty ? "no finding" : wanted.joined(separator: "; ")) but got \(got.isEmpty ? "nothing" : got.joined(separator: "; "))"
        case .suppressed:
            let left = result.findings.filter { $0.location.line == variant.suppressedLine && $0.ruleID == report.findings.first?.ruleID }
            let unused = result.findings.filter { $0.ruleID == "unused-suppression" }
            if !left.isEmpty { return "the finding at \(left.map { describe($0.span) }.joined(separator: ", ")) was not hidden" }
            if !unused.isEmpty { return "the comment hid nothing: \(unused[0].message)" }
            return nil
        }
    }
}
