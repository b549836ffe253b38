/// String helpers that compare UTF-8 bytes. Importing Foundation anywhere in the module makes
/// `contains` and `range(of:)` resolve to its Unicode-aware search, which costs a bridge to
/// NSString; these run in the inner loops, on tokens and lines.
extension String {
    /// Whether the text contains a substring, byte for byte.
    func containsBytes(_ target: String) -> Bool {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return true }
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard bytes.count >= needle.count else { return false }
            for index in 0...(bytes.count - needle.count) where bytes[index] == first {
                if needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { return true }
            }
            return false
        }
        // Native strings are contiguous; a bridged one is copied first.
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }

    /// Replaces every occurrence of a substring, comparing UTF-8 bytes.
    func replacingAll(_ target: String, with replacement: String) -> String {
        // Most calls ("1,200" without its commas) find nothing: answer before copying anything,
        // the target included.
        guard let first = target.utf8.first, utf8.contains(first) else { return self }
        let needle = Array(target.utf8)
        let bytes = Array(utf8)
        guard bytes.count >= needle.count else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        let substitute = Array(replacement.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, index + needle.count <= bytes.count, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                result.append(contentsOf: substitute)
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The pieces between the separator, without empty ones, as `split(separator:)` gives them,
    /// or nil for a string beyond ASCII (where a Character may join the separator to a mark that
    /// follows it, so the byte and the Character readings can differ). Lexicon entries are split
    /// at start-up; Character by Character that was millions of instructions.
    func asciiPieces(separatedBy separator: UInt8) -> [String]? {
        var pieces: [String] = []
        let complete = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var start = 0
            for index in 0...bytes.count {
                if index < bytes.count {
                    if bytes[index] >= 0x80 { return false }
                    if bytes[index] != separator { continue }
                }
                if index > start { pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            return true
        }
        return complete == true ? pieces : nil
    }

    /// The string without leading and trailing ASCII white space.
    func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isASCII, ByteClass.isSpace(UInt8(scalars[start].value)) { start = scalars.index(after: start) }
        while end > start {
            let previous = scalars.index(before: end)
            guard scalars[previous].isASCII, ByteClass.isSpace(UInt8(scalars[previous].value)) else { break }
            end = previous
        }
        return String(scalars[start..<end])
    }

    /// Whether the text ends with an ASCII suffix, byte for byte. For the letters of a word this
    /// answers as `hasSuffix` does, without its Unicode comparison.
    @inline(__always)
    func hasASCIISuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        let start = suffix.utf8Start
        return utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= count else { return false }
            let offset = bytes.count - count
            for index in 0..<count where bytes[offset + index] != start[index] { return false }
            return true
        } ?? hasSuffix(suffix.description)
    }

    /// Whether the text is one Character. Two ASCII bytes first are two Characters (a word holds
    /// no CR LF); the grapheme count is taken only beyond that.
    var isOneCharacter: Bool {
        let utf8 = self.utf8
        let bytes = utf8.count
        if bytes <= 1 { return bytes == 1 }
        var iterator = utf8.makeIterator()
        if let first = iterator.next(), let second = iterator.next(), first < 0x80, second < 0x80 { return false }
        return count == 1
    }

    /// Whether every byte is ASCII.
    @inline(__always)
    var isASCII: Bool { !utf8.contains(where: { $0 >= 0x80 }) }
}
