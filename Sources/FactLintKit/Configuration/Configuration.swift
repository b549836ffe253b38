import Yams

/// A `.factlint.yml`: which rules run, how severe they are, extra rule files, and how dates read.
///
///     version: 1
///     rules: [house-rules/]          # extra rule files or folders, relative to this file
///     enable: [first-reference]      # ids or tags
///     disable: [style]
///     severity: {duplicate-sentence: error}
///     parameters: {name-variant: {aliases: ["Valiyev = Valiev"]}}
///     date-order: DMY
///     roster: [people.yml]           # the newsroom's people and their titles
///     include: ["news/**"]
///     exclude: ["drafts/**"]
public struct Configuration: Sendable {
    /// The file it was read from, or nil for the defaults.
    public var path: String?
    public var rulePaths: [String] = []
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

    public init() {}

    static let keys = ["version", "rules", "enable", "disable", "severity", "parameters", "date-order", "include", "exclude", "roster"]

    /// Reads a configuration file's text. Problems are located at `file:line:col`.
    public static func parse(yaml: String, path: String) -> (Configuration, [RuleProblem]) {
        var configuration = Configuration()
        configuration.path = path
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
            let (message, mark) = YAMLSafety.describe(error)
            problem(mark, "this is not valid YAML: \(message)")
            return (configuration, problems)
        }
        // An empty file (or one of comments only) asks for the defaults.
        guard let node else { return (configuration, problems) }
        guard let mapping = node.mapping else {
            problem(node.mark, "a configuration is a mapping of keys such as 'version: 1' and 'disable: [...]'")
            return (configuration, problems)
        }
        func list(_ key: String) -> [String] {
            guard let value = mapping[key] else { return [] }
            if let scalar = value.scalar { return [scalar.string] }
            guard let items = value.sequence else { problem(value.mark, "'\(key)' must be a list like [a, b]"); return [] }
            return items.compactMap { item in
                guard let text = item.scalar?.string else { problem(item.mark, "every entry of '\(key)' must be a string"); return nil }
                return text
            }
        }
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            guard keys.contains(key) else {
                let hint = Suggestion.closest(to: key, in: keys).map { " Did you mean '\($0)'?" } ?? ""
                problem(keyNode.mark, "unknown key '\(key)'.\(hint) Keys: \(keys.joined(separator: ", ")).")
                continue
            }
            if key == "version", valueNode.int != 1 {
                problem(valueNode.mark, "only 'version: 1' is known")
            }
        }
        let base = directory(of: path)
        configuration.rulePaths = list("rules").map { $0.hasPrefix("/") ? $0 : base + $0 }
        configuration.rosterPaths = list("roster").map { $0.hasPrefix("/") ? $0 : base + $0 }
        configuration.enable = list("enable")
        configuration.disable = list("disable")
        configuration.include = list("include")
        configuration.exclude = list("exclude")
        if let severities = mapping["severity"] {
            if let pairs = severities.mapping {
                for (id, value) in pairs {
                    guard let name = id.string, let text = value.string, let severity = Severity(rawValue: text) else {
                        problem(value.mark, "a severity is error, warning or info")
                        continue
                    }
                    configuration.severities[name] = severity
                }
            } else {
                problem(severities.mark, "'severity' maps rule ids to error, warning or info")
            }
        }
        if let parameters = mapping["parameters"] {
            if let pairs = parameters.mapping {
                for (id, value) in pairs {
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
        if let order = mapping["date-order"] {
            if let text = order.string, let parsed = DateOrder(rawValue: text.uppercased()) {
                configuration.dateOrder = parsed
            } else {
                problem(order.mark, "'date-order' is MDY or DMY")
            }
        }
        return (configuration, problems)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
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
