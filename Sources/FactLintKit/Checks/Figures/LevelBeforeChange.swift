/// A level told straight before a comma and its change word, which the change then applies to:
/// "Sales were 120 mln dlrs, up from 130 mln dlrs" (direction) and "was 35 mln stg, down 3.5 mln
/// stg from 37.5 mln" (size).
enum LevelBeforeChange {
    /// The level claim ending right before the comma that precedes the change word at `word`:
    /// exact, not one end of a range, and not one side of a conversion ("28.4 billion crowns,
    /// or 4.1 billion dlrs, up from 26.9 billion").
    static func level(beforeChangeWord word: Int, sentence: Int, _ facts: ArticleFacts) -> ClaimFrame? {
        guard word >= 2, facts.tokens[word - 1].isMark(","),
              let index = facts.claims.lastIndex(where: { $0.quantity.extent.upperBound == word - 1 }) else { return nil }
        let level = facts.claims[index]
        guard level.kind == .level, level.quantity.sentence == sentence, level.rangeWith == nil, level.quantity.hedge == .exact,
              !isConversion(level.quantity, facts.tokens) else { return nil }
        return level
    }

    /// Whether a figure is one side of a conversion: ", or" before or after it.
    static func isConversion(_ quantity: Quantity, _ tokens: [Token]) -> Bool {
        let (start, end) = (quantity.extent.lowerBound, quantity.extent.upperBound)
        return (start >= 1 && tokens[start - 1].lower == "or") || (end + 1 < tokens.count && tokens[end].isMark(",") && tokens[end + 1].lower == "or")
    }
}
