/// Splits a block's analysis text into sentences, on UTF-8 bytes.
///
/// It handles the cases news copy meets: abbreviations (from the `name-prefixes`,
/// `abbreviations` and `time-abbreviations` lexicons), initials, decimals and money, ellipses,
/// terminal punctuation inside closing quotes and brackets, and enumerated lists run into one
/// paragraph. Boundaries are decided from the words around a full stop, never by a regex.
public final class SentenceSplitter: Sendable {
    private let namePrefixes: Lexicon
    private let abbreviations: Lexicon
    private let timeAbbreviations: Lexicon
    private let sentenceStarters: Lexicon

    public init(lexicons: LexiconSet) {
        namePrefixes = lexicons["name-prefixes"]
        abbreviations = lexicons["abbreviations"]
        timeAbbreviations = lexicons["time-abbreviations"]
        sentenceStarters = lexicons["sentence-starters"]
    }

    /// Byte ranges of the sentences in `bytes`, in order, trimmed of surrounding white space.
    public func split(_ bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { split(buffer: $0) }
    }

    private func split(buffer text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let count = text.count
        var cuts: [Int] = []
        var skipped = Set<Int>()
        enumerationCuts(text, cuts: &cuts, nonTerminal: &skipped)
        cuts.sort()
        var lastCut = 0
        var nextForced = 0
        var index = 0
        while index < count {
            while nextForced < cuts.count, cuts[nextForced] <= index {
                lastCut = max(lastCut, cuts[nextForced])
                nextForced += 1
            }
            let byte = text[index]
            if byte == 0x2E, !skipped.contains(index) {
                index = period(text, at: index, sentenceStart: lastCut, cuts: &cuts, lastCut: &lastCut)
                continue
            }
            if byte == 0x21 || byte == 0x3F {
                var end = index
                while end < count, text[end] == 0x21 || text[end] == 0x3F { end += 1 }
                let after = absorbClosers(text, from: end)
                if let next = nextWordStart(text, after: after), !ByteClass.isLowercase(ByteClass.scalar(in: text, at: next).value) {
                    record(after, in: &cuts, lastCut: &lastCut)
                }
                index = end
                continue
            }
            if byte == 0xE2, index + 2 < count, text[index + 1] == 0x80, text[index + 2] == 0xA6 {
                let after = absorbClosers(text, from: index + 3)
                if let next = nextWordStart(text, after: after), ByteClass.isUppercase(ByteClass.scalar(in: text, at: next).value) {
                    record(after, in: &cuts, lastCut: &lastCut)
                }
                index += 3
                continue
            }
            index += 1
        }
        cuts.sort()
        var ranges: [Range<Int>] = []
        var start = 0
        for cut in cuts + [count] where cut > start {
            if let trimmed = trim(text, start..<cut) {
                // A fragment with no letter or digit ("surrendered. -") belongs to the sentence before it.
                if let previous = ranges.last, !containsAlphanumeric(text, trimmed) {
                    ranges[ranges.count - 1] = previous.lowerBound..<trimmed.upperBound
                } else {
                    ranges.append(trimmed)
                }
            }
            start = cut
        }
        return ranges
    }

