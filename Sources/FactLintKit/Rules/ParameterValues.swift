/// A rule's check parameters as read from YAML, already type-checked against the check's
/// ``ParameterSpec``s by the loader.
public struct ParameterValues: Sendable {
    enum Value: Sendable, Hashable {
        case integer(Int)
        case number(Double)
        case string(String)
        case boolean(Bool)
        case stringList([String])
    }

    var values: [String: Value]

    init(values: [String: Value]) { self.values = values }

    public func integer(_ name: String, default fallback: Int) -> Int {
        if case let .integer(value)? = values[name] { return value }
        return fallback
    }

    public func number(_ name: String, default fallback: Double) -> Double {
        switch values[name] {
        case let .number(value)?: return value
        case let .integer(value)?: return Double(value)
        default: return fallback
        }
    }

    public func string(_ name: String) -> String? {
        if case let .string(value)? = values[name] { return value }
        return nil
    }

    public func boolean(_ name: String, default fallback: Bool) -> Bool {
        if case let .boolean(value)? = values[name] { return value }
        return fallback
    }

    /// A list parameter; a single string counts as a list of one.
    public func strings(_ name: String) -> [String] {
        if case let .stringList(value)? = values[name] { return value }
        if case let .string(value)? = values[name], !value.isEmpty { return [value] }
        return []
    }
}

/// A parameter whose value a check rejects (out of range, say). The loader locates it.
public struct ParameterError: Error, Sendable {
    public var parameter: String
    public var message: String

    public init(parameter: String, message: String) {
        self.parameter = parameter
        self.message = message
    }
}
