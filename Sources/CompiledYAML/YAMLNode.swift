import Yams

/// A YAML node read in place from its compiled form (see ``YAMLEncoding``). The accessors are
/// named as Yams's `Node` names them and answer the same: typed values (`bool`, `int`, `float`,
/// `null`) are Yams's own constructors applied to the scalar's text, style and tag as read.
/// Nothing is copied until asked for: looking a key up compares bytes.
public struct YAMLNode: Sendable {
    public enum Kind: Sendable, Hashable {
        case scalar, sequence, mapping, alias
    }

    let bytes: YAMLBytes
    let offset: Int

    init(bytes: YAMLBytes, offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    /// A Yams node, compiled in at most `limit` bytes (see ``YAMLEncoding/expansionLimit(forTextOf:)``).
    public init(_ node: Node, limit: Int) throws(YAMLExpansionError) {
        var compiled: [UInt8] = []
        try YAMLEncoding.append(node, to: &compiled, limit: limit)
        self.init(bytes: YAMLBytes(compiled), offset: 0)
    }

    /// The node's fields, read from its header.
    struct Header {
        var kind: UInt8
        var style: Int
        var tag: Range<Int>
        var line: Int
        var column: Int
        /// A scalar's text, or a collection's children.
        var body: Range<Int>
        /// A collection's items (pairs for a mapping); a scalar's byte count.
        var count: Int
    }

    @inline(__always)
    var header: Header {
        let base = bytes.base
        var position = offset
        let kind = base[position]
        position += 1
        let style = YAMLEncoding.readNumber(base, &position)
        let tagCount = YAMLEncoding.readNumber(base, &position)
        let tag = position..<(position + tagCount)
        position += tagCount
        let line = YAMLEncoding.readNumber(base, &position)
        let column = YAMLEncoding.readNumber(base, &position)
        switch kind {
        case YAMLEncoding.scalarKind:
            let length = YAMLEncoding.readNumber(base, &position)
            return Header(kind: kind, style: style, tag: tag, line: line, column: column, body: position..<(position + length), count: length)
        case YAMLEncoding.sequenceKind, YAMLEncoding.mappingKind:
            let count = YAMLEncoding.readNumber(base, &position)
            let size = YAMLEncoding.readNumber(base, &position)
            return Header(kind: kind, style: style, tag: tag, line: line, column: column, body: position..<(position + size), count: count)
        default:
            return Header(kind: kind, style: style, tag: tag, line: line, column: column, body: position..<position, count: 0)
        }
    }

    /// The offset just past this node.
    var end: Int { header.body.upperBound }

    public var kind: Kind {
        switch bytes.base[offset] {
        case YAMLEncoding.scalarKind: return .scalar
        case YAMLEncoding.sequenceKind: return .sequence
        case YAMLEncoding.mappingKind: return .mapping
        default: return .alias
        }
    }

    /// Where the node starts in its text; nil for a node built without a position.
    public var mark: YAMLMark? {
        let header = header
        return header.line == 0 ? nil : YAMLMark(line: header.line, column: header.column)
    }

    /// The scalar, if this is one.
    public var scalar: Scalar? {
        bytes.base[offset] == YAMLEncoding.scalarKind ? Scalar(node: self) : nil
    }

    /// A scalar's text.
    public var string: String? {
        let header = header
        guard header.kind == YAMLEncoding.scalarKind else { return nil }
        return text(header.body)
    }

    /// Whether the node is a scalar whose text is exactly these bytes.
    public func isScalar(_ text: String) -> Bool {
        let header = header
        guard header.kind == YAMLEncoding.scalarKind else { return false }
        return equals(header.body, text)
    }

    /// The items, if this is a sequence.
    public var sequence: YAMLSequence? {
        let header = header
        guard header.kind == YAMLEncoding.sequenceKind else { return nil }
        return YAMLSequence(bytes: bytes, body: header.body, count: header.count)
    }

    /// The pairs, if this is a mapping.
    public var mapping: YAMLMapping? {
        let header = header
        guard header.kind == YAMLEncoding.mappingKind else { return nil }
        return YAMLMapping(bytes: bytes, body: header.body, count: header.count)
    }

    /// The scalar as Yams's `Bool` constructor reads it (true/yes/on, false/no/off, any case;
    /// nil for a quoted scalar or one tagged `!!str`). Read here, not through Yams: building a
    /// Yams scalar and its tag for every flag cost more than the rest of loading a rule.
    public var bool: Bool? {
        let header = header
        guard header.kind == YAMLEncoding.scalarKind, !equals(header.tag, Self.stringTag) else { return nil }
        switch text(header.body).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
    /// The scalar as Yams's `Int` constructor reads it.
    public var int: Int? { yamsScalar.flatMap(Int.construct) }
    /// The scalar as Yams's `Double` constructor reads it.
    public var float: Double? { yamsScalar.flatMap(Double.construct) }
    /// Non-nil for a plain empty, `~`, `null`, `Null` or `NULL` scalar, as Yams's `null`.
    public var null: YAMLNull? {
        let header = header
        guard header.kind == YAMLEncoding.scalarKind, header.style == Int(Node.Scalar.Style.plain.rawValue) else { return nil }
        switch text(header.body) {
        case "", "~", "null", "Null", "NULL": return YAMLNull()
        default: return nil
        }
    }

    /// The tag Yams gives quoted scalars, and `!!str`.
    static let stringTag = Tag.Name.str.rawValue

    /// The node as a Yams node (without positions), to hand to Yams: to write it back as YAML.
    public var yamsNode: Node {
        let header = header
        let tag = Tag(Tag.Name(rawValue: text(header.tag)), .basic, .default)
        switch header.kind {
        case YAMLEncoding.scalarKind:
            return .scalar(Node.Scalar(text(header.body), tag, Node.Scalar.Style(rawValue: UInt32(header.style)) ?? .any))
        case YAMLEncoding.sequenceKind:
            let items = YAMLSequence(bytes: bytes, body: header.body, count: header.count).map(\.yamsNode)
            return .sequence(Node.Sequence(items, tag, Node.Sequence.Style(rawValue: UInt32(header.style)) ?? .any))
        case YAMLEncoding.mappingKind:
            let pairs = YAMLMapping(bytes: bytes, body: header.body, count: header.count).map { ($0.key.yamsNode, $0.value.yamsNode) }
            return .mapping(Node.Mapping(pairs, tag, Node.Mapping.Style(rawValue: UInt32(header.style)) ?? .any))
        default:
            return .scalar(Node.Scalar("", tag))
        }
    }

    /// A mapping of these pairs, with this node's position, style and tag (a rule with a
    /// configuration's parameters laid over it).
    public func withPairs(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> YAMLNode {
        let header = header
        var compiled: [UInt8] = []
        compiled.append(YAMLEncoding.mappingKind)
        YAMLEncoding.appendNumber(header.style, to: &compiled)
        YAMLEncoding.appendNumber(header.tag.count, to: &compiled)
        compiled.append(contentsOf: bytes[header.tag])
        YAMLEncoding.appendNumber(header.line, to: &compiled)
        YAMLEncoding.appendNumber(header.column, to: &compiled)
        YAMLEncoding.appendCollection(count: pairs.count, to: &compiled) { compiled in
            for (key, value) in pairs {
                compiled.append(contentsOf: key.bytes[key.offset..<key.end])
                compiled.append(contentsOf: value.bytes[value.offset..<value.end])
            }
        }
        return YAMLNode(bytes: YAMLBytes(compiled), offset: 0)
    }

    /// The compiled bytes of this node and its children.
    public var compiledBytes: [UInt8] { bytes[offset..<end] }

    private var yamsScalar: Node.Scalar? {
        let header = header
        guard header.kind == YAMLEncoding.scalarKind else { return nil }
        return Node.Scalar(text(header.body), Tag(Tag.Name(rawValue: text(header.tag)), .basic, .default),
                           Node.Scalar.Style(rawValue: UInt32(header.style)) ?? .any)
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes.base + range.lowerBound, count: range.count), as: UTF8.self)
    }

    func equals(_ range: Range<Int>, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == range.count else { return false }
            guard let start = utf8.baseAddress else { return true }
            for index in 0..<range.count where bytes.base[range.lowerBound + index] != start[index] { return false }
            return true
        }
    }

    /// A scalar node's text, with how it was written.
    public struct Scalar: Sendable {
        let node: YAMLNode
        public var string: String { node.string ?? "" }
    }
}
