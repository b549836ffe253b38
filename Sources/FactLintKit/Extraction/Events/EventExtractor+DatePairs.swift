/// Pairs of dates whose order the words fix: events moved to a new date (`date-moves`),
/// "postponed the shipment to August 3-17 from the planned July 6-21", "brought forward the vote to
/// May 2 from May 9"; and a plan's target against the date it was made (`plan-making`), "In 2003
/// the firm launched a plan to triple sales by 2007".
extension EventExtractor {
    /// How many words after the cue its dates may be.
    private static let moveReach = 12
    /// How many words after the cue a "from A to B" range may start and still be the move.
    private static let rangeReach = 4

    func dateMoves(_ input: Input) -> [DatePair] {
        var moves: [DatePair] = []
        for sentence in input.sentences.indices {
            let dates = input.temporalBySentence[sentence].filter { input.temporal[$0].kind == .date && input.temporal[$0].isExplicit }
            guard dates.count >= 2 else { continue }
            let range = input.sentences[sentence].tokens
            var position = range.lowerBound
            while position < range.upperBound {
                guard let (direction, length) = phrase(dateMoveWords, at: position, range, keys: ["later", "earlier"], input) else {
                    position += 1
                    continue
                }
                let after = position + length
                var newDate: Int?
                var oldDate: Int?
                for date in dates {
                    let start = input.temporal[date].tokens.lowerBound
                    guard start > after, start - after <= Self.moveReach, start - 1 >= range.lowerBound else { continue }
                    // Within the clause: no semicolon or colon between, and no modal starting a
                    // verb of its own ("was put off a week and will then be held from May 2").
                    guard !(after..<start).contains(where: { input.tokens[$0].isMark(anyOf: ";:")
                        || modals.contains(input.tokens, $0) && input.temporalAt[$0] == nil
                            && dateMoveWords.key(input.tokens, $0) != "to" }) else { break }
                    switch marker(before: start, input) {
                    case "to"?: if newDate == nil { newDate = date }
                    case "from"?: if oldDate == nil { oldDate = date }
                    default: break
                    }
                }
                // Days or months, not years; and a range "from A to B" only when it follows the
                // cue's object ("delayed its launch from May 3 to June 1"), not a later verb's
                // ("brought forward the work, now running from 2 May to 9 May").
                let isShort = { (date: Int) in
                    input.temporal[date].interval.map { $0.end.dayNumber - $0.start.dayNumber <= 31 } ?? false
                }
                if let newDate, let oldDate, isShort(newDate), isShort(oldDate),
                   input.temporal[oldDate].rangeEnd != newDate || input.temporal[oldDate].tokens.lowerBound - after <= Self.rangeReach {
                    let later = direction == "later"
                    moves.append(DatePair(kind: later ? .postponed : .broughtForward, cue: input.text(position..<after),
                                          cueSpan: input.span(position..<after),
                                          earlier: later ? oldDate : newDate, later: later ? newDate : oldDate))
                }
                position = after
            }
        }
        return moves
    }

    /// The key of a lexicon's spelling at `position`, two words ("brought forward", "drew up")
    /// before one, when it is one of `keys`; and its length in words.
    private func phrase(_ lexicon: Lexicon, at position: Int, _ range: Range<Int>, keys: Set<String>, _ input: Input) -> (key: String, length: Int)? {
        let word = input.tokens[position]
        guard word.kind == .word, input.temporalAt[position] == nil else { return nil }
        if position + 1 < range.upperBound, lexicon.mayStartPhrase(word.lower),
           let key = lexicon.key(for: word.lower + " " + input.tokens[position + 1].lower), keys.contains(key) {
            return (key, 2)
        }
        guard let key = lexicon.key(lowercased: word.lower), keys.contains(key) else { return nil }
        return (key, 1)
    }

