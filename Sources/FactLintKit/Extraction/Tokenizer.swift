/// Splits a block's analysis text into ``Token``s, working on UTF-8 bytes.
public enum Tokenizer {
    public static func tokenize(_ text: MappedText, block: Int) -> [Token] {
        var tokens: [Token] = []
        tokenize(text, block: block, into: &tokens)
        return tokens
    }

    /// Appends a block's tokens to an article's, so they are not copied again afterwards. The
    /// text must be valid UTF-8, as the readers leave it (they replace invalid bytes): tokens
    /// are cut, and their first letters read, from the scalars decoded here.
    public static func tokenize(_ text: MappedText, block: Int, into tokens: inout [Token]) {
        text.bytes.withUnsafeBufferPointer { bytes in
            // Only for the first block: reserving a little more for each block would defeat the
            // array's doubling and copy it again for every block.
            if tokens.isEmpty { tokens.reserveCapacity(bytes.count / 5) }
            let count = bytes.count
            var index = 0
            var spaceBefore = true
            func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                let lower: String
                if kind == .word {
                    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    var hasUpper = false
                    var hasNonASCII = false
                    for byte in slice {
                        if byte >= 0x80 { hasNonASCII = true } else if ByteClass.isUpperASCII(byte) { hasUpper = true }
                    }
                    if hasNonASCII {
                        lower = text.lowercased()
                    } else if !hasUpper {
                        // Most words are already lowercase: share the text instead of copying it.
                        lower = text
                    } else {
                        lower = String(unsafeUninitializedCapacity: slice.count) { buffer in
                            for (offset, byte) in slice.enumerated() { buffer[offset] = ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte }
                            return slice.count
                        }
                    }
                } else {
                    lower = text
                }
                // The first scalar again, from the bytes: reading it back from the new String
                // cost more than the rest of the token.
                let first = ByteClass.scalar(in: bytes, at: start)
                let isCapitalized = first.value < 0x80 ? ByteClass.isUpperASCII(UInt8(first.value))
                    : Unicode.Scalar(first.value)?.properties.isUppercase ?? false
                let mark = kind == .punctuation && first.length == end - start ? first.value : 0
                tokens.append(Token(block: block, range: start..<end, kind: kind, text: text, lower: lower, spaceBefore: spaceBefore,
                                    isCapitalized: isCapitalized, mark: mark))
                spaceBefore = false
            }
            while index < count {
                let scalar = ByteClass.scalar(in: bytes, at: index)
                if ByteClass.isWhitespace(scalar.value) {
                    spaceBefore = true
                    index += scalar.length
                    continue
                }
                let start = index
                if scalar.value < 0x80, ByteClass.isDigit(UInt8(scalar.value)) {
                    index += 1
                    while index < count {
                        let byte = bytes[index]
                        if ByteClass.isDigit(byte) { index += 1; continue }
                        // Inner separators need a digit on both sides.
                        if byte == 0x2C || byte == 0x2E || byte == 0x3A || byte == 0x2F || byte == 0x2D,
                           index + 1 < count, ByteClass.isDigit(bytes[index + 1]) {
                            index += 2
                            continue
                        }
                        break
                    }
                    emit(start, index, .number)
                    continue
                }
                if ByteClass.isAlphanumeric(scalar.value) {
                    index += scalar.length
                    while index < count {
                        // Most letters are ASCII: those need no decoding and no Unicode lookup.
                        if bytes[index] < 0x80, ByteClass.isAlnumASCII(bytes[index]) {
                            index += 1
                            continue
                        }
                        let next = ByteClass.scalar(in: bytes, at: index)
                        if ByteClass.isAlphanumeric(next.value) || isCombining(next.value) {
                            index += next.length
                            continue
                        }
                        // Inner apostrophe ("don't", "O'Brien") but not a possessive 's, and inner
                        // periods between single letters ("U.S", "a.m").
                        if next.value == 0x27 || next.value == 0x2019 {
                            let after = index + next.length
                            if after < count, ByteClass.isAlphanumeric(ByteClass.scalar(in: bytes, at: after).value) {
                                let afterScalar = ByteClass.scalar(in: bytes, at: after)
                                let possessive = (afterScalar.value == 0x73 || afterScalar.value == 0x53)
                                    && (after + 1 >= count || !ByteClass.isAlphanumeric(ByteClass.scalar(in: bytes, at: after + 1).value))
                                if !possessive {
                                    index = after
                                    continue
                                }
                            }
                        }
                        if next.value == 0x2E, index + 1 < count, ByteClass.isLetterASCII(bytes[index + 1]),
                           index - start <= 3, index + 2 >= count || !ByteClass.isLetterASCII(bytes[index + 2]) || bytes[index + 2] == 0x2E {
                            index += 2
                            continue
                        }
                        break
                    }
                    emit(start, index, .word)
                    continue
                }
                index += scalar.length
                emit(start, index, .punctuation)
            }
        }
    }

    /// The lowercased tokens of a short text, as a pattern compares them.
    public static func words(_ text: String) -> [String] {
        var mapped = MappedText()
        mapped.append(source: Array(text.utf8), range: 0..<text.utf8.count)
        return tokenize(mapped, block: 0).map(\.lower)
    }

    private static func isCombining(_ value: UInt32) -> Bool {
        (value >= 0x0300 && value <= 0x036F) || (value >= 0x1AB0 && value <= 0x1AFF) || (value >= 0x20D0 && value <= 0x20FF)
    }
}
