/// An open-addressing table from ASCII spellings to values, looked up by the bytes of a word with
/// an FNV-1a hash: a lexicon is asked about nearly every token, and a `Dictionary<String, _>`
/// lookup (SipHash, and a Unicode-aware comparison) was the largest single cost left in
/// extraction. Spellings and words beyond ASCII are not kept here: canonically equivalent
/// strings can differ in their bytes, so those go to the dictionary the table sits beside.
///
/// A class, so a lexicon that holds one copies one reference. The table is derived from the
/// dictionary it sits beside, so two tables always compare equal: a type that holds one
/// compares its dictionary.
final class SpellingTable<Value: Sendable>: Sendable, Hashable {
    /// Every ASCII spelling's bytes, one after another.
    private let bytes: [UInt8]
    /// Per entry: where its spelling starts in `bytes`, and its length.
    private let starts: [Int32]
    private let lengths: [Int32]
    private let values: [Value]
    /// Slots of entry index + 1 (0 for an empty slot); the count is a power of two.
    private let slots: [Int32]
    private let mask: Int

    static func == (lhs: SpellingTable, rhs: SpellingTable) -> Bool { true }
    func hash(into hasher: inout Hasher) {}

    /// A table of the ASCII spellings among the keys.
    init(_ spellings: [String: Value]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var lengths: [Int32] = []
        var values: [Value] = []
        bytes.reserveCapacity(spellings.count * 8)
        starts.reserveCapacity(spellings.count)
        lengths.reserveCapacity(spellings.count)
        values.reserveCapacity(spellings.count)
        var capacity = 8
        while capacity < spellings.count * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Int32](repeating: 0, count: spellings.isEmpty ? 0 : capacity)
        for (spelling, value) in spellings {
            let start = bytes.count
            // The hash over the bytes in place, then one copy of them: appending byte by byte
            // was most of the cost of building every lexicon's table at start-up.
            func take(_ source: UnsafeBufferPointer<UInt8>) -> UInt64? {
                var hash = FNV1a.offsetBasis
                for byte in source {
                    if byte >= 0x80 { return nil }
                    hash = FNV1a.combine(hash, byte)
                }
                bytes.append(contentsOf: source)
                return hash
            }
            let hashed = spelling.utf8.withContiguousStorageIfAvailable(take) ?? Array(spelling.utf8).withUnsafeBufferPointer(take)
            guard let hash = hashed else { continue }
            starts.append(Int32(start))
            lengths.append(Int32(bytes.count - start))
            values.append(value)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(values.count)
        }
        (self.bytes, self.starts, self.lengths, self.values, self.slots, self.mask) = (bytes, starts, lengths, values, slots, mask)
    }

    /// What ``entry(_:passing:)`` found when the shapes turned the word away.
    static var turnedAway: Int { -2 }
    /// What it found for a word with a byte beyond ASCII, which the caller looks up elsewhere.
    static var notASCII: Int { -1 }

    /// The value of a word, or nil when it is not an ASCII spelling of the table. `isASCII` is
    /// false for a word with any byte beyond ASCII, which the caller looks up elsewhere.
    func lookup(_ word: String) -> (isASCII: Bool, value: Value?) {
        // A String without contiguous UTF-8 (none on Linux) is left to the dictionary.
        let found = word.utf8.withContiguousStorageIfAvailable { entry(bytes: $0) } ?? Self.notASCII
        return found == Self.notASCII ? (false, nil) : (true, found > 0 ? values[found - 1] : nil)
    }

    /// The shape test and the lookup over one read of the word's bytes: an entry number for
    /// ``value(ofEntry:)`` (1 and up), 0 when the word is ASCII and not in the table,
    /// ``notASCII``, or ``turnedAway``. A number, not the value: the value is a String in most
    /// tables, and passing it out through an optional tuple cost more than the lookup.
    @inline(__always)
    func entry(_ word: String, passing shapes: ShapeFilter) -> Int {
        word.utf8.withContiguousStorageIfAvailable { bytes in
            if let first = bytes.first, !shapes.mayContain(first: first, length: bytes.count) { return Self.turnedAway }
            return entry(bytes: bytes)
        } ?? (shapes.mayContain(word) ? Self.notASCII : Self.turnedAway)
    }

    /// ``entry(_:passing:)`` of a word's bytes (written out again: calling this from there
    /// cost 35 K instructions per story in lost inlining).
    func entry(bytes: UnsafeBufferPointer<UInt8>, passing shapes: ShapeFilter) -> Int {
        if let first = bytes.first, !shapes.mayContain(first: first, length: bytes.count) { return Self.turnedAway }
        return entry(bytes: bytes)
    }

    /// The value of an entry number that ``entry(_:passing:)`` gave.
    @inline(__always)
    func value(ofEntry entry: Int) -> Value { values[entry - 1] }

    /// The entry number of a word's bytes (see ``entry(_:passing:)``), without the shape test.
    private func entry(bytes word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = FNV1a.offsetBasis
        for byte in word {
            if byte >= 0x80 { return Self.notASCII }
            hash = FNV1a.combine(hash, byte)
        }
        guard !slots.isEmpty else { return 0 }
        var slot = Int(truncatingIfNeeded: hash) & mask
        let length = word.count
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return 0 }
                if Int(lengths[entry - 1]) == length {
                    let start = Int(starts[entry - 1])
                    var same = true
                    for offset in 0..<length where stored[start + offset] != word[offset] {
                        same = false
                        break
                    }
                    if same { return entry }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
