/// Shares of one vote's answers that come to more than everyone who voted: "61.5 pct voted no
/// and 44.5 pct voted yes" is 106 pct. A share is a percentage followed by a vote verb and an
/// answer (`vote-answers`: "voted yes", "voted against", "voted in favour"), or a poll's answer
/// right after it (`poll-answers`: "backed the plan", "opposed it", "were undecided"); two or
/// more, each with a different answer, in one sentence. Rounding is allowed for: each share may be half its
/// last digit (a whole point for a whole number) lower.
enum VoteShares {
    static func findings(_ facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let answers = facts.lexicons["vote-answers"]
        let poll = facts.lexicons["poll-answers"]
        let joiners = facts.lexicons["clause-joiners"]
        var matches: [CheckMatch] = []
        var index = 0
        let claims = facts.claims
        while index < claims.count {
            let sentence = claims[index].quantity.sentence
            var shares: [(claim: ClaimFrame, answer: String)] = []
            // Poll answers naming what they answer ("backed the plan"): at most one may.
            var namedObjects = 0
            var isPoll = false
            while index < claims.count, claims[index].quantity.sentence == sentence {
                let claim = claims[index]
                index += 1
                guard claim.quantity.unit == "percent", claim.kind == .level || claim.kind == .share, claim.rangeWith == nil,
                      claim.quantity.hedge == .exact || claim.quantity.hedge == .about, claim.position != .table else { continue }
                let range = facts.sentences[sentence].tokens
                if let answer = answer(after: claim.quantity.extent.upperBound, in: range, facts, answers) {
                    shares.append((claim, answer))
                } else if let (answer, namesObject) = pollAnswer(after: claim.quantity.extent.upperBound, in: range, facts, poll, joiners) {
                    shares.append((claim, answer))
                    isPoll = true
                    if namesObject { namedObjects += 1 }
                }
            }
            guard shares.count >= 2, namedObjects <= 1, Set(shares.map(\.answer)).count == shares.count, facts.isInScope(sentence: sentence, scope) else { continue }
            let least = shares.reduce(0.0) { $0 + FigureBounds.percentage($1.claim.quantity).lower }
            guard least > 100 + 1e-9 else { continue }
            let sum = shares.reduce(0.0) { $0 + $1.claim.quantity.value }
            let computation = shares.map { $0.claim.quantity.text }.joined(separator: " + ") + " = " + FigureText.percent(sum)
                + (isPoll ? " of one question's answers, more than the 100% who answered" : " of one vote, more than the 100% who voted")
            let last = shares[shares.count - 1].claim
            matches.append(CheckMatch(span: last.quantity.span, values: ["computation": computation, "figure": last.quantity.text],
                                      related: shares.dropLast().map { .init(span: $0.claim.quantity.span, message: "'\($0.claim.quantity.text)' is another answer's share") }))
        }
        return matches
    }

    /// "backed the plan", "opposed it", "were undecided": a poll's answer right after the figure
    /// (past a "be" word), its key, and whether words other than a pointer ("it") or a mark
    /// follow it, naming what it answers.
    private static func pollAnswer(after end: Int, in range: Range<Int>, _ facts: ArticleFacts, _ poll: Lexicon, _ joiners: Lexicon) -> (String, Bool)? {
        var start = end
        if start < range.upperBound, facts.tokens[start].kind == .word, poll.key(lowercased: facts.tokens[start].lower) == "be" { start += 1 }
        guard start < range.upperBound, facts.tokens[start].kind == .word else { return nil }
        var length = 1
        var key = poll.key(lowercased: facts.tokens[start].lower)
        for words in [3, 2] where start + words <= range.upperBound && poll.mayStartPhrase(facts.tokens[start].lower) {
            let phrase = (start..<(start + words)).map { facts.tokens[$0].lower }.joined(separator: " ")
            if let found = poll.key(for: phrase) { key = found; length = words; break }
        }
        guard let key, key != "be", key != "pointer" else { return nil }
        let next = start + length
        let namesObject = next < range.upperBound && facts.tokens[next].kind == .word
            && poll.key(lowercased: facts.tokens[next].lower) != "pointer" && !joiners.contains(lowercased: facts.tokens[next].lower)
        return (key, namesObject)
    }

    /// "voted no", "voted in favour": a vote verb right after the figure, then an answer of one
    /// or two words; the answer's key ("yes", "no").
    private static func answer(after end: Int, in range: Range<Int>, _ facts: ArticleFacts, _ answers: Lexicon) -> String? {
        guard end + 1 < range.upperBound, facts.tokens[end].kind == .word, answers.key(lowercased: facts.tokens[end].lower) == "verb" else { return nil }
        let word = facts.tokens[end + 1].lower
        if let key = answers.key(lowercased: word), key != "verb" { return key }
        guard end + 2 < range.upperBound, answers.mayStartPhrase(word), let key = answers.key(for: word + " " + facts.tokens[end + 2].lower), key != "verb" else { return nil }
        return key
    }
}
