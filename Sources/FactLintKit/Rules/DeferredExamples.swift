import CompiledYAML

/// A rule's `examples:` as compiled into the binary, read only when asked for: a lint run never
/// needs them, and reading them was a third of loading the built-in rules. The test suite reads
/// every built-in rule's examples and checks them against the YAML, so nothing is lost by
/// reading them late.
struct DeferredExamples: Sendable {
    let node: YAMLNode
    let file: String

    /// The examples, read as ``RuleLoader`` reads them.
    func load() -> [RuleExample] {
        RuleLoader().loadExamples(node, file: file) { _, _ in }
    }
}
