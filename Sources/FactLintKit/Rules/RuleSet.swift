import CompiledYAML
import Yams

/// The rules in effect for a run: the built-in ones plus any loaded from files, with ids unique.
public struct RuleSet: Sendable {
    /// Rules sorted by id.
    public private(set) var rules: [Rule] = []
    /// Problems met while loading.
    public private(set) var problems: [RuleProblem] = []
    /// Every rule file read, so a configuration can load them again with its overrides.
    private var files: [(source: Source, path: String)] = []
    /// A rule file as read: its text, or its documents compiled into the binary (built-in).
    enum Source {
        case text(String)
        case compiled([YAMLNode])
    }
    /// Vocabularies found among the rule files (documents with `lexicon:`), which extend the
    /// built-in lexicons of the same name.
    public private(set) var lexicons: [Lexicon] = []

    public init() {}

    /// The rules compiled into the binary from `Rules/`.
    public static func builtIn() -> RuleSet {
        var set = RuleSet()
        for file in BuiltInRuleFiles.all where !file.path.hasPrefix("Rules/lexicons/") {
            set.add(.compiled(file.documents), file: file.path, overrides: [:])
        }
        return set
    }

    /// Paths of the YAML files compiled into the binary, sorted.
    public static var embeddedFiles: [String] { EmbeddedRules.files.map(\.path).sorted() }

    /// Loads the rules in one YAML text and adds them.
    public mutating func add(yaml: String, file: String, overrides: [String: Node] = [:]) {
        add(.text(yaml), file: file, overrides: YAMLSafety.compiled(overrides))
    }

