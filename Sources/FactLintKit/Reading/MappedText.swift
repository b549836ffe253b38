/// Text prepared for analysis (markup removed, line breaks folded to spaces) that remembers,
/// for every UTF-8 byte, where that byte came from in the source file.
///
/// Facts are found in ``bytes``; their source spans come from ``sourceSpan(of:)``, never from
/// searching the source for the matched text again.
public struct MappedText: Sendable, Hashable {
    /// The analysis text as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// `sourceOffsets[i]` is the source offset of `bytes[i]`.
    public private(set) var sourceOffsets: [Int] = []
    /// Source offset just past the last byte, so an empty tail still maps somewhere.
    public private(set) var sourceEnd: Int = 0

    public init() {}

    /// Appends source bytes `range` unchanged.
    public mutating func append(source: [UInt8], range: Range<Int>) {
        bytes.append(contentsOf: source[range])
        sourceOffsets.append(contentsOf: range)
        sourceEnd = range.upperBound
    }

    /// Appends one synthetic byte (a folded line break, say) standing for the source byte at `offset`.
    public mutating func append(byte: UInt8, standingFor offset: Int, sourceEnd end: Int) {
        bytes.append(byte)
        sourceOffsets.append(offset)
        sourceEnd = end
    }

    /// Makes ``sourceEnd`` just past the last byte's source position (0 when empty), as a text
    /// built byte by byte would have it.
    mutating func endAtLastByte() {
        sourceEnd = sourceOffsets.last.map { $0 + 1 } ?? 0
    }

    /// Number of UTF-8 bytes.
    public var count: Int { bytes.count }
    public var isEmpty: Bool { bytes.isEmpty }

    /// The analysis text as a String.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The text of a byte range of the analysis text.
    public func string(in range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The source span of a byte range of the analysis text: from the source position of its first
    /// byte to just past the source position of its last byte.
    public func sourceSpan(of range: Range<Int>) -> SourceSpan {
        guard !range.isEmpty else {
            let at = range.lowerBound < sourceOffsets.count ? sourceOffsets[range.lowerBound] : sourceEnd
            return SourceSpan(start: at, end: at)
        }
        let start = sourceOffsets[range.lowerBound]
        // The last byte of a multi-byte scalar maps to the scalar's last source byte, so one past it
        // is the scalar's end.
        return SourceSpan(start: start, end: sourceOffsets[range.upperBound - 1] + 1)
    }

    /// Removes trailing ASCII whitespace.
    public mutating func trimTrailingWhitespace() {
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D {
            bytes.removeLast()
            sourceOffsets.removeLast()
        }
    }
}
