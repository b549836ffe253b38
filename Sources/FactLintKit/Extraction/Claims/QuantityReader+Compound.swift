/// Counts written as a hyphenated modifier: "a 14-count indictment" states 14 counts, "a
/// 12-member board" 12 members. Only nouns in the `compound-counts` lexicon are read, and only
/// when another word follows (the compound describes it): "a 45-year career" and "the 1986-87
/// season" are not counts, and a trailing "12-member" is left alone.
extension QuantityReader {
    /// The count a number starts when it is written "N-noun noun"; `index` is the number token
    /// and `hyphen` the token after it.
    func compoundCount(at index: Int, value: Double, decimals: Int, hyphen: Int, _ tokens: [Token], range: Range<Int>) -> Figure? {
        let noun = hyphen + 1, next = hyphen + 2
        guard decimals == 0, value >= 1, next < range.upperBound, tokens[hyphen].isMark("-"), !tokens[hyphen].spaceBefore,
              tokens[noun].kind == .word, !tokens[noun].spaceBefore, !tokens[noun].isCapitalized, compoundCounts.contains(tokens[noun].lower),
              tokens[next].kind == .word, tokens[next].spaceBefore else { return nil }
        let word = tokens[noun].lower
        return Figure(value: value, decimals: 0, scale: 1, unit: "count:" + (equivalents.key(for: word) ?? word), hedge: .exact, number: index,
                      start: index, end: noun + 1, isWord: false, countHead: noun)
    }
}
