/// A light stemmer so "bids" and "bidding", "rises" and "rising" meet often enough. The endings
/// it removes come from the `stem-suffixes` lexicon (`Rules/lexicons/grammar.yml`): the longest
/// that fits goes, from a word at least four letters longer, and a "y" replaces an ending keyed
/// `y` ("redundancies" → "redundancy").
struct Stemmer: Sendable {
    /// The endings, longest first, as text and as bytes.
    private let endings: [String]
    private let endingBytes: [[UInt8]]
    /// Whether a "y" replaces the ending at the same index.
    private let addsY: [Bool]

    init(lexicons: LexiconSet) {
        // Two endings of one length cannot both end a word, so among them the order is free.
        let sorted = lexicons["stem-suffixes"].keysBySpelling.sorted {
            $0.key.utf8.count != $1.key.utf8.count ? $0.key.utf8.count > $1.key.utf8.count : $0.key < $1.key
        }
        endings = sorted.map(\.key)
        endingBytes = sorted.map { Array($0.key.utf8) }
        addsY = sorted.map { $0.value == "y" }
    }

    /// The stem of a lowercase word.
    func stem(_ word: String) -> String {
        if let stemmed = word.utf8.withContiguousStorageIfAvailable({ asciiStem($0) }), let stemmed { return stemmed }
        var result = word
        for (index, suffix) in endings.enumerated() where result.count > suffix.count + 3 && result.hasSuffix(suffix) {
            result = String(result.dropLast(suffix.count))
            if addsY[index] { result += "y" }
            break
        }
        // "bidding" → "bidd" → "bid"
        if result.count > 3, let last = result.last, result.dropLast().last == last, !"aeiousl".contains(last) { result = String(result.dropLast()) }
        return result
    }

    /// ``stem(_:)`` on the bytes of an ASCII word, where a character is a byte; nil for any other
    /// word. Counting the characters of a String walks its graphemes, and this runs on every
    /// content word.
    private func asciiStem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var count = bytes.count
        var addY = false
        for (index, suffix) in endingBytes.enumerated() where count > suffix.count + 3 && bytes[(count - suffix.count)...].elementsEqual(suffix) {
            count -= suffix.count
            addY = addsY[index]
            break
        }
        var length = count + (addY ? 1 : 0)
        let last = addY ? UInt8(ascii: "y") : (count > 0 ? bytes[count - 1] : 0)
        let beforeLast = addY ? (count > 0 ? bytes[count - 1] : 0) : (count > 1 ? bytes[count - 2] : 0)
        // "bidding" → "bidd" → "bid"
        if length > 3, beforeLast == last, !"aeiousl".utf8.contains(last) { length -= 1 }
        return String(unsafeUninitializedCapacity: length) { buffer in
            for index in 0..<min(length, count) { buffer[index] = bytes[index] }
            if length > count { buffer[count] = UInt8(ascii: "y") }
            return length
        }
    }
}
