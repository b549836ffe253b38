/// The rules in effect for a run: the built-in ones plus any loaded from files, with ids unique.
public struct RuleSet: Sendable {
    /// Rules sorted by id.
    public private(set) var rules: [Rule] = []
    /// Problems met while loading.
    public private(set) var problems: [RuleProblem] = []

    public init() {}

    /// The rules compiled into the binary from `Rules/`.
    public static func builtIn() -> RuleSet {
        var set = RuleSet()
        for file in EmbeddedRules.files where !file.path.hasPrefix("Rules/lexicons/") {
            set.add(yaml: file.text, file: file.path)
        }
        return set
    }

    /// Loads the rules in one YAML text and adds them.
    public mutating func add(yaml: String, file: String) {
        let loaded = RuleLoader().load(yaml: yaml, file: file)
        problems.append(contentsOf: loaded.problems)
        for rule in loaded.rules {
            if let existing = rules.first(where: { $0.id == rule.id }) {
                problems.append(RuleProblem(
                    file: file, line: 1, column: 1,
                    message: "the rule id '\(rule.id)' is already used by \(existing.descriptor.source); rule ids must be unique"))
                continue
            }
            rules.append(rule)
        }
        rules.sort { $0.id < $1.id }
        problems.sort()
    }

    /// Paths of the YAML files compiled into the binary, sorted.
    public static var embeddedFiles: [String] { EmbeddedRules.files.map(\.path).sorted() }

    /// The rule with that id.
    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// Keeps only rules for which `keep` is true.
    public mutating func filter(_ keep: (Rule) -> Bool) { rules = rules.filter(keep) }

    /// Replaces a rule's severity.
    public mutating func setSeverity(_ severity: Severity, for id: String) {
        if let index = rules.firstIndex(where: { $0.id == id }) { rules[index].descriptor.severity = severity }
    }
}
