import CompiledYAML
import Yams

/// Checks that keep hostile YAML (deep nesting, huge input, alias bombs) away from the parser and
/// turn Yams errors into one-line messages with a position.
enum YAMLSafety {
    /// Largest YAML document read, in bytes.
    static let maximumBytes = 4 * 1024 * 1024
    /// Deepest flow nesting (`[` and `{`) accepted; LibYAML and Yams recurse per level.
    static let maximumFlowDepth = 64
    /// Most aliases (`*name`) accepted in one document.
    static let maximumAliases = 1000

    /// A reason not to parse these bytes, or nil when they are safe to hand to Yams.
    static func problem(in bytes: [UInt8]) -> String? {
        if bytes.count > maximumBytes {
            return "it is \(bytes.count) bytes, more than the \(maximumBytes) this reads"
        }
        if bytes.contains(0) { return "it contains a NUL byte" }
        var depth = 0
        var deepest = 0
        var aliases = 0
        var quote: UInt8 = 0
        var previous: UInt8 = 0x0A
        var inComment = false
        for byte in bytes {
            if byte == 0x0A { inComment = false }
            if inComment { previous = byte; continue }
            if quote != 0 {
                if byte == quote && previous != 0x5C { quote = 0 }
                previous = byte
                continue
            }
            switch byte {
            case 0x23 where previous == 0x20 || previous == 0x0A || previous == 0x09: inComment = true
            case 0x22 where startsScalar(previous), 0x27 where startsScalar(previous):
                quote = byte
            case 0x5B, 0x7B:
                depth += 1
                deepest = max(deepest, depth)
            case 0x5D, 0x7D:
                depth = max(0, depth - 1)
            case 0x2A where previous == 0x20 || previous == 0x0A || previous == 0x5B || previous == 0x2C || previous == 0x09:
                aliases += 1
            default: break
            }
            previous = byte
        }
        if deepest > maximumFlowDepth {
            return "it nests brackets \(deepest) deep, more than the \(maximumFlowDepth) this reads"
        }
        if aliases > maximumAliases {
            return "it uses \(aliases) aliases ('*name'), more than the \(maximumAliases) this reads"
        }
        return nil
    }

    /// Whether a quote after this byte opens a quoted scalar (rather than being an apostrophe).
    private static func startsScalar(_ previous: UInt8) -> Bool {
        previous == 0x20 || previous == 0x0A || previous == 0x5B || previous == 0x7B || previous == 0x2C || previous == 0x3A || previous == 0x09
    }

    /// Every document in a YAML stream. Unlike `compose_all`'s lazy sequence, a syntax error is thrown.
    /// The basic resolver skips Yams's regular-expression tag guessing; values are read through
    /// typed accessors (`int`, `bool`, `string`) that do not depend on tags.
    static func documents(_ yaml: String) throws -> [Node] {
        try YAMLEncoding.parse(yaml: yaml)
    }

    /// Every document in a YAML stream, in the compiled form the rule and lexicon loaders read
    /// (the form the built-in rules are compiled to at build time).
    static func compiledDocuments(_ yaml: String) throws -> [YAMLNode] {
        YAMLBytes(try YAMLEncoding.compile(yaml: yaml)).documents()
    }

    /// Parameter overrides given as Yams nodes, compiled; one whose aliases expand it past
    /// 16 MiB is left out (``RuleSet/withRules(of:)`` reports those of a configuration).
    static func compiled(_ overrides: [String: Node]) -> [String: YAMLNode] {
        overrides.compactMapValues { try? YAMLNode($0, limit: 16 << 20) }
    }

    /// The single document of a YAML text (front matter, configurations, rosters). The basic
    /// resolver, as in ``documents(_:)``: the default one compiles a dozen regular expressions on
    /// first use (about 2 ms), and nothing here reads resolved tags.
    static func document(_ yaml: String) throws -> Node? {
        try Parser(yaml: yaml, resolver: .basic, encoding: .utf8).singleRoot()
    }

    /// A readable message and a 1-based position (relative to the YAML text) for a Yams error.
    static func describe(_ error: Error) -> (message: String, mark: Mark?) {
        let located = locate(error)
        return (located.message, located.mark)
    }

    /// A syntax error located where the construct it broke opened (LibYAML's context mark: the
    /// quote that is never closed), with the place the parser noticed as a second position.
    /// A parser error is located where it was noticed, with where the construct opened as the
    /// second position: the start of a mapping says less than the line that broke it.
    static func locate(_ error: Error) -> (message: String, mark: Mark?, noteMark: Mark?, note: String?) {
        guard let yamlError = error as? YamlError else { return ("\(error)", nil, nil, nil) }
        switch yamlError {
        case let .scanner(context, problem, mark, _):
            guard let context else { return (problem, mark, nil, nil) }
            guard context.mark.line != mark.line || context.mark.column != mark.column else {
                return ("\(problem) (\(context.text))", mark, nil, nil)
            }
            let construct = context.text.hasPrefix("while scanning ") ? String(context.text.dropFirst("while scanning ".count)) : context.text
            if problem.contains("end of stream") {
                return ("\(construct) starts here and is never closed; the file ends first", context.mark, nil, nil)
            }
            return ("\(construct) starts here, and \(problem) at line \(mark.line), column \(mark.column)",
                    context.mark, mark, "the problem was found here")
        case let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            guard let context else { return (problem, mark, nil, nil) }
            guard context.mark.line != mark.line || context.mark.column != mark.column else {
                return ("\(problem) (\(context.text))", mark, nil, nil)
            }
            let construct = context.text.hasPrefix("while parsing ") ? String(context.text.dropFirst("while parsing ".count)) : context.text
            return ("\(problem) (\(context.text) that starts at line \(context.mark.line))", mark, context.mark, "\(construct) starts here")
        case let .reader(problem, _, _, _):
            return (problem, nil, nil, nil)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("the key '\(duplicates.joined(separator: "', '"))' appears more than once", context.mark, nil, nil)
        default:
            return ("\(yamlError)", nil, nil, nil)
        }
    }

    /// A YAML error as a located problem in a file, with its note.
    static func problem(_ error: Error, file: String, prefix: String = "this is not valid YAML: ") -> RuleProblem {
        if let expansion = error as? YAMLExpansionError {
            return RuleProblem(file: file, line: 1, column: 1, message: "the file was not read: \(expansion)")
        }
        let located = locate(error)
        var notes: [RuleProblem.Note] = []
        if let noteMark = located.noteMark, let note = located.note {
            notes.append(RuleProblem.Note(file: file, line: noteMark.line, column: noteMark.column, message: note))
        }
        return RuleProblem(file: file, line: located.mark?.line ?? 1, column: located.mark?.column ?? 1,
                           message: prefix + located.message, notes: notes)
    }
}
