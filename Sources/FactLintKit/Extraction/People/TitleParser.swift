/// Turns the words of a title into a ``PersonTitle``: its head role, the modifiers that change
/// the role, its organisation and the rest of its words. Reads titles inside a capitalised run
/// ("Azerbaijan's Chief of General Staff") and titles in lower or mixed case after a comma
/// ("Karim Valiyev, Azerbaijan's chief of general staff,").
struct TitleParser: Sendable {
    let vocabulary: PeopleVocabulary

    /// The title's head: the last role word that is not inside an "of" phrase ("General" in
    /// "Chief of General Staff") and not part of a name ("General Motors").
    func headRoleIndex(_ words: [RunWord], capitalized: Bool = true) -> Int? {
        let v = vocabulary
        return words.indices.last { index in
            let word = words[index]
            guard word.isCapitalized || !capitalized, !word.isConnector, v.roles.contains(word.lower), !word.isPossessive else { return false }
            if index > 0, words[index - 1].isConnector, words[index - 1].lower != "and" { return false }
            if index + 1 < words.count, v.orgWords.contains(words[index + 1].lower), !words[index + 1].isConnector { return false }
            return true
        }
    }

    func makeTitle(_ words: [RunWord], range: Range<Int>, former: Bool, _ c: SentenceContext) -> PersonTitle {
        var roleWord = ""
        var modifierList: [String] = []
        var qualifierSet = Set<String>()
        var orgParts: [String] = []
        let roleIndex = headRoleIndex(words) ?? headRoleIndex(words, capitalized: false) ?? words.count - 1
        for (index, word) in words.enumerated() where !word.isConnector {
            if index == roleIndex {
                roleWord = canonicalRole(word.lower)
            } else if word.isPossessive {
                orgParts.append(word.text)
            } else if vocabulary.modifiers.contains(word.lower) && index < roleIndex {
                modifierList.append(word.lower)
            } else if word.lower == "elect" {
                modifierList.append("elect")
            } else {
                qualifierSet.insert(word.lower)
            }
        }
        return PersonTitle(text: c.text(range), role: roleWord, modifiers: modifierList, qualifiers: qualifierSet,
                           org: orgParts.isEmpty ? nil : orgParts.joined(separator: " "), isFormer: former || modifierList.contains("former"),
                           span: c.span(range), sentence: c.sentence, inQuote: c.quoted[range.lowerBound], tokens: range)
    }

    /// Abbreviations and variants of one role read as one: "Gov." is "governor".
    func canonicalRole(_ word: String) -> String {
        switch word {
        case "gov": return "governor"
        case "sen": return "senator"
        case "rep": return "representative"
        case "gen": return "general"
        case "lt": return "lieutenant"
        case "col": return "colonel"
        case "capt": return "captain"
        case "adm": return "admiral"
        case "sgt": return "sergeant"
        case "chairwoman", "chairperson", "chair": return "chairman"
        case "spokeswoman", "spokesperson": return "spokesman"
        case "advisor": return "adviser"
        default: return word
        }
    }

    /// A title in lower or mixed case after a comma: "Azerbaijan's chief of general staff",
    /// "the Shadow Secretary of State for the Family", "chairman of the Association of …".
    func titlePhrase(from start: Int, _ c: SentenceContext) -> (title: PersonTitle, end: Int)? {
        let v = vocabulary
        var index = start
        var words: [RunWord] = []
        var sawRole = false
        var looked = 0
        while index < c.range.upperBound, words.count < 14 {
            let token = c.tokens[index]
            if token.kind == .punctuation {
                if ["'", "\u{2019}"].contains(token.text), index + 1 < c.range.upperBound, c.tokens[index + 1].lower == "s", !words.isEmpty {
                    words[words.count - 1].isPossessive = true
                    words[words.count - 1].tokens = words[words.count - 1].tokens.lowerBound..<(index + 2)
                    index += 2
                    continue
                }
                if token.text == "-", !token.spaceBefore { index += 1; continue }
                break
            }
            guard token.kind == .word else { break }
            if v.speechVerbs.contains(token.lower) { break }
            let isConnector = ["of", "and", "for", "the", "a", "an", "at", "in"].contains(token.lower)
            if !sawRole {
                looked += 1
                if looked > 6 { return nil }
            } else if !isConnector && !token.isCapitalized && !v.orgWords.contains(token.lower) && !v.roles.contains(token.lower) && !v.modifiers.contains(token.lower) {
                // After the role only "of …" phrases belong to the title.
                if let previous = words.last, previous.isConnector || previous.isCapitalized || v.orgWords.contains(previous.lower) {
                    // lower-case words inside "of general staff" are allowed
                } else {
                    break
                }
            }
            if sawRole, token.isCapitalized, let previous = words.last, v.roles.contains(previous.lower) {
                // "Finance Minister Gustavo Petricioli": a name after the role makes this another
                // person, not a title in apposition.
                return nil
            }
            if v.roles.contains(token.lower) { sawRole = true }
            words.append(RunWord(tokens: index..<(index + 1), lower: token.lower, text: token.text, isCapitalized: token.isCapitalized,
                                 isConnector: isConnector, isPossessive: false))
            index += 1
        }
        guard sawRole else { return nil }
        while let first = words.first, first.isConnector { words.removeFirst() }
        while let last = words.last, last.isConnector { words.removeLast() }
        guard !words.isEmpty, words.contains(where: { v.roles.contains($0.lower) }) else { return nil }
        let range = words.first!.tokens.lowerBound..<words.last!.tokens.upperBound
        let title = makeTitle(words, range: range, former: words.contains { $0.lower == "former" }, c)
        return (title, range.upperBound)
    }
}
