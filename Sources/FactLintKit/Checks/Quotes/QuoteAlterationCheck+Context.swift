/// A short fragment with one word swapped, found by the words around it: the writer's
/// would be the "decisive test" of the new council against the speaker's "This is the real test
/// of the new council", or like a "rent office pirate" against "like a rent office shark".
///
/// A fragment of two to five quoted words, given to a named speaker, is laid over every stretch
/// of the same length in a whole quotation by that speaker or by no one (not "said one
/// pensioner"; "he said" may stand beside it), and must differ from
/// it in exactly one word, a content word on both sides that is not the same word with another
/// ending. The words before the opening mark and after the closing one (up to three each, in the
/// same sentence) are then compared outwards with the words around that stretch: the fragment's
/// kept words and the context that agrees must come to five, or to four with two content words.
/// A fragment that stands word for word in any quotation is not changed. Unlike a longer
/// fragment, this one may share its paragraph with the whole quotation: a writer who sums up a
/// quotation just given still must not change its words.
extension QuoteAlterationCheck {
    static let contextFragmentWords = 2...5
    static let contextWords = 3
    static let minimumContextSupport = 4

    /// One fragment's match by context: the fragment, the whole quotation, and the word swapped
    /// in each (indexes into their words).
    struct ContextMatch {
        var fragment: Int
        var whole: Int
        var fragmentWord: Int
        var wholeWord: Int
    }

    func contextMatches(_ quotations: [Quotation], _ facts: ArticleFacts) -> [ContextMatch] {
        let stopwords = facts.lexicons["stopwords"]
        let fragments = quotations.indices.filter {
            quotations[$0].isFragment && Self.contextFragmentWords.contains(quotations[$0].words.count) && !Self.isMarkedAsEdited(quotations[$0].text)
        }
        guard !fragments.isEmpty else { return [] }
        let wholes = quotations.indices.filter { !quotations[$0].isFragment && quotations[$0].words.count > Self.contextFragmentWords.upperBound }
        var stemmer: Stemmer?
        var found: [ContextMatch] = []
        for fragment in fragments {
            let words = quotations[fragment].words
            // Quoted word for word somewhere: the writer has a version to follow.
            if quotations.indices.contains(where: { $0 != fragment && quotations[$0].words.containsRun(words) }) { continue }
            // The writer gives the fragment to someone, and the whole quotation is theirs or no
            // one's: not "said one pensioner", "a witness told".
            guard let speaker = quotations[fragment].speakerKey else { continue }
            let before = contextBefore(quotations[fragment], facts)
            let after = contextAfter(quotations[fragment], facts)
            var best: (match: ContextMatch, support: Int)?
            for whole in wholes where quotations[whole].speakerKey.map({ $0 == speaker })
                ?? (!quotations[whole].isInner && !isGivenToSomeoneElse(quotations[whole], facts)) {
                let long = quotations[whole].words
                for start in 0...(long.count - words.count) {
                    guard let swapped = Self.singleDifference(words, long[start..<(start + words.count)]) else { continue }
                    let (mine, theirs) = (words[swapped], long[start + swapped])
                    guard !stopwords.contains(mine), !stopwords.contains(theirs) else { continue }
                    if stemmer == nil { stemmer = Stemmer(lexicons: facts.lexicons) }
                    guard stemmer!.stem(mine) != stemmer!.stem(theirs) else { continue }
                    // Context agreeing outwards from the stretch.
                    var left = 0
                    while left < before.count, start - 1 - left >= 0, before[before.count - 1 - left] == long[start - 1 - left] { left += 1 }
                    var right = 0
                    while right < after.count, start + words.count + right < long.count, after[right] == long[start + words.count + right] { right += 1 }
                    let kept = (0..<words.count).filter { $0 != swapped }.map { words[$0] }
                        + before.suffix(left) + after.prefix(right)
                    let support = kept.count
                    guard support >= Self.minimumContextSupport + 1
                            || (support == Self.minimumContextSupport && kept.count(where: { !stopwords.contains($0) }) >= 2) else { continue }
                    if best == nil || support > best!.support {
                        best = (ContextMatch(fragment: fragment, whole: whole, fragmentWord: swapped, wholeWord: start + swapped), support)
                    }
                }
            }
            if best == nil { best = earlierFragment(fragment, before: before, quotations, facts, stemmer: &stemmer).map { ($0, 0) } }
            if let best { found.append(best.match) }
        }
        return found
    }

