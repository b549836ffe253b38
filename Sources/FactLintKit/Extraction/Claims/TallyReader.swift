/// Reads votes as frames of kind `tally`: "passed 5-4", "voted 7-2", "by 6 votes to 3", and the
/// sides given alone, "five in favour", "three against". A tally needs a word from
/// `vote-words` in its sentence, so "won 3-1" in a match report and "1986-87" are not votes.
struct TallyReader: Sendable {
    let vocabulary: ClaimVocabulary

    func tallies(in sentence: Sentence, _ sentenceIndex: Int, _ tokens: [Token], _ blocks: [Block], _ article: FrameBuilder.Article) -> [ClaimFrame] {
        let range = sentence.tokens
        guard range.contains(where: { vocabulary.voteWords.contains(tokens, $0) })
                || hasLongerSpelling(range, tokens, vocabulary.voteWords) else { return [] }
        var frames: [ClaimFrame] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            // "8-1", "7-2": one token, two whole numbers.
            if token.kind == .number, !article.inTemporal[index], let (yes, no) = split(token.text), nearVoteWord(index, range, tokens) {
                frames.append(frame(yes: yes, no: no, index..<(index + 1), sentence, sentenceIndex, tokens, blocks, article))
                index += 1
                continue
            }
            // "by 6 votes to 3", "six votes to three".
            if let yes = count(tokens[index]), index + 3 < range.upperBound, vocabulary.voteNouns.contains(tokens, index + 1),
               tokens[index + 2].lower == "to", let no = count(tokens[index + 3]) {
                frames.append(frame(yes: yes, no: no, index..<(index + 4), sentence, sentenceIndex, tokens, blocks, article))
                index += 4
                continue
            }
            // "five in favour", "three against", "two abstained".
            if let value = count(tokens[index]), !article.inTemporal[index] {
                var probe = index + 1
                if probe < range.upperBound, vocabulary.tallyFillers.contains(tokens, probe) { probe += 1 }
                if let (side, length) = vocabulary.phrase(vocabulary.voteSides, at: probe, tokens, limit: range.upperBound, longest: 2),
                   side != "abstain", !(side == "for" && length == 1 && probe + 1 < range.upperBound && tokens[probe + 1].kind == .word) {
                    var tally = frame(yes: side == "for" ? value : 0, no: side == "against" ? value : 0, index..<(probe + length), sentence,
                                      sentenceIndex, tokens, blocks, article)
                    if side == "for" { tally.tallyNo = nil } else { tally.tallyYes = nil; tally.tallyNo = value }
                    frames.append(tally)
                    index = probe + length
                    continue
                }
            }
            index += 1
        }
        return frames
    }

    /// Whether a vote word stands within four words of the tally ("voted 7-2", "passed 5-4 by
    /// the committee", "a 6-3 majority").
    private func nearVoteWord(_ index: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let lower = max(range.lowerBound, index - 4), upper = min(range.upperBound, index + 5)
        return (lower..<upper).contains { vocabulary.voteWords.contains(tokens, $0) }
            || (lower..<upper).contains { vocabulary.phrase(vocabulary.voteWords, at: $0, tokens, limit: upper, longest: 2) != nil }
    }

    /// Whether a spelling of two words ("in favour") stands in the range. Only words that may
    /// start one are tried: nearly every sentence has none, and the phrase reader looks each
    /// word up first.
    private func hasLongerSpelling(_ range: Range<Int>, _ tokens: [Token], _ lexicon: Lexicon) -> Bool {
        range.contains {
            tokens[$0].kind == .word && lexicon.mayStartPhrase(tokens[$0].lower)
                && vocabulary.phrase(lexicon, at: $0, tokens, limit: range.upperBound, longest: 2).map { $0.length > 1 } == true
        }
    }

    /// "8-1" → (8, 1); nil for "1986-87", "5-1/4" and scores beyond a chamber's size.
    private func split(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let yes = Int(parts[0]), let no = Int(parts[1]), yes <= 1000, no <= 1000, parts[0].count <= 3 else { return nil }
        return (yes, no)
    }

    private func count(_ token: Token) -> Int? {
        if token.kind == .number { return token.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? Int(token.text) : nil }
        guard token.kind == .word, !vocabulary.looseNumbers.contains(token),
              let key = vocabulary.numberWords.key(for: token), let value = Int(key) else { return nil }
        return value
    }

    private func frame(yes: Int, no: Int, _ extent: Range<Int>, _ sentence: Sentence, _ sentenceIndex: Int, _ tokens: [Token], _ blocks: [Block],
                       _ article: FrameBuilder.Article) -> ClaimFrame {
        let first = tokens[extent.lowerBound]
        let last = tokens[extent.upperBound - 1]
        let text = blocks[first.block].text
        let byteRange = first.range.lowerBound..<last.range.upperBound
        let quantity = Quantity(value: Double(yes + no), unit: "votes", hedge: .exact, decimals: 0, scale: 1, text: text.string(in: byteRange),
                                span: text.sourceSpan(of: byteRange), sentence: sentenceIndex, tokens: extent.lowerBound..<(extent.lowerBound + 1),
                                extent: extent)
        var frame = ClaimFrame(quantity: quantity, measure: Measure(head: "vote", source: .equivalence, text: "vote"), kind: .tally)
        frame.tallyYes = yes
        frame.tallyNo = no
        frame.position = sentence.blockKind == .headline ? .headline : (article.quoted[extent.lowerBound] ? .quote
            : (sentence.blockIndex == article.ledeBlock ? .lede : .body))
        return frame
    }
}
