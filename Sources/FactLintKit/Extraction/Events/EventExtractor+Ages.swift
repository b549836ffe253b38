/// People's ages: "Doyle, 64,", "Doyle (64)", "Doyle, aged 64", "the 66-year-old Doyle",
/// "has died at the age of 88", "died at 87".
extension EventExtractor {
    func ages(events: [Event], _ input: Input) -> [AgeStatement] {
        var found: [AgeStatement] = []
        for sentence in input.sentences.indices {
            let range = input.sentences[sentence].tokens
            for position in range where input.tokens[position].kind == .number {
                guard let value = ageValue(input.tokens[position]) else { continue }
                if let age = apposition(position, value: value, range: range, sentence: sentence, input)
                    ?? yearOld(position, value: value, range: range, sentence: sentence, input)
                    ?? atEvent(position, value: value, range: range, sentence: sentence, events: events, input)
                    ?? openingAt(position, value: value, range: range, sentence: sentence, input)
                    ?? birthday(position, value: value, range: range, sentence: sentence, events: events, input) {
                    found.append(age)
                }
            }
        }
        return found
    }

    func ageValue(_ token: Token) -> Int? {
        guard token.text.utf8.count <= 3, let value = Int(token.text), value >= 1, value <= 120 else { return nil }
        return value
    }

    func isAgeWord(_ position: Int, _ key: String, _ input: Input) -> Bool {
        input.tokens.indices.contains(position) && input.tokens[position].kind == .word && ageWords.key(input.tokens, position) == key
    }

    /// "Doyle, 64," "Doyle (64)" "Doyle, aged 64,".
    private func apposition(_ position: Int, value: Int, range: Range<Int>, sentence: Int, _ input: Input) -> AgeStatement? {
        var before = position - 1
        if isAgeWord(before, "aged", input) { before -= 1 }
        guard before - 1 >= range.lowerBound, input.tokens[before].isMark(anyOf: ",("),
              let person = input.personAt[before - 1] ?? person(byNamePart: before - 1, input) else { return nil }
        let after = position + 1
        guard after >= range.upperBound || input.tokens[after].isMark(anyOf: ",).;") else { return nil }
        return AgeStatement(value: value, person: person, form: .apposition, span: input.span(position..<after), sentence: sentence)
    }

