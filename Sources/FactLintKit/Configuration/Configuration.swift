import Yams

/// A `.factlint.yml`: which rules run, how severe they are, extra rule files, and how dates read.
///
///     version: 1
///     rules: [house-rules/]          # extra rule files or folders, relative to this file
///     enable: [first-reference]      # ids or tags
///     disable: [style]
///     severity: {duplicate-sentence: error}
///     parameters: {name-variant: {aliases: ["Solbakk = Solbak"]}}
///     fail-on: warning               # exit 1 from warnings up (the command line's --fail-on wins)
///     date-order: DMY
///     roster: [people.yml]           # the newsroom's people and their titles
///     include: ["news/**"]
///     exclude: ["drafts/**"]
///     input: {body: body_html}       # a CMS export's field names
public struct Configuration: Sendable {
    /// The file it was read from, or nil for the defaults. Rule and roster paths are relative
    /// to its folder.
    public var path: String?
    /// The file as problems name it: as given with `--config`, or relative to the current folder.
    public var displayPath: String?
    public var rulePaths: [String] = []
    /// Each `rules:` entry as written, with where, in the order of ``rulePaths``.
    public var ruleEntries: [ConfigurationEntry] = []
    /// Every rule id or tag the configuration names (enable, disable, severity, parameters), with where.
    public var names: [ConfigurationEntry] = []
    /// The least severity that fails a run (`fail-on:`); the command line's `--fail-on` wins.
    public var failOn: Severity?
    public var enable: [String] = []
    public var disable: [String] = []
    public var severities: [String: Severity] = [:]
    /// Parameter overrides by rule id, as YAML text of a mapping.
    public var parameters: [String: String] = [:]
    public var dateOrder: DateOrder?
    public var include: [String] = []
    public var exclude: [String] = []
    /// Roster files, relative to this file.
    public var rosterPaths: [String] = []
    /// Each `roster:` entry as written, with where, in the order of ``rosterPaths``.
    public var rosterEntries: [ConfigurationEntry] = []
    /// A CMS export's field names (`input:`), tried before the standard ones.
    public var inputFields: [JSONFieldMap.Part: [String]] = [:]

    public init() {}

    static let keys = ["version", "rules", "enable", "disable", "severity", "parameters", "fail-on", "date-order", "include", "exclude", "roster", "input"]

