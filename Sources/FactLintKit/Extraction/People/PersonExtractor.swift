/// Finds people, their titles and every mention of them in an article's tokens.
///
/// It reads runs of capitalised words ("Azerbaijan's Chief of General Staff Karim Valiyev") and
/// splits each into a title and a name; reads titles in apposition ("Karim Valiyev, Azerbaijan's
/// chief of general staff,") and titles that stand alone for a person ("says Azerbaijan's chief of
/// general staff"); then links surnames ("Valiyev said") and honorific forms ("Ms Hewitt") to
/// the full name. When two people share a surname, a bare surname links to nobody.
public struct PersonExtractor: Sendable {
    let roles: Lexicon
    let modifiers: Lexicon
    let honorifics: Lexicon
    let particles: Lexicon
    let orgWords: Lexicon
    let speechVerbs: Lexicon
    let starters: Lexicon
    let months: Lexicon
    let weekdays: Lexicon

    public init(lexicons: LexiconSet = .builtIn) {
        roles = lexicons["title-roles"]
        modifiers = lexicons["title-modifiers"]
        honorifics = lexicons["honorifics"]
        particles = lexicons["name-particles"]
        orgWords = lexicons["org-words"]
        speechVerbs = lexicons["speech-verbs"]
        starters = lexicons["sentence-starters"]
        months = lexicons["months"]
        weekdays = lexicons["weekdays"]
    }

    /// One word of a capitalised run, with the tokens it covers.
    struct Word {
        var tokens: Range<Int>
        /// Lowercased, without a trailing period.
        var lower: String
        var text: String
        var isCapitalized: Bool
        var isConnector: Bool
        var isPossessive: Bool
    }

    /// A person as first read, before mentions of the same person are joined.
    struct Candidate {
        var nameWords: [String]
        var mention: PersonMention
        var title: PersonTitle?
    }

    public func extract(tokens: [Token], sentences: [Sentence], blocks: [Block]) -> [Person] {
        let quoted = quoteFlags(tokens)
        var candidates: [Candidate] = []
        var titleOnly: [(title: PersonTitle, mention: PersonMention)] = []
        var usedTokens = Set<Int>()

        for (sentenceIndex, sentence) in sentences.enumerated() {
            let range = sentence.tokens
            var index = range.lowerBound
            while index < range.upperBound {
                // Most tokens start no capitalised run; say so before building one.
                guard tokens[index].kind == .word, tokens[index].isCapitalized,
                      let run = self.run(at: index, tokens, range), !run.isEmpty else {
                    index += 1
                    continue
                }
                let end = run.last!.tokens.upperBound
                let context = Context(tokens: tokens, blocks: blocks, sentence: sentenceIndex, range: range, quoted: quoted)
                // "Azerbaijan's chief of general staff": a possessive, then a title in lower case.
                if run.count == 1, run[0].isPossessive, let phrase = titlePhrase(from: run[0].tokens.upperBound, context) {
                    var title = phrase.title
                    title.org = run[0].text
                    let whole = run[0].tokens.lowerBound..<phrase.end
                    title.text = context.text(whole)
                    title.span = context.span(whole)
                    title.tokens = whole
                    titleOnly.append((title, PersonMention(kind: .title, text: title.text, span: title.span, sentence: sentenceIndex,
                                                           tokens: whole, honorific: nil, inQuote: quoted[whole.lowerBound])))
                    index = phrase.end
                    continue
                }
                let found = analyse(run, context)
                candidates.append(contentsOf: found.candidates)
                if let alone = found.titleOnly { titleOnly.append(alone) }
                for candidate in found.candidates { usedTokens.formUnion(candidate.mention.tokens) }
                // "Karim Valiyev, Azerbaijan's chief of general staff,"
                if let last = found.candidates.last, last.mention.tokens.upperBound == end,
                   end < range.upperBound, tokens[end].text == ",",
                   let apposition = titlePhrase(from: end + 1, context) {
                    candidates[candidates.count - 1].title = candidates[candidates.count - 1].title ?? apposition.title
                    if candidates[candidates.count - 1].title != apposition.title {
                        candidates.append(Candidate(nameWords: last.nameWords, mention: last.mention, title: apposition.title))
                    }
                    index = apposition.end
                    continue
                }
                index = max(end, index + 1)
            }
        }
        // In an all-capitals headline every word looks like a name ("IRANIAN PREMIER REITERATES
        // WARNING"): a name there counts only if the story spells each of its words as a name too.
        let inCapitalHeadline = { (candidate: Candidate) in
            sentences[candidate.mention.sentence].blockKind == .headline && candidate.nameWords.allSatisfy(Self.isUppercase)
        }
        var storyNames = Set<String>()
        // Most articles have no such name, and then the story's names are never needed.
        if candidates.contains(where: inCapitalHeadline) {
            for sentence in sentences where sentence.blockKind != .headline {
                for index in sentence.tokens where tokens[index].kind == .word && tokens[index].isCapitalized && !tokens[index].isAllCaps {
                    storyNames.insert(tokens[index].lower)
                }
            }
        }
        candidates.removeAll { candidate in
            guard sentences[candidate.mention.sentence].blockKind == .headline,
                  candidate.nameWords.allSatisfy(Self.isUppercase) else { return false }
            return !candidate.nameWords.allSatisfy { storyNames.contains($0.lowercased()) }
        }
        return link(candidates: candidates, titleOnly: titleOnly, tokens: tokens, sentences: sentences, blocks: blocks,
                    quoted: quoted, used: usedTokens)
    }