    /// Whether the words right before a date say it is the new date ("to", "back to") or the old
    /// one ("from"), past the words between them ("the original").
    private func marker(before start: Int, _ input: Input) -> String? {
        var index = start - 1
        var skipped = 0
        while index >= 0, skipped < 3, input.tokens[index].kind == .word, dateMoveWords.key(input.tokens, index) == "between" {
            index -= 1
            skipped += 1
        }
        guard index >= 0, input.tokens[index].kind == .word else { return nil }
        if index >= 1, let key = dateMoveWords.key(for: input.tokens[index - 1].lower + " " + input.tokens[index].lower), key == "to" { return key }
        guard let key = dateMoveWords.key(input.tokens, index), key == "to" || key == "from" else { return nil }
        return key
    }

    /// "In 2003 the firm launched a plan to triple sales by 2007", "pledged in 2005 to halve
    /// poverty by 2010": a plan-making verb told as done, "to" or a plan noun within five words
    /// after it, a target date after "by", and the date the plan was made: the nearest date
    /// after "in" or "on" (or opening the sentence) within ten words of the verb, before the target.
    func planTargets(_ input: Input) -> [DatePair] {
        var pairs: [DatePair] = []
        for sentence in input.sentences.indices {
            let dates = input.temporalBySentence[sentence].filter {
                input.temporal[$0].kind == .date && input.temporal[$0].isExplicit && input.temporal[$0].hasYear
            }
            guard dates.count >= 2 else { continue }
            let range = input.sentences[sentence].tokens
            var position = range.lowerBound
            while position < range.upperBound {
                guard let (verbKey, length) = phrase(planWords, at: position, range, keys: ["verb", "noun-verb"], input) else {
                    position += 1
                    continue
                }
                defer { position += length }
                let after = position + length
                // A plan noun within five words ("launched an ambitious plan to"), or "to" and a
                // verb ("pledged to halve"; not "climbed to $4bn"). A verb that makes a plan only
                // with its noun ("set a target") is read only so: "is set to be worth" is no plan.
                let needsNoun = verbKey == "noun-verb"
                guard let cue = (after..<min(range.upperBound, after + Self.planNounReach)).first(where: { index in
                    guard input.temporalAt[index] == nil else { return false }
                    switch planWords.key(input.tokens, index) {
                    case "noun"?: return true
                    case "infinitive"?: return !needsNoun && index + 1 < range.upperBound && input.tokens[index + 1].kind == .word
                    default: return false
                    }
                }) else { continue }
                // The target, with nothing between the plan and its "by" that starts another
                // clause or tells something done: "a plan to restore otters, which had vanished by
                // 1980"; "to honour every contract signed by 2002".
                guard let target = dates.first(where: {
                          let start = input.temporal[$0].tokens.lowerBound
                          return start > after && start - after <= Self.targetReach && start - 1 >= range.lowerBound
                              && planWords.key(input.tokens, start - 1) == "target"
                      }),
                      !((cue + 1)..<(input.temporal[target].tokens.lowerBound - 1)).contains(where: {
                          clauseWords.contains(input.tokens, $0) || isPastVerb(at: $0, input.tokens)
                              || temporalWords.pastAuxiliaries.contains(input.tokens[$0].lower)
                      }),
                      let made = dates.filter({ candidate in
                          let expression = input.temporal[candidate]
                          guard candidate != target, expression.tokens.upperBound <= input.temporal[target].tokens.lowerBound else { return false }
                          let distance = expression.tokens.lowerBound < position ? position - expression.tokens.upperBound
                              : expression.tokens.lowerBound - after
                          guard distance <= Self.madeReach else { return false }
                          let start = expression.tokens.lowerBound
                          return start == range.lowerBound || planWords.key(input.tokens, start - 1) == "made"
                      }).min(by: { abs(input.temporal[$0].tokens.lowerBound - position) < abs(input.temporal[$1].tokens.lowerBound - position) })
                else { continue }
                pairs.append(DatePair(kind: .target, cue: input.text(position..<after), cueSpan: input.span(position..<after),
                                      earlier: made, later: target))
            }
        }
        return pairs
    }

    private static let planNounReach = 5
    private static let targetReach = 20
    private static let madeReach = 10
}
