extension NameClusterer {
    /// Whether every use of the singular of a plural name is a common noun or a modifier: after a
    /// word of count ("winning a Golden Globe" beside "two Golden Globes") or before a title word
    /// ("the Lib Dem leader" beside "the Lib Dems"). "Selling Ridgeway Park is under
    /// consideration" beside "Ridgeway Parks" is neither: a slip.
    func isCommonSingular(_ form: NameForms.Form, _ tokens: [Token]) -> Bool {
        zip(form.positions, form.ends).allSatisfy { position, after in
            if position > 0, tokens[position - 1].kind == .word, tokens[position - 1].block == tokens[position].block,
               countDeterminers.contains(tokens, position - 1) {
                return true
            }
            return after < tokens.count && tokens[after].block == tokens[position].block && tokens[after].kind == .word
                && !tokens[after].isCapitalized && tokens[after].classes & titleWords != 0
        }
    }

    /// Whether a word the given-names lexicon knows, used only as a first name ("David
    /// Nalbandian"), and a word seen only inside organisations' names ("the Davis Cup") are two
    /// words.
    func isGivenNameAgainstOrganisationWord(_ a: NameForms.Form, _ b: NameForms.Form, _ forms: NameForms, _ people: PeopleIndex) -> Bool {
        // Not when the organisation holds the "person's" surname: "Tandy Brands" read as a person
        // is the firm "Trandy Brands Inc" misspelt.
        func insideOrganisationsOnly(_ form: NameForms.Form, apartFrom surnames: Set<String>) -> Bool {
            let key = form.text.lowercased()
            return form.standalone == 0 && !form.runs.isEmpty && people.owners[key] == nil && people.surnamesByFirstName[key] == nil
                && form.runs.allSatisfy { run in
                    guard let words = forms.runs[run]?.words else { return false }
                    return words.contains { orgWords.contains($0) } && !words.contains { surnames.contains($0.lowercased()) }
                }
        }
        func givenOnly(_ form: NameForms.Form) -> Set<String>? {
            let key = form.text.lowercased()
            return people.isOnlyFirstName(key) && givenNames.contains(lowercased: key) ? people.surnamesByFirstName[key] : nil
        }
        if let surnames = givenOnly(a), insideOrganisationsOnly(b, apartFrom: surnames) { return true }
        if let surnames = givenOnly(b), insideOrganisationsOnly(a, apartFrom: surnames) { return true }
        return false
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
