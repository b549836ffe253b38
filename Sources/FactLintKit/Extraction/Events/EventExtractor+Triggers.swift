/// Finding the lexicon's events in a sentence.
extension EventExtractor {
    /// The lexicon's events named in a sentence, in reading order.
    func triggers(in sentence: Int, _ input: Input) -> [Event] {
        var events: [Event] = []
        let range = input.sentences[sentence].tokens
        var index = range.lowerBound
        while index < range.upperBound {
            // Read in place: a copy of each token retains its two strings.
            guard input.tokens[index].kind == .word, input.temporalAt[index] == nil else { index += 1; continue }
            if isCompoundHead(index, range, input) {
                // "shut-down" is the event "shut down"; "closed-end fund", "shut-in crude" and
                // "strike-hit town" name no event of their own. ("by-election" does: the
                // trigger is its last word.)
                if words.twoWordHeads.contains(input.tokens[index].lower),
                   let key = words.triggers.key(for: input.tokens[index].lower + " " + input.tokens[index + 2].lower) {
                    events.append(event(trigger: key, known: true, tokens: index..<(index + 3), sentence: sentence, input))
                    index += 3
                    continue
                }
                if words.triggers.key(input.tokens, index) != nil {
                    index += 3
                    continue
                }
            }
            let isHead = words.multiWordHeads.contains(input.tokens[index].lower)
            if isHead, index + 2 < range.upperBound, words.threeWordHeads.contains(input.tokens[index].lower),
               let key = words.triggers.key(for: input.tokens[index].lower + " " + input.tokens[index + 1].lower + " " + input.tokens[index + 2].lower) {
                events.append(event(trigger: key, known: true, tokens: index..<(index + 3), sentence: sentence, input))
                index += 3
            } else if isHead, index + 1 < range.upperBound, words.twoWordHeads.contains(input.tokens[index].lower),
               let key = words.triggers.key(for: input.tokens[index].lower + " " + input.tokens[index + 1].lower) {
                events.append(event(trigger: key, known: true, tokens: index..<(index + 2), sentence: sentence, input))
                index += 2
            } else if words.triggerBit == 0 || input.tokens[index].classes & words.triggerBit != 0,
                      let key = words.triggers.key(input.tokens, index) {
                events.append(event(trigger: key, known: true, tokens: index..<(index + 1), sentence: sentence, input))
                index += 1
            } else {
                index += 1
            }
        }
        return events
    }

    /// Whether a word is the first of a hyphenated compound: a hyphen straight after it and a
    /// word straight after that, with no space on either side.
    private func isCompoundHead(_ index: Int, _ range: Range<Int>, _ input: Input) -> Bool {
        index + 2 < range.upperBound && input.tokens[index + 1].isMark("-") && !input.tokens[index + 1].spaceBefore
            && input.tokens[index + 2].kind == .word && !input.tokens[index + 2].spaceBefore
    }

    /// A new event at a trigger, its status still to be read.
    func event(trigger: String, known: Bool, tokens: Range<Int>, sentence: Int, _ input: Input) -> Event {
        let first = input.tokens[tokens.lowerBound]
        let previous = tokens.lowerBound > input.sentences[sentence].tokens.lowerBound ? input.tokens[tokens.lowerBound - 1].lower : ""
        // A relative clause's subject ("Ames, who retires", not "whose retirement") makes the
        // word after it a verb.
        let isVerb = tokens.count > 1 || isPastVerb(first) || modals.contains(previous) || temporalWords.auxiliaries.contains(previous)
            || temporalWords.pastAuxiliaries.contains(previous)
            || relativeOpeners.contains(lowercased: previous) && pronouns.key(lowercased: previous) != "relative-possessive"
        return Event(trigger: trigger, family: known ? words.families[trigger] : nil, isKnown: known, isNoun: !isVerb,
                     text: input.text(tokens), span: input.span(tokens), sentence: sentence, tokens: tokens, status: .stated)
    }
}
