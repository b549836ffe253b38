/// Who and what an event concerns.
extension EventExtractor {
    /// Sets the people an event concerns, the words of its subject, and the content words
    /// around it.
    func participants(of event: inout Event, _ input: Input) {
        let range = input.sentences[event.sentence].tokens
        let subject = event.isNoun ? nounSubject(of: event.tokens, range: range, input) : verbSubject(of: event.tokens, range: range, input)
        var people: [Int] = []
        for position in subject {
            if let person = input.personAt[position] {
                people.append(person)
            } else if pronouns.contains(input.tokens, position), let person = resolve(pronounAt: position, input) {
                people.append(person)
            } else if input.tokens[position].isCapitalized, let person = input.people.firstIndex(where: { $0.key == input.tokens[position].lower })
                        ?? input.personByNameWord[input.tokens[position].lower] {
                // A surname the people facts did not mark here ("King was arrested"), or a word
                // of one person's name only ("Roger King" read as "King Holdings").
                people.append(person)
            }
        }
        if people.isEmpty, !event.isNoun, event.isKnown, patientEvents.contains(lowercased: event.trigger),
           let person = patient(after: event.tokens, range: range, input) {
            people.append(person)
        }
        event.people = people.sortedUnique()
        // "a second plant", "a flood": the determiner before the subject, or before the noun;
        // not one inside what a noun is of ("the dismissal last month of a clerk").
        let first = subject.min() ?? event.tokens.lowerBound
        if first > range.lowerBound, !(event.isNoun && first >= event.tokens.upperBound), pronouns.key(input.tokens, first - 1) == "indefinite" { event.isIndefinite = true }
        if event.isNoun, event.tokens.lowerBound > range.lowerBound,
           pronouns.key(input.tokens, event.tokens.lowerBound - 1) == "indefinite" { event.isIndefinite = true }
        if event.isNoun { event.isDefinite = isDefinite(event.tokens.lowerBound, range: range, input) }
        event.subject = subject.compactMap { word(at: $0, range: range, input) }.sortedUnique()
        let low = max(range.lowerBound, event.tokens.lowerBound - 6)
        let high = min(range.upperBound, event.tokens.upperBound + 6)
        let around = (low..<high).filter { !event.tokens.contains($0) && !subject.contains($0) }
        event.participants = around.compactMap { word(at: $0, range: range, input) }.sortedUnique()
    }

    /// "The strike began on March 1 and ended on March 15": a verb with no subject of its own,
    /// right after a coordinator (past adverbs, auxiliaries and a negation: "but was not
    /// opened until 1999"), takes the subject and people of
    /// the verb before it in the sentence, when no comma or other event comes between.
    func shareSubject(of index: Int, in events: inout [Event], _ input: Input) {
        let event = events[index]
        guard !event.isNoun, event.subject.isEmpty, event.people.isEmpty, index > 0,
              let previous = events[..<index].lastIndex(where: { !$0.isNoun && $0.sentence == event.sentence }),
              !events[previous].subject.isEmpty || !events[previous].people.isEmpty,
              !events[(previous + 1)..<index].contains(where: { !$0.isNoun }) else { return }
        var position = event.tokens.lowerBound - 1
        while position >= events[previous].tokens.upperBound, input.tokens[position].kind == .word,
              temporalWords.auxiliaries.contains(input.tokens[position].lower) || temporalWords.pastAuxiliaries.contains(input.tokens[position].lower)
                || words.statusCues.key(for: input.tokens[position].lower) == "negation" || input.tokens[position].lower.hasASCIISuffix("ly") {
            position -= 1
        }
        guard position >= events[previous].tokens.upperBound, coordinators.contains(input.tokens, position),
              !(events[previous].tokens.upperBound..<position).contains(where: { input.tokens[$0].isMark(anyOf: ",;:()") }) else { return }
        events[index].subject = events[previous].subject
        events[index].people = events[previous].people
    }

    /// Each capitalised word of three letters or more in a person's fullest name, lowercased,
    /// with the person it names; a word of two people's names names neither.
    static func nameWords(_ people: [Person]) -> [String: Int] {
        var found: [String: Int] = [:]
        var shared = Set<String>()
        for (index, person) in people.enumerated() {
            for word in person.name.split(separator: " ") where word.utf8.count >= 3 && word.first?.isUppercase == true {
                let key = word.lowercased()
                if let other = found[key], other != index { shared.insert(key) } else { found[key] = index }
            }
        }
        for key in shared { found[key] = nil }
        return found
    }

    /// "the derby", "this vote", "Friday's derby", "the March 7 derby": a determiner that points
    /// back, before the noun or before a date in front of it.
    private func isDefinite(_ position: Int, range: Range<Int>, _ input: Input) -> Bool {
        var before = position - 1
        if before - 1 >= range.lowerBound, input.tokens[before].lower == "s", input.tokens[before - 1].isApostrophe {
            return input.temporalAt[before - 2] != nil || input.personAt[before - 2] != nil
        }
        while before >= range.lowerBound, input.temporalAt[before] != nil { before -= 1 }
        guard before >= range.lowerBound else { return false }
        return pronouns.key(input.tokens, before) == "definite"
    }

