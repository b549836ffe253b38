/// A sequence's items, read in place.
public struct YAMLSequence: Collection, Sendable {
    let bytes: YAMLBytes
    let body: Range<Int>
    public let count: Int

    public var startIndex: YAMLIndex { YAMLIndex(offset: body.lowerBound) }
    public var endIndex: YAMLIndex { YAMLIndex(offset: body.upperBound) }
    public var isEmpty: Bool { count == 0 }

    public func index(after index: YAMLIndex) -> YAMLIndex {
        YAMLIndex(offset: YAMLNode(bytes: bytes, offset: index.offset).end)
    }

    public subscript(index: YAMLIndex) -> YAMLNode {
        YAMLNode(bytes: bytes, offset: index.offset)
    }
}
