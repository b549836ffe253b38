/// Lengths the words put between two dates of one sentence: "opened in 1999, three years after
/// construction began in 1996", "left in 1990, two years before the firm collapsed in 1992";
/// "the club, founded in 1901, celebrated its centenary in 2001", "Thursday marks the 60th
/// anniversary of the landings in 1944".
extension EventExtractor {
    /// How many words the dated phrase after "after" or "anniversary of" may take.
    private static let phraseReach = 10
    /// How many words before the length the main clause's date may stand.
    private static let mainReach = 15

    func gaps(events: [Event], _ input: Input) -> [DatePair] {
        var pairs: [DatePair] = []
        for sentence in input.sentences.indices {
            let indices = input.temporalBySentence[sentence]
            let dates = indices.filter {
                input.temporal[$0].kind == .date && input.temporal[$0].isExplicit && input.temporal[$0].hasYear
            }
            guard !dates.isEmpty, indices.count >= 2 else { continue }
            let range = input.sentences[sentence].tokens
            for index in indices where input.temporal[index].kind == .duration {
                if let pair = gap(index, dates: dates, range: range, events: events, input) ?? sinceGap(index, dates: dates, range: range, input) {
                    pairs.append(pair)
                }
            }
            let occasions = indices.filter { input.temporal[$0].kind == .date && input.temporal[$0].coverage(published: input.published) != nil }
            for position in range where input.tokens[position].kind == .word && anniversaryWords.key(input.tokens, position) != nil {
                if let pair = anniversary(at: position, dates: dates, occasions: occasions, range: range, events: events, input) { pairs.append(pair) }
            }
        }
        return pairs
    }

    /// "opened in 1999, three years after construction began in 1996": a length opening its
    /// phrase (after a comma or a dash, or opening the sentence) followed by "after" or "before",
    /// a date in that phrase that its first event has, and the main clause's date before it. A
    /// hedged length ("more than three years after") is never read.
    private func gap(_ index: Int, dates: [Int], range: Range<Int>, events: [Event], _ input: Input) -> DatePair? {
        let duration = input.temporal[index]
        let connective = duration.tokens.upperBound
        guard case .duration(let length)? = duration.resolved, length.amount != nil, !length.isApproximate, connective < range.upperBound,
              let key = words.connectives.key(input.tokens, connective), key == "after" || key == "before" else { return nil }
        let opening = duration.tokens.lowerBound
        guard opening == range.lowerBound || input.tokens[opening - 1].isMark(anyOf: ",(\u{2014}\u{2013}") else { return nil }
        guard let other = dates.first(where: { candidate in
                  let start = input.temporal[candidate].tokens.lowerBound
                  return start > connective && start - connective <= Self.phraseReach
                      && !(connective..<start).contains { input.tokens[$0].isMark(anyOf: ",;:()") }
              }),
              let main = dates.last(where: { candidate in
                  let end = input.temporal[candidate].tokens.upperBound
                  return end <= opening && opening - end <= Self.mainReach
                      && !(end..<opening).contains { input.tokens[$0].isMark(anyOf: ";:") }
              }) else { return nil }
        // The date must be the one the phrase's first event has: "two years after a takeover
        // by a firm founded in 1950" dates the founding, not the takeover.
        guard let first = events.first(where: { $0.sentence == input.temporal[other].sentence && $0.tokens.lowerBound > connective }),
              first.anchors.contains(where: { $0.temporal == other }) else { return nil }
        let cue = opening..<(connective + 1)
        return DatePair(kind: .gap, cue: input.text(cue), cueSpan: input.span(cue), earlier: key == "after" ? other : main,
                        later: key == "after" ? main : other, length: length)
    }

    /// "has led the company for 12 years, since 1998", "in the six years since 2001": a length
    /// of two units or more right before "since" and a date, which runs to the publication date:
    /// after "the", or after "for" in a present perfect clause; not when the sentence gives
    /// another date after it, which may be the end. A hedged length is never read.
    private func sinceGap(_ index: Int, dates: [Int], range: Range<Int>, _ input: Input) -> DatePair? {
        let duration = input.temporal[index]
        var since = duration.tokens.upperBound
        if since < range.upperBound, input.tokens[since].isMark(",") { since += 1 }
        // "40,000 tonnes a year since 1984" is a rate: one unit is never a length here.
        guard input.published != nil, case .duration(let length)? = duration.resolved, (length.amount ?? 0) >= 2, !length.isApproximate,
              since + 1 < range.upperBound,
              prepositions.key(input.tokens, since) == "since",
              let start = dates.first(where: { input.temporal[$0].tokens.lowerBound == since + 1 }),
              !dates.contains(where: { input.temporal[$0].tokens.lowerBound > input.temporal[start].tokens.lowerBound }) else { return nil }
        // "in the six years since 2001" names the stretch; "has run it for 12 years, since 1998"
        // needs the present perfect, which runs it to now ("ran the shop for 30 years, since
        // 1971" ended; "has missed 14 weeks since 2004" counts weeks within the stretch).
        let opening = duration.tokens.lowerBound
        let named = temporalWords.isConnective(input.tokens[opening].lower, "the")
        let perfect = opening - 1 >= range.lowerBound && words.statusCues.key(input.tokens, opening - 1) == "purpose"
            && (range.lowerBound..<opening).contains { temporalWords.perfectAuxiliaries.contains(input.tokens[$0].lower) }
            && !(range.lowerBound..<opening).contains { temporalWords.pastAuxiliaries.contains(input.tokens[$0].lower) }
        guard named || perfect else { return nil }
        let cue = duration.tokens.lowerBound..<(since + 1)
        return DatePair(kind: .gap, cue: input.text(cue), cueSpan: input.span(cue), earlier: start, later: nil, length: length)
    }