    /// What an event noun is of: its possessor ("Volcker's reappointment", "her suspension"),
    /// or the words right before it ("the Lune valley floods"), or "of" and what follows ("the
    /// opening of the bridge").
    private func nounSubject(of trigger: Range<Int>, range: Range<Int>, _ input: Input) -> [Int] {
        var found: [Int] = []
        var position = trigger.lowerBound - 1
        if position >= range.lowerBound, pronouns.key(input.tokens, position) == "possessive" { return [position] }
        if position - 2 >= range.lowerBound, input.tokens[position].lower == "s", input.tokens[position - 1].isApostrophe {
            position -= 2
        }
        while position >= range.lowerBound, found.count < 3, isContent(position, input) {
            found.append(position)
            position -= 1
        }
        // "his film debut": the possessive before the words is whose it is.
        if !found.isEmpty, position >= range.lowerBound, pronouns.key(input.tokens, position) == "possessive" { found.append(position) }
        // "the floods of the Lune valley", "the signing today of a 50 mln dlr rate note": past a
        // date, an article and a figure, the last three words of the noun phrase after "of".
        var of = trigger.upperBound
        while of < range.upperBound, input.temporalAt[of] != nil { of += 1 }
        if found.isEmpty, of + 1 < range.upperBound, temporalWords.isConnective(input.tokens[of].lower, "of") {
            var next = of + 1
            if temporalWords.isConnective(input.tokens[next].lower, "the") || pronouns.key(input.tokens, next) == "indefinite" { next += 1 }
            if next < range.upperBound, input.tokens[next].kind == .number { next += 1 }
            var run: [Int] = []
            while next < range.upperBound, run.count < 6, isContent(next, input) {
                run.append(next)
                next += 1
            }
            found = Array(run.suffix(3))
        }
        return found
    }

    /// The subject of a verb: the words right before it, past auxiliaries and adverbs, across a
    /// parenthesis set off by commas ("The inquiry, chaired by a judge, began") and a relative
    /// word ("the plant, which opened"); for a participle opening the sentence ("Born in 1938,
    /// Pike won"), the words after the first comma.
    private func verbSubject(of trigger: Range<Int>, range: Range<Int>, _ input: Input) -> [Int] {
        var position = trigger.lowerBound - 1
        var found: [Int] = []
        // A person named in an apposition skipped on the way ("Halvern's chief constable, Gudrun
        // Rask, will retire"): the subject's own name.
        var apposed: Int?
        var onlyAdverbs = true
        while position >= range.lowerBound {
            let token = input.tokens[position]
            let word = token.lower
            if token.kind == .word, word.hasASCIISuffix("ly") || words.sequenceAdverbs.contains(word) {
                position -= 1
            } else if token.kind == .word, temporalWords.auxiliaries.contains(word) || temporalWords.pastAuxiliaries.contains(word)
                || modals.contains(word) || words.statusCues.key(for: word) == "negation"
                || temporalWords.perfectAuxiliaries.contains(word) {
                onlyAdverbs = false
                position -= 1
            } else if token.kind == .word, clauseWords.contains(word) && !coordinators.contains(word) || pronouns.key(for: word) == "relative" {
                // "and", "but": the verb shares the subject of the verb before it (`shareSubject`);
                // the words before them are that verb's object.
                position -= 1
                if position >= range.lowerBound, input.tokens[position].isMark(",") { position -= 1 }
            } else if token.isMark(","), let opening = (range.lowerBound..<position).last(where: { input.tokens[$0].isMark(",") && input.temporalAt[$0] == nil }),
                      position - opening <= 16 {
                // An apposition or a relative clause set off by commas: "Janet Pryce, the
                // home's manager, was suspended"; "The inquiry, chaired by a judge, began".
                if apposed == nil, let named = (opening + 1..<position).first(where: { input.personAt[$0] != nil }),
                   input.personAt[opening + 1] != nil, (opening + 1..<position).allSatisfy({ input.personAt[$0] == input.personAt[named] }) {
                    apposed = named
                }
                position = opening - 1
            } else if token.kind == .number, position - 1 > range.lowerBound, input.tokens[position - 1].isMark(","),
                      input.tokens[position + 1].isMark(","), input.tokens[position - 2].kind == .word {
                // "Emory Vantor, 58, a member of the committee, was arrested": an age set off
                // before the apposition is skipped with it.
                position -= 2
            } else if onlyAdverbs, token.isMark(","), position > range.lowerBound,
                      input.personAt[position - 1] != nil || input.personByNameWord[input.tokens[position - 1].lower] != nil {
                // With no comma before to close: a participle set off after a name, "Volcker, first appointed in 1979".
                return [position - 1]
            } else {
                break
            }
        }
        while position >= range.lowerBound, found.count < 3, isContent(position, input) || pronouns.key(input.tokens, position) == "subject" {
            found.append(position)
            if pronouns.contains(input.tokens, position) { break }
            position -= 1
        }
        if let apposed, !found.contains(where: { input.personAt[$0] != nil }) { found.append(apposed) }
        if found.isEmpty, trigger.lowerBound - range.lowerBound <= 1,
           let person = (trigger.upperBound..<range.upperBound).first(where: { input.personAt[$0] != nil
               || (input.tokens[$0].isCapitalized && input.personByNameWord[input.tokens[$0].lower] != nil)
               || input.tokens[$0 - 1].isMark(",") && pronouns.key(input.tokens, $0) == "subject" && resolve(pronounAt: $0, input) != nil }) {
            // "Born in Leeds, Yorkshire, on 12 October 1931, Moore …": the first person named
            // after the participle, by a full mention or a word of one person's name, or by a
            // pronoun opening the main clause ("Born in Corvell in 1944, the son of a
            // carpenter, he studied").
            return [person]
        }
        if found.isEmpty, trigger.lowerBound - range.lowerBound <= 1,
           let comma = (trigger.upperBound..<range.upperBound).first(where: { input.tokens[$0].isMark(",") }) {
            var next = comma + 1
            if next < range.upperBound, temporalWords.isConnective(input.tokens[next].lower, "the") { next += 1 }
            while next < range.upperBound, found.count < 3, isContent(next, input) {
                found.append(next)
                next += 1
            }
        }
        return found
    }