    /// "wanted a spell of calm after "a decade of upheaval"" against the same
    /// speaker's earlier "… after "a decade of reform"": two fragments of one length, one content
    /// word apart (not the same word with another ending), whose writer's words before the
    /// opening mark agree for all of `contextWords`: the writer put the same point twice.
    private func earlierFragment(_ fragment: Int, before: [String], _ quotations: [Quotation], _ facts: ArticleFacts,
                                 stemmer: inout Stemmer?) -> ContextMatch? {
        guard before.count == Self.contextWords, let speaker = quotations[fragment].speakerKey else { return nil }
        let stopwords = facts.lexicons["stopwords"]
        let words = quotations[fragment].words
        for other in quotations.indices.prefix(fragment) where quotations[other].isFragment && quotations[other].speakerKey == speaker
            && quotations[other].words.count == words.count {
            guard let swapped = Self.singleDifference(words, quotations[other].words[...]) else { continue }
            let (mine, theirs) = (words[swapped], quotations[other].words[swapped])
            guard !stopwords.contains(mine), !stopwords.contains(theirs), contextBefore(quotations[other], facts) == before else { continue }
            if stemmer == nil { stemmer = Stemmer(lexicons: facts.lexicons) }
            guard stemmer!.stem(mine) != stemmer!.stem(theirs) else { continue }
            return ContextMatch(fragment: fragment, whole: other, fragmentWord: swapped, wholeWord: swapped)
        }
        return nil
    }

    /// Whether a quotation with no named speaker is still given to someone by its sentence: a
    /// speech verb outside the marks with no "he" or "she" beside it ("said one pensioner",
    /// "a witness told the inquest"), so not a named speaker's words the reader can't place.
    private func isGivenToSomeoneElse(_ quotation: Quotation, _ facts: ArticleFacts) -> Bool {
        let speech = facts.lexicons["speech-verbs"], subjects = facts.lexicons["subject-pronouns"]
        let range = facts.sentences[quotation.sentence].tokens
        for index in range where !quotation.tokens.contains(index) && facts.tokens[index].kind == .word
            && speech.contains(lowercased: facts.tokens[index].lower) {
            let beside = [index - 1, index + 1].filter { range.contains($0) && facts.tokens[$0].kind == .word }
            if !beside.contains(where: { subjects.key(lowercased: facts.tokens[$0].lower) == "singular" }) { return true }
        }
        return false
    }

    /// The index of the one word where two runs of one length differ, or nil.
    static func singleDifference(_ a: [String], _ b: ArraySlice<String>) -> Int? {
        var found: Int?
        for (offset, word) in a.enumerated() where word != b[b.startIndex + offset] {
            if found != nil { return nil }
            found = offset
        }
        return found
    }


    /// Up to `contextWords` lowercased words straight before the opening mark, in its sentence,
    /// with no other punctuation between.
    private func contextBefore(_ quotation: Quotation, _ facts: ArticleFacts) -> [String] {
        let sentence = facts.sentences[quotation.sentence].tokens
        var index = quotation.tokens.lowerBound - 1
        while index >= sentence.lowerBound, facts.tokens[index].kind == .punctuation {
            guard facts.tokens[index].isMark(anyOf: "\"\u{201C}\u{2018}'") else { return [] }
            index -= 1
        }
        var words: [String] = []
        while index >= sentence.lowerBound, words.count < Self.contextWords, facts.tokens[index].kind != .punctuation {
            words.append(facts.tokens[index].lower)
            index -= 1
        }
        return words.reversed()
    }

    /// Up to `contextWords` lowercased words straight after the closing mark, in its sentence.
    private func contextAfter(_ quotation: Quotation, _ facts: ArticleFacts) -> [String] {
        guard var index = Self.wordAfter(quotation, facts) else { return [] }
        let end = facts.sentences[quotation.sentence].tokens.upperBound
        var words: [String] = []
        while index < end, words.count < Self.contextWords, facts.tokens[index].kind != .punctuation {
            words.append(facts.tokens[index].lower)
            index += 1
        }
        return words
    }
}
