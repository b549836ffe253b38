extension NameClusterer {
    /// Whether every use of the singular of a plural name is a common noun or a modifier: after a
    /// word of count ("winning a Golden Globe" beside "two Golden Globes") or before a title word
    /// ("the Lib Dem leader" beside "the Lib Dems"). "Selling Ridgeway Park is under
    /// consideration" beside "Ridgeway Parks" is neither: a slip.
    func isCommonSingular(_ form: NameForms.Form, _ tokens: [Token]) -> Bool {
        form.positions.allSatisfy { position in
            if position > 0, tokens[position - 1].kind == .word, tokens[position - 1].block == tokens[position].block,
               countDeterminers.contains(tokens[position - 1]) {
                return true
            }
            let after = Self.tokenAfter(form.words, from: position, tokens)
            return after < tokens.count && tokens[after].block == tokens[position].block && tokens[after].kind == .word
                && !tokens[after].isCapitalized && tokens[after].classes & titleWords != 0
        }
    }

    /// The token after a run of words written from `position` ("W." and "Nord-Est" take more
    /// than one token).
    static func tokenAfter(_ words: [String], from position: Int, _ tokens: [Token]) -> Int {
        var index = position
        for word in words {
            index += 1
            // "Nord-Est": a hyphen and a word more; "W.": a period.
            index += 2 * word.utf8.filter { $0 == 0x2D }.count
            if word.utf8.count == 2, word.utf8.last == 0x2E { index += 1 }
        }
        return min(index, tokens.count)
    }

    /// Whether a word used only as the first name of a person called Mr or Ms ("Linux founder
    /// Linus Torvalds ... Mr Torvalds") and a word that is no part of any person's name ("Linux")
    /// are two words. Without the honorific the "person" may be a company misread ("Tandy Brands
    /// said", "Caesars World"), whose first word a slip can well be of.
    func isFirstNameAgainstOther(_ a: String, _ b: String, _ people: PeopleIndex) -> Bool {
        let isPart = { (key: String) in people.owners[key] != nil || people.surnamesByFirstName[key] != nil }
        let isCalledMrOrMs = { (first: String) in
            people.firstNames.contains { index, name in name == first && people.people[index].mentions.contains { $0.kind == .honorific } }
        }
        return (people.isOnlyFirstName(a) && !isPart(b) && isCalledMrOrMs(a)) || (people.isOnlyFirstName(b) && !isPart(a) && isCalledMrOrMs(b))
    }
}