    /// Reads a configuration file's text. Problems are located at `file:line:col`.
    public static func parse(yaml: String, path: String) -> (Configuration, [RuleProblem]) {
        var configuration = Configuration()
        configuration.path = path
        configuration.displayPath = path
        var problems: [RuleProblem] = []
        func problem(_ mark: Mark?, _ message: String) {
            problems.append(RuleProblem(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
        }
        if let reason = YAMLSafety.problem(in: Array(yaml.utf8)) {
            problem(nil, "the configuration was not read: \(reason)")
            return (configuration, problems)
        }
        let node: Node?
        do { node = try YAMLSafety.document(yaml) } catch {
            problems.append(YAMLSafety.problem(error, file: path))
            return (configuration, problems)
        }
        // An empty file (or one of comments only) asks for the defaults.
        guard let node else { return (configuration, problems) }
        guard let mapping = node.mapping else {
            problem(node.mark, "a configuration is a mapping of keys such as 'version: 1' and 'disable: [...]'")
            return (configuration, problems)
        }
        func entries(_ key: String) -> [ConfigurationEntry] {
            guard let value = mapping[key] else { return [] }
            func entry(_ node: Node) -> ConfigurationEntry? {
                guard let text = node.scalar?.string, node.null == nil else {
                    problem(node.mark, "every entry of '\(key)' must be a string, not \(describe(node))")
                    return nil
                }
                return ConfigurationEntry(key: key, text: text, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
            }
            if value.scalar != nil { return entry(value).map { [$0] } ?? [] }
            guard let items = value.sequence else { problem(value.mark, "'\(key)' must be a list like [a, b], not \(describe(value))"); return [] }
            return items.compactMap(entry)
        }
        func list(_ key: String) -> [String] { entries(key).map(\.text) }
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            guard keys.contains(key) else {
                let hint = Suggestion.closest(to: key, in: keys).map { " Did you mean '\($0)'?" } ?? ""
                problem(keyNode.mark, "unknown key '\(key)'.\(hint) Keys: \(keys.joined(separator: ", ")).")
                continue
            }
            if key == "version", valueNode.int != 1 {
                problem(valueNode.mark, "only 'version: 1' is known, not \(describe(valueNode))")
            }
        }
        let base = directory(of: path)
        configuration.ruleEntries = entries("rules")
        configuration.rulePaths = configuration.ruleEntries.map { $0.text.hasPrefix("/") ? $0.text : base + $0.text }
        configuration.rosterEntries = entries("roster")
        configuration.rosterPaths = configuration.rosterEntries.map { $0.text.hasPrefix("/") ? $0.text : base + $0.text }
        let enable = entries("enable")
        let disable = entries("disable")
        configuration.enable = enable.map(\.text)
        configuration.disable = disable.map(\.text)
        configuration.names = enable + disable
        configuration.include = list("include")
        configuration.exclude = list("exclude")
        if let severities = mapping["severity"] {
            if let pairs = severities.mapping {
                for (id, value) in pairs {
                    guard let name = id.string else { continue }
                    configuration.names.append(ConfigurationEntry(key: "severity", text: name, line: id.mark?.line ?? 1, column: id.mark?.column ?? 1))
                    guard let severity = severityValue(value, key: "severity", problem: problem) else { continue }
                    configuration.severities[name] = severity
                }
            } else {
                problem(severities.mark, "'severity' maps rule ids to error, warning or info")
            }
        }
        if let parameters = mapping["parameters"] {
            if let pairs = parameters.mapping {
                for (id, value) in pairs {
                    if let name = id.string {
                        configuration.names.append(ConfigurationEntry(key: "parameters", text: name, line: id.mark?.line ?? 1, column: id.mark?.column ?? 1))
                    }
                    guard let name = id.string, value.mapping != nil, let text = try? Yams.serialize(node: value) else {
                        problem(value.mark, "'parameters' maps a rule id to its parameters, like 'name-variant: {aliases: [...]}'")
                        continue
                    }
                    configuration.parameters[name] = text
                }
            } else {
                problem(parameters.mark, "'parameters' maps rule ids to their parameters")
            }
        }
        if let input = mapping["input"] { configuration.inputFields = JSONFieldMap.parse(section: input, problem: problem) }
        if let order = mapping["date-order"] {
            if let text = order.string, let parsed = DateOrder(rawValue: text.uppercased()) {
                configuration.dateOrder = parsed
            } else {
                problem(order.mark, "'date-order' is MDY or DMY, not \(describe(order))")
            }
        }
        if let failOn = mapping["fail-on"] {
            configuration.failOn = severityValue(failOn, key: "fail-on", problem: problem)
        }
        return (configuration, problems)
    }

    /// A severity value, or a problem quoting the bad value with the closest severity.
    private static func severityValue(_ node: Node, key: String, problem: (Mark?, String) -> Void) -> Severity? {
        if let text = node.string, node.null == nil, let severity = Severity(rawValue: text) { return severity }
        let names = Severity.allCases.map(\.rawValue)
        let hint = node.string.flatMap { Suggestion.closest(to: $0, in: names) }.map { " Did you mean '\($0)'?" } ?? ""
        let what = key == "severity" ? "a severity" : "'\(key)'"
        problem(node.mark, "\(describe(node)) is not a severity; \(what) is error, warning or info.\(hint)")
        return nil
    }

    /// A value quoted for a message: `'sever'`, or what it is when it is not a word.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if node.null != nil { return "an empty value" }
            return "'\(scalar.string.prefix(60))'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    static func directory(of path: String) -> String {
        // By bytes: a search by Character walks the whole path's graphemes, for every file.
        guard let slash = path.utf8.lastIndex(of: 0x2F) else { return "" }
        return String(path.utf8[...slash])!
    }

    /// Whether the configuration runs a rule: not disabled (by id or tag), and on by default or
    /// enabled.
    public func enables(_ rule: Rule) -> Bool {
        let names = Set([rule.id] + rule.descriptor.tags)
        if !names.isDisjoint(with: disable) { return false }
        return rule.enabledByDefault || !names.isDisjoint(with: enable)
    }

    /// Whether a path (relative, with "/") is linted under include and exclude.
    public func admits(_ path: String) -> Bool {
        let relative = relativeToConfiguration(path)
        if !include.isEmpty, !include.contains(where: { Glob.matches($0, relative) }) { return false }
        return !exclude.contains { Glob.matches($0, relative) }
    }

    private func relativeToConfiguration(_ path: String) -> String {
        guard let configPath = self.path else { return path }
        let base = Configuration.directory(of: configPath)
        if !base.isEmpty, path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        return path
    }
}