    /// "its 60th anniversary", "its centenary": the number of years, and the date of what is
    /// remembered and of the occasion. After "anniversary of", the remembered date is in that
    /// phrase and the occasion's is the nearest other date of the sentence; otherwise the
    /// occasion's follows within four words ("celebrated its centenary in 2001") and the
    /// remembered date is the nearest before the word that dates a founding, an opening, a birth
    /// or a wedding. A remembered date after the occasion is a misreading and gives no pair.
    private func anniversary(at position: Int, dates: [Int], occasions: [Int], range: Range<Int>, events: [Event], _ input: Input) -> DatePair? {
        guard let (years, start) = anniversaryYears(at: position, range: range, input) else { return nil }
        let next = position + 1
        let remembered: Int?
        let occasion: Int?
        if next < range.upperBound, anniversaryWords.key(input.tokens, next) == "of" {
            remembered = dates.first { input.temporal[$0].tokens.lowerBound > next && input.temporal[$0].tokens.lowerBound - next <= Self.phraseReach }
            occasion = remembered.flatMap { found in
                occasions.filter { $0 != found }.min { abs(input.temporal[$0].tokens.lowerBound - position) < abs(input.temporal[$1].tokens.lowerBound - position) }
            }
        } else {
            occasion = occasions.first { input.temporal[$0].tokens.lowerBound > position && input.temporal[$0].tokens.lowerBound - position <= 4 }
            // The remembered date must date a founding, an opening, a birth or a wedding
            // (`anniversary-words` remembered): "Smith, who became chairman in 1980, led the
            // centenary celebrations in 1986" remembers no 1980.
            remembered = dates.last { candidate in
                input.temporal[candidate].tokens.upperBound <= start && start - input.temporal[candidate].tokens.upperBound <= Self.mainReach
                    && events.contains { event in
                        event.anchors.contains { $0.temporal == candidate }
                            && [event.trigger, event.family ?? ""].contains { anniversaryWords.key(lowercased: $0) == "remembered" }
                    }
            }
        }
        guard let remembered, let occasion, remembered != occasion,
              input.temporal[remembered].tokens.lowerBound != input.temporal[occasion].tokens.lowerBound,
              let rememberedDays = input.temporal[remembered].coverage(published: input.published),
              let occasionDays = input.temporal[occasion].coverage(published: input.published),
              rememberedDays.start < occasionDays.start else { return nil }
        let cue = start..<(position + 1)
        return DatePair(kind: .anniversary, cue: input.text(cue), cueSpan: input.span(cue), earlier: remembered, later: occasion,
                        length: TemporalDuration(amount: Double(years), unit: .year))
    }

    /// The years an anniversary word counts and where its phrase starts: "60th anniversary",
    /// "fiftieth anniversary", "centenary".
    private func anniversaryYears(at position: Int, range: Range<Int>, _ input: Input) -> (Int, Int)? {
        guard let key = anniversaryWords.key(input.tokens, position) else { return nil }
        if let years = Int(key) { return (years, position) }
        guard key == "anniversary", position - 1 >= range.lowerBound else { return nil }
        let before = input.tokens[position - 1]
        // "fiftieth"; not the end of "twenty-fifth", which is no single word.
        if before.kind == .word, let spelled = spelledOrdinals.key(lowercased: before.lower).flatMap({ Int($0) }),
           !(position - 2 >= range.lowerBound && input.tokens[position - 2].isMark("-") && !before.spaceBefore) {
            return (spelled, position - 1)
        }
        // "60th": a number with its suffix attached.
        guard position - 2 >= range.lowerBound, before.kind == .word, !before.spaceBefore,
              temporalWords.clockWord(before.lower) == "ordinal-suffix",
              input.tokens[position - 2].kind == .number, let years = Int(input.tokens[position - 2].text), years >= 1, years <= 1000 else { return nil }
        return (years, position - 2)
    }
}
