/// Earlier quotations' words (as word hashes), found through the words they share with a later
/// quotation instead of by aligning every pair: on a 1 MB article with thousands of quotations,
/// every pair was aligned.
///
/// Two quotations can be the same words (``QuoteAttributionCheck``) only when
/// - their words are equal;
/// - or, both `window` words or more, the shorter is found whole inside the longer: then the
///   longer holds the shorter's first `window` words somewhere.
///
/// Candidates are a superset of those that pass: the caller still tests each one in full.
struct QuotationWordIndex {
    /// How many words a quotation found inside another has at least.
    let window: Int
    /// Quotations by all their words.
    private var byWords: [[UInt64]: [Int]] = [:]
    /// Quotations by their first `window` words: the shorter side of a pair.
    private var byOpening: [ArraySlice<UInt64>: [Int]] = [:]
    /// Quotations by every stretch of `window` words in them: the longer side of a pair.
    private var byStretch: [ArraySlice<UInt64>: [Int]] = [:]
    /// How many quotations were added.
    private(set) var count = 0

    init(window: Int) {
        self.window = max(1, window)
    }

    /// Adds the next quotation, numbered `count` before the call.
    mutating func append(_ words: [UInt64]) {
        let index = count
        count += 1
        byWords[words, default: []].append(index)
        guard words.count >= window else { return }
        byOpening[words[..<window], default: []].append(index)
        for start in 0...(words.count - window) {
            // A stretch said twice in one quotation lists it once.
            let stretch = words[start..<(start + window)]
            if byStretch[stretch]?.last != index { byStretch[stretch, default: []].append(index) }
        }
    }

    /// The earlier quotations that may be the same words as `words`, in the order they were
    /// added, each once.
    func candidates(for words: [UInt64]) -> [Int] {
        var found = byWords[words] ?? []
        if words.count >= window {
            // Longer ones (or as long) that hold this one's opening.
            found += byStretch[words[..<window]] ?? []
            // Shorter ones (or as long) whose opening is in this one.
            for start in 0...(words.count - window) {
                found += byOpening[words[start..<(start + window)]] ?? []
            }
        }
        found.sortUnique()
        return found
    }
}
