/// Whether a stretch of text leaves a pronoun's antecedent plain: no other person, no word for a
/// person, no capitalised word the lexicons do not know.
extension PronounResolver {
    /// Whether a stretch of tokens holds no other possible antecedent: no other person, no word
    /// for a person, no capitalised word the lexicons do not know. With `quoted`, words inside
    /// quotation marks are skipped.
    func isClear(_ stretch: Range<Int>, for person: Int, owner: [Int], tokens: [Token], sentenceStart: Int, quoted: [Bool]? = nil,
                 pronoun: String?, openingMayName: Bool = true) -> Bool {
        var opening = sentenceStart
        while opening < stretch.upperBound, tokens[opening].kind != .word { opening += 1 }
        for index in stretch where tokens[index].kind == .word && owner[index] != person && quoted?[index] != true {
            let token = tokens[index]
            if owner[index] >= 0 { return false }
            // The person's own honorific ("Mr" in "Mr Okoro").
            if honorifics.contains(token) {
                var next = index + 1
                while next < stretch.upperBound, tokens[next].isMark(".") { next += 1 }
                if next < owner.count, owner[next] == person { continue }
            }
            // "Harbour Road man Tom Reid", "folk star Ana Ruiz": words straight before the name
            // describe the person. Not a relation ("father", "fan": the pronoun may be the other
            // person's) nor a word of the pronoun's other sex ("widow" before "he").
            if describes(index, person, owner: owner, tokens: tokens, end: stretch.upperBound) {
                if familyWords.contains(token) { return false }
                if let sex = gendered.key(for: token), sex != "any", sex != pronoun { return false }
                continue
            }
            // "the Harbour Research Unit's Mr Tollard": a word of an organisation's name
            // names no person.
            // names no person; "Treasury Secretary", the post, does.
            if token.isCapitalized, token.classes & personWords != 0, !gendered.contains(token), isBeforeOrganisationWord(index, tokens) { continue }
            // "short of fuel in every major city": a rank in lower case is an adjective.
            let isPersonWord = token.classes & personWords != 0 && (token.isCapitalized || !capitalisedOnlyPosts.contains(lowercased: token.lower))
            if gendered.contains(token) || familyWords.contains(token) { return false }
            if isPersonWord, !isPredicate(index, tokens, from: stretch.lowerBound) { return false }
            if token.lower.hasASCIISuffix("s"), postHeads.contains(lowercased: String(token.lower.dropLast())) { return false }
            // A function word ("Other", "The"), an acronym ("NATO") or a code ("G8") names nobody.
            guard token.isCapitalized, token.classes == 0, !places.contains(token.text), !stopwords.contains(lowercased: token.lower),
                  !(token.isAllCaps && token.text.utf8.count <= 5), !token.text.utf8.contains(where: ByteClass.isDigit),
                  !inOrganisationName(index, tokens) else { continue }
            // A word opening the sentence is a name unless it reads as a verb or adverb ("Speaking", "Later").
            if index == opening, !openingMayName && !isVerbAfter(index, tokens) || token.lower.hasASCIISuffix("ing") || token.lower.hasASCIISuffix("ly") || token.lower.hasASCIISuffix("ed") { continue }
            if index == opening, isPluralSubject(index, tokens) { continue }
            return false
        }
        return true
    }

    /// Whether a post word is what a copula says of the subject ("He is also the writer of",
    /// "she became a minister"): a copula before it, with at most an adverb and an article
    /// between (`copulas`), inside the stretch.
    func isPredicate(_ index: Int, _ tokens: [Token], from start: Int) -> Bool {
        var position = index - 1
        if position >= start, articles.contains(tokens, position) { position -= 1 }
        if position >= start, copulas.key(tokens, position) == "adverb" { position -= 1 }
        return position >= start && copulas.key(tokens, position) == "copula"
    }

    /// Whether a word opening the sentence is a plural noun, its verb in the plural right after
    /// it ("Podcasts rely on his code", "Analysts say"): a word in -s, not -ss, before a
    /// lower-case word that is no function word, does not end in -s and is no past form (a past
    /// verb takes either number: "Ames won"). A name takes the singular ("Jones relies",
    /// "Jones said").
    func isPluralSubject(_ index: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].lower
        guard word.utf8.count >= 4, word.hasASCIISuffix("s"), !word.hasASCIISuffix("ss"), index + 1 < tokens.count,
              tokens[index + 1].kind == .word, tokens[index + 1].block == tokens[index].block, !tokens[index + 1].isCapitalized else { return false }
        let next = tokens[index + 1].lower
        return !next.hasASCIISuffix("s") && !next.hasASCIISuffix("ed") && !stopwords.contains(lowercased: next) && !speechVerbs.contains(lowercased: next)
            && !pastVerbs.contains(lowercased: next)
    }

    /// Whether an organisation word ("Unit", "Bank") follows in the capitalised run a word stands in.
    func isBeforeOrganisationWord(_ index: Int, _ tokens: [Token]) -> Bool {
        var end = index + 1
        while end < tokens.count, end - index <= 5, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].block == tokens[index].block {
            if orgWords.contains(tokens, end) { return true }
            end += 1
        }
        return false
    }

    /// Whether the word after a position reads as a verb: a function word ("was", "will"), a
    /// speech verb or a word in -ed.
    func isVerbAfter(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].block == tokens[index].block else { return false }
        let next = tokens[index + 1].lower
        return stopwords.contains(lowercased: next) || speechVerbs.contains(lowercased: next) || next.hasASCIISuffix("ed")
    }

    /// Whether a word is part of a descriptor straight before the person's name: capitalised
    /// words (with "&", "-" or "'" inside) and at most one lower-case noun last, no function
    /// word, six tokens at most ("Harbour Road man", "R&B star").
    func describes(_ index: Int, _ person: Int, owner: [Int], tokens: [Token], end: Int) -> Bool {
        var next = index
        for _ in 0..<6 {
            let token = tokens[next]
            if token.kind == .word {
                guard owner[next] < 0, !stopwords.contains(lowercased: token.lower) else { return false }
                // A lower-case word must be the last before the name: "star" in "folk star Ana Ruiz".
                if !token.isCapitalized { return next + 1 < end && owner[next + 1] == person }
            } else if !(token.isMark("&") || token.isMark("-") || token.isMark("'")) || token.spaceBefore {
                return false
            }
            next += 1
            guard next < end else { return false }
            if owner[next] == person { return true }
        }
        return false
    }
}
