extension NameClusterer {
    /// Whether a spelling is brought in as another name: after a word that relates it to a name
    /// ("Acme Corp, the parent of Acmebank"; "through its subsidiary, Acmecorp") or renames
    /// ("changing its name to Acmeco"), with only commas and small words of the
    /// name-relation-fillers lexicon between ("of", "the", "to"): "formerly operated by Acme" or
    /// "its unit that could help Acme" bring in nothing. A related company or a new name is not a
    /// slip for the old one.
    func isIntroducedAsOtherName(_ form: NameForms.Form, _ tokens: [Token], _ sentences: [Sentence]) -> Bool {
        form.positions.indices.contains { occurrence in
            let position = form.positions[occurrence]
            let start = sentences[form.sentences[occurrence]].tokens.lowerBound
            var index = position - 1
            while index >= start, position - index <= 4 {
                let token = tokens[index]
                if token.kind == .word {
                    if relationWords.contains(token) { return true }
                    guard relationFillers.contains(token) else { return false }
                } else if !token.isMark(",") {
                    return false
                }
                index -= 1
            }
            return false
        }
    }

    /// Whether every use of a spelling is a table's row label, straight before two figures or
    /// more, or a table's placeholders ("Start Stcks 1,905 1,425", "Avg Price 2.30-40 3.08", "Opening
    /// Stocks N.A. N.A."). Labels are abbreviated freely,
    /// so two labels that differ are no name spelt two ways. One figure is no row: "Chapter 11",
    /// "Half-Life 2", "Louis Dreyfus 5,300 tonnes".
    func isRowLabel(_ form: NameForms.Form, _ tokens: [Token]) -> Bool {
        zip(form.positions, form.ends).allSatisfy { position, end in
            var index = end
            // A table's placeholder ("N.A.", "Nil") stands for a figure.
            let isFigure = { (at: Int) in tokens[at].kind == .number || self.placeholders.contains(tokens, at) }
            guard index < tokens.count, isFigure(index), tokens[index].block == tokens[position].block else { return false }
            // Past the first figure and what is written onto it ("2.30-40", "N.A.").
            index += 1
            while index < tokens.count, !tokens[index].spaceBefore, tokens[index].block == tokens[position].block { index += 1 }
            return index < tokens.count && isFigure(index) && tokens[index].block == tokens[position].block
        }
    }

    /// Whether one spelling is the other's possessor with a post or a relation, in apposition:
    /// "Donald Regal, President Reagal's former chief of staff", "Ann Brun's sister, Ina Bran".
    /// One person is someone else's aide or relative only when they are two.
    func isPossessorOfOther(_ a: NameForms.Form, _ b: NameForms.Form, _ tokens: [Token]) -> Bool {
        func owns(_ x: NameForms.Form, _ y: NameForms.Form) -> Bool {
            x.ends.indices.contains { occurrence in
                let end = x.ends[occurrence]
                guard end + 1 < tokens.count, tokens[end].isApostrophe, tokens[end + 1].lower == "s", !tokens[end + 1].spaceBefore else { return false }
                let related = (end + 2..<min(tokens.count, end + 6)).contains { index in
                    tokens[index].kind == .word && (tokens[index].classes & titleWords != 0 || familyWords.contains(tokens, index))
                }
                guard related else { return false }
                // In apposition: "Donald Regal, President Reagal's …" or "… Reagal's chief of staff, Donald Regal".
                let start = x.positions[occurrence]
                return y.ends.contains { $0 < start && start - $0 <= 3 && tokens[$0].isMark(",") }
                    || y.positions.contains { position in
                        // "… Reagal's chief of staff, Donald Regal": no verb before the comma
                        // ("… Reagal's chief of staff has quit, Regal said" is a slip).
                        position > end && position - end <= 8 && tokens[position - 1].isMark(",")
                            && !(end + 2..<(position - 1)).contains { tokens[$0].kind == .word && (cueVerbs.contains(tokens[$0]) || speechVerbs.contains(tokens[$0])) }
                    }
            }
        }
        return owns(a, b) || owns(b, a)
    }

    /// The pairs left once table labels and names brought in as other names are taken out.
    func withoutLabelsAndRelations(_ pairs: [Pair], _ forms: NameForms, _ tokens: [Token], _ sentences: [Sentence]) -> [Pair] {
        pairs.filter { pair in
            guard let first = forms.form(pair.first, isRun: pair.firstIsRun), let second = forms.form(pair.second, isRun: pair.secondIsRun) else { return true }
            if isRowLabel(first, tokens) && isRowLabel(second, tokens) { return false }
            if isPossessorOfOther(first, second, tokens) { return false }
            // A word pair names the rare spelling first.
            return pair.isRun || !isIntroducedAsOtherName(first, tokens, sentences)
        }
    }
}
