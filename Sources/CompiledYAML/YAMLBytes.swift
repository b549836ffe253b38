/// Compiled YAML bytes that nodes point into: a static string's bytes in the binary (the built-in
/// rules, read in place) or a copy this object owns (a file compiled at run time). Immutable.
public final class YAMLBytes: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    public let count: Int
    private let owned: UnsafeMutablePointer<UInt8>?

    /// The bytes of a static string (the form `RuleEmbedder` writes), without copying them.
    public init(_ text: StaticString) {
        precondition(text.hasPointerRepresentation, "compiled YAML is a string literal, not a single scalar")
        base = text.utf8Start
        count = text.utf8CodeUnitCount
        owned = nil
    }

    /// A copy of compiled bytes.
    public init(_ bytes: [UInt8]) {
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { copy.initialize(from: start, count: source.count) }
        }
        base = UnsafePointer(copy)
        count = bytes.count
        owned = copy
    }

    deinit { owned?.deallocate() }

    /// The bytes in a range, as an array (to compare, or to keep).
    public subscript(range: Range<Int>) -> [UInt8] {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        return Array(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
    }

    /// The documents of the stream that starts at `offset` (a count, then the documents).
    public func documents(at offset: Int = 0) -> [YAMLNode] {
        precondition(offset >= 0 && offset < count, "no compiled YAML stream at \(offset)")
        var position = offset
        let documentCount = YAMLEncoding.readNumber(base, &position)
        var documents: [YAMLNode] = []
        documents.reserveCapacity(documentCount)
        for _ in 0..<documentCount {
            let node = YAMLNode(bytes: self, offset: position)
            documents.append(node)
            position = node.end
        }
        return documents
    }
}
