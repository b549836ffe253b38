/// A mapping's pairs in the order written, read in place.
public struct YAMLMapping: Collection, Sendable {
    public typealias Element = (key: YAMLNode, value: YAMLNode)

    let bytes: YAMLBytes
    let body: Range<Int>
    public let count: Int

    public var startIndex: YAMLIndex { YAMLIndex(offset: body.lowerBound) }
    public var endIndex: YAMLIndex { YAMLIndex(offset: body.upperBound) }
    public var isEmpty: Bool { count == 0 }

    public func index(after index: YAMLIndex) -> YAMLIndex {
        let value = YAMLNode(bytes: bytes, offset: YAMLNode(bytes: bytes, offset: index.offset).end)
        return YAMLIndex(offset: value.end)
    }

    public subscript(index: YAMLIndex) -> Element {
        let key = YAMLNode(bytes: bytes, offset: index.offset)
        return (key, YAMLNode(bytes: bytes, offset: key.end))
    }

    /// The value of the scalar key with this text; the last one when a key is repeated (as Yams
    /// answers, though its parser refuses repeated keys).
    public subscript(key: String) -> YAMLNode? {
        var found: YAMLNode?
        var position = body.lowerBound
        while position < body.upperBound {
            let keyNode = YAMLNode(bytes: bytes, offset: position)
            let value = YAMLNode(bytes: bytes, offset: keyNode.end)
            if keyNode.isScalar(key) { found = value }
            position = value.end
        }
        return found
    }
}
