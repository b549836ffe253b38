/// Byte and scalar classification for scanning UTF-8 text without building Characters.
enum ByteClass {
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always) static func isLowerASCII(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    @inline(__always) static func isLetterASCII(_ byte: UInt8) -> Bool { isUpperASCII(byte) || isLowerASCII(byte) }
    @inline(__always) static func isAlnumASCII(_ byte: UInt8) -> Bool { isLetterASCII(byte) || isDigit(byte) }
    @inline(__always) static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Decodes the scalar starting at `index`; returns it and its length in bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        var length = 1
        var value: UInt32
        if lead & 0xE0 == 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
        else if lead & 0xF0 == 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
        else if lead & 0xF8 == 0xF0 { length = 4; value = UInt32(lead & 0x07) }
        else { return (0xFFFD, 1) }
        guard index + length <= bytes.count else { return (0xFFFD, 1) }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// Start of the scalar that ends just before `index`.
    static func previousScalarStart(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        while start > 0, isContinuation(bytes[start]) { start -= 1 }
        return start
    }

    /// Whether a scalar is an uppercase letter (ASCII, Latin-1, Latin Extended, Greek, Cyrillic).
    static func isUppercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
        guard let unicode = Unicode.Scalar(scalar) else { return false }
        return unicode.properties.isUppercase
    }

    /// Whether a scalar is a lowercase letter.
    static func isLowercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A }
        guard let unicode = Unicode.Scalar(scalar) else { return false }
        return unicode.properties.isLowercase
    }

    /// Whether a scalar is a letter or digit. The ASCII test is inlined where it is asked (the
    /// tokenizer asks at every token); the Unicode lookup is not.
    @inline(__always)
    static func isAlphanumeric(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isAlnumASCII(UInt8(truncatingIfNeeded: scalar)) }
        return isAlphanumericBeyondASCII(scalar)
    }

    @inline(never)
    private static func isAlphanumericBeyondASCII(_ scalar: UInt32) -> Bool {
        guard let unicode = Unicode.Scalar(scalar) else { return false }
        return unicode.properties.isAlphabetic || unicode.properties.numericType != nil
    }

    /// Whether a scalar is white space, including no-break and other Unicode spaces.
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isSpace(UInt8(scalar)) }
        return scalar == 0xA0 || scalar == 0x2007 || scalar == 0x202F || (scalar >= 0x2000 && scalar <= 0x200A) || scalar == 0x3000
    }

    /// Closing quotes and brackets that stay with the sentence they end.
    static func isCloser(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x27, 0x29, 0x5D, 0x2019, 0x201D, 0xBB, 0x203A: return true
        default: return false
        }
    }

    /// Opening quotes and brackets that may precede a sentence's first word.
    static func isOpener(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x27, 0x28, 0x5B, 0x2018, 0x201C, 0xAB, 0x2039: return true
        default: return false
        }
    }

    /// List bullets written as characters in running text.
    static func isBullet(_ scalar: UInt32) -> Bool {
        scalar == 0x2022 || scalar == 0x2043 || scalar == 0x25CF || scalar == 0x25AA || scalar == 0x2023
    }
}
