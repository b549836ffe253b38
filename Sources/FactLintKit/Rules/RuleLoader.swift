import CompiledYAML
import Yams

/// Reads rule files. Every mistake becomes a ``RuleProblem`` with a position and a way to fix it,
/// and all the mistakes in a file are reported, not just the first.
public struct RuleLoader: Sendable {
    /// Keys every rule may have, whatever its check.
    public static let coreKeys: [String: String] = [
        "id": "a kebab-case name, unique across all rules",
        "severity": "error, warning or info",
        "message": "what the finding says, with {placeholders}",
        "check": "the check type",
        "description": "what the rule is for, in a sentence or two",
        "link": "a URL to a style guide entry",
        "scope": "which parts it reads: headline, lede, body, quotes",
        "tags": "labels to enable or disable rules in groups",
        "enabled": "false to ship the rule switched off",
        "examples": "invalid and valid example articles",
        "suggest": "replacement text for what the finding points at, with the message's {placeholders}",
        "replaces": "the id of a built-in rule this one supersedes",
        "needs": "what the rule cannot run without: publication-date, roster",
    ]

    /// Whether a rule's `examples:` are read when the rule is first asked for them rather than
    /// now (the built-in rules: a lint run never reads them, and the test suite checks them).
    var defersExamples = false

    public init() {}

    init(defersExamples: Bool) { self.defersExamples = defersExamples }

    /// Rules from one YAML text, and the problems found in it. `overrides` replaces parameters
    /// of the rules it names (from a configuration's `parameters:`). Documents with a `lexicon:`
    /// key are vocabularies, not rules; see ``LexiconSet/parse(yaml:source:skippingOthers:)``.
    public func load(yaml: String, file: String, overrides: [String: Node] = [:]) -> (rules: [Rule], problems: [RuleProblem]) {
        load(yaml: yaml, file: file, compiledOverrides: YAMLSafety.compiled(overrides))
    }

