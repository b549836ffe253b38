import Yams

/// The rules in effect for a run: the built-in ones plus any loaded from files, with ids unique.
public struct RuleSet: Sendable {
    /// Rules sorted by id.
    public private(set) var rules: [Rule] = []
    /// Problems met while loading.
    public private(set) var problems: [RuleProblem] = []
    /// Every rule file read, so a configuration can load them again with its overrides.
    private var files: [(text: String, path: String)] = []
    /// Vocabularies found among the rule files (documents with `lexicon:`), which extend the
    /// built-in lexicons of the same name.
    public private(set) var lexicons: [Lexicon] = []

    public init() {}

    /// The rules compiled into the binary from `Rules/`.
    public static func builtIn() -> RuleSet {
        var set = RuleSet()
        for file in EmbeddedRules.files where !file.path.hasPrefix("Rules/lexicons/") {
            set.add(yaml: file.text, file: file.path)
        }
        return set
    }

    /// Paths of the YAML files compiled into the binary, sorted.
    public static var embeddedFiles: [String] { EmbeddedRules.files.map(\.path).sorted() }

    /// Loads the rules in one YAML text and adds them.
    public mutating func add(yaml: String, file: String, overrides: [String: Node] = [:]) {
        files.append((yaml, file))
        if yaml.contains("lexicon:") {
            do {
                let found = try LexiconSet.parse(yaml: yaml, source: file, skippingOthers: true)
                if !file.hasPrefix("Rules/lexicons/") { lexicons.append(contentsOf: found) }
            } catch {
                problems.append(RuleProblem(file: file, line: 1, column: 1, message: "\(error)"))
            }
        }
        let loaded = RuleLoader().load(yaml: yaml, file: file, overrides: overrides)
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

    /// Reads rule files, or every `.yml` and `.yaml` file under a folder.
    public mutating func add(path: String) {
        let collector = InputCollector()
        var paths: [String] = []
        if InputCollector.isDirectory(path) {
            paths = InputCollector.files(under: path, extensions: ["yml", "yaml"])
        } else {
            paths = [path]
        }
        for file in paths.sorted() {
            switch InputCollector.readFile(file) {
            case let .success(bytes):
                add(yaml: String(decoding: bytes, as: UTF8.self), file: collector.display(file))
            case let .failure(error):
                problems.append(RuleProblem(file: collector.display(file), line: 1, column: 1, message: error.message))
            }
        }
    }

    /// The rule set a configuration asks for: its extra rule files, parameter overrides,
    /// severities, and which rules are on.
    public func configured(with configuration: Configuration) -> RuleSet {
        var overrides: [String: Node] = [:]
        for (id, text) in configuration.parameters {
            if let node = try? YAMLSafety.document(text) { overrides[id] = node }
        }
        var result: RuleSet
        if overrides.isEmpty {
            // Nothing to change in the rules already read: no need to read them again.
            result = self
        } else {
            result = RuleSet()
            for file in files { result.add(yaml: file.text, file: file.path, overrides: overrides) }
        }
        for path in configuration.rulePaths { result.add(path: path) }
        let where_ = configuration.path ?? "configuration"
        let known = Set(result.rules.map(\.id)).union(result.rules.flatMap(\.descriptor.tags))
        for name in configuration.enable + configuration.disable + Array(configuration.severities.keys) + Array(configuration.parameters.keys)
            where !known.contains(name) {
            let hint = Suggestion.closest(to: name, in: Array(known)).map { " Did you mean '\($0)'?" } ?? ""
            result.problems.append(RuleProblem(file: where_, line: 1, column: 1, message: "there is no rule or tag named '\(name)'.\(hint)"))
        }
        for (id, severity) in configuration.severities { result.setSeverity(severity, for: id) }
        result.rules = result.rules.filter { rule in
            let names = Set([rule.id] + rule.descriptor.tags)
            if !names.isDisjoint(with: configuration.disable) { return false }
            return rule.enabledByDefault || !names.isDisjoint(with: configuration.enable)
        }
        result.problems.sort()
        return result
    }

    /// The rule with that id.
    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// Keeps only rules for which `keep` is true.
    public mutating func filter(_ keep: (Rule) -> Bool) { rules = rules.filter(keep) }

    /// Replaces a rule's severity.
    public mutating func setSeverity(_ severity: Severity, for id: String) {
        if let index = rules.firstIndex(where: { $0.id == id }) { rules[index].descriptor.severity = severity }
    }
}
