/// Reads runs of capitalised words in a sentence ("Freedonia's Chief of General Staff Anton
/// Solbakk"): the raw material both names and titles are cut from.
struct CapitalisedRunReader: Sendable {
    let vocabulary: PeopleVocabulary

    /// Whether a word token may start or continue a name or title run.
    func isCapWord(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized
    }

    /// The capitalised run starting at `start`, or nil if none starts there.
    func run(at start: Int, _ tokens: [Token], _ range: Range<Int>) -> [RunWord]? {
        // Fields by index before any copy: most calls find no run, and a copied token retains
        // both its strings.
        guard tokens[start].kind == .word, tokens[start].isCapitalized else { return nil }
        let v = vocabulary
        var words: [RunWord] = []
        var index = start
        while index < range.upperBound {
            // Only a word continues a run, as a capitalised word, a particle or a connector.
            guard tokens[index].kind == .word else { break }
            // A lowercase word that is no particle and no connector ends the run: it is not copied.
            if !tokens[index].isCapitalized, !v.particles.contains(tokens, index), !v.ontology.connectors.contains(tokens, index) { break }
            let token = tokens[index]
            if isCapWord(token) || (!words.isEmpty && v.particles.contains(token) && nextIsCap(index, tokens, range)) {
                var end = index + 1
                // "Gov.", "Mr.", "P." keep their period.
                if end < range.upperBound, tokens[end].isMark("."), !tokens[end].spaceBefore, token.text.count <= 4 || token.text.count == 1 {
                    let isAbbreviation = v.roles.contains(token) || v.modifiers.contains(token) || v.honorifics.contains(token)
                        || token.text.count == 1 || v.nameAbbreviations.contains(token) || token.text.utf8.contains(UInt8(ascii: "."))
                    if isAbbreviation { end += 1 }
                }
                words.append(RunWord(tokens: index..<end, lower: token.lower, text: token.text, isCapitalized: isCapWord(token),
                                     isConnector: false, isPossessive: false))
                index = end
                // Possessive "'s".
                if index + 1 < range.upperBound, tokens[index].isApostrophe, !tokens[index].spaceBefore,
                   tokens[index + 1].lower == "s", !tokens[index + 1].spaceBefore {
                    words[words.count - 1].isPossessive = true
                    words[words.count - 1].tokens = words[words.count - 1].tokens.lowerBound..<(index + 2)
                    index += 2
                }
                // Hyphenated parts: "al-Sisi", "Gov.-elect", "Smith-Jones".
                if index + 1 < range.upperBound, tokens[index].isMark("-"), !tokens[index].spaceBefore, !tokens[index + 1].spaceBefore,
                   tokens[index + 1].kind == .word {
                    let next = tokens[index + 1]
                    if next.lower == "elect" || isCapWord(next) {
                        words[words.count - 1].tokens = words[words.count - 1].tokens.lowerBound..<(index + 2)
                        words[words.count - 1].text += "-" + next.text
                        if next.lower == "elect" {
                            words.append(RunWord(tokens: (index + 1)..<(index + 2), lower: "elect", text: "elect", isCapitalized: false,
                                                 isConnector: false, isPossessive: false))
                        } else {
                            words[words.count - 1].lower += "-" + next.lower
                        }
                        index += 2
                    }
                }
                continue
            }
            // Connectors inside titles: "Trade and Industry Secretary", "Chief of General Staff",
            // and "of the" before a portfolio or an organisation word: "Secretary of the
            // Treasury", "Speaker of the House" (not "Queen of the Sky", a blog's name).
            if v.ontology.connectors.contains(token), !words.isEmpty, nextIsCap(index, tokens, range)
                || (token.lower == "of" && index + 2 < range.upperBound && tokens[index + 1].lower == "the" && nextIsCap(index + 1, tokens, range)
                    && (v.ontology.portfolios.contains(tokens[index + 2]) || v.orgWords.contains(tokens[index + 2]))) {
                words.append(RunWord(tokens: index..<(index + 1), lower: token.lower, text: token.text, isCapitalized: false,
                                     isConnector: true, isPossessive: false))
                index += 1
                continue
            }
            break
        }
        while let last = words.last, last.isConnector { words.removeLast() }
        return words.isEmpty ? nil : words
    }

    private func nextIsCap(_ index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var next = index + 1
        if next < range.upperBound, tokens[next].isMark("-"), !tokens[next].spaceBefore { next += 1 }
        return next < range.upperBound && tokens[next].kind == .word && tokens[next].isCapitalized
    }
}