    /// "Police arrested Falk", "Prosecutors charged him on August 19": the person named right
    /// after an active verb of `patient-events`, or the one an object pronoun there stands for
    /// ("her" only before a word that is not a noun: not "charged her husband"). A passive
    /// ("was charged by police") has its person for its subject.
    private func patient(after trigger: Range<Int>, range: Range<Int>, _ input: Input) -> Int? {
        let next = trigger.upperBound
        guard next < range.upperBound, trigger.lowerBound > range.lowerBound,
              !temporalWords.auxiliaries.contains(input.tokens[trigger.lowerBound - 1].lower),
              !temporalWords.pastAuxiliaries.contains(input.tokens[trigger.lowerBound - 1].lower) else { return nil }
        if let person = input.personAt[next] { return person }
        switch pronouns.key(input.tokens, next) {
        case "object"?: return resolve(pronounAt: next, input)
        case "possessive"?:
            let after = next + 1
            guard after >= range.upperBound || input.tokens[after].kind != .word || input.temporalAt[after] != nil
                    || words.functionWords.contains(input.tokens, after) else { return nil }
            return resolve(pronounAt: next, input)
        default: return nil
        }
    }

    /// A word that can name a participant: not a function word, a date, a verb or a figure.
    private func isContent(_ position: Int, _ input: Input) -> Bool {
        // Fields by index: a copy of the token retains both its strings.
        let tokens = input.tokens
        guard tokens[position].kind == .word, input.temporalAt[position] == nil else { return false }
        if input.personAt[position] != nil { return true }
        let lower = tokens[position].lower
        return lower.utf8.count >= 3 && !words.functionWords.contains(lowercased: lower) && !isPastVerb(at: position, tokens)
            && !modals.contains(lowercased: lower) && !pronouns.contains(lowercased: lower)
    }

    /// A participant word as compared: a name keeps its capital; other words are lowercase and
    /// singular.
    private func word(at position: Int, range: Range<Int>, _ input: Input) -> String? {
        guard isContent(position, input) else { return nil }
        let token = input.tokens[position]
        if token.isCapitalized, position > range.lowerBound { return token.text }
        return Self.singular(token.lower)
    }

    /// The person a pronoun stands for: the last one named before it, in its sentence or the
    /// three before.
    func resolve(pronounAt position: Int, _ input: Input) -> Int? {
        guard let sentence = sentenceIndex(ofToken: position, input) else { return nil }
        let first = input.sentences[max(0, sentence - 3)].tokens.lowerBound
        var index = position - 1
        while index >= first {
            if let person = input.personAt[index] { return person }
            index -= 1
        }
        return nil
    }

    private func sentenceIndex(ofToken token: Int, _ input: Input) -> Int? {
        var low = 0
        var high = input.sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = input.sentences[mid].tokens
            if range.contains(token) { return mid }
            if token < range.lowerBound { high = mid - 1 } else { low = mid + 1 }
        }
        return nil
    }

    /// "floods" → "flood", "inquiries" → "inquiry"; words of four letters or fewer stay.
    static func singular(_ word: String) -> String {
        guard word.utf8.count > 4 else { return word }
        if word.hasASCIISuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasASCIISuffix("s"), !word.hasASCIISuffix("ss"), !word.hasASCIISuffix("us") { return String(word.dropLast()) }
        return word
    }
}
