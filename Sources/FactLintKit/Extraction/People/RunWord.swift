/// One word of a capitalised run ("Chief", "of", "General", "Staff", "Anton", "Reyes"), with
/// the tokens it covers.
struct RunWord {
    var tokens: Range<Int>
    /// Lowercased, without a trailing period.
    var lower: String
    var text: String
    var isCapitalized: Bool
    var isConnector: Bool
    var isPossessive: Bool

    /// Whether a word reads the same in capitals ("IBM", "FX", "3M"). Checked on the bytes for
    /// ASCII, which is nearly every word, instead of building the capitalised copy.
    static func isUppercase(_ word: String) -> Bool {
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if ByteClass.isLowerASCII(byte) { return false }
        }
        return ascii || word == word.uppercased()
    }
}
