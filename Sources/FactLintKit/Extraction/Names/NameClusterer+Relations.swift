extension NameClusterer {
    /// Whether a spelling is brought in as another name: after a word that relates it to a name
    /// ("Acme Corp, the parent of Acmebank"; "through its subsidiary, Acmecorp") or renames
    /// ("changing its name to Acmeco"), within four words of its sentence with no other name
    /// between. A related company or a new name is not a slip for the old one.
    func isIntroducedAsOtherName(_ form: NameForms.Form, _ tokens: [Token], _ sentences: [Sentence]) -> Bool {
        form.positions.indices.contains { occurrence in
            let position = form.positions[occurrence]
            let start = sentences[form.sentences[occurrence]].tokens.lowerBound
            var index = position - 1
            var words = 0
            while index >= start, words < 4 {
                let token = tokens[index]
                if token.kind == .word {
                    if relationWords.contains(token) { return true }
                    if token.isCapitalized { return false }
                    words += 1
                }
                index -= 1
            }
            return false
        }
    }

    /// Whether every use of a spelling is a table's row label, straight before a figure ("Start
    /// Stcks 1,905", "Avg Price 2.30"). Labels are abbreviated freely, so two labels that differ
    /// are no name spelt two ways.
    func isRowLabel(_ form: NameForms.Form, _ tokens: [Token]) -> Bool {
        form.positions.allSatisfy { position in
            let after = Self.tokenAfter(form.words, from: position, tokens)
            return after < tokens.count && tokens[after].kind == .number && tokens[after].block == tokens[position].block
        }
    }

    /// The pairs left once table labels and names brought in as other names are taken out.
    func withoutLabelsAndRelations(_ pairs: [Pair], _ forms: NameForms, _ tokens: [Token], _ sentences: [Sentence]) -> [Pair] {
        pairs.filter { pair in
            let first = (pair.isRun && pair.evidence != .hyphenation ? forms.runs[pair.first] : forms.words[pair.first]) ?? forms.words[pair.first]
            let second = (pair.isRun ? forms.runs[pair.second] : forms.words[pair.second]) ?? forms.words[pair.second]
            guard let first, let second else { return true }
            if isRowLabel(first, tokens) && isRowLabel(second, tokens) { return false }
            // A word pair names the rare spelling first.
            return pair.isRun || !isIntroducedAsOtherName(first, tokens, sentences)
        }
    }
}
