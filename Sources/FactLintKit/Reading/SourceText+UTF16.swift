/// Positions as the Language Server Protocol counts them: 0-based lines and, within a line,
/// UTF-16 code units (an emoji outside the Basic Multilingual Plane counts two, an accented
/// letter one). Unlike ``SourceText/position(ofOffset:)``, a byte-order mark at the start counts
/// as a character here, because an editor's buffer holds it as one.
extension SourceText {
    /// The 0-based line and UTF-16 character of a byte offset.
    public func utf16Position(ofOffset offset: Int) -> (line: Int, character: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = line(atOffset: clamped)
        var units = 0
        var index = lineStarts[line - 1]
        while index < clamped {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
            index += 1
        }
        return (line - 1, units)
    }

    /// The byte offset of a 0-based line and UTF-16 character. A character past the end of its
    /// line means the end of the line (before its line break), as the protocol asks; a line past
    /// the last means the end of the text. A character inside a surrogate pair means the start of
    /// that scalar.
    public func offset(utf16Line line: Int, character: Int) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return bytes.count }
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        while end > lineStarts[line], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        var index = lineStarts[line]
        var units = 0
        while index < end, units < character {
            let byte = bytes[index]
            let width = byte >= 0xF0 ? 2 : 1
            if units + width > character { break }
            units += width
            index += 1
            while index < end, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        return index
    }
}