    /// "Ruiz, 83," after "Juan Ruiz Ortega, 81,": a name written before as a later part of one
    /// person's full name (a first surname) stands for that person.
    private func person(byNamePart position: Int, _ input: Input) -> Int? {
        let token = input.tokens[position]
        guard token.kind == .word, token.isCapitalized else { return nil }
        let matches = input.people.indices.filter { index in
            input.people[index].mentions.contains { mention in
                mention.kind == .fullName && mention.tokens.count >= 3
                    && mention.tokens.dropFirst().dropLast().contains { input.tokens[$0].text == token.text }
            }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// "the 66-year-old Doyle", "Doyle, a 64-year-old teacher,".
    private func yearOld(_ position: Int, value: Int, range: Range<Int>, sentence: Int, _ input: Input) -> AgeStatement? {
        let end = position + 4
        guard end < range.upperBound, input.tokens[position + 1].isMark("-"), units.key(input.tokens, position + 2) == TimeUnit.year.rawValue,
              !input.tokens[position + 2].lower.hasASCIISuffix("s"), input.tokens[position + 3].isMark("-"), isAgeWord(end, "old", input) else { return nil }
        let span = input.span(position..<(end + 1))
        // The person named right after ("the 66-year-old Doyle") or just before ("Doyle, a 66-year-old").
        // "71-year-old Sir Alan": past an honorific.
        var next = end + 1
        if next + 1 < range.upperBound, input.tokens[next].kind == .word, honorifics.contains(input.tokens, next) { next += 1 }
        if next < range.upperBound, let person = input.personAt[next] ?? titledPerson(at: next, range, input) {
            return AgeStatement(value: value, person: person, form: .yearOld, span: span, sentence: sentence)
        }
        // Just before: only marks and an article between ("Doyle, a 66-year-old"), not a verb
        // ("Harlan says the 30-year-old needs…" is about someone else).
        var back = position - 1
        while back >= range.lowerBound, position - back <= 3 {
            if let person = input.personAt[back] { return AgeStatement(value: value, person: person, form: .yearOld, span: span, sentence: sentence) }
            guard input.tokens[back].kind != .word || pronouns.key(input.tokens, back) == "indefinite"
                    || temporalWords.isConnective(input.tokens[back].lower, "the") else { break }
            back -= 1
        }
        // "The 41-year-old took the lead", "After the race, the 41-year-old said": a clause's
        // subject, opening the sentence or after a comma, is the person whose name opens the
        // sentence, or, when the sentence names nobody before it, the one whose name opens the
        // sentence before. Such an age is inferred: the check compares it only with ages close
        // to it ("The 12-year-old was hiding" after "Ann Pike, 41," is someone else).
        if position - 1 >= range.lowerBound, temporalWords.isConnective(input.tokens[position - 1].lower, "the"), end + 1 < range.upperBound,
           isClauseVerb(end + 1, range, input), opensClause(position - 1, range, input) {
            let here = subject(of: sentence, before: position - 1, input)
            // After "But" the sentence may turn to the other person named before ("Pike beat
            // Moe. But the 25-year-old …"): then only a sentence naming one person will do.
            var person = here.person
            if !here.named {
                let before = subject(of: sentence - 1, before: nil, input)
                person = before.others && linkingOpeners.contains(input.tokens, range.lowerBound) ? nil : before.person
                if person == nil, !before.others { person = soleNamed(before: sentence, input) }
            }
            if let person,
               !(end + 1..<range.upperBound).contains(where: { input.personAt[$0] != nil && input.personAt[$0] != person }) {
                return AgeStatement(value: value, person: person, form: .yearOld, span: span, sentence: sentence, inferred: true)
            }
        }
        // "Her trainer says the 30-year-old needs rest", "…," said the 30-year-old: a "the N-year-old"
        // that no name stands beside is the person the story is about (`mainPerson`), when that
        // person is not named in this sentence (where the epithet would be someone else's), or
        // only in the possessive, and the paragraph does not open with someone else ("Ann Pike,
        // now at Leeds, won the 400m. The 21-year-old …" in a round-up), and the story gives no
        // more than two ages that way (a round-up gives one for each winner). Inferred, so
        // compared only with ages close to it.
        let opening = paragraphStart(of: sentence, input)
        if position - 1 >= range.lowerBound, temporalWords.isConnective(input.tokens[position - 1].lower, "the"),
           let main = mainPerson(input), !range.contains(where: { input.personAt[$0] == main && !isPossessive(after: $0, input) }),
           subject(of: opening, before: sentence == opening ? position : nil, input).person ?? main == main,
           epithetAges(input).count <= 2 {
            return AgeStatement(value: value, person: main, form: .yearOld, span: span, sentence: sentence, inferred: true)
        }
        return nil
    }

    /// "the 51-year-old premier Mark Dalby", "the 19-year-old Danish midfielder Lars Holm": the
    /// person whose title starts at the position when the title runs straight into that
    /// person's name.
    private func titledPerson(at position: Int, _ range: Range<Int>, _ input: Input) -> Int? {
        for (index, person) in input.people.enumerated() {
            // A title of its own, not an organisation's ("the 90-year-old club president"); a
            // nationality is the person's own ("Danish midfielder").
            for title in person.titles where title.tokens.lowerBound == position && !title.tokens.isEmpty
                && !title.tokens.contains(where: { orgWords.contains(input.tokens, $0) })
                && !title.tokens.contains(where: { input.tokens[$0].isCapitalized && !places.contains(input.tokens[$0].text) })
                && (title.org == nil || title.tokens.contains(where: { input.tokens[$0].isCapitalized })) {
                let after = title.tokens.upperBound
                if after < range.upperBound, input.personAt[after] == index { return index }
            }
        }
        return nil
    }

    /// Whether a position opens its sentence (after any quotation marks and linking words, "But
    /// the 31-year-old") or follows a comma.
    private func opensClause(_ position: Int, _ range: Range<Int>, _ input: Input) -> Bool {
        guard position > range.lowerBound else { return true }
        if input.tokens[position - 1].isMark(",") { return true }
        return !(range.lowerBound..<position).contains { index in
            input.tokens[index].kind != .punctuation && !linkingOpeners.contains(input.tokens, index)
        }
    }

    /// "At 30, Calloway will be the oldest in the squad": an age opening a sentence whose verb
    /// is a modal holds on the publication date; it is inferred. Not in the past ("At 19, she
    /// moved") nor the plain present ("At 17, Becker is still the youngest winner"), which may
    /// hold at another time.
    private func openingAt(_ position: Int, value: Int, range: Range<Int>, sentence: Int, _ input: Input) -> AgeStatement? {
        guard position - 1 >= range.lowerBound, opensClause(position - 1, range, input), isAgeWord(position - 1, "at", input), position + 2 < range.upperBound,
              input.tokens[position + 1].isMark(","), let person = input.personAt[position + 2] else { return nil }
        var verb = position + 2
        while verb < range.upperBound, input.personAt[verb] == person { verb += 1 }
        guard verb < range.upperBound, input.tokens[verb].kind == .word else { return nil }
        let word = input.tokens[verb].lower
        guard modals.contains(lowercased: word) else { return nil }
        return AgeStatement(value: value, person: person, form: .apposition, span: input.span((position - 1)..<(position + 1)), sentence: sentence,
                            inferred: true)
    }

    /// "has", "was", "said", "took", "bounced": a verb after "The 41-year-old", not a noun it
    /// qualifies ("The 40-year-old building"). A word in -ed may be an adjective ("The 80-year-old
    /// converted mill"); the age is inferred, and the check compares it only with ages within two
    /// years, which a mill's seldom are.
    private func isListedVerb(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized else { return false }
        return nameCueVerbs.contains(lowercased: token.lower) || token.classes & (pastBit | reportingBit) != 0
    }

    /// A listed verb at a position, or a word in -ed followed by a particle or a mark ("bounced
    /// back", "finished."), not by a noun it qualifies ("talented Norwegian").
    private func isClauseVerb(_ position: Int, _ range: Range<Int>, _ input: Input) -> Bool {
        let token = input.tokens[position]
        if isListedVerb(token) { return true }
        guard token.kind == .word, !token.isCapitalized, token.lower.hasASCIISuffix("ed"), token.text.utf8.count > 4 else { return false }
        guard position + 1 < range.upperBound else { return true }
        let next = input.tokens[position + 1]
        return next.kind == .punctuation || (next.kind == .word && !next.isCapitalized && verbParticles.contains(lowercased: next.lower))
    }

    /// The person whose name opens a sentence (after at most a title or a description),
    /// outside quotation marks; `named` says whether anyone is named in it at all. `before`
    /// limits the search to the tokens before a position.
    private func subject(of sentence: Int, before end: Int?, _ input: Input) -> (person: Int?, named: Bool, others: Bool) {
        guard sentence >= 0, input.sentences[sentence].blockKind != .headline else { return (nil, false, false) }
        let range = input.sentences[sentence].tokens
        let stop = min(end ?? range.upperBound, range.upperBound)
        for position in range.lowerBound..<stop where !input.quoted[position] {
            guard let person = input.personAt[position] else { continue }
            let others = (position..<stop).contains { !input.quoted[$0] && input.personAt[$0] != nil && input.personAt[$0] != person }
            // Only a title or a description before it ("Racing driver Tomas Brevik", "Tollard's
            // Peter Vantor"), no function word or verb: not "After beating Ruth Calloway",
            // "Police told Ann Pike".
            let opens = position - range.lowerBound <= 3 && (range.lowerBound..<position).allSatisfy { index in
                let token = input.tokens[index]
                if token.lower == "s", index > range.lowerBound, input.tokens[index - 1].isApostrophe { return true }
                return token.kind != .word || (!stopwords.contains(lowercased: token.lower) && !isListedVerb(token))
            }
            return (opens ? person : nil, true, others)
        }
        return (nil, false, false)
    }

    /// "at the age of 84", "aged 84", "died at 87", "turned 40 last year": the person of the
    /// event in the clause, or the person named or referred to before it; the time is a date in
    /// the sentence, if any.
    private func atEvent(_ position: Int, value: Int, range: Range<Int>, sentence: Int, events: [Event], _ input: Input) -> AgeStatement? {
        var start = position - 1
        if isAgeWord(start, "of", input), isAgeWord(start - 1, "age", input) {
            start -= 2
            if start >= range.lowerBound, temporalWords.isConnective(input.tokens[start].lower, "the") { start -= 1 }
            guard isAgeWord(start, "at", input) else { return nil }
        } else if isAgeWord(start, "aged", input) {
        } else if isAgeWord(start, "turned", input), position + 1 >= range.upperBound || input.tokens[position + 1].kind != .word
                    || input.temporalAt[position + 1] != nil {
            // "who turned 40 last year": not "turned 40 points lower".
        } else if isAgeWord(start, "was", input), isAgeWord(position + 1, "when", input) {
            // "Ressa was 24 when she set up the firm in 2009": the age at the clause's event.
            return whenAge(value: value, number: position, range: range, sentence: sentence, events: events, input)
        } else if isAgeWord(start, "at", input), events.contains(where: { $0.sentence == sentence && ageWords.key(for: $0.trigger) == "event" && $0.tokens.upperBound <= start
                    && start - $0.tokens.upperBound <= 4 }) {
            // "died at 87", "has died in Spain at 52".
        } else {
            return nil
        }
        guard start >= range.lowerBound, position + 1 >= range.upperBound || input.tokens[position + 1].kind != .word
                || !units.contains(input.tokens, position + 1) else { return nil }
        return eventAge(value: value, phrase: start..<(position + 1), number: position, range: range, sentence: sentence, events: events, input)
    }

    /// "Ressa was 24 when she set up the firm in 2009": the person named right before "was" (or
    /// the one a pronoun there stands for), at the first date of the "when" clause; without a
    /// date there, the age gives no time and is not read.
    private func whenAge(value: Int, number: Int, range: Range<Int>, sentence: Int, events: [Event], _ input: Input) -> AgeStatement? {
        let subject = number - 2
        guard subject >= range.lowerBound,
              let person = input.personAt[subject] ?? (pronouns.key(input.tokens, subject) == "subject" ? resolve(pronounAt: subject, input) : nil),
              let at = input.temporal.indices.first(where: { input.temporal[$0].sentence == sentence && input.temporal[$0].tokens.lowerBound > number
                  && input.temporal[$0].kind == .date && input.temporal[$0].coverage(published: input.published) != nil
                  && !(number + 1..<input.temporal[$0].tokens.lowerBound).contains { input.tokens[$0].isMark(anyOf: ";:") } })
        else { return nil }
        return AgeStatement(value: value, person: person, form: .atEvent, span: input.span((number - 1)..<(number + 1)), sentence: sentence, at: at)
    }

    /// The age an age phrase ("aged 84", "at the age of 84", "on the eve of his 92nd birthday")
    /// gives at its sentence's event: the person of the event nearest the number, or the person
    /// named or referred to before the phrase; the time is a date in the sentence, if any.
    func eventAge(value: Int, phrase: Range<Int>, number position: Int, range: Range<Int>, sentence: Int, events: [Event], _ input: Input) -> AgeStatement? {
        let start = phrase.lowerBound
        let inSentence = events.filter { $0.sentence == sentence }
        let nearest = inSentence.min { abs($0.tokens.lowerBound - position) < abs($1.tokens.lowerBound - position) }
        var person = nearest?.people.first
        if person == nil {
            var back = start - 1
            while back >= range.lowerBound {
                if let found = input.personAt[back] { person = found; break }
                back -= 1
            }
        }
        // "when at the age of 74 Moore decided", "at the age of 74 she decided".
        if person == nil, let next = (position + 1..<min(range.upperBound, position + 4)).first(where: {
            input.personAt[$0] != nil || pronouns.key(input.tokens, $0) == "subject" }) {
            person = input.personAt[next] ?? resolve(pronounAt: next, input)
        }
        guard let person else { return nil }
        // The time the age holds at: a date of the sentence, the nearest to the age.
        // Not a date in a clause about someone or something else (", who led the 1981 inquiry,"),
        // unless the age's event is in that clause too (", who died in May 1990, aged 70,").
        // Not the date of a birth: "Ned Harlow, born in 1913, died last night, aged 91".
        let births = Set(inSentence.filter { $0.family == "birth" }.flatMap { $0.anchors.map(\.temporal) })
        let dated = input.temporal.indices.filter { index in
            let start = input.temporal[index].tokens.lowerBound
            return input.temporal[index].sentence == sentence && input.temporal[index].coverage(published: input.published) != nil
                && input.temporal[index].kind != .duration && !births.contains(index)
                && !(nearest.map { event in inRelativeClause(start, apartFrom: event.tokens.lowerBound, range, input)
                    && inRelativeClause(start, apartFrom: position, range, input) } ?? false)
        }
        let at = dated.min { abs(input.temporal[$0].tokens.lowerBound - position) < abs(input.temporal[$1].tokens.lowerBound - position) }
        // Without a date, an age at a past event ("took up chess at the age of 9") holds at an
        // unknown time before publication; only the present perfect ("has retired at the age of
        // 67") holds now, and so does a headline's present ("Tollard dies aged 81").
        if at == nil, input.sentences[sentence].blockKind != .headline,
           !(range.lowerBound..<start).contains(where: { temporalWords.perfectAuxiliaries.contains(input.tokens[$0].lower) }) {
            guard isEarlierAge(start: start, end: phrase.upperBound, person: person, range: range, input) else { return nil }
            return AgeStatement(value: value, person: person, form: .earlier, span: input.span(phrase), sentence: sentence)
        }
        return AgeStatement(value: value, person: person, form: .atEvent, span: input.span(phrase), sentence: sentence, at: at)
    }

    /// Whether an undated "at the age of N" is the named person's own, at an event told as done:
    /// "Dorrance became leader at the age of 36", "At the age of 58 she joined the board". Not
    /// "aged 61" or a bare "at 81", which as often give someone else's age ("said the driver died
    /// aged 61"); not after a reporting verb, a modal or "to" between the person and the age
    /// ("said she wanted to retire at the age of 60"); not after a relation.
    private func isEarlierAge(start: Int, end: Int, person: Int, range: Range<Int>, _ input: Input) -> Bool {
        guard isAgeWord(start, "at", input), isAgeWord(start + 2, "age", input) || isAgeWord(start + 1, "age", input),
              !hasRelative(before: start, range, input) else { return false }
        // The person's mention: the last before the age, or none ("At the age of 58 she joined").
        let named = (range.lowerBound..<start).last { input.personAt[$0] == person }
        let between = named.map { ($0 + 1)..<start } ?? start..<start
        guard !between.contains(where: { input.tokens[$0].classes & reportingBit != 0 || modals.contains(input.tokens, $0) }) else { return false }
        // A verb told as done between the person and the age, or just after the age.
        return between.contains { isPastVerb(at: $0, input.tokens) }
            || (end..<min(range.upperBound, end + 4)).contains { isPastVerb(at: $0, input.tokens) }
    }

    /// Whether a token is inside a clause set off by a comma and opened by "who" or "which" that
    /// does not also hold `other`: "Lord Ames, who led the 1981 inquiry, has died aged 92".
    private func inRelativeClause(_ index: Int, apartFrom other: Int, _ range: Range<Int>, _ input: Input) -> Bool {
        var start = index
        while start > range.lowerBound, !input.tokens[start - 1].isMark(",") { start -= 1 }
        guard start > range.lowerBound, start < index, input.tokens[start].kind == .word,
              relativeOpeners.contains(input.tokens, start) else { return false }
        var end = index
        while end < range.upperBound, !input.tokens[end].isMark(",") { end += 1 }
        return !(start..<end).contains(other)
    }

    /// "… decide whether Kosgei can run. The 29-year-old …": the one person named in the
    /// nearest sentence before that names anyone (within three, skipping sentences that name
    /// nobody), outside quotation marks, when no word for another person ("woman", "coach",
    /// "his wife") and no pronoun before the name stands in that stretch.
    func soleNamed(before sentence: Int, _ input: Input) -> Int? {
        var index = sentence - 1
        while index >= max(0, sentence - 3), input.sentences[index].blockKind != .headline {
            let range = input.sentences[index].tokens
            var persons: Set<Int> = []
            for position in range where !input.quoted[position] {
                if let person = input.personAt[position] { persons.insert(person); continue }
                let token = input.tokens[position]
                guard token.kind == .word else { continue }
                // "… she passed rival Ana Ruiz. A week on, the 34-year-old …": a pronoun
                // before the name is about someone else, who may be meant.
                if persons.isEmpty, let key = pronouns.key(lowercased: token.lower), key == "subject" || key == "possessive" { return nil }
                if token.classes & personWordBits != 0 || familyWords.contains(lowercased: token.lower) || genderedWords.contains(lowercased: token.lower)
                    || personNouns.contains(lowercased: token.lower) { return nil }
            }
            if !persons.isEmpty { return persons.count == 1 ? persons.first : nil }
            index -= 1
        }
        return nil
    }

    /// Whether a relation ("his wife Marta died aged 88", "whose mother died at the age of 82")
    /// comes before an undated age in its sentence: the age may be the relative's.
    private func hasRelative(before position: Int, _ range: Range<Int>, _ input: Input) -> Bool {
        (range.lowerBound..<position).contains { familyWords.contains(input.tokens, $0) }
    }
}
