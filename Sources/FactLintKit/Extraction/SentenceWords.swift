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
        // One pass over the bytes in place, the key written straight into its buffer. A word is
        // read by an inner loop of its own, with the state in locals: one loop that tested every
        // byte for both jobs, over state shared with a closure, cost about 55 instructions a byte.
        let key = [UInt8](unsafeUninitializedCapacity: range.count) { keyBuffer, keyCount in
            bytes.withUnsafeBufferPointer { bytes in Self.byteTable.withUnsafeBufferPointer { table in
                var out = 0
                var inSpace = true
                var position = range.lowerBound
                let end = range.upperBound
                while position < end {
                    let byte = bytes[position]
                    if byte >= 0x80 || ByteClass.isAlnumASCII(byte) {
                        let start = position
                        var hash = FNV1a.offsetBasis
                        // Counted and or-ed, not branched on, byte by byte: digits, and the bits
                        // of every byte (the high bit is a byte beyond ASCII, which is a letter).
                        var digits = 0
                        var seen: UInt8 = 0
                        var capital = ByteClass.isUpperASCII(byte)
                        var current = byte
                        // One table read per byte: the byte lowercased, whether it is a digit,
                        // whether it belongs to a word.
                        var entry = table[Int(current)]
                        repeat {
                            let folded = UInt8(truncatingIfNeeded: entry)
                            keyBuffer[out] = folded
                            out &+= 1
                            digits &+= entry & Self.digitBit == 0 ? 0 : 1
                            seen |= current
                            hash = FNV1a.combine(hash, folded)
                            position &+= 1
                            guard position < end else { break }
                            current = bytes[position]
                            entry = table[Int(current)]
                        } while entry & Self.wordBit != 0
                        let hasDigit = digits > 0
                        let hasLetter = digits < position - start
                        let wordNonASCII = seen >= 0x80
                        inSpace = false
                        if wordNonASCII {
                            // Case folding beyond ASCII: the word's hash from its lowercased text.
                            nonASCII = true
                            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                            hash = FNV1a.hash(text.lowercased().utf8)
                            capital = text.unicodeScalars.first?.properties.isUppercase ?? false
                        }
                        words.append(Word(hash: hash, range: start..<position, hasDigit: hasDigit, hasLetter: hasLetter, isCapitalized: capital))
                        if hasLetter { letterWords += 1 }
                    } else {
                        if ByteClass.isSpace(byte) {
                            if !inSpace {
                                keyBuffer[out] = 0x20
                                out &+= 1
                            }
                            inSpace = true
                        } else {
                            keyBuffer[out] = byte
                            out &+= 1
                            inSpace = false
                        }
                        position &+= 1
                    }
                }
                if out > 0, keyBuffer[out - 1] == 0x20 { out -= 1 }
                keyCount = out
            } }
        }
        self.key = nonASCII ? Array(String(decoding: key, as: UTF8.self).lowercased().utf8) : key
        self.words = words
        self.letterWords = letterWords
    }

    /// Marks ``byteTable``'s entries for bytes that belong to a word: ASCII letters and digits,
    /// and every byte beyond ASCII.
    private static let wordBit: UInt16 = 0x200
    /// Marks ``byteTable``'s entries for ASCII digits.
    private static let digitBit: UInt16 = 0x100

    /// Per byte: the byte with ASCII capitals lowercased in the low eight bits, ``digitBit`` for a
    /// digit, ``wordBit`` for a byte of a word.
    private static let byteTable: [UInt16] = (0...255).map { value in
        let byte = UInt8(value)
        var entry = UInt16(ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte)
        if ByteClass.isDigit(byte) { entry |= digitBit }
        if byte >= 0x80 || ByteClass.isAlnumASCII(byte) { entry |= wordBit }
        return entry
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
        result.sortUnique()
        return result
    }

    /// The hashes of the words with digits, in order: two sentences that differ here state
    /// different figures.
    var figures: [UInt64] { words.filter(\.hasDigit).map(\.hash) }
}
