/// Builds a block's analysis text from raw HTML text ranges: character references decoded,
/// white space collapsed to one space as a browser renders it, invisible soft hyphens dropped,
/// and every byte still mapped to its source offset.
struct HTMLTextBuilder {
    let source: [UInt8]
    private(set) var text = MappedText()
    /// The source offset of a white-space run not yet written (it is written only before more text).
    private var pendingSpace: Int?

    init(source: [UInt8]) {
        self.source = source
    }

    var isEmpty: Bool { text.isEmpty }

    /// White space standing for the source byte at `offset` (a `<br>`, a run of spaces).
    mutating func appendSpace(at offset: Int) {
        if !text.isEmpty, pendingSpace == nil { pendingSpace = offset }
    }

    private mutating func writePendingSpace() {
        if let offset = pendingSpace {
            text.append(byte: 0x20, standingFor: offset, sourceEnd: offset + 1)
            pendingSpace = nil
        }
    }

    /// Appends raw source text; `decodes` is false in raw text, where '&' is literal.
    mutating func append(_ range: Range<Int>, decodes: Bool = true, inAttribute: Bool = false) {
        let source = self.source
        source.withUnsafeBufferPointer { buffer in
            var runStart = range.lowerBound
            var index = range.lowerBound
            let end = range.upperBound
            func flushRun() {
                if index > runStart {
                    writePendingSpace()
                    text.append(source: source, range: runStart..<index)
                }
            }
            while index < end {
                let byte = buffer[index]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    flushRun()
                    appendSpace(at: index)
                    index += 1
                    runStart = index
                } else if byte == 0xC2, index + 1 < end, buffer[index + 1] == 0xA0 || buffer[index + 1] == 0xAD {
                    // A no-break space reads as a space; a soft hyphen is invisible.
                    flushRun()
                    if buffer[index + 1] == 0xA0 { appendSpace(at: index) }
                    index += 2
                    runStart = index
                } else if byte == 0x26, decodes, let reference = HTMLCharacterReferences.decode(buffer, at: index, end: end, inAttribute: inAttribute) {
                    flushRun()
                    appendScalar(reference.scalar, at: index, length: reference.length)
                    index += reference.length
                    runStart = index
                } else {
                    index += 1
                }
            }
            flushRun()
        }
    }

    /// A decoded scalar: its first bytes stand for the reference's '&', its last byte for the
    /// reference's last byte, so a span ending on it ends after the reference.
    private mutating func appendScalar(_ scalar: UInt32, at offset: Int, length: Int) {
        switch scalar {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0:
            appendSpace(at: offset)
            return
        case 0xAD, 0x200B:
            return
        default:
            break
        }
        writePendingSpace()
        let encoded = Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
        for (position, byte) in encoded.enumerated() {
            let at = position == encoded.count - 1 && encoded.count > 1 ? offset + length - 1 : offset
            text.append(byte: byte, standingFor: at, sourceEnd: at + 1)
        }
    }

    /// The text so far, and a fresh start.
    mutating func take() -> MappedText {
        defer {
            text = MappedText()
            pendingSpace = nil
        }
        return text
    }
}
