extension NameClusterer {
    /// Whether two spellings that differ only by a hyphen, a space or case are a common word
    /// written two ways ("Euro-Sceptic" and "Eurosceptic"), not a name spelt two ways: one opens
    /// with a prefix of the `word-prefixes` lexicon ("Euro-", "Anti-"), or the word is also
    /// written in lower case in the article ("euro-sceptic", "eurosceptic", "euro sceptic").
    /// Names joined from names ("Nord-Est", "Rhone-Poulenc") are neither.
    func isCommonCompound(_ a: String, _ b: String, _ tokens: [Token]) -> Bool {
        let key = SpellingSimilarity.squeezed(a)
        guard key == SpellingSimilarity.squeezed(b) else { return false }
        for text in [a, b] {
            if let cut = text.firstIndex(where: { $0 == "-" || $0 == " " }), wordPrefixes.contains(String(text[..<cut])) { return true }
        }
        return isWrittenInLowercase(key, tokens)
    }

    /// Whether lowercase words, alone or joined by hyphens or spaces, spell `key` somewhere.
    private func isWrittenInLowercase(_ key: String, _ tokens: [Token]) -> Bool {
        for start in tokens.indices where tokens[start].kind == .word && !tokens[start].isCapitalized && key.hasPrefix(tokens[start].lower) {
            var spelt = tokens[start].lower
            var next = start + 1
            while spelt.utf8.count < key.utf8.count, next < tokens.count, tokens[next].block == tokens[start].block {
                let token = tokens[next]
                if token.isMark("-"), !token.spaceBefore { next += 1; continue }
                guard token.kind == .word, !token.isCapitalized, key.hasPrefix(spelt + token.lower) else { break }
                spelt += token.lower
                next += 1
            }
            if spelt == key { return true }
        }
        return false
    }
}
