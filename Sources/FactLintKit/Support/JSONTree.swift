/// A JSON document held as a tree of plain values: what the language server and the HTTP service
/// read from their clients (``init(_:)`` from a parsed ``JSONNode``) and build their answers
/// from. Objects keep their keys in a dictionary; ``serialized()`` writes them sorted, so the
/// output is the same on every run.
public enum JSONTree: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    /// Reads a document with ``JSONParser`` (strict RFC 8259, nesting limited).
    public static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONTree {
        switch JSONParser.parse(bytes) {
        case let .success(node): return JSONTree(node)
        case let .failure(error): throw error
        }
    }

    /// The plain values of a parsed document. A repeated key keeps its last value; a number
    /// too large for a Double reads as infinity, which ``serialized()`` writes as null.
    public init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case let .bool(flag): self = .bool(flag)
        case let .number(text): self = .number(Double(text) ?? .nan)
        case let .string(text): self = .string(text)
        case let .array(items): self = .array(items.map(JSONTree.init))
        case let .object(members):
            var dictionary: [String: JSONTree] = [:]
            for member in members { dictionary[member.key] = JSONTree(member.value) }
            self = .object(dictionary)
        }
    }

    public subscript(key: String) -> JSONTree? {
        if case let .object(members) = self { return members[key] }
        return nil
    }

    public var stringValue: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    /// A number that is a whole number within `Int`'s range.
    public var intValue: Int? {
        guard case let .number(value) = self, value.rounded() == value, abs(value) < 9.0e15 else { return nil }
        return Int(value)
    }

    public var boolValue: Bool? {
        if case let .bool(flag) = self { return flag }
        return nil
    }

    public var arrayValue: [JSONTree]? {
        if case let .array(items) = self { return items }
        return nil
    }

    public var objectValue: [String: JSONTree]? {
        if case let .object(members) = self { return members }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// The JSON type's name, for messages such as "'title' must be a string, not a number".
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Compact JSON with object keys sorted.
    public func serialized() -> String {
        var output = ""
        write(into: &output)
        return output
    }

    private func write(into output: inout String) {
        switch self {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .number(value):
            if let digits = wholeNumberText(value) {
                output += digits
            } else {
                output += value.isFinite ? String(value) : "null"
            }
        case let .string(text): output += JSONWriter.quote(text)
        case let .array(items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(into: &output)
            }
            output += "]"
        case let .object(members):
            output += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                output += JSONWriter.quote(key)
                output += ":"
                members[key]!.write(into: &output)
            }
            output += "}"
        }
    }
}

extension JSONTree: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONTree...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, JSONTree)...) {
        var members: [String: JSONTree] = [:]
        for (key, value) in elements { members[key] = value }
        self = .object(members)
    }

    /// A whole number.
    public static func int(_ value: Int) -> JSONTree { .number(Double(value)) }
}