    private func containsAlphanumeric(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = ByteClass.scalar(in: text, at: index)
            if ByteClass.isAlphanumeric(scalar.value) { return true }
            index += scalar.length
        }
        return false
    }

    private func record(_ cut: Int, in cuts: inout [Int], lastCut: inout Int) {
        cuts.append(cut)
        lastCut = max(lastCut, cut)
    }

    /// Decides whether the full stop (or run of dots) at `index` ends a sentence. Returns the
    /// index to continue from.
    private func period(_ text: UnsafeBufferPointer<UInt8>, at index: Int, sentenceStart: Int,
                        cuts: inout [Int], lastCut: inout Int) -> Int {
        let count = text.count
        var dots = 1
        var end = index + 1
        var spaced = false
        while true {
            if end < count, text[end] == 0x2E {
                dots += 1
                end += 1
            } else if end + 1 < count, text[end] == 0x20, text[end + 1] == 0x2E {
                dots += 1
                end += 2
                spaced = true
            } else {
                break
            }
        }
        let attached = index > 0 && !ByteClass.isSpace(text[index - 1])
        let after = absorbClosers(text, from: end)
        let next = nextWordStart(text, after: after)
        let nextScalar = next.map { ByteClass.scalar(in: text, at: $0).value }

        if dots >= 2 {
            // "[...]" marks an omission inside a quotation, never an ending.
            if index > 0, text[index - 1] == 0x5B || text[index - 1] == 0x28, end < count, text[end] == 0x5D || text[end] == 0x29 {
                return end
            }
            guard let nextScalar, ByteClass.isUppercase(nextScalar) else { return end }
            if attached && spaced && dots >= 4 {
                // "word. . . . Next": the full stop ends the sentence and the spaced ellipsis opens the next.
                record(index + 1, in: &cuts, lastCut: &lastCut)
            } else if dots >= 4 || !spaced {
                record(after, in: &cuts, lastCut: &lastCut)
            }
            return end
        }

        guard let next, let nextScalar else { return end }
        if ByteClass.isLowercase(nextScalar) || (nextScalar < 0x80 && ByteClass.isDigit(UInt8(nextScalar))) {
            return end
        }
        if endsSentence(text, periodAt: index, nextWord: next, nextScalar: nextScalar, sentenceStart: sentenceStart) {
            record(after, in: &cuts, lastCut: &lastCut)
        }
        return end
    }

    /// The abbreviation and initial logic for a single full stop followed by a capital or a symbol.
    private func endsSentence(_ text: UnsafeBufferPointer<UInt8>, periodAt index: Int, nextWord: Int, nextScalar: UInt32,
                              sentenceStart: Int) -> Bool {
        // The word before the period, without opening quotes or brackets.
        var wordStart = index
        while wordStart > sentenceStart, !ByteClass.isSpace(text[wordStart - 1]) { wordStart -= 1 }
        while wordStart < index, ByteClass.isOpener(ByteClass.scalar(in: text, at: wordStart).value) {
            wordStart += ByteClass.scalar(in: text, at: wordStart).length
        }
        guard wordStart < index else { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[wordStart..<index]), as: UTF8.self)
        let nextText = nextWordText(text, from: nextWord)
        let nextIsStarter = !nextText.isEmpty && sentenceStarters.contains(nextText) && !isInitial(text, wordAt: nextWord)

        if timeAbbreviations.contains(word) {
            // "At 6 a.m. Mr. Tollard left": a time that opens the sentence does not close it.
            return wordCount(text, from: sentenceStart, to: wordStart) > 3
        }
        if isDottedAbbreviation(word) {
            return nextIsStarter
        }
        if word.unicodeScalars.count == 1, let scalar = word.unicodeScalars.first, ByteClass.isUppercase(scalar.value) {
            // An initial ("William P. Doyle") runs on; the pronoun "I" at a sentence end does not.
            return nextIsStarter
        }
        if namePrefixes.contains(word) { return false }
        if abbreviations.contains(word) { return nextIsStarter }
        return true
    }

    /// Whether the word at `start` is a single capital followed by a period (an initial).
    private func isInitial(_ text: UnsafeBufferPointer<UInt8>, wordAt start: Int) -> Bool {
        let first = ByteClass.scalar(in: text, at: start)
        let after = start + first.length
        return ByteClass.isUppercase(first.value) && after < text.count && text[after] == 0x2E
    }

    /// "U.S", "a.m", "Ph.D": letters in short groups joined by periods.
    private func isDottedAbbreviation(_ word: String) -> Bool {
        var sawPeriod = false
        var group = 0
        for scalar in word.unicodeScalars {
            if scalar == "." {
                if group == 0 { return false }
                sawPeriod = true
                group = 0
            } else if scalar.properties.isAlphabetic {
                group += 1
                if group > 3 { return false }
            } else {
                return false
            }
        }
        return sawPeriod && group > 0
    }

    private func wordCount(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var words = 0
        var inWord = false
        var index = start
        while index < end {
            let space = ByteClass.isSpace(text[index])
            if !space && !inWord { words += 1 }
            inWord = !space
            index += 1
        }
        return words
    }

    private func absorbClosers(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < text.count {
            let scalar = ByteClass.scalar(in: text, at: index)
            guard ByteClass.isCloser(scalar.value) else { break }
            index += scalar.length
        }
        return index
    }

    /// The first significant scalar of the next word, past white space and opening quotes, or nil
    /// when the text ends or the punctuation is not followed by white space.
    private func nextWordStart(_ text: UnsafeBufferPointer<UInt8>, after start: Int) -> Int? {
        guard start < text.count else { return nil }
        var index = start
        var sawSpace = false
        while index < text.count {
            let scalar = ByteClass.scalar(in: text, at: index)
            guard ByteClass.isWhitespace(scalar.value) else { break }
            sawSpace = true
            index += scalar.length
        }
        guard sawSpace, index < text.count else { return nil }
        while index < text.count {
            let scalar = ByteClass.scalar(in: text, at: index)
            guard ByteClass.isOpener(scalar.value) else { break }
            index += scalar.length
        }
        return index < text.count ? index : nil
    }

    private func nextWordText(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        var end = start
        while end < text.count {
            let scalar = ByteClass.scalar(in: text, at: end)
            guard ByteClass.isAlphanumeric(scalar.value) else { break }
            end += scalar.length
        }
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }

    private func trim(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let scalar = ByteClass.scalar(in: text, at: start)
            guard ByteClass.isWhitespace(scalar.value) else { break }
            start += scalar.length
        }
        while end > start {
            let previous = ByteClass.previousScalarStart(in: text, before: end)
            guard ByteClass.isWhitespace(ByteClass.scalar(in: text, at: previous).value) else { break }
            end = previous
        }
        return start < end ? start..<end : nil
    }

    // MARK: Enumerated lists run into one paragraph ("1. First 2. Second", "• a. … • b. …")

    private struct Enumerator {
        var start: Int
        var value: Int
        var punctuation: [Int]
        var bulletStart: Int?
    }

    private func enumerationCuts(_ text: UnsafeBufferPointer<UInt8>, cuts: inout [Int], nonTerminal: inout Set<Int>) {
        let count = text.count
        var candidates: [Enumerator] = []
        var bullets: [Int] = []
        var index = 0
        var previousWasBoundary = true
        var lastBullet: Int?
        var lastBulletEnd = -1
        while index < count {
            let scalar = ByteClass.scalar(in: text, at: index)
            if ByteClass.isBullet(scalar.value) {
                if previousWasBoundary { bullets.append(index) }
                lastBullet = index
                lastBulletEnd = index + scalar.length
                index += scalar.length
                previousWasBoundary = true
                continue
            }
            if previousWasBoundary, let candidate = enumerator(text, at: index) {
                var item = candidate
                var gap = lastBulletEnd
                while gap < index, gap >= 0, ByteClass.isSpace(text[gap]) { gap += 1 }
                if gap == index { item.bulletStart = lastBullet }
                candidates.append(item)
            }
            previousWasBoundary = ByteClass.isWhitespace(scalar.value)
            index += scalar.length
        }
        guard let first = candidates.first, isAtBlockStart(text, first.bulletStart ?? first.start) else {
            if bullets.count >= 2, let firstBullet = bullets.first, isAtBlockStart(text, firstBullet) {
                cuts.append(contentsOf: bullets.dropFirst())
            }
            return
        }
        for position in first.punctuation { nonTerminal.insert(position) }
        var expected = first.value + 1
        for candidate in candidates.dropFirst() where candidate.value == expected {
            cuts.append(candidate.bulletStart ?? candidate.start)
            for position in candidate.punctuation { nonTerminal.insert(position) }
            expected += 1
        }
        if expected == first.value + 1, bullets.count >= 2, let firstBullet = bullets.first, isAtBlockStart(text, firstBullet) {
            cuts.append(contentsOf: bullets.dropFirst())
        }
    }

    private func isAtBlockStart(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        var index = 0
        while index < position, ByteClass.isSpace(text[index]) { index += 1 }
        return index == position
    }

    /// "12." "3)" "4.)" "b." followed by a space, at `index`.
    private func enumerator(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Enumerator? {
        let count = text.count
        var end = index
        var value = 0
        while end < count, end - index < 2, ByteClass.isDigit(text[end]) {
            value = value * 10 + Int(text[end] - 0x30)
            end += 1
        }
        if end == index {
            guard ByteClass.isLowerASCII(text[index]) else { return nil }
            value = Int(text[index] - 0x60)
            end = index + 1
        } else if end < count, ByteClass.isDigit(text[end]) {
            return nil
        }
        var punctuation: [Int] = []
        if end < count, text[end] == 0x2E { punctuation.append(end); end += 1 }
        if end < count, text[end] == 0x29 { punctuation.append(end); end += 1 }
        guard !punctuation.isEmpty, end < count, text[end] == 0x20 else { return nil }
        // A lone letter needs its full stop: "a) " is too common in running text.
        if !ByteClass.isDigit(text[index]) && text[punctuation[0]] != 0x2E { return nil }
        return Enumerator(start: index, value: value, punctuation: punctuation, bulletStart: nil)
    }
}
