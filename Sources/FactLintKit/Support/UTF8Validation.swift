/// Where bytes stop being UTF-8, for files that must be text (rules, configurations, rosters):
/// unlike an article, whose bad bytes are read as U+FFFD, a rule file with them is refused.
enum UTF8Validation {
    /// The 1-based line and column (in Unicode scalars) of the first byte that is not valid
    /// UTF-8, and the byte, or nil when all are valid.
    static func firstInvalid(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return (line, column, byte)
            }
            guard index + length <= bytes.count else { return (line, column, byte) }
            var value = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return (line, column, byte) }
                value = value << 6 | UInt32(next & 0x3F)
            }
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return (line, column, byte) }
            column += 1
            index += length
        }
        return nil
    }

    /// A problem for a file that is not UTF-8, or nil.
    static func problem(_ bytes: [UInt8], file: String, what: String) -> RuleProblem? {
        guard let bad = firstInvalid(bytes) else { return nil }
        let hex = String(bad.byte, radix: 16, uppercase: true)
        return RuleProblem(file: file, line: bad.line, column: bad.column,
                           message: "the \(what) is not valid UTF-8: the byte 0x\(hex.count == 1 ? "0" + hex : hex) here is not a character; save the file as UTF-8")
    }
}