    /// Loads the rules of one file, as text or compiled, and adds them.
    mutating func add(_ source: Source, file: String, overrides: [String: YAMLNode]) {
        files.append((source, file))
        let loaded: (rules: [Rule], problems: [RuleProblem])
        switch source {
        case let .text(yaml):
            if yaml.containsBytes("lexicon:") {
                do {
                    let found = try LexiconSet.parse(yaml: yaml, source: file, skippingOthers: true)
                    if !file.hasPrefix("Rules/lexicons/") { lexicons.append(contentsOf: found) }
                } catch {
                    problems.append(RuleProblem(file: file, line: 1, column: 1, message: "\(error)"))
                }
            }
            loaded = RuleLoader().load(yaml: yaml, file: file, compiledOverrides: overrides)
        case let .compiled(documents):
            if documents.contains(where: { $0.mapping?["lexicon"] != nil }) {
                do {
                    let found = try LexiconSet.parse(documents: documents, source: file, skippingOthers: true)
                    if !file.hasPrefix("Rules/lexicons/") { lexicons.append(contentsOf: found) }
                } catch {
                    problems.append(RuleProblem(file: file, line: 1, column: 1, message: "\(error)"))
                }
            }
            loaded = RuleLoader(defersExamples: true).load(documents: documents, file: file, overrides: overrides)
        }
        problems.append(contentsOf: loaded.problems)
        for rule in loaded.rules {
            if let existing = rules.first(where: { $0.id == rule.id }) {
                let first = existing.descriptor
                let advice = first.isBuiltIn
                    ? "; a built-in rule has it. To supersede that rule, give yours another id and 'replaces: \(rule.id)'"
                    : "; rule ids must be unique"
                problems.append(RuleProblem(
                    file: file, line: rule.descriptor.line ?? 1, column: rule.descriptor.column ?? 1,
                    message: "the rule id '\(rule.id)' is already used\(advice)",
                    notes: [RuleProblem.Note(file: first.source, line: first.line ?? 1, column: first.column ?? 1,
                                             message: "'\(rule.id)' is first defined here")]))
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
            // A file read from disk is never built in, even under a folder named "Rules" (the
            // built-in rules' own files in a checkout): built-in sources start with "Rules/".
            var shown = collector.display(file)
            if shown.hasPrefix("Rules/") { shown = "./" + shown }
            switch InputCollector.readFile(file) {
            case let .success(bytes):
                if let problem = UTF8Validation.problem(bytes, file: shown, what: "rule file") {
                    problems.append(problem)
                    problems.sort()
                    continue
                }
                add(yaml: String(decoding: bytes, as: UTF8.self), file: shown)
            case let .failure(error):
                problems.append(RuleProblem(file: shown, line: 1, column: 1, message: error.message))
            }
        }
    }

    /// The rule set a configuration asks for: its extra rule files, parameter overrides,
    /// severities, and which rules are on. Problems name the configuration as it was given and
    /// the line of the entry at fault.
    public func configured(with configuration: Configuration) -> RuleSet {
        var result = withRules(of: configuration)
        let shownPath = configuration.displayPath ?? configuration.path ?? "configuration"
        let known = Set(result.rules.map(\.id)).union(result.rules.flatMap(\.descriptor.tags))
        for entry in configuration.names where !known.contains(entry.text) {
            let hint = Self.closestName(to: entry.text, in: known).map { " Did you mean '\($0)'?" } ?? ""
            result.problems.append(RuleProblem(file: shownPath, line: entry.line, column: entry.column,
                                               message: "there is no rule or tag named '\(entry.text)' (in '\(entry.key)').\(hint)"))
        }
        for (id, severity) in configuration.severities { result.setSeverity(severity, for: id) }
        let loadedIDs = Set(result.rules.map(\.id))
        result.rules = result.rules.filter { configuration.enables($0) }
        result.applyReplacements(known: loadedIDs)
        result.problems.sort()
        return result
    }

    /// Every rule a configuration can run, switched on or not: these rules with its parameter
    /// overrides, and the rule files it names.
    public func withRules(of configuration: Configuration) -> RuleSet {
        let shownPath = configuration.displayPath ?? configuration.path ?? "configuration"
        var overrides: [String: YAMLNode] = [:]
        var refused: [RuleProblem] = []
        for (id, text) in configuration.parameters.sorted(by: { $0.key < $1.key }) {
            guard let node = try? YAMLSafety.document(text) else { continue }
            do {
                overrides[id] = try YAMLNode(node, limit: YAMLEncoding.expansionLimit(forTextOf: text.utf8.count))
            } catch {
                refused.append(RuleProblem(file: shownPath, line: 1, column: 1, message: "the parameters of '\(id)' were not read: \(error)"))
            }
        }
        var result: RuleSet
        if overrides.isEmpty {
            // Nothing to change in the rules already read: no need to read them again.
            result = self
        } else {
            result = RuleSet()
            for file in files { result.add(file.source, file: file.path, overrides: overrides) }
        }
        result.problems.append(contentsOf: refused)
        for (index, path) in configuration.rulePaths.enumerated() {
            let entry = index < configuration.ruleEntries.count ? configuration.ruleEntries[index] : nil
            if let entry, !InputCollector.exists(path) {
                result.problems.append(RuleProblem(file: shownPath, line: entry.line, column: entry.column,
                                                   message: Self.missingRulePath(entry.text, resolved: path)))
                continue
            }
            result.add(path: path)
        }
        return result
    }

    /// A `rules:` entry that names nothing, with the closest name in its folder.
    static func missingRulePath(_ given: String, resolved: String) -> String {
        let trimmed = resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
        let parent = Configuration.directory(of: trimmed)
        let name = String(trimmed.dropFirst(parent.count))
        let siblings = DirectoryListing.names(in: parent.isEmpty ? "." : parent)
        let hint = Suggestion.closest(to: name, in: siblings).map { found in
            " Did you mean '\(String(given.dropLast(given.hasSuffix("/") ? name.count + 1 : name.count)) + found + (given.hasSuffix("/") ? "/" : ""))'?"
        } ?? ""
        return "'rules' names '\(given)', which does not exist.\(hint) Rule paths are files or folders relative to the configuration."
    }

    /// The closest rule id or tag to a misspelt name: by the whole id, or by the id without a
    /// prefix a newsroom gives its own rules ('slamed' finds 'house-slammed').
    static func closestName(to name: String, in known: Set<String>) -> String? {
        if let whole = Suggestion.closest(to: name, in: Array(known)) { return whole }
        var byTail: [String: String] = [:]
        for id in known.sorted() {
            let parts = id.split(separator: "-")
            for start in 1..<max(1, parts.count) {
                let tail = parts[start...].joined(separator: "-")
                if byTail[tail] == nil { byTail[tail] = id }
            }
        }
        return Suggestion.closest(to: name, in: Array(byTail.keys)).flatMap { byTail[$0] }
    }

    /// Takes out every rule another rule in the set replaces (`replaces:`), and reports a
    /// `replaces:` that names no rule.
    mutating func applyReplacements(known: Set<String>) {
        var replaced: Set<String> = []
        for rule in rules {
            guard let target = rule.descriptor.replaces else { continue }
            if known.contains(target) {
                replaced.insert(target)
            } else {
                let hint = Suggestion.closest(to: target, in: Array(known)).map { " Did you mean '\($0)'?" } ?? ""
                problems.append(RuleProblem(file: rule.descriptor.source, line: rule.replacesLine ?? rule.descriptor.line ?? 1,
                                            column: rule.replacesColumn ?? rule.descriptor.column ?? 1,
                                            message: "'replaces' names '\(target)', which is not a rule.\(hint)"))
            }
        }
        if !replaced.isEmpty { rules.removeAll { replaced.contains($0.id) } }
    }

    /// The rules that replace a rule (`replaces:`), for `explain`.
    public func replacements(of id: String) -> [Rule] { rules.filter { $0.descriptor.replaces == id } }

    /// The rule with that id.
    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// Keeps only rules for which `keep` is true.
    public mutating func filter(_ keep: (Rule) -> Bool) { rules = rules.filter(keep) }

    /// Replaces a rule's severity.
    public mutating func setSeverity(_ severity: Severity, for id: String) {
        if let index = rules.firstIndex(where: { $0.id == id }) { rules[index].descriptor.severity = severity }
    }
}