    struct Context {
        let tokens: [Token]
        let blocks: [Block]
        let sentence: Int
        let range: Range<Int>
        let quoted: [Bool]

        func span(_ tokenRange: Range<Int>) -> SourceSpan {
            let first = tokens[tokenRange.lowerBound]
            let last = tokens[tokenRange.upperBound - 1]
            return blocks[first.block].text.sourceSpan(of: first.range.lowerBound..<last.range.upperBound)
        }

        func text(_ tokenRange: Range<Int>) -> String {
            let first = tokens[tokenRange.lowerBound]
            let last = tokens[tokenRange.upperBound - 1]
            return blocks[first.block].text.string(in: first.range.lowerBound..<last.range.upperBound)
        }
    }

    // MARK: Runs of capitalised words

    private func bare(_ token: Token) -> String { token.lower }

    /// Whether a word token may start or continue a name or title run.
    private func isCapWord(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized
    }

    /// The capitalised run starting at `start`, or nil if none starts there.
    func run(at start: Int, _ tokens: [Token], _ range: Range<Int>) -> [Word]? {
        guard isCapWord(tokens[start]) else { return nil }
        var words: [Word] = []
        var index = start
        while index < range.upperBound {
            let token = tokens[index]
            if isCapWord(token) || (token.kind == .word && !words.isEmpty && particles.contains(token.lower) && nextIsCap(index, tokens, range)) {
                var end = index + 1
                // "Gov.", "Mr.", "P." keep their period.
                if end < range.upperBound, tokens[end].text == ".", !tokens[end].spaceBefore, token.text.count <= 4 || token.text.count == 1 {
                    let isAbbreviation = roles.contains(token.lower) || modifiers.contains(token.lower) || honorifics.contains(token.lower)
                        || token.text.count == 1 || ["jr", "sr", "st", "ft", "mt"].contains(token.lower) || token.text.utf8.contains(UInt8(ascii: "."))
                    if isAbbreviation { end += 1 }
                }
                words.append(Word(tokens: index..<end, lower: token.lower, text: token.text, isCapitalized: isCapWord(token),
                                  isConnector: false, isPossessive: false))
                index = end
                // Possessive "'s".
                if index + 1 < range.upperBound, ["'", "\u{2019}"].contains(tokens[index].text), !tokens[index].spaceBefore,
                   tokens[index + 1].lower == "s", !tokens[index + 1].spaceBefore {
                    words[words.count - 1].isPossessive = true
                    words[words.count - 1].tokens = words[words.count - 1].tokens.lowerBound..<(index + 2)
                    index += 2
                }
                // Hyphenated parts: "al-Sisi", "Gov.-elect", "Smith-Jones".
                if index + 1 < range.upperBound, tokens[index].text == "-", !tokens[index].spaceBefore, !tokens[index + 1].spaceBefore,
                   tokens[index + 1].kind == .word {
                    let next = tokens[index + 1]
                    if next.lower == "elect" || isCapWord(next) {
                        words[words.count - 1].tokens = words[words.count - 1].tokens.lowerBound..<(index + 2)
                        words[words.count - 1].text += "-" + next.text
                        if next.lower == "elect" {
                            words.append(Word(tokens: (index + 1)..<(index + 2), lower: "elect", text: "elect", isCapitalized: false, isConnector: false, isPossessive: false))
                        } else {
                            words[words.count - 1].lower += "-" + next.lower
                        }
                        index += 2
                    }
                }
                continue
            }
            // Connectors inside titles: "Trade and Industry Secretary", "Chief of General Staff".
            if token.kind == .word, ["of", "and", "for", "the"].contains(token.lower), !words.isEmpty, nextIsCap(index, tokens, range) {
                words.append(Word(tokens: index..<(index + 1), lower: token.lower, text: token.text, isCapitalized: false, isConnector: true, isPossessive: false))
                index += 1
                continue
            }
            break
        }
        while let last = words.last, last.isConnector { words.removeLast() }
        return words.isEmpty ? nil : words
    }

