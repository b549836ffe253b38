/// Which tokens stand inside quotation marks (the marks included), read once per article from
/// the marks' scalars. Marks do not carry over from one block to the next.
enum QuoteMarks {
    /// Double marks only, straight or curly: the reading of people, events and rules whose scope
    /// says `outside-quotes`.
    static func flags(_ tokens: [Token]) -> [Bool] { flags(tokens, clitics: nil) }

    /// With `clitics` (English clitic endings), the quotation reader's reading: curly single
    /// marks open and close quotations too, and a straight double mark between a word and a
    /// clitic ending ("the bank"s chairman") is an apostrophe typed as a quotation mark.
    static func flags(_ tokens: [Token], clitics: Lexicon?) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        let singles = clitics != nil
        var inside = false
        var curlySingle = false
        // Straight marks nested in a straight-marked quotation ("They called it "fair" and …").
        var depth = 0
        // The last sentence end inside a straight-marked quotation, while it stays open; held
        // once a sentence after it opens like narration ("… the WTO. Mr Yushchenko was").
        var sentenceEnd: Int?
        var heldEnd = false
        var block = -1
        // By index and by the marks' scalars: copying each token and comparing Strings was
        // most of the cost.
        for index in tokens.indices {
            if tokens[index].block != block { block = tokens[index].block; inside = false; curlySingle = false; depth = 0; sentenceEnd = nil; heldEnd = false }
            if tokens[index].kind == .punctuation {
                switch tokens[index].mark {
                case 0x201C: inside = true; flags[index] = true; continue
                case 0x201D: flags[index] = true; inside = false; continue
                case 0x22 where isApostrophe(at: index, tokens, clitics: clitics): break
                case 0x22:
                    // By its shape where it can be told: a mark after a space and before a word
                    // opens ("said. "We"), one after a word and before a space closes. Copy that
                    // runs one speaker's paragraphs together opens each without closing the one
                    // before, and a toggle would read every quotation after it inside out.
                    // Inside a quotation, an opening after a sentence's end starts the next
                    // quotation; any other opening nests, and the next closing mark closes it.
                    // A quotation left open across a sentence end ('"only a tenth of it. Dr
                    // Brannock said … after "a decade of change"'): an opening further on
                    // starts the next quotation, and the one left open ends with its sentence.
                    let opens = isOpening(at: index, tokens) || (!isClosing(at: index, tokens) && !inside)
                    if opens {
                        if inside, depth == 1, let end = sentenceEnd, isOpening(at: index, tokens) {
                            for other in (end + 1)..<index { flags[other] = false }
                            depth = 1
                        } else {
                            depth = !inside || isRunOn(at: index, tokens) ? 1 : depth + 1
                        }
                        sentenceEnd = nil
                        heldEnd = false
                        inside = true
                    } else {
                        depth = max(0, depth - 1)
                        inside = depth > 0
                        sentenceEnd = nil
                        heldEnd = false
                    }
                    flags[index] = true
                    continue
                case 0x2018 where singles && !inside && tokens[index].spaceBefore:
                    inside = true; curlySingle = true; flags[index] = true; continue
                case 0x2019 where curlySingle && (index + 1 >= tokens.count || tokens[index + 1].spaceBefore || tokens[index + 1].kind == .punctuation):
                    flags[index] = true; inside = false; curlySingle = false; continue
                default: break
                }
                // A sentence end inside a straight-marked quotation: a full stop, question or
                // exclamation mark before a capitalised word or the mark that opens the next
                // quotation ('… or gossip. "The only reason'), so the one left open keeps all
                // its sentences.
                if inside, !curlySingle, depth == 1, tokens[index].isMark(".") || tokens[index].isMark("?") || tokens[index].isMark("!"),
                   index + 1 < tokens.count, tokens[index + 1].block == block, tokens[index + 1].spaceBefore,
                   tokens[index + 1].isCapitalized || tokens[index + 1].mark == 0x201C || tokens[index + 1].mark == 0x22 && isOpening(at: index + 1, tokens),
                   !heldEnd {
                    sentenceEnd = index
                    heldEnd = opensLikeNarration(at: index + 1, tokens)
                }
            }
            flags[index] = inside
        }
        return flags
    }

    /// Whether a sentence opens with two capitalised words, the second longer than one letter
    /// ("Mr Yushchenko was", "The Iraqi"; not "And I am"): more often the writer's words after
    /// a quotation left open than the speaker's.
    private static func opensLikeNarration(at index: Int, _ tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
              tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized, tokens[index + 1].block == tokens[index].block else { return false }
        return tokens[index + 1].text.utf8.count > 1
    }

    /// Whether a straight double mark has an opening's shape: a space, the start of its block or
    /// an opening bracket before it, and a word or number straight after it.
    static func isOpening(at index: Int, _ tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].block == tokens[index].block, !tokens[index + 1].spaceBefore,
              tokens[index + 1].kind != .punctuation else { return false }
        return index == 0 || tokens[index - 1].block != tokens[index].block || tokens[index].spaceBefore
            || tokens[index - 1].isMark("(") || tokens[index - 1].isMark("[")
    }

    /// Whether a straight double mark has a closing's shape: a word straight before it and a
    /// space, a mark or the end of its block after it, or a mark before it and a space or the
    /// end after it ('word."'). Between two marks (':"...') it may be either.
    static func isClosing(at index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, tokens[index - 1].block == tokens[index].block, !tokens[index].spaceBefore else { return false }
        let endsAfter = index + 1 >= tokens.count || tokens[index + 1].block != tokens[index].block || tokens[index + 1].spaceBefore
        return endsAfter || (tokens[index - 1].kind != .punctuation && tokens[index + 1].kind == .punctuation)
    }

    /// Whether an opening mark follows a sentence's end ('… safe. "We'): the quotation before
    /// it was left open, and this one starts the next.
    /// A curly opening mark needs no shape: it always opens.
    static func isRunOn(at index: Int, _ tokens: [Token]) -> Bool {
        switch tokens[index].mark {
        case 0x201C: return followsSentenceEnd(index, tokens)
        case 0x22: return isOpening(at: index, tokens) && followsSentenceEnd(index, tokens)
        default: return false
        }
    }

    /// Whether the token before a position, in its block, ends a sentence (".", "?", "!", "…").
    private static func followsSentenceEnd(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, tokens[index - 1].block == tokens[index].block else { return false }
        let previous = tokens[index - 1]
        return previous.isMark(".") || previous.isMark("?") || previous.isMark("!") || previous.mark == 0x2026
    }

    /// Whether a straight double mark sits between a word and a clitic ending, with no space
    /// (never, without clitics).
    static func isApostrophe(at index: Int, _ tokens: [Token], clitics: Lexicon?) -> Bool {
        guard let clitics, index > 0, index + 1 < tokens.count, !tokens[index].spaceBefore else { return false }
        let before = tokens[index - 1], after = tokens[index + 1]
        guard before.kind == .word, after.kind == .word, !after.spaceBefore, before.block == after.block else { return false }
        return clitics.contains(after)
    }
}
