/// The numbers an article states, as figures ("400,000") or number words ("twenty", not a
/// loose one like "dozens"), each with the first token that states it: whether a number was
/// stated before some place is one search, where reading the text before each figure again
/// was quadratic on a long article.
struct StatedNumbers {
    /// The distinct values, ascending, with the first token stating each. Values that are not
    /// finite are left out: nothing is ever within 1e-9 of them.
    private let values: [(value: Double, first: Int)]

    init(_ tokens: [Token], numberWords: Lexicon, loose: Lexicon) {
        var first: [Double: Int] = [:]
        for index in tokens.indices {
            let token = tokens[index]
            var stated: Double?
            if token.kind == .number {
                stated = Double(token.text.replacingAll(",", with: ""))
            } else if token.kind == .word, token.classes != 0, let key = numberWords.key(for: token), let value = Double(key), !loose.contains(token) {
                stated = value
            }
            guard let stated, stated.isFinite, first[stated] == nil else { continue }
            first[stated] = index
        }
        values = first.map { (value: $0.key, first: $0.value) }.sorted { $0.value < $1.value }
    }

    /// Whether a token before `end` states `target`, to within 1e-9.
    func isStated(_ target: Double, before end: Int) -> Bool {
        guard target.isFinite else { return false }
        // The first value not below the target, then outwards both ways while within 1e-9:
        // the rounded difference grows with the distance, so the first value too far on a
        // side ends that side.
        let low = values.partitionIndex { $0.value >= target }
        var index = low
        while index < values.count, abs(values[index].value - target) < 1e-9 {
            if values[index].first < end { return true }
            index += 1
        }
        index = low - 1
        while index >= 0, abs(values[index].value - target) < 1e-9 {
            if values[index].first < end { return true }
            index -= 1
        }
        return false
    }
}