    /// Whether a word reads the same in capitals ("IBM", "FX", "3M"). Checked on the bytes for
    /// ASCII, which is nearly every word, instead of building the capitalised copy.
    static func isUppercase(_ word: String) -> Bool {
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if ByteClass.isLowerASCII(byte) { return false }
        }
        return ascii || word == word.uppercased()
    }

    private func nextIsCap(_ index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var next = index + 1
        if next < range.upperBound, tokens[next].text == "-", !tokens[next].spaceBefore { next += 1 }
        return next < range.upperBound && isCapWord(tokens[next])
    }

    /// Whether every word can be part of a name; a short capital group ("FX" in "Robert FX
    /// Sillerman") is allowed between other name words.
    private func allNameWords(_ words: [Word]) -> Bool {
        words.indices.allSatisfy { index in
            if isNameWord(words[index]) { return true }
            let word = words[index]
            // "Jan Holt", "May Lee": a month name can be a first name.
            if index < words.count - 1, months.contains(word.lower), word.isCapitalized { return true }
            let isInnerAcronym = index > 0 && index < words.count - 1 && word.text.count <= 3 && Self.isUppercase(word.text)
                && !orgWords.contains(word.lower) && !roles.contains(word.lower)
            return isInnerAcronym
        }
    }

    private func isNameWord(_ word: Word) -> Bool {
        guard word.isCapitalized || particles.contains(word.lower) else { return false }
        if orgWords.contains(word.lower) || roles.contains(word.lower) || modifiers.contains(word.lower) { return false }
        if months.contains(word.lower) || weekdays.contains(word.lower) { return false }
        if word.text.count >= 2 && Self.isUppercase(word.text) && word.text.count <= 4 && !word.text.utf8.contains(UInt8(ascii: ".")) {
            // Acronyms ("EC", "IBM") are organisations, not names.
            return word.text.count > 4
        }
        return true
    }

    // MARK: Splitting a run into title and name

    struct Analysis {
        var candidates: [Candidate] = []
        var titleOnly: (title: PersonTitle, mention: PersonMention)?
    }

    func analyse(_ original: [Word], _ c: Context) -> Analysis {
        // "Chief of Staff Karim Valiyev and Chief of Staff Yevgeny Nikiforov" is two people.
        if let split = original.indices.first(where: { index in
            original[index].isConnector && original[index].lower == "and" && index > 0 && index + 1 < original.count
                && isNameWord(original[index - 1])
                && original[..<index].contains(where: { roles.contains($0.lower) && $0.isCapitalized })
                && !roles.contains(original[index - 1].lower)
        }) {
            var first = analyse(Array(original[..<split]), c)
            let second = analyse(Array(original[(split + 1)...]), c)
            first.candidates.append(contentsOf: second.candidates)
            if first.titleOnly == nil { first.titleOnly = second.titleOnly }
            return first
        }
        var words = original
        var result = Analysis()
        // A sentence opener ("The", "In") is not part of a name.
        while let first = words.first, starters.contains(first.lower), !roles.contains(first.lower), !honorifics.contains(first.lower),
              !modifiers.contains(first.lower) {
            words.removeFirst()
        }
        while let first = words.first, first.isConnector { words.removeFirst() }
        // A sentence opener after a name ("Vadim Mitroshin The dispute") is a missing full stop.
        if let cut = words.indices.dropFirst().first(where: { words[$0].lower == "the" && words[$0].isCapitalized }) {
            words = Array(words[..<cut])
        }
        guard !words.isEmpty else { return result }

        // "former", "ex-", "the late", "new", "outgoing": a role that is not, or not only, current.
        let before = words[0].tokens.lowerBound - 1
        var isFormer = false
        if before >= c.range.lowerBound {
            let previous = c.tokens[before]
            isFormer = ["former", "late", "new", "outgoing", "then", "previous", "incoming"].contains(previous.lower)
            if previous.text == "-", before - 1 >= c.range.lowerBound, c.tokens[before - 1].lower == "ex" { isFormer = true }
        }

        // "Commenting Mr Mecklin": the honorific starts the name.
        if let honorificIndex = words.indices.dropFirst().first(where: { honorifics.contains(words[$0].lower) && words[$0].isCapitalized }) {
            var first = analyse(Array(words[..<honorificIndex]), c)
            let second = analyse(Array(words[honorificIndex...]), c)
            first.candidates.append(contentsOf: second.candidates)
            if first.titleOnly == nil { first.titleOnly = second.titleOnly }
            return first
        }
        // "Mr Hewitt", "Dr. Jane Smith"
        if honorifics.contains(words[0].lower) {
            let honorific = words[0].text
            let rest = Array(words.dropFirst())
            guard !rest.isEmpty, rest.count <= 4, rest.allSatisfy(isNameWord) else { return result }
            let range = rest.first!.tokens.lowerBound..<rest.last!.tokens.upperBound
            let mention = PersonMention(kind: .honorific, text: c.text(range), span: c.span(range), sentence: c.sentence,
                                        tokens: range, honorific: honorific, inQuote: c.quoted[range.lowerBound])
            result.candidates.append(Candidate(nameWords: rest.map(\.text), mention: mention, title: nil))
            return result
        }

        // The last role word splits title from name.
        guard let roleIndex = headRoleIndex(words) else { return nameOnly(words, c) }
        var nameStart = roleIndex + 1
        if nameStart < words.count, words[nameStart].isConnector, words[nameStart].lower == "of" {
            // "Chief of General Staff of Russia's Ground Forces Yevgeny Nikiforov": the name follows
            // the last organisation word or possessive; otherwise it is the last two words.
            var lastOrg: Int?
            for index in nameStart..<words.count where orgWords.contains(words[index].lower) || words[index].isPossessive || words[index].isConnector {
                lastOrg = index
            }
            if let lastOrg, lastOrg + 1 < words.count, !words[lastOrg].isConnector || lastOrg + 2 < words.count {
                nameStart = words[lastOrg].isConnector ? lastOrg + 2 : lastOrg + 1
            } else {
                nameStart = max(nameStart + 2, words.count - 2)
            }
        }
        let titleWords = Array(words[..<min(nameStart, words.count)])
        let nameWords = nameStart < words.count ? Array(words[nameStart...]) : []
        let titleRange = titleWords.first!.tokens.lowerBound..<titleWords.last!.tokens.upperBound
        let title = makeTitle(titleWords, range: titleRange, former: isFormer, c)

        guard !nameWords.isEmpty else {
            // A title with no name after it stands for a person only with an organisation:
            // "Azerbaijan's Chief of General Staff said".
            if title.org != nil || title.qualifiers.count >= 1 {
                let mention = PersonMention(kind: .title, text: title.text, span: title.span, sentence: c.sentence,
                                            tokens: titleRange, honorific: nil, inQuote: title.inQuote)
                result.titleOnly = (title, mention)
            }
            return result
        }
        guard nameWords.count <= 4, allNameWords(nameWords), nameWords.contains(where: { $0.isCapitalized }) else { return result }
        let range = nameWords.first!.tokens.lowerBound..<nameWords.last!.tokens.upperBound
        let mention = PersonMention(kind: nameWords.count >= 2 ? .fullName : .surname, text: c.text(range), span: c.span(range),
                                    sentence: c.sentence, tokens: range, honorific: nil, inQuote: c.quoted[range.lowerBound])
        result.candidates.append(Candidate(nameWords: nameWords.map(\.text), mention: mention, title: title))
        return result
    }

    /// The title's head: the last role word that is not inside an "of" phrase ("General" in
    /// "Chief of General Staff") and not part of a name ("General Motors").
    private func headRoleIndex(_ words: [Word], capitalized: Bool = true) -> Int? {
        words.indices.last { index in
            let word = words[index]
            guard word.isCapitalized || !capitalized, !word.isConnector, roles.contains(word.lower), !word.isPossessive else { return false }
            if index > 0, words[index - 1].isConnector, words[index - 1].lower != "and" { return false }
            if index + 1 < words.count, orgWords.contains(words[index + 1].lower), !words[index + 1].isConnector { return false }
            return true
        }
    }

    /// A run with no title: a name only when something marks it as a person (a speech verb, an
    /// apposition or an age after it, "according to" before it).
    private func nameOnly(_ words: [Word], _ c: Context) -> Analysis {
        var result = Analysis()
        // A single capitalised word is too often a place or a company ("Russia announced"); it
        // becomes a person only through a full name, a title or an honorific elsewhere.
        guard words.count >= 2, words.count <= 4, allNameWords(words), !words.contains(where: { $0.isConnector }) else { return result }
        var words = words
        if words.last!.isPossessive == false, words.contains(where: \.isPossessive) { return result }
        let range = words.first!.tokens.lowerBound..<words.last!.tokens.upperBound
        let after = range.upperBound
        let before = range.lowerBound - 1
        var cued = false
        if after < c.range.upperBound {
            let next = c.tokens[after]
            if speechVerbs.contains(next.lower) { cued = true }
            if next.text == ",", after + 1 < c.range.upperBound {
                let following = c.tokens[after + 1]
                if following.kind == .number, following.text.count <= 3 { cued = true }
                if titlePhrase(from: after + 1, c) != nil { cued = true }
            }
        }
        if before >= c.range.lowerBound {
            let previous = c.tokens[before]
            // "ex-Yukos boss Mikhail Khodorkovsky", "film director Oliver Stone"
            if previous.kind == .word, !previous.isCapitalized, roles.contains(previous.lower) { cued = true }
            // "Reagan's chief of staff, Donald Regan"
            if previous.text == ",", ((max(c.range.lowerBound, before - 5))..<before).contains(where: { roles.contains(c.tokens[$0].lower) }) { cued = true }
            if previous.lower == "to", before - 1 >= c.range.lowerBound, c.tokens[before - 1].lower == "according" { cued = true }
        }
        // A possessive surname at the end ("Valiyev's") is still the person.
        if words.last!.isPossessive { words[words.count - 1].isPossessive = false }
        guard cued else { return result }
        let mention = PersonMention(kind: words.count >= 2 ? .fullName : .surname, text: c.text(range), span: c.span(range),
                                    sentence: c.sentence, tokens: range, honorific: nil, inQuote: c.quoted[range.lowerBound])
        result.candidates.append(Candidate(nameWords: words.map(\.text), mention: mention, title: nil))
        return result
    }

    private func makeTitle(_ words: [Word], range: Range<Int>, former: Bool, _ c: Context) -> PersonTitle {
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
            } else if modifiers.contains(word.lower) && index < roleIndex {
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
    private func canonicalRole(_ word: String) -> String {
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
    func titlePhrase(from start: Int, _ c: Context) -> (title: PersonTitle, end: Int)? {
        var index = start
        var words: [Word] = []
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
            if speechVerbs.contains(token.lower) { break }
            let isConnector = ["of", "and", "for", "the", "a", "an", "at", "in"].contains(token.lower)
            if !sawRole {
                looked += 1
                if looked > 6 { return nil }
            } else if !isConnector && !token.isCapitalized && !orgWords.contains(token.lower) && !roles.contains(token.lower) && !modifiers.contains(token.lower) {
                // After the role only "of …" phrases belong to the title.
                if let previous = words.last, previous.isConnector || previous.isCapitalized || orgWords.contains(previous.lower) {
                    // lower-case words inside "of general staff" are allowed
                } else {
                    break
                }
            }
            if sawRole, token.isCapitalized, let previous = words.last, roles.contains(previous.lower) {
                // "Finance Minister Gustavo Petricioli": a name after the role makes this another
                // person, not a title in apposition.
                return nil
            }
            if roles.contains(token.lower) { sawRole = true }
            words.append(Word(tokens: index..<(index + 1), lower: token.lower, text: token.text, isCapitalized: token.isCapitalized,
                              isConnector: isConnector, isPossessive: false))
            index += 1
        }
        guard sawRole else { return nil }
        while let first = words.first, first.isConnector { words.removeFirst() }
        while let last = words.last, last.isConnector { words.removeLast() }
        guard !words.isEmpty, words.contains(where: { roles.contains($0.lower) }) else { return nil }
        let range = words.first!.tokens.lowerBound..<words.last!.tokens.upperBound
        let title = makeTitle(words, range: range, former: words.contains { $0.lower == "former" }, c)
        return (title, range.upperBound)
    }

    // MARK: Linking mentions into people

    private func link(candidates: [Candidate], titleOnly: [(title: PersonTitle, mention: PersonMention)], tokens: [Token],
                      sentences: [Sentence], blocks: [Block], quoted: [Bool], used: Set<Int>) -> [Person] {
        // Group by surname.
        var bySurname: [String: [Candidate]] = [:]
        var order: [String] = []
        for candidate in candidates {
            guard let last = candidate.nameWords.last else { continue }
            let key = last.lowercased()
            if bySurname[key] == nil { order.append(key) }
            bySurname[key, default: []].append(candidate)
        }
        var people: [Person] = []
        var surnameOwner: [String: Int] = [:]
        var ambiguous = Set<String>()
        for key in order {
            let group = bySurname[key]!
            let full = group.filter { $0.nameWords.count >= 2 }
            // "Febres Cordero" is the end of "Leon Febres Cordero": the same person, so it takes the
            // longer name's first name.
            let longest = full.map { $0.nameWords.map { $0.lowercased() } }.max { $0.count < $1.count } ?? []
            let firstNames = Set(full.map { candidate -> String in
                let words = candidate.nameWords.map { $0.lowercased() }
                return longest.count > words.count && Array(longest.suffix(words.count)) == words ? longest[0] : words[0]
            })
            if firstNames.count >= 2 {
                // Two people share the surname: each full name is its own person, and bare
                // surnames link to neither.
                ambiguous.insert(key)
                for firstName in firstNames.sorted() {
                    let members = full.filter { $0.nameWords.first!.lowercased() == firstName }
                    people.append(makePerson(members, key: key))
                }
                continue
            }
            surnameOwner[key] = people.count
            people.append(makePerson(group, key: key))
        }
        // Bare surnames elsewhere ("Valiyev said") link to the one person of that surname.
        var isUsed = [Bool](repeating: false, count: surnameOwner.isEmpty ? 0 : tokens.count)
        for index in used where index < isUsed.count { isUsed[index] = true }
        for sentenceIndex in sentences.indices where !surnameOwner.isEmpty {
            let sentence = sentences[sentenceIndex]
            for index in sentence.tokens where !isUsed[index] && tokens[index].kind == .word {
                let token = tokens[index]
                guard token.isCapitalized, let owner = surnameOwner[token.lower], !ambiguous.contains(token.lower) else { continue }
                // Skip the first word of a compound name run ("Valiyev Street").
                if index + 1 < sentence.tokens.upperBound, isCapWord(tokens[index + 1]), orgWords.contains(tokens[index + 1].lower) { continue }
                let span = blocks[token.block].text.sourceSpan(of: token.range)
                people[owner].mentions.append(PersonMention(kind: .surname, text: token.text, span: span, sentence: sentenceIndex,
                                                            tokens: index..<(index + 1), honorific: nil, inQuote: quoted[index]))
            }
        }
        // A title standing alone links to the one person holding a compatible title.
        for (title, mention) in titleOnly {
            let holders = people.indices.filter { person in
                people[person].titles.contains { $0.role == title.role && $0.isCompatible(with: title) && orgsAgree($0, title) }
            }
            if holders.count == 1 {
                people[holders[0]].mentions.append(mention)
                people[holders[0]].titles.append(title)
            }
        }
        for index in people.indices {
            people[index].mentions.sort { $0.span < $1.span }
            people[index].titles.sort { $0.span < $1.span }
        }
        return people.sorted { ($0.mentions.first?.span ?? SourceSpan(start: 0, end: 0)) < ($1.mentions.first?.span ?? SourceSpan(start: 0, end: 0)) }
    }

    private func orgsAgree(_ a: PersonTitle, _ b: PersonTitle) -> Bool {
        guard let first = a.org, let second = b.org else { return true }
        return first.lowercased() == second.lowercased()
    }

    private func makePerson(_ members: [Candidate], key: String) -> Person {
        let longest = members.max { $0.nameWords.count < $1.nameWords.count || ($0.nameWords.count == $1.nameWords.count && $0.mention.span > $1.mention.span) }!
        var mentions: [PersonMention] = []
        var seen = Set<SourceSpan>()
        for member in members where seen.insert(member.mention.span).inserted { mentions.append(member.mention) }
        var titles: [PersonTitle] = []
        var seenTitles = Set<SourceSpan>()
        for member in members { if let title = member.title, seenTitles.insert(title.span).inserted { titles.append(title) } }
        return Person(name: longest.nameWords.joined(separator: " "), key: key, mentions: mentions, titles: titles)
    }

    /// Whether each token stands inside quotation marks, per block.
    func quoteFlags(_ tokens: [Token]) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        var inside = false
        var block = -1
        for (index, token) in tokens.enumerated() {
            if token.block != block { block = token.block; inside = false }
            if token.kind == .punctuation {
                switch token.text {
                case "\u{201C}": inside = true; flags[index] = true; continue
                case "\u{201D}": flags[index] = true; inside = false; continue
                case "\"": inside.toggle(); flags[index] = true; continue
                default: break
                }
            }
            flags[index] = inside
        }
        return flags
    }
}
