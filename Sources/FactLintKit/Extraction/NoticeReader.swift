/// Finds an editor's notice that the article is a corrected, repeated or refiled copy of an item
/// sent before: a label opening the headline or one of the first paragraphs, set off by brackets,
/// a dash or a colon ("CORRECTED - …", "(REPEAT) …", "<CORRECTED>-…", "Correction: …"), or a
/// note in brackets or after a dash ("(corrects the closing price)", "(Harlow corrects …)",
/// "- repeats item sent on Friday"). The words are the `item-notices` lexicon's. A word of it used
/// as prose ("TREASURER REPEATS CALL FOR …", "MARKET SEEN DUE FOR CORRECTION") is no notice.
final class NoticeReader: Sendable {
    let notices: Lexicon
    /// How many blocks after the headline a label may open.
    static let labelBlocks = 3

    init(lexicons: LexiconSet) {
        notices = lexicons["item-notices"]
    }

    /// The span of the first notice word, nil when the article carries none.
    func notice(tokens: [Token], blocks: [Block]) -> SourceSpan? {
        var blockOrder: [Int: Int] = [:]
        for index in tokens.indices where index == 0 || tokens[index - 1].block != tokens[index].block {
            blockOrder[tokens[index].block] = blockOrder.count
        }
        for index in tokens.indices where tokens[index].kind == .word {
            guard let key = notices.key(tokens, index) else { continue }
            let isNotice: Bool
            switch key {
            case "label": isNotice = isLabel(index, tokens, blocks, blockOrder)
            case "note": isNotice = isNote(index, tokens)
            default: isNotice = false
            }
            if isNotice { return blocks[tokens[index].block].text.sourceSpan(of: tokens[index].range) }
        }
        return nil
    }

    /// "CORRECTED - …", "(CORRECTED)-…", "Correction: …": the first word of the headline or an
    /// early paragraph, bracketed or followed by a dash, a colon or the end of its block.
    private func isLabel(_ index: Int, _ tokens: [Token], _ blocks: [Block], _ blockOrder: [Int: Int]) -> Bool {
        let block = tokens[index].block
        guard blocks[block].kind == .headline || (blockOrder[block] ?? Int.max) <= Self.labelBlocks else { return false }
        var start = index
        if start > 0, tokens[start - 1].block == block, Self.openers.contains(tokens[start - 1].text) { start -= 1 }
        guard start == 0 || tokens[start - 1].block != block else { return false }
        guard index + 1 < tokens.count, tokens[index + 1].block == block else { return true }
        return Self.closers.contains(tokens[index + 1].text) || Self.dashes.contains(tokens[index + 1].text) || tokens[index + 1].isMark(":")
    }

    /// "(corrects …)", "(Harlow corrects …)", ". - repeats …": within the first three words of a
    /// bracket, or right after a dash that opens a block or follows a full stop.
    private func isNote(_ index: Int, _ tokens: [Token]) -> Bool {
        let block = tokens[index].block
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 3, tokens[cursor].block == block, tokens[cursor].kind == .word { cursor -= 1 }
        guard cursor >= 0, tokens[cursor].block == block else { return false }
        if Self.openers.contains(tokens[cursor].text) { return true }
        guard cursor == index - 1, Self.dashes.contains(tokens[cursor].text) else { return false }
        var first = cursor
        while first > 0, tokens[first - 1].block == block, Self.dashes.contains(tokens[first - 1].text) { first -= 1 }
        guard first > 0, tokens[first - 1].block == block else { return true }
        return tokens[first].spaceBefore && tokens[first - 1].isMark(".")
    }

    private static let openers: Set<String> = ["(", "[", "<"]
    private static let closers: Set<String> = [")", "]", ">"]
    /// The dashes that set off a label or a note: hyphen, en dash, em dash.
    static let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}"]
}
