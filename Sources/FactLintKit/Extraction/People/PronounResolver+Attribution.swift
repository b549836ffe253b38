/// Attributions a pronoun can lean on: the speaker a sentence closes with, and a possessive
/// straight after a speaker's own verb.
extension PronounResolver {
    /// The person a sentence's closing attribution gives its words to: ", Ms Hale said.",
    /// ", said Ms Hale.", `…," Ms Hale said.`, or ", she said." when that pronoun was read as one
    /// person (`chained`). Nil when the sentence closes otherwise.
    func closingSpeaker(of sentence: Int, named: [Int: [Named]], chained: [Int: Named], owner: [Int], tokens: [Token],
                        sentences: [Sentence]) -> (person: Int, span: SourceSpan)? {
        let range = sentences[sentence].tokens
        var end = range.upperBound - 1
        while end >= range.lowerBound, tokens[end].kind == .punctuation { end -= 1 }
        guard end - 1 > range.lowerBound else { return nil }
        func mention(endingAt last: Int) -> (person: Int, first: Int)? {
            let person = owner[last]
            guard person >= 0 else { return nil }
            var first = last
            while first - 1 > range.lowerBound, owner[first - 1] == person { first -= 1 }
            // "Mr" before the name.
            var start = first
            while start - 1 > range.lowerBound, tokens[start - 1].isMark(".") { start -= 1 }
            if start - 1 > range.lowerBound, tokens[start - 1].kind == .word, honorifics.contains(tokens, start - 1) { first = start - 1 }
            return (person, first)
        }
        func span(of person: Int) -> SourceSpan? {
            (named[sentence] ?? []).last { $0.person == person && range.contains($0.token) }?.span
        }
        let last = tokens[end]
        if last.kind == .word, speechVerbs.contains(lowercased: last.lower) {
            // ", she said."
            if tokens[end - 1].kind == .word, subjectPronouns.key(tokens, end - 1) == "singular" {
                guard tokens[end - 2].kind == .punctuation, let chain = chained[sentence] else { return nil }
                return (chain.person, chain.span)
            }
            // ", Ms Hale said.", ", festival organiser Ann Hale said."
            guard let found = mention(endingAt: end - 1) else { return nil }
            let opening = describerStart(before: found.first, in: range, owner: owner, tokens: tokens)
            guard opening - 1 >= range.lowerBound, tokens[opening - 1].kind == .punctuation, let span = span(of: found.person) else { return nil }
            return (found.person, span)
        }
        // ", said Ms Hale.", ", said festival organiser Ann Hale."
        guard let found = mention(endingAt: end) else { return nil }
        let opening = describerStart(before: found.first, in: range, owner: owner, tokens: tokens)
        guard opening - 2 >= range.lowerBound, tokens[opening - 1].kind == .word, speechVerbs.contains(tokens, opening - 1),
              tokens[opening - 2].kind == .punctuation, let span = span(of: found.person) else { return nil }
        return (found.person, span)
    }

    /// Where the words that describe a speaker straight before the name begin ("festival
    /// organiser" in ", festival organiser Ann Hale said."): up to three lowercase words, none a
    /// function word or another person's; the name's own start when there are none.
    private func describerStart(before first: Int, in range: Range<Int>, owner: [Int], tokens: [Token]) -> Int {
        var start = first
        while start - 1 > range.lowerBound, first - start < 3, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized,
              !stopwords.contains(tokens, start - 1), owner[start - 1] < 0, !speechVerbs.contains(tokens, start - 1) {
            start -= 1
        }
        return start
    }

    /// Whether a possessive follows the person's own speech verb: "Ms Reyes said her officials",
    /// "Mr Ode said that his", "Mr Ode - a rally driver - says her". Not after a verb that takes
    /// a person ("told her"); not when anyone else named before it may be of the possessive's
    /// sex, by honorific, title or first name ("Mrs Lane said his death" may be about a man named
    /// earlier); and not when someone only described may be meant ("A woman was pulled from the
    /// river. … Mr Ode said her condition"): the sentence before must name and describe no one
    /// else (a word straight before the speaker's name, "driver Dan Vell", is the speaker's).
    func isSpeakersPossessive(_ position: Int, of person: Int, sentence: Int, people: [Person], owner: [Int], tokens: [Token],
                              sentences: [Sentence], quoted: [Bool]) -> Bool {
        let range = sentences[sentence].tokens
        guard possessives.key(tokens, position) == "possessive", let gender = pronouns.key(tokens, position).flatMap(Self.gender)
        else { return false }
        var verb = position - 1
        if verb > range.lowerBound, tokens[verb].kind == .word, clausalVerbs.key(tokens, verb) == "complementiser" { verb -= 1 }
        guard verb - 1 >= range.lowerBound, tokens[verb].kind == .word, clausalVerbs.key(tokens, verb) == "verb" else { return false }
        // "Mr Ode - a rally driver - says her": an aside between dashes after the name.
        var subject = verb - 1
        if tokens[subject].isMark(anyOf: "-\u{2013}\u{2014}"),
           let opening = (max(range.lowerBound, subject - 8)..<subject).last(where: { tokens[$0].mark == tokens[subject].mark }),
           opening > range.lowerBound { subject = opening - 1 }
        guard owner[subject] == person else { return false }
        guard !people.indices.contains(where: { index in
            index != person && likelySex(of: people[index]) != (gender == .male ? .female : .male)
                && people[index].mentions.contains { $0.tokens.lowerBound < position }
        }) else { return false }
        let start = sentence > 0 ? sentences[sentence - 1].tokens.lowerBound : range.lowerBound
        // "driver Dan Vell" and the aside after the name describe the speaker: no one else.
        if (start..<position).contains(where: { tokens[$0].kind == .word && unnamedPeople.contains(tokens, $0)
            && !(subject < $0 && $0 < verb) && !describes($0, person, owner: owner, tokens: tokens, end: position) }) { return false }
        guard sentence > 0 else { return true }
        let previous = sentences[sentence - 1]
        return previous.blockKind == .headline || isClear(previous.tokens, for: person, owner: owner, tokens: tokens, sentenceStart: previous.tokens.lowerBound,
                                                          quoted: quoted, pronoun: pronouns.key(tokens, position))
    }
}
