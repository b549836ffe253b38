/// For a set of words, a bit per byte length under each first byte (lengths of 63 and more share a
/// bit). Most words a lexicon is asked about are not in it; this turns nearly all of them away
/// before they are hashed. It may let a word through wrongly, never turn one away wrongly.
struct ShapeFilter: Sendable, Hashable {
    private var bits = [UInt64](repeating: 0, count: 256)

    init() {}

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word.utf8) }
    }

    /// Adds a word by its UTF-8 bytes.
    mutating func insert<C: Collection>(_ utf8: C) where C.Element == UInt8 {
        guard let first = utf8.first else { return }
        bits[Int(first)] |= Self.bit(utf8.count)
    }

    /// Whether a word of this first byte and byte length may be in the set.
    @inline(__always)
    func mayContain(first: UInt8, length: Int) -> Bool { bits[Int(first)] & Self.bit(length) != 0 }

    /// Whether the word may be in the set (an empty word always may: the caller decides).
    func mayContain(_ word: String) -> Bool {
        // The contiguous bytes, not the generic `first`, which cost more than the test.
        let utf8 = word.utf8
        if let answer = utf8.withContiguousStorageIfAvailable({ $0.isEmpty || mayContain(first: $0[0], length: $0.count) }) { return answer }
        guard let first = utf8.first else { return true }
        return mayContain(first: first, length: utf8.count)
    }

    /// Whether any word of the set starts with this byte.
    func hasWords(startingWith first: UInt8) -> Bool { bits[Int(first)] != 0 }

    @inline(__always)
    private static func bit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }
}
