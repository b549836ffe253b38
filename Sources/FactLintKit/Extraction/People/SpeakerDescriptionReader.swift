/// Finds a post standing for a speaker: "The trade secretary also said", "…, the club's
/// chairman said.", "said the finance minister." A reporter writes one of these for someone
/// already named, so the ``PersonLinker`` may join it to the one person who holds a post of that
/// kind, even when the two posts disagree; a post that agrees with someone's is read as before.
struct SpeakerDescriptionReader: Sendable {
    let titles: TitleContextReader
    var vocabulary: PeopleVocabulary { titles.vocabulary }

    func descriptions(in c: SentenceContext) -> [PersonProposals.TitleMention] {
        var found: [PersonProposals.TitleMention] = []
        var index = c.range.lowerBound
        while index < c.range.upperBound {
            defer { index += 1 }
            // Read in place: a copy of a token retains both its strings.
            guard c.tokens[index].kind == .word, c.tokens[index].range.count == 3, c.tokens[index].lower == "the", !c.quoted[index],
                  mayBeSpeaker(at: index, c),
                  let phrase = titles.titlePhrase(from: index, c), phrase.end > index + 1, let title = phrase.titles.last,
                  title.tenure == .current, !title.isIndefinite, title.tokens.lowerBound == index + 1,
                  phrase.titles.count == 1 else { continue }
            guard isSubject(start: index, before: phrase.end, c) || isAttribution(after: index, end: phrase.end, c) else { continue }
            var described = title
            // The span starts at "the", which says the post stands for someone already known.
            let whole = index..<phrase.end
            described.text = c.text(whole)
            described.span = c.span(whole)
            described.tokens = whole
            found.append(.init(title: described, mention: PersonMention(kind: .title, text: described.text, span: described.span,
                                                                        sentence: c.sentence, tokens: whole, honorific: nil,
                                                                        inQuote: false)))
            index = phrase.end - 1
        }
        return found
    }

    /// Whether a post read from "the" could stand for a speaker, looked at before the post is
    /// read: a post's head word within a few words after "the", and a speech verb just before
    /// "the" or after the head (a verb in -ed too when "the" opens its sentence).
    private func mayBeSpeaker(at index: Int, _ c: SentenceContext) -> Bool {
        let end = min(index + 10, c.range.upperBound)
        guard let head = (index + 1..<end).first(where: { c.tokens[$0].classes & vocabulary.postHeadBits != 0 }) else { return false }
        if index > c.range.lowerBound, isSpeechVerb(index - 1, c) { return true }
        let opens = opensSentence(index, c)
        for position in (head + 1)..<max(end, head + 1) {
            guard c.tokens[position].kind == .word else {
                if c.tokens[position].isMark(",") || c.tokens[position].isMark(";") { return false }
                continue
            }
            if isSpeechVerb(position, c) || opens && isVerbInEd(position, c) { return true }
        }
        return false
    }

    /// "the trade secretary said", "the trade secretary also said", and opening its sentence,
    /// any verb in -ed: "The finance minister criticised", "The finance minister also urged".
    private func isSubject(start: Int, before end: Int, _ c: SentenceContext) -> Bool {
        var index = end
        if index < c.range.upperBound, c.tokens[index].kind == .word, vocabulary.linkingOpeners.contains(c.tokens, index) {
            index += 1
        }
        guard index < c.range.upperBound, c.tokens[index].kind == .word, !c.tokens[index].isCapitalized else { return false }
        return isSpeechVerb(index, c) || opensSentence(start, c) && isVerbInEd(index, c)
    }

    /// "…, said the finance minister." with nothing after the post but the clause's end.
    private func isAttribution(after start: Int, end: Int, _ c: SentenceContext) -> Bool {
        guard start > c.range.lowerBound, isSpeechVerb(start - 1, c) else { return false }
        return end >= c.range.upperBound || c.tokens[end].kind == .punctuation && c.tokens[end].isMark(anyOf: ".,;")
    }

    /// A word of `speech-verbs`, read by its class bit.
    private func isSpeechVerb(_ position: Int, _ c: SentenceContext) -> Bool {
        c.tokens[position].classes & vocabulary.speechVerbBit != 0
    }

    /// "criticised", "urged": a word of five letters or more in -ed.
    private func isVerbInEd(_ position: Int, _ c: SentenceContext) -> Bool {
        c.tokens[position].kind == .word && c.tokens[position].lower.utf8.count > 4 && c.tokens[position].lower.hasSuffix("ed")
    }

    /// Whether "the" opens its sentence, or follows only a linking word ("But the").
    private func opensSentence(_ start: Int, _ c: SentenceContext) -> Bool {
        start == c.range.lowerBound
            || start == c.range.lowerBound + 1 && vocabulary.linkingOpeners.contains(c.tokens, c.range.lowerBound)
    }
}
