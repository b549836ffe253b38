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
        var key: [UInt8] = []
        key.reserveCapacity(range.count)
        var inSpace = true
        var hash = FNV1a.offsetBasis
        var start = -1
        var hasDigit = false
        var hasLetter = false
        var capital = false
        var nonASCII = false
        var wordNonASCII = false
        var letterWords = 0
        func finishWord(at end: Int) {
            guard start >= 0 else { return }
            if wordNonASCII {
                // Case folding beyond ASCII: the word's hash from its lowercased text.
                let lowered = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
                hash = FNV1a.hash(lowered.utf8)
                capital = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first?.properties.isUppercase ?? false
            }
            words.append(Word(hash: hash, range: start..<end, hasDigit: hasDigit, hasLetter: hasLetter, isCapitalized: capital))
            if hasLetter { letterWords += 1 }
            hash = FNV1a.offsetBasis
            start = -1
            hasDigit = false
            hasLetter = false
            wordNonASCII = false
        }
        for position in range {
            let byte = bytes[position]
            let lower = ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte
            if ByteClass.isSpace(byte) {
                if !inSpace { key.append(0x20) }
                inSpace = true
            } else {
                inSpace = false
                key.append(lower)
            }
            if ByteClass.isAlnumASCII(byte) || byte >= 0x80 {
                if start < 0 { start = position; capital = ByteClass.isUpperASCII(byte) }
                if byte >= 0x80 { nonASCII = true; wordNonASCII = true; hasLetter = true }
                if ByteClass.isDigit(byte) { hasDigit = true } else { hasLetter = true }
                hash = FNV1a.combine(hash, lower)
            } else {
                finishWord(at: position)
            }
        }
        finishWord(at: range.upperBound)
        if key.last == 0x20 { key.removeLast() }
        if nonASCII { key = Array(String(decoding: key, as: UTF8.self).lowercased().utf8) }
        self.key = key
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
