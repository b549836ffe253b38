/// Gives a title its structure: "former deputy finance minister of Tarvik" is the head
/// "minister" (from the post ontology), the rank "deputy", the portfolio "finance", the
/// organisation Tarvik and the tenure former. "Chairman and Chief Executive" is two posts held
/// together. Where titles are found in a sentence is ``TitleContextReader``'s business.
struct TitleParser: Sendable {
    let vocabulary: PeopleVocabulary
    var ontology: PostOntology { vocabulary.ontology }

    /// Where a post's head sits among a title's words, and which head it is.
    struct HeadMatch {
        var range: Range<Int>
        var head: String
    }

    /// The longest head spelling that starts at a word ("chief financial officer", "gov").
    func head(at index: Int, in words: [RunWord]) -> HeadMatch? {
        var length = min(ontology.longestHead, words.count - index)
        while length >= 1 {
            defer { length -= 1 }
            // Every head ends in a role word; most words are none, and no spelling is built.
            guard vocabulary.roles.contains(lowercased: words[index + length - 1].lower) else { continue }
            let spelling = length == 1 ? words[index].lower : words[index..<(index + length)].map(\.lower).joined(separator: " ")
            if let head = ontology.head(for: spelling) { return HeadMatch(range: index..<(index + length), head: head) }
        }
        return nil
    }

    /// The title's head: the last post head that is not inside an "of" phrase ("General" in
    /// "Chief of General Staff") and not part of a name ("General Motors").
    func headMatch(_ words: [RunWord], capitalized: Bool = true) -> HeadMatch? {
        var best: HeadMatch?
        var index = 0
        while index < words.count {
            let word = words[index]
            guard word.isCapitalized || !capitalized, !word.isConnector, !word.isPossessive, let match = head(at: index, in: words) else {
                index += 1
                continue
            }
            let insideOf = index > 0 && words[index - 1].isConnector && words[index - 1].lower != "and"
            let end = match.range.upperBound
            let partOfName = end < words.count && !words[end].isConnector && vocabulary.orgWords.contains(lowercased: words[end].lower)
            // "Prime Minister John Major": a head after a name word belongs to the name.
            if let earlier = best, words[earlier.range.upperBound..<index].contains(where: isNameLike) { return best }
            if !insideOf && !partOfName && !words[end - 1].isPossessive { best = match }
            index = insideOf || partOfName ? index + 1 : end
        }
        return best
    }

    /// A capitalised word that can only be part of a name: not a title, portfolio, organisation,
    /// place or party word.
    private func isNameLike(_ word: RunWord) -> Bool {
        word.isCapitalized && !word.isConnector && !word.isPossessive && !vocabulary.roles.contains(lowercased: word.lower)
            && !vocabulary.modifiers.contains(lowercased: word.lower) && !ontology.portfolios.contains(lowercased: word.lower) && !vocabulary.orgWords.contains(lowercased: word.lower)
            && ontology.rank(of: word.lower) == nil && ontology.place(word.text) == nil && ontology.party(word.text) == nil
    }

    /// The posts a title's words name: usually one, two or more when "and" joins heads
    /// ("Chairman and Chief Executive"). Each covers the whole title's text.
    func makeTitles(_ words: [RunWord], range: Range<Int>, tenure: Tenure?, _ c: SentenceContext) -> [PersonTitle] {
        var segments: [[RunWord]] = []
        var start = 0
        var range = range
        for index in words.indices where words[index].isConnector && words[index].lower == "and" && index > start && index + 1 < words.count {
            let left = Array(words[start..<index])
            if let leftHead = headMatch(left, capitalized: false), let rightHead = headMatch(Array(words[(index + 1)...]), capitalized: false),
               left.last.map({ vocabulary.roles.contains($0.lower) }) == true {
                if ontology.combine(leftHead.head, rightHead.head) || leftHead.head == rightHead.head {
                    segments.append(left)
                } else if words[index + 1].isCapitalized, segments.isEmpty {
                    // "the Queen and Prince Philip": posts that one person does not hold
                    // together, the first another person's.
                    range = words[index + 1].tokens.lowerBound..<range.upperBound
                } else {
                    segments.append(left)
                }
                start = index + 1
            }
        }
        segments.append(Array(words[start...]))
        var titles = segments.map { structure($0, range: range, tenure: tenure, c) }
        if titles.count > 1 {
            for index in titles.indices { titles[index].heldWith = titles.indices.filter { $0 != index }.map { titles[$0].role } }
        }
        return titles
    }

