/// Decodes one character reference (`&amp;`, `&#8217;`, `&#x2019;`, `&eacute`) as the WHATWG
/// character reference state does: numeric references with the windows-1252 remapping of
/// 0x80–0x9F, named references with their semicolon, and the legacy names without one (not in an
/// attribute when a letter, digit or '=' follows).
enum HTMLCharacterReferences {
    /// The scalar and the number of source bytes the reference takes, or nil when `&` is literal.
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, inAttribute: Bool) -> (scalar: UInt32, length: Int)? {
        guard index + 1 < end else { return nil }
        if buffer[index + 1] == 0x23 { return numeric(buffer, at: index, end: end) }
        var runEnd = index + 1
        while runEnd < end, runEnd - index <= 32, ByteClass.isAlnumASCII(buffer[runEnd]) { runEnd += 1 }
        guard runEnd > index + 1 else { return nil }
        if runEnd < end, buffer[runEnd] == 0x3B, let value = lookup(buffer, index + 1..<runEnd) {
            return (value, runEnd + 1 - index)
        }
        // Legacy names without ';': the longest that prefixes the run.
        var length = min(runEnd - index - 1, HTMLNamedEntities.longestName)
        while length >= 2 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: buffer[(index + 1)..<(index + 1 + length)]), as: UTF8.self)
            if HTMLNamedEntities.legacy.contains(name), let value = lookup(name) {
                let next = index + 1 + length
                if inAttribute, next < end, ByteClass.isAlnumASCII(buffer[next]) || buffer[next] == 0x3D { return nil }
                return (value, 1 + length)
            }
            length -= 1
        }
        return nil
    }

    private static func lookup(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32? {
        guard range.count <= HTMLNamedEntities.longestName else { return nil }
        return lookup(String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self))
    }

    private static func lookup(_ name: String) -> UInt32? {
        if let value = HTMLNamedEntities.table[name] { return value }
        // AMP, COPY, GT, LT, QUOT and REG are also written in capitals.
        if ["AMP", "COPY", "GT", "LT", "QUOT", "REG"].contains(name) { return HTMLNamedEntities.table[name.lowercased()] }
        return nil
    }

    private static func numeric(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (scalar: UInt32, length: Int)? {
        var position = index + 2
        var hex = false
        if position < end, buffer[position] | 0x20 == 0x78 { hex = true; position += 1 }
        let digitsStart = position
        var value: UInt32 = 0
        while position < end {
            let byte = buffer[position]
            let digit: UInt32
            if ByteClass.isDigit(byte) { digit = UInt32(byte - 0x30) }
            else if hex, byte | 0x20 >= 0x61, byte | 0x20 <= 0x66 { digit = UInt32(byte | 0x20) - 0x61 + 10 }
            else { break }
            value = min(0x110000, value * (hex ? 16 : 10) + digit)
            position += 1
        }
        guard position > digitsStart else { return nil }  // absence-of-digits: '&' is literal
        if position < end, buffer[position] == 0x3B { position += 1 }
        return (remap(value), position - index)
    }

    /// Null, surrogates and values past Unicode become U+FFFD; C1 controls are read as windows-1252.
    static func remap(_ value: UInt32) -> UInt32 {
        if value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return 0xFFFD }
        if value >= 0x80, value <= 0x9F, let mapped = windows1252[value] { return mapped }
        return value
    }

    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
}
