/// The noun a date stands before: an event it names ("last week's general election") or a
/// thing ("the 1992 bond").
extension EventExtractor {
    /// The event noun a date stands before: "the February 2011 floods", "a 1988 accord", "last
    /// summer's flood", "Friday's match" (when "match" is an event).
    func modifiedTrigger(after position: Int, range: Range<Int>, events: [Event], _ input: Input) -> Int? {
        var index = position
        var possessive = false
        if index < range.upperBound, input.tokens[index].isApostrophe, index + 1 < range.upperBound,
           input.tokens[index + 1].lower == "s", !input.tokens[index + 1].spaceBefore {
            index += 2
            possessive = true
        }
        // "the July 2 annual meeting": after "the" or "its", a day written out may stand before
        // one lowercase word and the event noun it qualifies, which heads the phrase.
        if !possessive, let own = dayBeforeQualifier(endingAt: position, range: range, input),
           let event = events.firstIndex(where: { $0.tokens.lowerBound == own + 1 }), events[event].isNoun {
            let after = events[event].tokens.upperBound
            let modifies = after < range.upperBound && input.tokens[after].kind == .word && !input.tokens[after].isCapitalized
                && !stopwords.contains(input.tokens, after) && !isPastVerb(at: after, input.tokens)
            if !modifies { return event }
        }
        // Up to two capitalised words between: "the 2011 Lune floods"; after "'s" any two words
        // but function words, before an event noun: "last week's general election".
        var skipped = 0
        var lowercase = false
        while index < range.upperBound, skipped <= 2 {
            // "next week's May 27-29 meeting": past the noun's own days, to the noun.
            // The noun must be the head of its phrase: "yesterday's June 10 strike call" dates
            // the call.
            if possessive, skipped == 0, let days = ownDays(at: index, range: range, input) {
                index = days
                lowercase = true
                continue
            }
            if let event = events.firstIndex(where: { $0.tokens.lowerBound == index }) {
                // The noun phrase's last word is its head: "Yesterday's harbour flood inquiry"
                // dates the inquiry, not the flood.
                if lowercase {
                    let after = events[event].tokens.upperBound
                    let modifies = after < range.upperBound && input.tokens[after].kind == .word && !input.tokens[after].isCapitalized
                        && !stopwords.contains(input.tokens, after) && !isPastVerb(at: after, input.tokens)
                    return events[event].isNoun && !modifies ? event : nil
                }
                return events[event].isNoun || !isPastVerb(at: index, input.tokens) ? event : nil
            }
            let token = input.tokens[index]
            if possessive, token.kind == .word, !token.isCapitalized, !isPastVerb(at: index, input.tokens), input.temporalAt[index] == nil, !stopwords.contains(lowercased: token.lower) {
                lowercase = true
                index += 1
                skipped += 1
                continue
            }
            guard input.tokens[index].kind == .word, input.tokens[index].isCapitalized, input.temporalAt[index] == nil else { return nil }
            index += 1
            skipped += 1
        }
        return nil
    }

    /// The qualifier's position in "the July 2 annual meeting": the date ending at `position`
    /// is a day written out after "the" or a possessive determiner, and one lowercase word
    /// follows that is no function word or verb.
    private func dayBeforeQualifier(endingAt position: Int, range: Range<Int>, _ input: Input) -> Int? {
        guard position > range.lowerBound, position + 1 < range.upperBound, let date = input.temporalAt[position - 1] else { return nil }
        let expression = input.temporal[date]
        let start = expression.tokens.lowerBound
        guard expression.isExplicit, expression.day != nil, start > range.lowerBound else { return nil }
        let before = input.tokens[start - 1].lower
        guard temporalWords.isConnective(before, "the") || possessives.contains(lowercased: before) else { return nil }
        let token = input.tokens[position]
        guard token.kind == .word, !token.isCapitalized, input.temporalAt[position] == nil, !stopwords.contains(lowercased: token.lower),
              !isPastVerb(at: position, input.tokens), !isGenericVerb(at: position, range: range, input) else { return nil }
        return position
    }

    /// Where a day written out, or two joined by a dash or "to" ("March 31-April 2"), ends, when
    /// one starts here.
    private func ownDays(at position: Int, range: Range<Int>, _ input: Input) -> Int? {
        guard let first = input.temporalAt[position], input.temporal[first].isExplicit, input.temporal[first].day != nil else { return nil }
        let end = input.temporal[first].tokens.upperBound
        guard end + 1 < range.upperBound, input.tokens[end].isMark("-") || input.tokens[end].isMark("\u{2013}")
                || temporalWords.isConnective(input.tokens[end].lower, "to"),
              let second = input.temporalAt[end + 1], input.temporal[second].isExplicit else { return end }
        return input.temporal[second].tokens.upperBound
    }

    /// Whether the word after a date is a noun it modifies: a lowercase word that is no
    /// function word, verb or unit ("bond", "heating", "agenda").
    func modifiesNoun(_ position: Int, range: Range<Int>, _ input: Input) -> Bool {
        var position = position
        // "Friday's request": a possessive date names what the noun is of.
        if position + 1 < range.upperBound, input.tokens[position].isApostrophe,
           input.tokens[position + 1].lower == "s", !input.tokens[position + 1].spaceBefore {
            position += 2
        }
        guard position < range.upperBound, input.temporalAt[position] == nil else { return false }
        let token = input.tokens[position]
        guard token.kind == .word, !token.isCapitalized, !words.functionWords.contains(token),
              !isPastVerb(token), !modals.contains(token), !words.statusCues.contains(token),
              !token.lower.hasASCIISuffix("ly") else { return false }
        return !isGenericVerb(at: position, range: range, input)
    }
}