    /// One post from its words.
    private func structure(_ words: [RunWord], range: Range<Int>, tenure outer: Tenure?, _ c: SentenceContext) -> PersonTitle {
        let match = headMatch(words) ?? headMatch(words, capitalized: false)
        let headRange = match?.range ?? (words.count - 1)..<words.count
        let role = match?.head ?? ontology.head(for: words[words.count - 1].lower) ?? words[words.count - 1].lower
        var modifiers: [String] = []
        var qualifiers = Set<String>()
        var tenure = outer
        var party: String?
        var orgText: String?
        var orgIsNamed = false
        var capitals: [RunWord] = []
        let kind = ontology.kind(of: role)
        // "Labour MP" names a party, "Labour Minister" a portfolio.
        let takesParty = kind == .legislature || kind == .party || ontology.postClass(of: role) == .seat || role == "leader"

        func flushCapitals() {
            guard !capitals.isEmpty else { return }
            defer { capitals = [] }
            var rest = capitals
            // "Europe minister": a place alone that the portfolios lexicon lists is the brief.
            if rest.count == 1, ontology.portfolios.contains(lowercased: rest[0].lower) { qualifiers.insert(rest[0].lower); return }
            // "Japanese Finance": a place is the organisation, the rest its portfolio.
            let used = ontology.place(rest[0].text) != nil ? 1 : rest.count >= 2 && ontology.place(rest[0].text + " " + rest[1].text) != nil ? 2 : 0
            if used > 0 {
                if !orgIsNamed { orgText = c.text(rest[0].tokens.lowerBound..<rest[used - 1].tokens.upperBound); orgIsNamed = true }
                rest.removeFirst(used)
            }
            guard !rest.isEmpty else { return }
            // "Finance Ministry State Secretary": the organisation runs to its last word that is
            // not a portfolio; portfolio words after it ("State") are the title's own. A run of
            // portfolio words alone ("Treasury") is a portfolio.
            guard let last = rest.lastIndex(where: { !ontology.portfolios.contains($0.lower) }) else {
                for word in rest { qualifiers.insert(word.lower) }
                return
            }
            if !orgIsNamed { orgText = c.text(rest[0].tokens.lowerBound..<rest[last].tokens.upperBound) }
            orgIsNamed = true
            for word in rest[(last + 1)...] { qualifiers.insert(word.lower) }
        }

        for word in words[..<headRange.lowerBound] {
            if word.isConnector { flushCapitals(); continue }
            if word.isPossessive {
                if !word.isCapitalized, let first = capitals.first {
                    // "the Fairchild Republic unit's president": a part of the named body, not
                    // the body itself.
                    capitals = []
                    orgText = c.text(first.tokens.lowerBound..<word.tokens.upperBound)
                    orgIsNamed = false
                    continue
                }
                flushCapitals()
                if !orgIsNamed {
                    orgText = word.text
                    orgIsNamed = word.isCapitalized
                }
                continue
            }
            if let marked = ontology.tenure(marker: word.lower) { flushCapitals(); tenure = tenure ?? marked; continue }
            // "Harlow Co Chairman": a rank that is also an organisation word ("Co"), after a name,
            // ends the company's name; it is no co-chair.
            if word.isCapitalized, !capitals.isEmpty, vocabulary.orgWords.contains(lowercased: word.lower), ontology.rank(of: word.lower) != nil,
               word.tokens.upperBound < c.tokens.count,
               !c.tokens[word.tokens.upperBound].isMark("-") {
                capitals.append(word)
                continue
            }
            if let rank = ontology.rank(of: word.lower) {
                flushCapitals()
                modifiers.append(rank)
                if rank == "elect" || rank == "designate" { tenure = tenure ?? .future }
                continue
            }
            if word.isCapitalized, let named = ontology.party(word.text), takesParty || !ontology.portfolios.contains(lowercased: word.lower) {
                flushCapitals()
                party = named
                continue
            }
            // "Major General", "Chief Deputy": another head word before the head refines it.
            if vocabulary.roles.contains(lowercased: word.lower) { flushCapitals(); qualifiers.insert(ontology.head(for: word.lower) ?? word.lower); continue }
            if word.isCapitalized { capitals.append(word); continue }
            flushCapitals()
            if ontology.portfolios.contains(lowercased: word.lower) { qualifiers.insert(word.lower) }
        }
        flushCapitals()
        // After the head: "-elect", then "of …", "for …", "at …" phrases.
        var phrase: [RunWord] = []
        func flushPhrase() {
            defer { phrase = [] }
            guard !phrase.isEmpty else { return }
            let determiners = vocabulary.determiners
            let content = phrase.filter { !determiners.contains(lowercased: $0.lower) }
            guard !content.isEmpty else { return }
            // "of Russia's Ground Forces" names one; "of RMJ's competitor" and "of its rival" only
            // point at one.
            let owner = content.firstIndex { $0.isPossessive && $0.isCapitalized }
            let named = content.contains { !$0.isPossessive && $0.isCapitalized && !ontology.portfolios.contains($0.lower) }
                || owner.map { content[($0 + 1)...].allSatisfy(\.isCapitalized) } == true
            let range = phrase.first!.tokens.lowerBound..<phrase.last!.tokens.upperBound
            if named {
                if !orgIsNamed { orgText = c.text(range); orgIsNamed = true }
            } else if determiners.contains(lowercased: phrase[0].lower) || content.contains(where: \.isPossessive) {
                // "of the company", "of its rival": an organisation the copy does not name here.
                if orgText == nil { orgText = c.text(range) }
            } else {
                for word in content where ontology.portfolios.contains(lowercased: word.lower) { qualifiers.insert(word.lower) }
            }
        }
        for position in headRange.upperBound..<words.count {
            let word = words[position]
            if let rank = ontology.rank(of: word.lower), rank == "elect" || rank == "designate" {
                modifiers.append(rank)
                tenure = tenure ?? .future
                continue
            }
            // "at Fact and Opinion Economics": "and" between two capitalised words of a named
            // organisation is part of its name, unless a post follows ("and Chief Executive").
            let joinsName = word.lower == "and" && phrase.last?.isCapitalized == true && position + 1 < words.count
                && words[position + 1].isCapitalized && !vocabulary.roles.contains(lowercased: words[position + 1].lower)
                && ontology.rank(of: words[position + 1].lower) == nil
            if word.isConnector && word.lower != "the" && !joinsName { flushPhrase(); continue }
            phrase.append(word)
        }
        flushPhrase()
        var title = PersonTitle(text: c.text(range), role: role, modifiers: modifiers, qualifiers: qualifiers, org: orgText,
                                tenure: tenure ?? .current, span: c.span(range), sentence: c.sentence, inQuote: c.quoted[range.lowerBound],
                                tokens: range)
        title.kind = kind
        title.postClass = ontology.postClass(of: role)
        title.party = party
        if let orgText, orgIsNamed { title.orgKey = ontology.organisationKey(orgText) }
        return title
    }
}
