extension NameClusterer {
    /// Whether a word opens the name of a firm in some use: the first word of a run that ends in
    /// an organisation word ("Feltman Briggs and Co"), or, in wire style, a word before a comma
    /// inside the name ("Feltman, Briggs and Co"): capitalised words, joiners or "&" after the
    /// comma that reach an organisation word within five words. A title word after the comma
    /// ("Feltman, Chief Economist of Carrow Bank") makes it a person's apposition.
    func opensFirmName(_ form: NameForms.Form, _ forms: NameForms, _ tokens: [Token]) -> Bool {
        let inRun = form.runs.contains { run in
            guard let found = forms.runs[run], found.words.count > 1, found.words.first == form.text, let last = found.words.last else { return false }
            // "Gordon R. Halvey and Co": a firm named with a person's first name and initial is
            // named after that person.
            return orgWords.contains(last) && !found.positions.contains { afterFirstName($0, tokens) }
        }
        if inRun { return true }
        return form.ends.contains { end in
            guard !form.positions.contains(where: { afterFirstName($0, tokens) }) else { return false }
            guard end + 1 < tokens.count, tokens[end].isMark(","), tokens[end + 1].block == tokens[end].block,
                  tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized else { return false }
            var index = end + 1
            while index < tokens.count, index <= end + 5, tokens[index].block == tokens[end].block {
                let token = tokens[index]
                if token.isMark("&") { index += 1; continue }
                guard token.kind == .word else { return false }
                if index > end + 1, orgWords.contains(token) { return true }
                guard token.classes & titleWords == 0 else { return false }
                guard token.isCapitalized || joiners.contains(token) else { return false }
                index += 1
            }
            return false
        }
    }

    /// "Tollard's offer" and "Tollard said" beside "Tollards Group PLC" and "Tollards": a firm whose
    /// name ends in "s", written without it. Not a plural: the firm's short name is in use on its
    /// own, and the singular names nothing else here (always alone, never a person's name, no first
    /// name or initials before it, not a first name itself, no family word after it: "the Vantor
    /// family" beside "Vantors Inc" is the family the firm is named after; "F.W. Tollard" is
    /// another name than "Tollards Ltd").
    func isFirmSingular(_ rare: NameForms.Form, of usual: NameForms.Form, _ forms: NameForms, _ people: PeopleIndex, _ tokens: [Token]) -> Bool {
        let rareKey = rare.text.lowercased()
        guard rareKey + "s" == usual.text.lowercased(), rare.runs.isEmpty, rare.standalone == rare.count, usual.standalone > 0,
              people.owners[rareKey] == nil, !givenNames.contains(lowercased: rareKey) else { return false }
        for (position, end) in zip(rare.positions, rare.ends) {
            if afterFirstName(position, tokens) { return false }
            // "Corvi hotels" beside "Corvis Hotel Corp": the singular as a modifier names a
            // brand, not the firm. After the firm's name come a possessive, punctuation, a verb
            // ("said", "might", "bought") or a common word ("to", "of").
            if end < tokens.count, tokens[end].block == tokens[position].block, tokens[end].kind == .word, !tokens[end].isCapitalized,
               familyWords.contains(tokens[end]) || (tokens[end].classes & excluded == 0 && !tokens[end].lower.hasASCIISuffix("ed")) {
                return false
            }
        }
        return opensFirmName(usual, forms, tokens)
    }

    /// Whether a known first name or initials ("R.", "F.W.") stand straight before a position.
    private func afterFirstName(_ position: Int, _ tokens: [Token]) -> Bool {
        guard position >= 1, tokens[position - 1].block == tokens[position].block else { return false }
        let previous = tokens[position - 1]
        if previous.isMark("."), position >= 2, tokens[position - 2].kind == .word, tokens[position - 2].text.utf8.count <= 3,
           tokens[position - 2].text.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2E }) {
            return true
        }
        return previous.kind == .word && previous.isCapitalized && givenNames.contains(lowercased: previous.lower)
    }
}
