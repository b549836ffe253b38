/// A run of words written twice in a row: "the council approved the council approved the plan",
/// the mark of a paste or an edit left half done. Read over each paragraph's words (its
/// sentences' ``SentenceWords`` in turn), so a copy that runs over a sentence break is found too. Words inside
/// quotation marks are left out: speech repeats itself on purpose ("we will, we will").
public struct DoubledPhraseCheck: Check {
    public static let name = "doubled-phrase"
    public static let summary = "A run of words is written twice in a row."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-words", .integer, default: "3", help: "Shorter runs (\"very, very\", \"had had\") may double."),
        ParameterSpec("max-words", .integer, default: "40", help: "Longer doubled runs are left to duplicate-sentence."),
        ParameterSpec("sentence-words", .integer, default: "8", help: "A whole sentence of this many words written twice is left to duplicate-sentence."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "phrase": "the doubled words, as written the second time",
        "words": "how many words are doubled",
    ]) { $1 }

    let minimumWords: Int
    let maximumWords: Int
    let sentenceWords: Int

    public init(parameters: ParameterValues) throws(ParameterError) {
        minimumWords = parameters.integer("min-words", default: 3)
        maximumWords = parameters.integer("max-words", default: 40)
        sentenceWords = parameters.integer("sentence-words", default: 8)
        guard minimumWords >= 1 else { throw ParameterError(parameter: "min-words", message: "must be at least 1") }
        guard maximumWords >= minimumWords else { throw ParameterError(parameter: "max-words", message: "must be at least min-words") }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        // Quoted byte ranges, per block.
        var quoted: [Int: [Range<Int>]] = [:]
        for quotation in facts.quotations where !quotation.tokens.isEmpty {
            let first = facts.tokens[quotation.tokens.lowerBound]
            let last = facts.tokens[quotation.tokens.upperBound - 1]
            quoted[first.block, default: []].append(first.range.lowerBound..<last.range.upperBound)
        }
        var matches: [CheckMatch] = []
        // Sentences come in block order, so a block is done once a sentence of a later one is met.
        var lastBlock = -1
        for (index, sentence) in facts.sentences.enumerated() where facts.isInScope(sentence: index, scope) {
            guard sentence.blockIndex != lastBlock else { continue }
            lastBlock = sentence.blockIndex
            // From the first in-scope sentence of the block to its last.
            let sentences = facts.sentences[index...].prefix { $0.blockIndex == sentence.blockIndex }
            let range = sentence.range.lowerBound..<sentences.last!.range.upperBound
            let text = facts.article.blocks[sentence.blockIndex].text
            // The block's words are its sentences' words in turn: sentences split only at spaces.
            var words: [SentenceWords.Word] = []
            words.reserveCapacity((0..<sentences.count).reduce(0) { $0 + facts.words(ofSentence: index + $1).words.count })
            for offset in 0..<sentences.count { words += facts.words(ofSentence: index + offset).words }
            for (first, second) in Self.doubledRuns(words, minimum: minimumWords, maximum: maximumWords)
            where Self.isPaste(first, second, words, text.bytes, end: range.upperBound) {
                let span = words[second.lowerBound].range.lowerBound..<words[second.upperBound - 1].range.upperBound
                let earlier = words[first.lowerBound].range.lowerBound..<words[first.upperBound - 1].range.upperBound
                // A whole sentence pasted twice is duplicate-sentence's finding.
                if second.count >= sentenceWords, sentences.lazy.map(\.range.lowerBound).contains(where: { start in
                    start <= words[second.lowerBound].range.lowerBound && !(words.indices.contains(second.lowerBound - 1) && words[second.lowerBound - 1].range.lowerBound >= start)
                }) { continue }
                if let ranges = quoted[sentence.blockIndex], ranges.contains(where: { $0.overlaps(earlier) || $0.overlaps(span) }) { continue }
                matches.append(CheckMatch(span: text.sourceSpan(of: span), values: [
                    "phrase": text.string(in: span), "words": String(second.count),
                ], related: [.init(span: text.sourceSpan(of: earlier), message: "first written here")]))
            }
        }
        return matches
    }

    /// Whether two runs of the same words read as one pasted twice rather than a figure of speech
    /// ("who we are, not who we are not") or a name that ends one sentence and starts the next:
    /// the same characters between the words of each copy, and between the copies only spaces,
    /// or a sentence break when the second copy is a whole sentence too.
    static func isPaste(_ first: Range<Int>, _ second: Range<Int>, _ words: [SentenceWords.Word], _ bytes: [UInt8], end: Int) -> Bool {
        for offset in 1..<first.count {
            let a = bytes[words[first.lowerBound + offset - 1].range.upperBound..<words[first.lowerBound + offset].range.lowerBound]
            let b = bytes[words[second.lowerBound + offset - 1].range.upperBound..<words[second.lowerBound + offset].range.lowerBound]
            guard a.elementsEqual(b) else { return false }
        }
        let gap = bytes[words[first.upperBound - 1].range.upperBound..<words[second.lowerBound].range.lowerBound]
        if gap.allSatisfy(ByteClass.isSpace) { return true }
        guard gap.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }) else { return false }
        // After the second copy: a sentence end, or nothing.
        let after = words[second.upperBound - 1].range.upperBound
        guard let next = bytes[after..<end].first(where: { !ByteClass.isSpace($0) && $0 != UInt8(ascii: "\"") }) else { return true }
        return next == UInt8(ascii: ".") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
    }

    /// Runs of words (by position) immediately followed by the same words: the first copy and the
    /// second. The longest run at each place wins, and the search goes on after the second copy.
    /// Runs need two lowercase words and no figure, so table headings ("Prev Wk Prev Wk"), rows of
    /// codes ("X9 X9 X9 X9") and "10 10 10" are not phrases.
    static func doubledRuns(_ words: [SentenceWords.Word], minimum: Int, maximum: Int) -> [(Range<Int>, Range<Int>)] {
        var runs: [(Range<Int>, Range<Int>)] = []
        // The words' hashes in one flat list, read without a bounds check per look: the search
        // below looks at up to `maximum` places for every word.
        let hashes = words.map(\.hash)
        var start = 0
        while start + 2 * minimum <= words.count {
            var found: Int?
            var length = min(maximum, (words.count - start) / 2)
            let first = hashes[start]
            // The nearest place the first word comes again, at most `length` words on: no run
            // can be longer than that distance allows.
            length = hashes.withUnsafeBufferPointer { hashes in
                var candidate = length
                while candidate >= minimum, hashes[start + candidate] != first { candidate -= 1 }
                return candidate
            }
            while length >= minimum {
                if hashes[start + length] == first,
                   (0..<length).allSatisfy({ words[start + $0].hash == words[start + length + $0].hash }),
                   words[start..<(start + length)].filter({ $0.hasLetter && !$0.isCapitalized }).count >= 2,
                   !words[start..<(start + length)].contains(where: \.hasDigit) {
                    found = length
                    break
                }
                length -= 1
            }
            if let found {
                runs.append((start..<(start + found), (start + found)..<(start + 2 * found)))
                start += 2 * found
            } else {
                start += 1
            }
        }
        return runs
    }
}
