/// A sentence (or any run of text) reduced to what repetition checks compare, read from its UTF-8
/// bytes in one pass: an exact-match key (lowercased, spacing folded) and the words as FNV-1a
/// hashes of their lowercased letters and digits, each with its byte range.
struct SentenceWords {
    /// A word: letters and digits between other characters ("didn't" is two words, "40,000" two).
    struct Word: Equatable {
        var hash: UInt64
        /// Byte range in the text the words were read from.
        var range: Range<Int>
        var hasDigit: Bool
        var hasLetter: Bool
        /// Whether the word starts with a capital.
        var isCapitalized: Bool
    }

    /// Lowercased, with every run of white space one space and none at the ends.
    var key: [UInt8]
    var words: [Word]
    /// How many words have letters (a table row of figures has few).
    var letterWords: Int

    /// Reads `bytes[range]`; word ranges are offsets into `bytes`.
    init(_ bytes: [UInt8], _ range: Range<Int>) {
        var words: [Word] = []
        words.reserveCapacity(range.count / 5 + 1)
        var nonASCII = false
        var letterWords = 0
        // One pass over the bytes in place, the key written straight into its buffer: appending
        // byte by byte, and a nested function over a dozen captured variables, were most of the
        // cost of both repetition checks.
        let key = [UInt8](unsafeUninitializedCapacity: range.count) { keyBuffer, keyCount in
            bytes.withUnsafeBufferPointer { bytes in
                var inSpace = true
                var hash = FNV1a.offsetBasis
                var start = -1
                var hasDigit = false
                var hasLetter = false
                var capital = false
                var wordNonASCII = false
                var position = range.lowerBound
                while position <= range.upperBound {
                    let byte: UInt8 = position < range.upperBound ? bytes[position] : 0x20
                    if position < range.upperBound {
                        if ByteClass.isSpace(byte) {
                            if !inSpace { keyBuffer[keyCount] = 0x20; keyCount += 1 }
                            inSpace = true
                        } else {
                            inSpace = false
                            keyBuffer[keyCount] = ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte
                            keyCount += 1
                        }
                    }
                    if position < range.upperBound && (ByteClass.isAlnumASCII(byte) || byte >= 0x80) {
                        if start < 0 { start = position; capital = ByteClass.isUpperASCII(byte) }
                        if byte >= 0x80 { nonASCII = true; wordNonASCII = true; hasLetter = true }
                        if ByteClass.isDigit(byte) { hasDigit = true } else { hasLetter = true }
                        hash = FNV1a.combine(hash, ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte)
                    } else if start >= 0 {
                        // The end of a word.
                        if wordNonASCII {
                            // Case folding beyond ASCII: the word's hash from its lowercased text.
                            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                            hash = FNV1a.hash(text.lowercased().utf8)
                            capital = text.unicodeScalars.first?.properties.isUppercase ?? false
                        }
                        words.append(Word(hash: hash, range: start..<position, hasDigit: hasDigit, hasLetter: hasLetter, isCapitalized: capital))
                        if hasLetter { letterWords += 1 }
                        hash = FNV1a.offsetBasis
                        start = -1
                        hasDigit = false
                        hasLetter = false
                        wordNonASCII = false
                    }
                    position += 1
                }
                if keyCount > 0, keyBuffer[keyCount - 1] == 0x20 { keyCount -= 1 }
            }
        }
        self.key = nonASCII ? Array(String(decoding: key, as: UTF8.self).lowercased().utf8) : key
        self.words = words
        self.letterWords = letterWords
    }

    /// Hashes of each pair of neighbouring words, sorted and without repeats: the sentence's
    /// shingles.
    var shingles: [Int] {
        guard words.count > 1 else { return [] }
        var result: [Int] = []
        result.reserveCapacity(words.count - 1)
        for start in 0..<(words.count - 1) {
            result.append(Int(truncatingIfNeeded: words[start].hash &* FNV1a.prime ^ words[start + 1].hash))
        }
        result.sort()
        guard result.count > 1 else { return result }
        var kept = 1
        for index in 1..<result.count where result[index] != result[kept - 1] {
            result[kept] = result[index]
            kept += 1
        }
        result.removeSubrange(kept...)
        return result
    }

    /// The hashes of the words with digits, in order: two sentences that differ here state
    /// different figures.
    var figures: [UInt64] { words.filter(\.hasDigit).map(\.hash) }
}
