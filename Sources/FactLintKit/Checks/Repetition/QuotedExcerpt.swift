/// A near repeat that is one speaker's words quoted twice, once in part and once at more length:
/// "'My sense is that they are nervous,' Ms Hale said." in the intro, and later "'Whatever they
/// say, my sense is that they are nervous.'" News style gives a line of a speech
/// first and the passage it came from further down; a paste copies the quotation whole, and a
/// quotation given to two speakers is another finding's business, so both are still reported.
enum QuotedExcerpt {
    /// How many more words the longer quotation must have than the shorter, so that a word
    /// dropped or changed in a pasted quotation is not read as an excerpt.
    static let minimumExtraWords = 3

    /// Whether the two sentences quote the same speaker (or an unnamed one), and the words quoted
    /// in one of them stand whole, in order, inside the other's longer quotation.
    static func isExcerpt(later: Int, earlier: Int, _ facts: ArticleFacts) -> Bool {
        guard let first = quotation(holding: earlier, facts), let second = quotation(holding: later, facts) else { return false }
        if let one = first.speakerKey, let other = second.speakerKey, one != other { return false }
        let (short, long) = first.words.count <= second.words.count ? (first.words, second.words) : (second.words, first.words)
        guard !short.isEmpty, long.count >= short.count + minimumExtraWords else { return false }
        return long.containsRun(short)
    }

    /// The whole-statement quotation (not a few words inside the writer's sentence) that holds
    /// at least half of the sentence's words.
    static func quotation(holding sentence: Int, _ facts: ArticleFacts) -> Quotation? {
        let tokens = facts.sentences[sentence].tokens
        let words = tokens.count { facts.tokens[$0].kind != .punctuation }
        guard words > 0 else { return nil }
        for quotation in facts.quotations where !quotation.isFragment && !quotation.isInner && quotation.tokens.overlaps(tokens) {
            let inside = quotation.tokens.clamped(to: tokens).count { facts.tokens[$0].kind != .punctuation }
            if inside * 2 >= words { return quotation }
        }
        return nil
    }
}
