/// The 64-bit FNV-1a hash: cheap on short byte runs and the same on every run and machine,
/// unlike `Hasher`, which is seeded per process. Used for sentence shingles and for SARIF
/// fingerprints, which must not change between runs.
enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    /// Folds one byte into a running hash.
    @inline(__always)
    static func combine(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(offsetBasis, combine)
    }
}
