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
    ]

    public init() {}

    /// Rules from one YAML text, and the problems found in it. `overrides` replaces parameters
    /// of the rules it names (from a configuration's `parameters:`). Documents with a `lexicon:`
    /// key are vocabularies, not rules; see ``loadLexicons(yaml:file:)``.
    public func load(yaml: String, file: String, overrides: [String: Node] = [:]) -> (rules: [Rule], problems: [RuleProblem]) {
        var problems: [RuleProblem] = []
        func problem(_ mark: Mark?, _ message: String) {
            problems.append(RuleProblem(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
        }
        if yaml.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) || yaml.isEmpty {
            problem(nil, "the rule file is empty; a rule needs at least 'id', 'severity', 'message' and 'check'")
            return ([], problems)
        }
        if let reason = YAMLSafety.problem(in: Array(yaml.utf8)) {
            problem(nil, "the file was not read: \(reason)")
            return ([], problems)
        }
        let documents: [Node]
        do {
            documents = try YAMLSafety.documents(yaml)
        } catch {
            let (message, mark) = YAMLSafety.describe(error)
            problem(mark, "this is not valid YAML: \(message)")
            return ([], problems)
        }
        var rules: [Rule] = []
        for var document in documents {
            if case .scalar(let scalar) = document, scalar.string.isEmpty || document.null != nil { continue }
            if document.mapping?["lexicon"] != nil { continue }
            if let id = document.mapping?["id"]?.string, let override = overrides[id]?.mapping, var mapping = document.mapping {
                for (key, value) in override { mapping[key] = value }
                document = .mapping(mapping)
            }
            if let rule = loadRule(document, file: file, problem: problem) { rules.append(rule) }
        }
        if documents.isEmpty {
            problem(nil, "the rule file is empty; a rule needs at least 'id', 'severity', 'message' and 'check'")
        }
        return (rules, problems.sorted())
    }

    private func loadRule(_ node: Node, file: String, problem: (Mark?, String) -> Void) -> Rule? {
        guard let mapping = node.mapping else {
            problem(node.mark, "a rule must be a mapping of keys ('id: …', 'check: …'), not \(describe(node))")
            return nil
        }
        var failed = false
        func fail(_ mark: Mark?, _ message: String) { failed = true; problem(mark, message) }

        func string(_ key: String, required: Bool) -> String? {
            guard let value = mapping[key] else {
                if required { fail(node.mark, "the rule has no '\(key)'; add '\(key): …' (\(Self.coreKeys[key] ?? ""))") }
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
        var checkType: (any Check.Type)?
        if let name = string("check", required: true) {
            if let type = CheckRegistry.all[name] {
                checkType = type
            } else {
                let hint = Suggestion.closest(to: name, in: CheckRegistry.names).map { " Did you mean '\($0)'?" } ?? ""
                fail(mapping["check"]?.mark, "unknown check '\(name)'.\(hint) Known checks: \(CheckRegistry.names.joined(separator: ", ")).")
            }
        }
        /// A template key (`message`, `suggest`), its placeholders checked against the check's.
        func readTemplate(_ key: String, required: Bool) -> MessageTemplate? {
            guard let text = string(key, required: required) else { return nil }
            do {
                let parsed = try MessageTemplate(text)
                if let checkType {
                    for name in parsed.placeholders where checkType.placeholders[name] == nil {
                        let known = checkType.placeholders.keys.sorted()
                        let hint = Suggestion.closest(to: name, in: known).map { " Did you mean '{\($0)}'?" } ?? ""
                        fail(mapping[key]?.mark, "the \(key == "message" ? "message" : "'\(key)' text") uses '{\(name)}', which the '\(checkType.name)' check does not provide.\(hint) It provides: \(known.map { "{\($0)}" }.joined(separator: ", ")).")
                    }
                }
                return parsed
            } catch {
                fail(mapping[key]?.mark, "the \(key == "message" ? "message" : "'\(key)' text") cannot be read: \(error.message)")
                return nil
            }
        }
        let template = readTemplate("message", required: true)
        let suggest = readTemplate("suggest", required: false)
        let description = (string("description", required: false) ?? "").trimmingASCIIWhitespace()
        let link = string("link", required: false)
        var enabled = true
        if let value = mapping["enabled"] {
            if let bool = value.bool { enabled = bool } else { fail(value.mark, "'enabled' must be true or false, not \(describe(value))") }
        }
        let tags = stringList(mapping["tags"], key: "tags", fail: fail) ?? []
        var scope = RuleScope.default
        if let scopeNode = mapping["scope"] {
            let names = scopeNode.scalar.map { [$0.string] } ?? stringList(scopeNode, key: "scope", fail: fail) ?? []
            var parts = Set<RuleScope.Part>()
            for name in names {
                if let part = RuleScope.Part(rawValue: name) {
                    parts.insert(part)
                } else {
                    let hint = Suggestion.closest(to: name, in: RuleScope.Part.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                    fail(scopeNode.mark, "unknown scope '\(name)'; use headline, lede, body or quotes.\(hint)")
                }
            }
            if !parts.isEmpty { scope = RuleScope(parts) }
        }

        // Unknown keys, and the check's own parameters.
        let parameterSpecs = checkType?.parameters ?? []
        var values: [String: ParameterValues.Value] = [:]
        var badParameter = false
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else {
                fail(keyNode.mark, "keys must be plain words, not \(describe(keyNode))")
                continue
            }
            if Self.coreKeys[key] != nil { continue }
            if let spec = parameterSpecs.first(where: { $0.name == key }) {
                if let value = parameterValue(valueNode, spec: spec) {
                    values[key] = value
                    if case let .string(text) = value, !text.isEmpty, let problem = Self.patternProblem(text, kind: spec.kind) {
                        fail(valueNode.mark, "'\(key)' is not a valid \(spec.kind == .regex ? "regular expression" : "pattern"): \(problem)")
                        badParameter = true
                    }
                } else {
                    fail(valueNode.mark, "'\(key)' must be \(spec.kind.rawValue), not \(describe(valueNode))")
                }
                continue
            }
            guard checkType != nil else { continue }
            let known = Array(Self.coreKeys.keys) + parameterSpecs.map(\.name)
            let hint = Suggestion.closest(to: key, in: known).map { " Did you mean '\($0)'?" } ?? ""
            let own = parameterSpecs.isEmpty ? "" : " The '\(checkType!.name)' check takes: \(parameterSpecs.map(\.name).joined(separator: ", "))."
            fail(keyNode.mark, "unknown key '\(key)'.\(hint)\(own)")
        }
        for spec in parameterSpecs where spec.defaultValue == nil && values[spec.name] == nil {
            fail(node.mark, "the '\(checkType!.name)' check needs '\(spec.name)' (\(spec.kind.rawValue)): \(spec.help)")
        }
        var check: (any Check)?
        if let checkType, !badParameter {
            do {
                check = try checkType.init(parameters: ParameterValues(values: values))
            } catch {
                let mark = mapping.first(where: { $0.key.string == error.parameter })?.value.mark ?? node.mark
                fail(mark, "'\(error.parameter)' \(error.message)")
            }
        }
        let examples = loadExamples(mapping["examples"], file: file, fail: fail)
        guard !failed, let id, let template, let check, let checkType else { return nil }
        let descriptor = RuleDescriptor(id: id, severity: severity, check: checkType.name, description: description,
                                        message: template.text, link: link, tags: tags, source: file)
        var rule = Rule(descriptor: descriptor, check: check, message: template, scope: scope,
                        enabledByDefault: enabled, examples: examples)
        rule.suggest = suggest
        return rule
    }

    /// What is wrong with a pattern or regular expression parameter, if anything.
    static func patternProblem(_ text: String, kind: ParameterSpec.Kind) -> String? {
        switch kind {
        case .pattern:
            do { _ = try TokenPattern(text) } catch { return error.message }
            return nil
        case .regex:
            return BoundedRegex.problem(text)
        default:
            return nil
        }
    }

    private func loadExamples(_ node: Node?, file: String, fail: (Mark?, String) -> Void) -> [RuleExample] {
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            fail(node.mark, "'examples' must hold 'invalid:' and 'valid:' lists, not \(describe(node))")
            return []
        }
        var examples: [RuleExample] = []
        for (keyNode, listNode) in mapping {
            guard let key = keyNode.string, let expectation = RuleExample.Expectation(rawValue: key) else {
                let hint = Suggestion.closest(to: keyNode.string ?? "", in: ["invalid", "valid"]).map { " Did you mean '\($0)'?" } ?? ""
                fail(keyNode.mark, "unknown key '\(keyNode.string ?? "?")' in 'examples'; use 'invalid' and 'valid'.\(hint)")
                continue
            }
            guard let items = listNode.sequence else {
                fail(listNode.mark, "'\(key)' must be a list of examples, not \(describe(listNode))")
                continue
            }
            for item in items {
                var text: String?
                var message: String?
                var format = ArticleFormat.markdown
                var roster: String?
                if let scalar = item.scalar {
                    text = scalar.string
                } else if let fields = item.mapping {
                    for (fieldKey, fieldValue) in fields {
                        switch fieldKey.string {
                        case "text": text = fieldValue.scalar?.string
                        case "message": message = fieldValue.scalar?.string
                        case "roster": roster = try? Yams.serialize(node: fieldValue)
                        case "format":
                            switch fieldValue.string {
                            case "markdown": format = .markdown
                            case "text": format = .plainText
                            default: fail(fieldValue.mark, "an example's 'format' is 'markdown' or 'text'")
                            }
                        default:
                            let hint = Suggestion.closest(to: fieldKey.string ?? "", in: ["text", "message", "format", "roster"]).map { " Did you mean '\($0)'?" } ?? ""
                            fail(fieldKey.mark, "unknown key '\(fieldKey.string ?? "?")' in an example; use 'text', 'message' and 'format'.\(hint)")
                        }
                    }
                }
                guard let marked = text else {
                    fail(item.mark, "an example needs 'text:' with the article")
                    continue
                }
                let (plain, spans, markProblem) = RuleExample.unmark(marked)
                if let markProblem {
                    fail(item.mark, "the example's span markers are wrong: \(markProblem)")
                    continue
                }
                if expectation == .invalid && spans.isEmpty {
                    fail(item.mark, "an invalid example must mark where the rule fires with « and », like «Thursday, May 15»")
                    continue
                }
                if expectation == .valid && !spans.isEmpty {
                    fail(item.mark, "a valid example must not mark spans with « »; the rule must not fire on it at all")
                    continue
                }
                let line = item.mark?.line ?? 0
                var example = RuleExample(expectation: expectation, text: plain, expectedSpans: spans,
                                          expectedMessage: message, format: format, origin: "\(file):\(line)")
                example.roster = roster
                examples.append(example)
            }
        }
        return examples
    }

    private func parameterValue(_ node: Node, spec: ParameterSpec) -> ParameterValues.Value? {
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
        case .stringList:
            if let scalar = node.scalar { return .stringList([scalar.string]) }
            guard let items = node.sequence else { return nil }
            var strings: [String] = []
            for item in items {
                guard let scalar = item.scalar else { return nil }
                strings.append(scalar.string)
            }
            return .stringList(strings)
        }
    }

    private func stringList(_ node: Node?, key: String, fail: (Mark?, String) -> Void) -> [String]? {
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

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if node.null != nil { return "an empty value" }
            return "'\(scalar.string.prefix(40))'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private func isKebabCase(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
