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

    /// Whether a known first name or an initial ("R.") stands straight before a position.
    private func afterFirstName(_ position: Int, _ tokens: [Token]) -> Bool {
        guard position >= 1, tokens[position - 1].block == tokens[position].block else { return false }
        let previous = tokens[position - 1]
        if previous.isMark("."), position >= 2, tokens[position - 2].kind == .word, tokens[position - 2].text.utf8.count == 1 { return true }
        return previous.kind == .word && previous.isCapitalized && givenNames.contains(lowercased: previous.lower)
    }
}
