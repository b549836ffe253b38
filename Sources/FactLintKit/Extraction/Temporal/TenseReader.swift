/// Reads the tense around a position in a sentence from nearby verbs: future markers ("will",
/// "expected"), past forms ("said", "-ed") and, failing both, the present.
/// A class: every sentence's tagging context holds it, and a copy of a struct this size retained
/// each of its lexicons.
final class TenseReader: Sendable {
    let futureMarkers: Lexicon
    let pastVerbs: Lexicon

    let adjectives: Lexicon
    let futureBit: WordClasses
    let pastBit: WordClasses
    let adjectiveBit: WordClasses
    let reportingBit: WordClasses
    /// The bit of `tense-cues`, which holds every contraction, "going" and infinitive word the
    /// marks look for; 0 if it has none.
    let tenseCueBit: WordClasses

    let words: TemporalVocabulary

    init(lexicons: LexiconSet, vocabulary: TemporalVocabulary) {
        words = vocabulary
        futureMarkers = lexicons["future-markers"]
        pastVerbs = lexicons["past-verbs"]
        adjectives = lexicons["adjectival-participles"]
        futureBit = lexicons.mask("future-markers")
        pastBit = lexicons.mask("past-verbs")
        adjectiveBit = lexicons.mask("adjectival-participles")
        reportingBit = lexicons.mask("reporting-verbs")
        tenseCueBit = lexicons.mask("tense-cues")
    }

    /// What a word says about time: a past form, a future marker, or a reporting verb ("said"),
    /// which dates only what stands right beside it.
    enum Mark: Sendable {
        case past
        case future
        case reported
    }

    /// Tense marks in a sentence's tokens, by token index. With `headline` (the tagger asks it
    /// for a headline's dates), "to" between two words is the wire's future ("PARLIAMENT TO
    /// HOLD TUESDAY VOTE" is next Tuesday's). Events do not ask it: "IN DEAL TO BUY" and
    /// "STRIKE BEGINS TO FADE" plan no deal and no strike.
    func marks(_ tokens: [Token], _ range: Range<Int>, headline: Bool = false) -> [(index: Int, tense: Mark)] {
        // Labelled as returned: an unlabelled list was converted element by element on return.
        var marks: [(index: Int, tense: Mark)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // Fields by index: copying the whole token retained both its strings at every word.
            defer { index += 1 }
            guard tokens[index].kind == .word else { continue }
            let classes = tokens[index].classes
            if classes & futureBit != 0 {
                marks.append((index, .future))
                continue
            }
            // A word that is no tense cue is no contraction, "going" or infinitive either.
            let isCue = tenseCueBit == 0 || classes & tenseCueBit != 0
            let word = tokens[index].lower
            if isCue, words.futureContractions.contains(word), index > range.lowerBound, tokens[index - 1].isMark(anyOf: "'\u{2019}") {
                marks.append((index, .future))
            } else if isCue, words.goingWords.contains(word), index + 1 < range.upperBound, words.infinitives.contains(tokens[index + 1].lower) {
                marks.append((index, .future))
            } else if isCue, words.infinitives.contains(word), index > range.lowerBound, words.futureBeforeTo.contains(tokens[index - 1].lower) {
                // "is to resume", "set to expire", "due to meet"
                marks.append((index, .future))
            } else if headline, isCue, words.infinitives.contains(word), index > range.lowerBound, index + 1 < range.upperBound,
                      tokens[index - 1].kind == .word, tokens[index + 1].kind == .word {
                // "TEXACO TO APPEAL", "TALKS TO RESUME" (not "RISE TO 5 PCT").
                marks.append((index, .future))
            } else if classes & reportingBit != 0 {
                // "said" frames the whole report; it dates only what sits right beside it.
                marks.append((index, .reported))
            } else if classes & pastBit != 0 || (classes & adjectiveBit == 0 && isRegularPast(word)),
                      !followsAuxiliary(index, tokens, range) {
                // "was named" is already marked by "was"; "will be named" is not past at all.
                marks.append((index, .past))
            }
        }
        return marks
    }

    /// The tense nearest to a token range; ties go to the future, which is the safer reading for
    /// a date after publication.
    func tense(near range: Range<Int>, marks: [(index: Int, tense: Mark)], sayingWinsTies: Bool = false) -> Tense {
        var best: (distance: Int, tense: Tense, saying: Bool)?
        for mark in marks {
            let distance = mark.index < range.lowerBound ? range.lowerBound - mark.index : max(0, mark.index - range.upperBound + 1)
            let tense: Tense
            switch mark.tense {
            case .past: tense = .past
            case .future: tense = .future
            case .reported:
                // "said on March 5" dates the saying; "…, he added" after the date does not. A
                // saying's own verb is past, whatever future it reports.
                guard mark.index < range.upperBound, distance <= 3 else { continue }
                tense = .past
            }
            // A tie goes to the future, the safer reading for a date after publication; for a
            // date (`sayingWinsTies`), not against the saying it stands beside: "said on March 20
            // he would resign" (an event noun beside "said" keeps the future it is told with).
            let saying = sayingWinsTies && mark.tense == .reported
            if best == nil || distance < best!.distance || distance == best!.distance && (saying || tense == .future && !best!.saying) {
                best = (distance, tense, saying)
            }
        }
        return best?.tense ?? .present
    }

    /// Whether an auxiliary stands before a participle, past adverbs: "will be named", "will be
    /// temporarily laid off".
    private func followsAuxiliary(_ index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var before = index - 1
        while before > range.lowerBound, index - before <= 2, tokens[before].kind == .word, tokens[before].lower.hasASCIISuffix("ly") { before -= 1 }
        return before >= range.lowerBound && words.auxiliaries.contains(tokens[before].lower)
    }

    private func isRegularPast(_ word: String) -> Bool {
        guard word.utf8.count >= 5, word.hasASCIISuffix("ed") else { return false }
        return !word.hasASCIISuffix("eed")
    }
}