    func load(yaml: String, file: String, compiledOverrides overrides: [String: YAMLNode]) -> (rules: [Rule], problems: [RuleProblem]) {
        if yaml.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) || yaml.isEmpty {
            return ([], [Self.emptyFile(file)])
        }
        if let reason = YAMLSafety.problem(in: Array(yaml.utf8)) {
            return ([], [RuleProblem(file: file, line: 1, column: 1, message: "the file was not read: \(reason)")])
        }
        let documents: [YAMLNode]
        do {
            documents = try YAMLSafety.compiledDocuments(yaml)
        } catch {
            return ([], [YAMLSafety.problem(error, file: file)])
        }
        return load(documents: documents, file: file, overrides: overrides)
    }

    /// Rules from the documents of one file, read by Yams or compiled into the binary (the
    /// built-in rules).
    func load(documents: [YAMLNode], file: String, overrides: [String: YAMLNode] = [:]) -> (rules: [Rule], problems: [RuleProblem]) {
        var problems: [RuleProblem] = []
        func problem(_ mark: YAMLMark?, _ message: String) {
            problems.append(RuleProblem(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
        }
        var rules: [Rule] = []
        for var document in documents {
            if document.kind == .scalar, document.string?.isEmpty ?? true || document.null != nil { continue }
            if document.mapping?["lexicon"] != nil { continue }
            if let id = document.mapping?["id"]?.string, let override = overrides[id]?.mapping, let mapping = document.mapping {
                // As Yams's `mapping[key] = value`: a key already there keeps its place.
                var pairs = Array(mapping)
                for (key, value) in override {
                    if let text = key.string, let index = pairs.firstIndex(where: { $0.key.string == text }) {
                        pairs[index].value = value
                    } else {
                        pairs.append((key, value))
                    }
                }
                document = document.withPairs(pairs)
            }
            if let rule = loadRule(document, file: file, problem: problem) { rules.append(rule) }
        }
        if documents.isEmpty { problems.append(Self.emptyFile(file)) }
        return (rules, problems.sorted())
    }

    private static func emptyFile(_ file: String) -> RuleProblem {
        RuleProblem(file: file, line: 1, column: 1, message: "the rule file is empty; a rule needs at least 'id', 'severity', 'message' and 'check'")
    }

    private func loadRule(_ node: YAMLNode, file: String, problem: (YAMLMark?, String) -> Void) -> Rule? {
        guard let mapping = node.mapping else {
            problem(node.mark, "a rule must be a mapping of keys ('id: …', 'check: …'), not \(describe(node))")
            return nil
        }
        var failed = false
        func fail(_ mark: YAMLMark?, _ message: String) { failed = true; problem(mark, message) }

        // The check first, so its parameters are known when keys are read. A misspelt 'check'
        // key ('chek: pattern') still names the check, so the rest of the rule is checked in the
        // same pass.
        let checkNode = mapping["check"] ?? mapping.first(where: { pair in
            pair.key.string.map { Self.coreKeys[$0] == nil && Suggestion.closest(to: $0, in: ["check"]) != nil } ?? false
        })?.value
        var checkType: (any Check.Type)?
        if let name = checkNode?.string {
            checkType = CheckRegistry.all[name]
            if checkType == nil {
                let hint = Suggestion.closest(to: name, in: CheckRegistry.names).map { " Did you mean '\($0)'?" } ?? ""
                fail(checkNode?.mark, "unknown check '\(name)'.\(hint) Known checks: \(CheckRegistry.names.joined(separator: ", ")).")
            }
        }
        let parameterSpecs = checkType?.parameters ?? []

        // Unknown keys, each with the key it is closest to. A required key that is missing
        // because it is misspelt is reported once, at the misspelling.
        var misspeltFor: Set<String> = []
        for (keyNode, _) in mapping {
            guard let key = keyNode.string else {
                fail(keyNode.mark, "keys must be plain words, not \(describe(keyNode))")
                continue
            }
            if Self.coreKeys[key] != nil || parameterSpecs.contains(where: { $0.name == key }) { continue }
            // With the check unknown, a key one of the checks takes may be right.
            if checkType == nil, CheckRegistry.all.values.contains(where: { $0.parameters.contains { $0.name == key } }) { continue }
            let known = Array(Self.coreKeys.keys) + (checkType == nil ? CheckRegistry.all.values.flatMap { $0.parameters.map(\.name) } : parameterSpecs.map(\.name))
            let closest = Suggestion.closest(to: key, in: Array(Set(known)))
            if let closest, mapping[closest] == nil { misspeltFor.insert(closest) }
            let hint = closest.map { " Did you mean '\($0)'?" } ?? ""
            let own = checkType.map { type in parameterSpecs.isEmpty ? "" : " The '\(type.name)' check takes: \(parameterSpecs.map(\.name).joined(separator: ", "))." } ?? ""
            fail(keyNode.mark, "unknown key '\(key)'.\(hint)\(own)")
        }

        func string(_ key: String, required: Bool) -> String? {
            guard let value = mapping[key] else {
                if required && !misspeltFor.contains(key) {
                    fail(node.mark, "the rule has no '\(key)'; add '\(key): …' (\(Self.coreKeys[key] ?? ""))")
                } else if required {
                    failed = true
                }
                return nil
            }
            guard let scalar = value.scalar, value.null == nil else {
                fail(value.mark, "'\(key)' must be a string, not \(describe(value))")
                return nil
            }
            return scalar.string
        }

        let id = string("id", required: true)
        if let id, !isKebabCase(id) {
            fail(mapping["id"]?.mark, "the id '\(id)' is not kebab-case; use lowercase words joined by '-', like 'weekday-mismatch'")
        }
        var severity = Severity.warning
        if let text = string("severity", required: true) {
            if let parsed = Severity(rawValue: text) {
                severity = parsed
            } else {
                let hint = Suggestion.closest(to: text, in: Severity.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                fail(mapping["severity"]?.mark, "unknown severity '\(text)'; use error, warning or info.\(hint)")
            }
        }
        if mapping["check"] == nil && !misspeltFor.contains("check") {
            fail(node.mark, "the rule has no 'check'; add 'check: …' (\(Self.coreKeys["check"] ?? ""))")
        } else if let checkNode = mapping["check"], checkNode.string == nil || checkNode.null != nil {
            fail(checkNode.mark, "'check' must be a string, not \(describe(checkNode))")
        }
        /// A template key (`message`, `suggest`), its placeholders checked against the check's.
        func readTemplate(_ key: String, required: Bool) -> MessageTemplate? {
            guard let text = string(key, required: required) else { return nil }
            let what = key == "message" ? "the message" : "the '\(key)' text"
            do {
                let parsed = try MessageTemplate(text)
                if let checkType {
                    for name in parsed.placeholders where checkType.placeholders[name] == nil {
                        let known = checkType.placeholders.keys.sorted()
                        let hint = Suggestion.closest(to: name, in: known).map { " Did you mean '{\($0)}'?" } ?? ""
                        fail(mapping[key]?.mark, "\(what) uses '{\(name)}', which the '\(checkType.name)' check does not provide.\(hint) It provides: \(known.map { "{\($0)}" }.joined(separator: ", ")).")
                    }
                }
                return parsed
            } catch {
                fail(mapping[key]?.mark, "\(what) cannot be read: \(error.message)")
                return nil
            }
        }
        let template = readTemplate("message", required: true)
        let suggest = readTemplate("suggest", required: false)
        let description = (string("description", required: false) ?? "").trimmingASCIIWhitespace()
        let link = string("link", required: false)
        var replaces = string("replaces", required: false)
        if let target = replaces, let id, target == id {
            fail(mapping["replaces"]?.mark, "a rule cannot replace itself; 'replaces' names the built-in rule this one supersedes")
            replaces = nil
        }
        var enabled = true
        if let value = mapping["enabled"] {
            if let bool = value.bool { enabled = bool } else { fail(value.mark, "'enabled' must be true or false, not \(describe(value))") }
        }
        let tags = stringList(mapping["tags"], key: "tags", fail: fail) ?? []
        let scope = readScope(mapping["scope"], fail: fail)
        var needs = checkType?.needs ?? []
        if let needsNode = mapping["needs"] {
            let names = needsNode.scalar.map { [$0.string] } ?? stringList(needsNode, key: "needs", fail: fail) ?? []
            for name in names {
                if let need = RuleNeed(rawValue: name) {
                    needs.insert(need)
                } else {
                    let hint = Suggestion.closest(to: name, in: RuleNeed.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                    fail(needsNode.mark, "unknown need '\(name)'; use \(RuleNeed.allCases.map(\.rawValue).joined(separator: " or ")).\(hint)")
                }
            }
        }

        // The check's own parameters.
        var values: [String: ParameterValues.Value] = [:]
        var badParameter = false
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string, let spec = parameterSpecs.first(where: { $0.name == key }) else { continue }
            guard let value = parameterValue(valueNode, spec: spec) else {
                fail(valueNode.mark, "'\(key)' must be \(spec.kind.rawValue), not \(describe(valueNode))")
                continue
            }
            values[key] = value
            let texts: [(String, YAMLMark?)]
            switch value {
            case let .string(text): texts = [(text, valueNode.mark)]
            case let .stringList(list): texts = zip(list, valueNode.sequence?.map(\.mark) ?? [valueNode.mark]).map { ($0, $1) }
            default: texts = []
            }
            for (text, mark) in texts where !text.isEmpty {
                if let problem = Self.patternProblem(text, kind: spec.kind) {
                    fail(mark, "'\(key)' is not a valid \(spec.kind == .regex ? "regular expression" : "pattern"): \(problem)")
                    badParameter = true
                }
            }
        }
        for spec in parameterSpecs where spec.defaultValue == nil && values[spec.name] == nil && !misspeltFor.contains(spec.name) {
            fail(node.mark, "the '\(checkType!.name)' check needs '\(spec.name)' (\(spec.kind.rawValue)): \(spec.help)")
        }
        var check: (any Check)?
        if let checkType, !badParameter, !parameterSpecs.contains(where: { misspeltFor.contains($0.name) }) {
            do {
                check = try checkType.init(parameters: ParameterValues(values: values))
            } catch {
                let mark = mapping.first(where: { $0.key.string == error.parameter })?.value.mark ?? node.mark
                fail(mark, "'\(error.parameter)' \(error.message)")
            }
        }
        let examplesNode = mapping["examples"]
        let examples = defersExamples ? [] : loadExamples(examplesNode, file: file, fail: fail)
        guard !failed, let id, let template, let check, let checkType else { return nil }
        var descriptor = RuleDescriptor(id: id, severity: severity, check: checkType.name, description: description,
                                        message: template.text, link: link, tags: tags, source: file)
        descriptor.line = mapping["id"]?.mark?.line
        descriptor.column = mapping["id"]?.mark?.column
        descriptor.replaces = replaces
        var rule = Rule(descriptor: descriptor, check: check, message: template, scope: scope,
                        enabledByDefault: enabled, examples: examples)
        if defersExamples, let examplesNode { rule.deferredExamples = DeferredExamples(node: examplesNode, file: file) }
        rule.suggest = suggest
        rule.needs = needs
        rule.replacesLine = mapping["replaces"]?.mark?.line
        rule.replacesColumn = mapping["replaces"]?.mark?.column
        return rule
    }

    /// `scope:`: parts of the article, and `outside-quotes`.
    private func readScope(_ scopeNode: YAMLNode?, fail: (YAMLMark?, String) -> Void) -> RuleScope {
        guard let scopeNode else { return .default }
        let names = scopeNode.scalar.map { [$0.string] } ?? stringList(scopeNode, key: "scope", fail: fail) ?? []
        var parts = Set<RuleScope.Part>()
        var outsideQuotes = false
        for name in names {
            if let part = RuleScope.Part(rawValue: name) {
                parts.insert(part)
            } else if name == RuleScope.outsideQuotesName {
                outsideQuotes = true
            } else {
                let hint = Suggestion.closest(to: name, in: RuleScope.names).map { " Did you mean '\($0)'?" } ?? ""
                fail(scopeNode.mark, "unknown scope '\(name)'; use headline, lede, body, quotes and outside-quotes.\(hint)")
            }
        }
        // `scope: [outside-quotes]` alone means the default parts, outside quotations.
        return RuleScope(parts.isEmpty ? RuleScope.default.parts : parts, outsideQuotes: outsideQuotes)
    }

    /// What is wrong with a pattern or regular expression parameter, if anything.
    static func patternProblem(_ text: String, kind: ParameterSpec.Kind) -> String? {
        switch kind {
        case .pattern, .patternList:
            do { _ = try TokenPattern(text) } catch { return error.message }
            return nil
        case .regex:
            return BoundedRegex.problem(text)
        default:
            return nil
        }
    }

    private func parameterValue(_ node: YAMLNode, spec: ParameterSpec) -> ParameterValues.Value? {
        switch spec.kind {
        case .integer:
            return node.int.map { .integer($0) }
        case .number:
            return node.float.map { .number($0) } ?? node.int.map { .integer($0) }
        case .boolean:
            return node.bool.map { .boolean($0) }
        case .string, .pattern, .regex:
            guard let scalar = node.scalar, node.null == nil else { return nil }
            return .string(scalar.string)
        case .stringList, .patternList:
            if let scalar = node.scalar, node.null == nil { return .stringList([scalar.string]) }
            guard let items = node.sequence else { return nil }
            var strings: [String] = []
            for item in items {
                guard let scalar = item.scalar else { return nil }
                strings.append(scalar.string)
            }
            return .stringList(strings)
        }
    }

    private func stringList(_ node: YAMLNode?, key: String, fail: (YAMLMark?, String) -> Void) -> [String]? {
        guard let node else { return nil }
        guard let items = node.sequence else {
            fail(node.mark, "'\(key)' must be a list like [a, b], not \(describe(node))")
            return nil
        }
        var result: [String] = []
        for item in items {
            guard let scalar = item.scalar else {
                fail(item.mark, "every entry of '\(key)' must be a string, not \(describe(item))")
                continue
            }
            result.append(scalar.string)
        }
        return result
    }

    func describe(_ node: YAMLNode) -> String {
        switch node.kind {
        case .scalar:
            if node.null != nil { return "an empty value" }
            return "'\((node.string ?? "").prefix(40))'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private func isKebabCase(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), !id.hasSuffix("-"), !id.containsBytes("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
