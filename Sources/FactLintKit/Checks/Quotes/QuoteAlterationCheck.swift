/// The same quotation given twice with words changed: "the hardest decision this board has taken"
/// and later, from the same speaker, "the hardest decision this trust has taken".
///
/// Each quotation's words (lowercased, punctuation left out) are aligned word by word inside the
/// other's (``WordAlignment``). Two quotations are one statement changed when most of the shorter
/// one's words line up in order and the differences are a few words inside it, with matched words
/// on both sides of each. A quotation quoted in part, or with its ends trimmed, is not a change;
/// neither is a quotation marked as edited (an ellipsis or square brackets), nor two speakers'
/// similar words, nor two quotations in one paragraph with at most one sentence between them (a
/// speaker putting a point again).
///
/// A few quoted words inside the writer's sentence (had "no other option" but to) are compared
/// with the word that follows the marks, which anchors them: "no other option but" against
/// "it left no other path to follow but this". Such a fragment must come from the same,
/// named speaker, and differ in one place inside its quoted words.
public struct QuoteAlterationCheck: Check {
    public static let name = "quote-alteration"
    public static let summary = "A quotation given again with some of its words changed."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-words", .integer, default: "5", help: "The shorter quotation has at least this many words."),
        ParameterSpec("max-changed", .integer, default: "3", help: "At most this many words changed in one place."),
        ParameterSpec("min-matched", .number, default: "0.75", help: "The share of the shorter quotation's words that must line up unchanged."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "other.line": "the line of the other version",
        "other.order": "'earlier' or 'later': where the other version stands",
        "changes": "what changed, as 'this' became 'that'",
    ]) { $1 }

    let minimumWords: Int
    let maximumChanged: Int
    let minimumMatched: Double

    public init(parameters: ParameterValues) throws(ParameterError) {
        minimumWords = parameters.integer("min-words", default: 5)
        maximumChanged = parameters.integer("max-changed", default: 3)
        minimumMatched = parameters.number("min-matched", default: 0.75)
        guard minimumWords >= 2 else { throw ParameterError(parameter: "min-words", message: "must be at least 2") }
        guard maximumChanged >= 1 else { throw ParameterError(parameter: "max-changed", message: "must be at least 1") }
        guard minimumMatched > 0, minimumMatched < 1 else { throw ParameterError(parameter: "min-matched", message: "must be more than 0 and less than 1") }
    }

    /// A quotation in scope, its words as hashes and the token of each word.
    struct Candidate {
        var quotation: Quotation
        var hashes: [UInt64]
        var wordTokens: [Int]
        /// How many of the words are quoted; for a fragment, the one after them (when the
        /// writer's sentence goes on) follows the marks.
        var quotedCount: Int
        var isFragment: Bool { quotation.isFragment }
    }

    /// A fragment of at least three quoted words and the word after its closing mark.
    static let minimumFragmentWords = 3

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var candidates: [Candidate] = []
        for quotation in facts.quotations where facts.isInScope(sentence: quotation.sentence, scope) {
            guard !Self.isMarkedAsEdited(quotation.text), !Self.hasGluedMark(quotation, facts) else { continue }
            let wordTokens = quotation.tokens.filter { facts.tokens[$0].kind != .punctuation }
            guard wordTokens.count == quotation.words.count else { continue }
            var candidate = Candidate(quotation: quotation, hashes: quotation.words.map { FNV1a.hash($0.utf8) }, wordTokens: wordTokens,
                                      quotedCount: wordTokens.count)
            if quotation.isFragment, wordTokens.count >= Self.minimumFragmentWords, let next = Self.wordAfter(quotation, facts) {
                candidate.hashes.append(FNV1a.hash(facts.tokens[next].lower.utf8))
                candidate.wordTokens.append(next)
            } else if wordTokens.count < minimumWords {
                continue
            }
            candidates.append(candidate)
        }
        guard candidates.count > 1 else { return contextFindings([], facts, scope) }
        // Pairs worth aligning share at least two word pairs (bigrams).
        var postings: [UInt64: [Int]] = [:]
        var matches: [CheckMatch] = []
        let stopwords = facts.lexicons["stopwords"]
        let negations = facts.lexicons["negations"]
        for (later, candidate) in candidates.enumerated() {
            var shared: [Int: Int] = [:]
            for bigram in Set(Self.bigrams(candidate.hashes)) {
                for earlier in postings[bigram] ?? [] { shared[earlier, default: 0] += 1 }
                postings[bigram, default: []].append(later)
            }
            var best: (earlier: Int, alignment: WordAlignment, laterIsShort: Bool)?
            var unchanged = false
            for (earlier, count) in shared.sorted(by: { $0.key > $1.key }) {
                let other = candidates[earlier]
                let fragment = candidate.isFragment || other.isFragment
                guard count >= (fragment ? 1 : 2), !(candidate.isFragment && other.isFragment),
                      !Self.restatesPoint(other.quotation.sentence, candidate.quotation.sentence, facts),
                      fragment ? Self.sameNamedSpeaker(other.quotation, candidate.quotation) || Self.isLongFragmentOfUnnamed(candidate, other)
                               : Self.sameSpeakerOrUnknown(other.quotation, candidate.quotation)
                else { continue }
                let laterIsShort = candidate.hashes.count <= other.hashes.count
                let (short, long) = laterIsShort ? (candidate.hashes, other.hashes) : (other.hashes, candidate.hashes)
                guard var alignment = WordAlignment(short: short, long: long) else { continue }
                // The word after a fragment's marks where the whole quotation ends with the
                // fragment ('the clubs "should take the plan to a vote" as soon as' against
                // "… should put the plan to a vote," he said): nothing to agree
                // with, so no change; but with no word after the marks to confirm the match, the
                // fragment must keep five words ("not on my mind this season" against "not
                // planning to go anywhere this season" is the speaker's point put another way).
                let shortCandidate = laterIsShort ? candidate : other
                // The same when the last change takes in the word after the marks with the
                // fragment's own last word ("who built this company" and then, against "… who
                // built this firm," he said).
                if fragment, shortCandidate.isFragment, short.count > shortCandidate.quotedCount, let last = alignment.changes.last,
                   last.short.upperBound == short.count, last.short.lowerBound <= shortCandidate.quotedCount, last.long.upperBound == long.count {
                    guard let trimmed = WordAlignment(short: Array(short.prefix(shortCandidate.quotedCount)), long: long),
                          trimmed.matched >= Self.minimumUnconfirmedFragmentMatch else { continue }
                    alignment = trimmed
                }
                // A fragment's last quoted word left out where the whole quotation goes on with
                // another word stands for that word ("who built this company" against "who built
                // this firm"): a change, not a quotation cut short.
                if fragment, shortCandidate.isFragment, short.count == shortCandidate.quotedCount {
                    alignment = Self.replacingEnds(alignment, shortCount: short.count, longCount: long.count)
                }
                if alignment.changes.isEmpty { unchanged = true; break }
                guard fragment ? isFragmentAlteration(alignment, shortCandidate, long: laterIsShort ? other : candidate, stopwords)
                               : isAlteration(alignment, shortCount: short.count, longCount: long.count),
                      !Self.onlyLinkWords(alignment, short: shortCandidate, long: laterIsShort ? other : candidate, stopwords, negations: negations),
                      laterIsShort || !Self.onlyWordsLeftOut(alignment, long: candidate, negations: negations)
                else { continue }
                if best == nil || alignment.matched > best!.alignment.matched {
                    best = (earlier, Self.replacingEnds(alignment, shortCount: short.count, longCount: long.count), laterIsShort)
                }
            }
            // A quotation that agrees with one earlier version is consistent with the article.
            guard !unchanged, let best else { continue }
            matches.append(match(later: candidate, earlier: candidates[best.earlier], best.alignment, laterIsShort: best.laterIsShort, facts))
        }
        return matches + contextFindings(matches, facts, scope)
    }

    /// Short fragments found by their context, where no other finding covers them.
    private func contextFindings(_ matches: [CheckMatch], _ facts: ArticleFacts, _ scope: RuleScope) -> [CheckMatch] {
        let quotations = facts.quotations.filter { facts.isInScope(sentence: $0.sentence, scope) && !Self.hasGluedMark($0, facts) }
        var found: [CheckMatch] = []
        for context in contextMatches(quotations, facts) {
            let fragment = quotations[context.fragment], whole = quotations[context.whole]
            let fragmentTokens = fragment.tokens.filter { facts.tokens[$0].kind != .punctuation }
            let wholeTokens = whole.tokens.filter { facts.tokens[$0].kind != .punctuation }
            guard fragmentTokens.count == fragment.words.count, wholeTokens.count == whole.words.count else { continue }
            let mine = facts.tokens[fragmentTokens[context.fragmentWord]], theirs = facts.tokens[wholeTokens[context.wholeWord]]
            let span = facts.article.blocks[mine.block].text.sourceSpan(of: mine.range)
            // Not where a finding already stands in either quotation.
            guard !matches.contains(where: { match in
                [fragment.span, whole.span].contains { match.span.start < $0.end && $0.start < match.span.end }
            }) else { continue }
            found.append(CheckMatch(span: span, values: [
                "other.line": String(facts.line(of: whole.span)),
                "other.order": whole.span < fragment.span ? "earlier" : "later",
                "changes": "'\(theirs.text)' became '\(mine.text)'",
            ], related: [.init(span: facts.article.blocks[theirs.block].text.sourceSpan(of: theirs.range), message: whole.isFragment ? "the other version" : "the whole quotation")]))
        }
        return found
    }

    /// Few changes, each small and with unchanged words on both sides inside the shorter quotation.
    func isAlteration(_ alignment: WordAlignment, shortCount: Int, longCount: Int) -> Bool {
        guard alignment.changes.count <= 2, Double(alignment.matched) >= minimumMatched * Double(shortCount), alignment.matched >= 4 else { return false }
        for change in alignment.changes {
            guard change.short.count <= maximumChanged, change.long.count <= maximumChanged else { return false }
            let inside = change.short.lowerBound > 0 && change.short.upperBound < shortCount
            // "… should be left alone" for "… should be sold off to the highest bidder": the last
            // words put in the place of others, after at least eight kept in order, while the
            // longer version goes on past them, is a change. A shorter run with its end simply cut
            // off is a quotation quoted in part, and two versions that each end with their own
            // words ("has a safe home", "has a decent job") are a speaker's two points.
            // (Left out at the end of the alignment, the short run's last words stand for as
            // many of the long run's next ones; the long run must have more.)
            let longGoesOn = change.long.isEmpty ? longCount - alignment.longRange.upperBound > change.short.count
                : change.long.upperBound < longCount
            let replacedEnd = change.short.upperBound == shortCount && change.short.lowerBound > 0 && !change.short.isEmpty
                && change.short.count <= 2 && change.long.count <= 2 && longGoesOn
                && alignment.matched >= Self.minimumAnchorWords && alignment.changes.count == 1
            guard inside || replacedEnd else { return false }
        }
        return true
    }

    /// The end of the shorter quotation that stands where the longer one goes on with other
    /// words, as a change of those words: "'left alone' became 'sold off'", not "'left alone'
    /// was added". The longer side takes as many of its next words as the shorter side has.
    static func replacingEnds(_ alignment: WordAlignment, shortCount: Int, longCount: Int) -> WordAlignment {
        var result = alignment
        for (index, change) in alignment.changes.enumerated() where change.long.isEmpty && !change.short.isEmpty
            && change.short.upperBound == shortCount && alignment.longRange.upperBound < longCount {
            let start = alignment.longRange.upperBound
            result.changes[index].long = start..<min(longCount, start + change.short.count)
        }
        return result
    }

    /// Words that must line up unchanged before replaced last words count as a change.
    static let minimumAnchorWords = 8

    /// A fragment changed in one place inside its quoted words, aligned into a whole quotation.
    /// The writer fits a fragment to the sentence around it, leaving words out and turning
    /// pronouns and tenses ("it" for "this", "was" for "has been"): only a word put in the
    /// place of another, and not function words for function words, is a change.
    func isFragmentAlteration(_ alignment: WordAlignment, _ short: Candidate, long: Candidate, _ stopwords: Lexicon) -> Bool {
        guard short.isFragment, !long.isFragment, alignment.changes.count == 1, alignment.matched >= Self.minimumFragmentWords else { return false }
        let change = alignment.changes[0]
        guard change.short.lowerBound > 0, change.short.upperBound <= short.quotedCount, change.long.count <= maximumChanged,
              change.short.count <= maximumChanged, !change.short.isEmpty, !change.long.isEmpty else { return false }
        // Inside the quoted words of both (the fragment's anchor word after its marks is not one).
        let isFunctionWord = { (candidate: Candidate, index: Int) in
            candidate.quotation.words.indices.contains(index) && stopwords.contains(candidate.quotation.words[index])
        }
        return !(change.short.allSatisfy { isFunctionWord(short, $0) } && change.long.allSatisfy { isFunctionWord(long, $0) })
    }

    private func match(later: Candidate, earlier: Candidate, _ alignment: WordAlignment, laterIsShort: Bool, _ facts: ArticleFacts) -> CheckMatch {
        let laterRanges = alignment.changes.map { laterIsShort ? $0.short : $0.long }
        let earlierRanges = alignment.changes.map { laterIsShort ? $0.long : $0.short }
        let descriptions = zip(earlierRanges, laterRanges).map { was, now -> String in
            let before = words(earlier, was, facts)
            let after = words(later, now, facts)
            if before.isEmpty { return "'\(after)' was added" }
            if after.isEmpty { return "'\(before)' was left out" }
            return "'\(before)' became '\(after)'"
        }
        let laterSpan = laterRanges.map { span(later, $0, facts) }.reduce(span(later, laterRanges[0], facts)) { $0.union($1) }
        let earlierSpan = earlierRanges.map { span(earlier, $0, facts) }.reduce(span(earlier, earlierRanges[0], facts)) { $0.union($1) }
        return CheckMatch(span: laterSpan, values: [
            "other.line": String(facts.line(of: earlier.quotation.span)),
            "other.order": "earlier",
            "changes": descriptions.joined(separator: "; "),
        ], related: [.init(span: earlierSpan, message: "the earlier version")])
    }

    /// The words of a range as written; empty for an empty range.
    private func words(_ candidate: Candidate, _ range: Range<Int>, _ facts: ArticleFacts) -> String {
        guard !range.isEmpty else { return "" }
        let first = facts.tokens[candidate.wordTokens[range.lowerBound]]
        let last = facts.tokens[candidate.wordTokens[range.upperBound - 1]]
        return facts.article.blocks[first.block].text.string(in: first.range.lowerBound..<last.range.upperBound)
    }

    /// The span of a range of words; for an empty range (words left out here), the words on
    /// either side of the gap.
    private func span(_ candidate: Candidate, _ range: Range<Int>, _ facts: ArticleFacts) -> SourceSpan {
        let lower = range.isEmpty ? max(0, range.lowerBound - 1) : range.lowerBound
        let upper = range.isEmpty ? min(candidate.wordTokens.count, range.upperBound + 1) : range.upperBound
        let first = facts.tokens[candidate.wordTokens[lower]]
        let last = facts.tokens[candidate.wordTokens[upper - 1]]
        return facts.article.blocks[first.block].text.sourceSpan(of: first.range.lowerBound..<last.range.upperBound)
    }

    static func bigrams(_ hashes: [UInt64]) -> [UInt64] {
        guard hashes.count > 1 else { return [] }
        return (0..<(hashes.count - 1)).map { hashes[$0] &* FNV1a.prime ^ hashes[$0 + 1] }
    }

    /// Whether two quotations are a speaker putting a point again: in one paragraph, with at
    /// most one sentence between them. A paragraph that runs on (a page saved with its
    /// paragraphs joined) keeps quotations further apart as two statements.
    static func restatesPoint(_ a: Int, _ b: Int, _ facts: ArticleFacts) -> Bool {
        facts.sentences[a].blockIndex == facts.sentences[b].blockIndex && abs(a - b) <= restatementReach
    }

    /// Sentences from one quotation to another in its paragraph that put one point again.
    static let restatementReach = 2

    /// The word token right after a quotation's closing mark, in the same sentence.
    static func wordAfter(_ quotation: Quotation, _ facts: ArticleFacts) -> Int? {
        let end = facts.sentences[quotation.sentence].tokens.upperBound
        var index = quotation.tokens.upperBound
        while index < end, facts.tokens[index].kind == .punctuation {
            guard facts.tokens[index].isMark(anyOf: "\"\u{201D}\u{2019},") else { return nil }
            index += 1
        }
        return index < end && facts.tokens[index].kind == .word ? index : nil
    }

    static func sameNamedSpeaker(_ a: Quotation, _ b: Quotation) -> Bool {
        a.speakerKey != nil && a.speakerKey == b.speakerKey
    }

    /// A fragment of six quoted words or more, given to a named speaker, and a whole quotation
    /// whose speaker the text leaves to a pronoun that was not read ("…," he said): so many
    /// words in the same order are the same quotation, whoever the pronoun is.
    static let minimumUnattributedFragmentWords = 6

    /// Words a fragment must keep when the whole quotation ends where it does.
    static let minimumUnconfirmedFragmentMatch = 5

    static func isLongFragmentOfUnnamed(_ a: Candidate, _ b: Candidate) -> Bool {
        let (fragment, whole) = a.isFragment ? (a, b) : (b, a)
        return fragment.quotation.speakerKey != nil && whole.quotation.speakerKey == nil && !whole.quotation.isInner
            && fragment.quotedCount >= minimumUnattributedFragmentWords
    }

    /// An inner quotation (words one speaker quotes from another) is compared only with a
    /// named speaker's words, not its quoter's own.
    static func sameSpeakerOrUnknown(_ a: Quotation, _ b: Quotation) -> Bool {
        if a.isInner || b.isInner {
            guard !(a.isInner && b.isInner) else { return false }
            let (inner, other) = a.isInner ? (a, b) : (b, a)
            guard let speaker = other.speakerKey else { return false }
            return speaker != inner.quotedByKey
        }
        guard let first = a.speakerKey, let second = b.speakerKey else { return true }
        return first == second
    }

    /// Whether every change only adds or drops common words ("also", "that"): a quotation trimmed
    /// to fit the writer's sentence, not words put in the speaker's mouth.
    /// A negation ("not", "never") is never a mere link word: adding one reverses the statement.
    static func onlyLinkWords(_ alignment: WordAlignment, short: Candidate, long: Candidate, _ stopwords: Lexicon, negations: Lexicon) -> Bool {
        alignment.changes.allSatisfy { change in
            guard change.short.isEmpty || change.long.isEmpty else { return false }
            let (candidate, range) = change.short.isEmpty ? (long, change.long) : (short, change.short)
            return range.allSatisfy { index in
                let word = candidate.quotation.words[index]
                return stopwords.contains(word) && !negations.contains(word)
            }
        }
    }

    /// Whether the shorter version only leaves words out, none of them a negation: given first,
    /// it is the quotation trimmed for the intro ("It would be unwise to rush him back")
    /// before it is given whole ("it would be unwise and unfair to rush him straight back").
    static func onlyWordsLeftOut(_ alignment: WordAlignment, long: Candidate, negations: Lexicon) -> Bool {
        alignment.changes.allSatisfy { change in
            change.short.isEmpty && change.long.allSatisfy { $0 >= long.quotation.words.count || !negations.contains(long.quotation.words[$0]) }
        }
    }

    /// An opening mark glued between letters ('the bank"s role'): a stray apostrophe, not a
    /// quotation.
    static func hasGluedMark(_ quotation: Quotation, _ facts: ArticleFacts) -> Bool {
        let open = quotation.tokens.lowerBound - 1
        guard open > 0, facts.tokens[open].kind == .punctuation else { return false }
        return !facts.tokens[open].spaceBefore && facts.tokens[open - 1].kind == .word && !facts.tokens[quotation.tokens.lowerBound].spaceBefore
    }

    /// An ellipsis or square brackets: the writer shows the quotation was cut or filled in.
    static func isMarkedAsEdited(_ text: String) -> Bool {
        var dots = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") { return true }
            dots = byte == UInt8(ascii: ".") ? dots + 1 : 0
            if dots == 3 { return true }
            // U+2026 (…) is E2 80 A6; found by bytes, not by Foundation's string search.
            if byte == 0xA6, previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
