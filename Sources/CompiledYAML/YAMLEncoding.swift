import Yams

/// The compiled form of YAML: the node trees Yams reads from a text, written as bytes that
/// ``YAMLNode`` reads in place, without LibYAML. `RuleEmbedder` writes the built-in rules and
/// lexicons in this form at build time; rule and lexicon files read at run time are parsed by
/// Yams and converted to it, so one loader reads both.
///
/// A stream is a count of documents, then the documents. A node is:
///
///     kind       'S' scalar, 'Q' sequence, 'M' mapping, 'A' alias
///     style      Yams's style raw value
///     tag        byte count, then the tag name as Yams read it ("" implicit, "!" non-specific)
///     line       1-based; 0 when the node has no position
///     column     1-based, in Unicode scalars (LibYAML's count)
///     scalar:    byte count, then the UTF-8 text
///     sequence:  item count, byte count of the items, then the items
///     mapping:   pair count, byte count of the pairs, then key, value, key, value…
///
/// Numbers are written six bits a byte, low bits first, 0x40 set on every byte but the last, so
/// every structural byte is ASCII and a compiled stream of valid UTF-8 text is valid UTF-8
/// itself: it can be a Swift string literal.
public enum YAMLEncoding {
    static let scalarKind = UInt8(ascii: "S")
    static let sequenceKind = UInt8(ascii: "Q")
    static let mappingKind = UInt8(ascii: "M")
    static let aliasKind = UInt8(ascii: "A")
    /// Bytes reserved for a collection's count and size, written once its children are.
    static let reservedWidth = 5

    /// Parses a YAML text with the settings every factlint loader uses (UTF-8, the basic
    /// resolver: values are read through typed accessors, not resolved tags) and compiles every
    /// document. Throws Yams's error for a text that is not valid YAML, and
    /// ``YAMLExpansionError`` for one whose aliases expand it past ``expansionLimit(forTextOf:)``.
    public static func compile(yaml: String) throws -> [UInt8] {
        try compile(documents: parse(yaml: yaml), limit: expansionLimit(forTextOf: yaml.utf8.count))
    }

    /// The most bytes a text of this many bytes may compile to. Yams shares the node an alias
    /// names; the compiled form writes it out at every use, so ten lines of aliases naming
    /// aliases (an alias bomb) would grow without end.
    public static func expansionLimit(forTextOf count: Int) -> Int {
        max(1 << 20, 16 * count)
    }

    /// Every document of a YAML text, as Yams reads it for factlint.
    public static func parse(yaml: String) throws -> [Node] {
        // An explicit encoding: Yams would otherwise read the process environment on every parse.
        let parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
        var documents: [Node] = []
        while let node = try parser.nextRoot() { documents.append(node) }
        return documents
    }

    /// Compiles documents Yams has read, in at most `limit` bytes.
    public static func compile(documents: [Node], limit: Int) throws(YAMLExpansionError) -> [UInt8] {
        var bytes: [UInt8] = []
        appendNumber(documents.count, to: &bytes)
        for document in documents { try append(document, to: &bytes, limit: limit) }
        return bytes
    }

    /// Writes one node and everything under it, or throws once the bytes pass `limit`.
    static func append(_ node: Node, to bytes: inout [UInt8], limit: Int) throws(YAMLExpansionError) {
        if bytes.count > limit { throw YAMLExpansionError(limit: limit) }
        switch node {
        case let .scalar(scalar):
            appendHeader(scalarKind, style: Int(scalar.style.rawValue), tag: scalar.tag, mark: scalar.mark, to: &bytes)
            appendNumber(scalar.string.utf8.count, to: &bytes)
            bytes.append(contentsOf: scalar.string.utf8)
        case let .sequence(sequence):
            appendHeader(sequenceKind, style: Int(sequence.style.rawValue), tag: sequence.tag, mark: sequence.mark, to: &bytes)
            try appendCollection(count: sequence.count, to: &bytes) { (bytes) throws(YAMLExpansionError) in
                for item in sequence { try append(item, to: &bytes, limit: limit) }
            }
        case let .mapping(mapping):
            appendHeader(mappingKind, style: Int(mapping.style.rawValue), tag: mapping.tag, mark: mapping.mark, to: &bytes)
            try appendCollection(count: mapping.count, to: &bytes) { (bytes) throws(YAMLExpansionError) in
                for (key, value) in mapping {
                    try append(key, to: &bytes, limit: limit)
                    try append(value, to: &bytes, limit: limit)
                }
            }
        case .alias:
            // Yams's parser replaces an alias by the node it names; a tree built by hand may
            // still hold one.
            appendHeader(aliasKind, style: 0, tag: nil, mark: nil, to: &bytes)
        }
    }

    private static func appendHeader(_ kind: UInt8, style: Int, tag: Tag?, mark: Mark?, to bytes: inout [UInt8]) {
        bytes.append(kind)
        appendNumber(style, to: &bytes)
        // `description` is the tag's name as read, without resolving it.
        let name = tag?.description ?? ""
        appendNumber(name.utf8.count, to: &bytes)
        bytes.append(contentsOf: name.utf8)
        appendNumber(mark?.line ?? 0, to: &bytes)
        appendNumber(mark?.column ?? 0, to: &bytes)
    }

    /// Writes a count, then the children's byte size (known once they are written), then them.
    static func appendCollection<Failure: Error>(count: Int, to bytes: inout [UInt8],
                                                 children: (inout [UInt8]) throws(Failure) -> Void) throws(Failure) {
        appendNumber(count, to: &bytes)
        let sizeAt = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: reservedWidth))
        let start = bytes.count
        try children(&bytes)
        writeReservedNumber(bytes.count - start, at: sizeAt, in: &bytes)
    }

    /// Appends a number, six bits a byte, 0x40 on all but the last.
    public static func appendNumber(_ value: Int, to bytes: inout [UInt8]) {
        precondition(value >= 0, "compiled YAML numbers are not negative")
        var rest = UInt(value)
        repeat {
            var byte = UInt8(rest & 0x3F)
            rest >>= 6
            if rest != 0 { byte |= 0x40 }
            bytes.append(byte)
        } while rest != 0
    }

    /// Writes a number in exactly ``reservedWidth`` bytes (high groups of zero still carry 0x40).
    static func writeReservedNumber(_ value: Int, at offset: Int, in bytes: inout [UInt8]) {
        precondition(value >= 0 && value < 1 << (6 * reservedWidth), "a compiled YAML collection is too large")
        var rest = UInt(value)
        for index in 0..<reservedWidth {
            var byte = UInt8(rest & 0x3F)
            rest >>= 6
            if index < reservedWidth - 1 { byte |= 0x40 }
            bytes[offset + index] = byte
        }
    }

    /// Reads a number written by ``appendNumber(_:to:)`` from `base[offset...]`, moving `offset`
    /// past it.
    @inline(__always)
    static func readNumber(_ base: UnsafePointer<UInt8>, _ offset: inout Int) -> Int {
        var value = 0
        var shift = 0
        while true {
            let byte = base[offset]
            offset += 1
            value |= Int(byte & 0x3F) << shift
            if byte & 0x40 == 0 { return value }
            shift += 6
        }
    }
}
