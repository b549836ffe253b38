import CompiledYAML

/// The YAML files under `Rules/`, compiled into the binary by `RuleEmbedder` at build time:
/// their documents are read in place, with no YAML parsed at run time.
enum BuiltInRuleFiles {
    /// The compiled bytes, where they lie in the binary.
    static let bytes = YAMLBytes(EmbeddedRules.data)

    /// Every built-in file's path (`Rules/…`) and documents, sorted by path.
    static var all: [(path: String, documents: [YAMLNode])] {
        EmbeddedRules.files.map { ($0.path, bytes.documents(at: $0.range.lowerBound)) }
    }

    /// The compiled bytes of one file, to compare with what Yams reads from its text.
    static func compiledBytes(of path: String) -> [UInt8]? {
        EmbeddedRules.files.first { $0.path == path }.map { bytes[$0.range] }
    }
}
