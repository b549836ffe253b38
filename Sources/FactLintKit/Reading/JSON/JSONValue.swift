/// A JSON value with the byte range it was read from, so a field can be located in its file.
public struct JSONNode: Sendable {
    public indirect enum Value: Sendable {
        case object([(key: String, value: JSONNode)])
        case array([JSONNode])
        case string(String)
        /// A number, as written.
        case number(String)
        case bool(Bool)
        case null
    }

    public var value: Value
    /// The value's bytes in the source, quotes included for a string.
    public var span: Range<Int>

    /// The member of an object, by key.
    public subscript(key: String) -> JSONNode? {
        guard case let .object(members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The value at a dotted path (`title.rendered`).
    public func at(path: String) -> JSONNode? {
        var node: JSONNode? = self
        for part in path.split(separator: ".") { node = node?[String(part)] }
        return node
    }

    /// The text of a string, or a number as written.
    public var text: String? {
        switch value {
        case let .string(text): return text
        case let .number(text): return text
        default: return nil
        }
    }
}

/// Why a JSON text could not be read, and where.
public struct JSONError: Error, Sendable {
    public var message: String
    /// Byte offset of the problem in the source.
    public var offset: Int
}
