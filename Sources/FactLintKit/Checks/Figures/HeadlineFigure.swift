/// The headline's figure against the story. A headline figure is supported when the story gives
/// it anywhere (exactly, at the headline's rounding, within a range, or as the sum of two or
/// three figures of one sentence); otherwise the story's statement of the same claim clashes,
/// the lede's first.
enum HeadlineFigure {
    static func clash(_ headline: ClaimFrame, _ body: [ClaimFrame], _ facts: ArticleFacts) -> ClaimFrame? {
        // "103 MORE EMPLOYEES": a headline about an addition is not the story's total; it is
        // only compared with a lede figure of the same act ("HIRE 900 EXTRA NURSES" and "would
        // hire 700 nurses").
        let additional = isAdditional(headline, facts)
        let candidates = body.filter { $0.isSameClaim(as: headline, .headline) }
        guard !candidates.isEmpty else { return nil }
        // A figure someone is quoted giving is theirs, not the headline's. Any statement of the
        // headline's figure as a level supports it ("HAS 96 PCT OF TARVIK MILLS" and "96 pct of
        // Tarvik Mills common stock"), except a percentage that describes a noun ("its 30 pct
        // interest") against a headline's share ("SELLS 30 PCT OF MINING STAKE").
        let levels: Set<ClaimFrame.Kind> = [.level, .changeTo, .share]
        let supporting = body.filter { frame in
            guard frame.position != .quote, frame.hasComparableUnit(headline) else { return false }
            if let mine = frame.period, let theirs = headline.period, !ClaimFrame.periodsOverlap(mine, theirs) { return false }
            if frame.kind == headline.kind || candidates.contains(where: { $0.quantity.span == frame.quantity.span }) { return true }
            guard levels.contains(frame.kind), levels.contains(headline.kind) else { return false }
            let describesNoun = frame.quantity.unit == "percent" && frame.kind == .level && frame.measure.source == .noun
            return !(describesNoun && headline.kind == .share)
        }
        if supporting.contains(where: { supports($0, headline) }) { return nil }
        // The lede restates the headline: the story's first two paragraphs. Beyond them a figure
        // of the same measure is as often another part of the story as a restatement.
        let opening = Set(facts.article.blocks.indices.filter { facts.article.blocks[$0].kind == .paragraph }.prefix(2))
        var pool = candidates.filter {
            opening.contains(facts.sentences[$0.quantity.sentence].blockIndex) && !isAdditional($0, facts) && $0.position != .quote
        }
        // The lede itself first; the paragraph after it only for the same noun ("KILLING 12" and
        // "Fourteen people were killed" under a standfirst).
        let ledeBlock = facts.ledeBlock
        if pool.contains(where: { facts.sentences[$0.quantity.sentence].blockIndex == ledeBlock }) {
            pool = pool.filter { facts.sentences[$0.quantity.sentence].blockIndex == ledeBlock }
        } else {
            pool = pool.filter { $0.measure.isStrong && headline.measure.isStrong && $0.measure.head == headline.measure.head }
        }
        let headlineWords = Set(headline.subjectWords)
        guard let best = pool.max(by: { a, b in
            let (x, y) = (score(a, headline, headlineWords), score(b, headline, headlineWords))
            return x < y || (x == y && a.quantity.span > b.quantity.span)
        }) else { return nil }
        if additional {
            let more = facts.lexicons["additional-words"].keysBySpelling.filter { $0.value == "more" }.keys
            let measureWords = Set([headline.measure.head] + headline.measure.modifiers + more)
            guard best.measure.head == headline.measure.head, best.measure.isStrong, !best.isDefinite, best.kind == headline.kind,
                  !Set(best.subjectWords).intersection(headlineWords).subtracting(measureWords).isEmpty else { return nil }
        }
        // The sentence that restates the headline may give its figure in parts, and the lede may
        // give it in words this reading did not take for the same claim.
        let ledeSentences = facts.sentences.indices.filter { facts.sentences[$0].blockIndex == ledeBlock }
        if isStated(headline, in: [best.quantity.sentence], body, facts) { return nil }
        // The lede's figure is one part of a total the story adds up to the headline's; a lede
        // that restates the total wrongly beside such parts still clashes.
        if partsOfSum(headline, candidates).contains(best.quantity.span) { return nil }
        if isInText(headline, sentences: ledeSentences, body, facts) { return nil }
        return best
    }

    /// Whether the headline's number is written in these sentences, outside any figure read as
    /// another kind of claim.
    static func isInText(_ headline: ClaimFrame, sentences: [Int], _ body: [ClaimFrame], _ facts: ArticleFacts) -> Bool {
        let target = headline.quantity.mantissa
        var otherKind = Set<Int>()
        for frame in body where frame.hasComparableUnit(headline) && !(frame.kind == headline.kind || (frame.kind.isLevel && headline.kind.isLevel)) {
            otherKind.insert(frame.quantity.tokens.lowerBound)
        }
        let numberWords = facts.lexicons["number-words"]
        let loose = facts.lexicons["loose-number-words"]
        for index in sentences {
            for position in facts.sentences[index].tokens where !otherKind.contains(position) {
                let token = facts.tokens[position]
                if token.kind == .number, let value = Double(token.text.replacingAll(",", with: "")), abs(value - target) < 1e-9 { return true }
                if token.kind == .word, !loose.contains(token), let key = numberWords.key(for: token),
                   let value = Double(key), abs(value - target) < 1e-9 { return true }
            }
        }
        return false
    }

    /// "two other communities", "another 500 jobs": a further part, not the headline's figure.
    static func isAdditional(_ frame: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        var index = frame.quantity.extent.lowerBound - 1
        let lower = facts.sentences[frame.quantity.sentence].tokens.lowerBound
        let additional = facts.lexicons["additional-words"]
        if index >= lower, facts.lexicons["indefinite-articles"].contains(lowercased: facts.tokens[index].lower) { index -= 1 }
        if index >= lower, additional.contains(lowercased: facts.tokens[index].lower) { return true }
        let after = frame.quantity.extent.upperBound
        // "another" stands only before a figure.
        return frame.measure.modifiers.contains { additional.key(lowercased: $0).map { $0 != "another" } ?? false }
            || (after < facts.tokens.count && facts.tokens[after].lower == "more")
    }

    /// How well a story figure matches the headline's: the same measure with the same words
    /// first, then the words around them.
    private static func score(_ frame: ClaimFrame, _ headline: ClaimFrame, _ words: Set<String>) -> Int {
        var score = 0
        if !frame.measure.isEmpty, frame.measure.head == headline.measure.head { score += 10 }
        if frame.measure.modifiers == headline.measure.modifiers { score += 2 }
        // "CAR SALES" against "truck sales": other words for the same noun count against it.
        let mine = Set(frame.measure.modifiers), theirs = Set(headline.measure.modifiers)
        if !mine.isSubset(of: theirs) && !theirs.isSubset(of: mine) { score -= 5 }
        return score + Set(frame.subjectWords).intersection(words).count
    }

    /// Whether a story figure gives the headline's: equal at either's precision, a headline
    /// rounding, or inside its range.
    static func supports(_ frame: ClaimFrame, _ headline: ClaimFrame) -> Bool {
        var story = frame
        story.quantity.unit = headline.quantity.unit
        if story.rangeWith != nil || headline.rangeWith != nil { return story.agrees(with: headline) }
        if story.quantity.isSameFigure(as: headline.quantity) { return true }
        // A bound or an approximation supports a figure near it ("more than 70" and 73), not any
        // figure on its side ("up to 12.5" and 7.5).
        if story.agrees(with: headline), story.quantity.hedge != .exact || headline.quantity.hedge != .exact {
            let a = abs(story.quantity.value), b = abs(headline.quantity.value)
            if abs(a - b) <= max(a, b) * 0.1 { return true }
        }
        return isRounding(headline.quantity, of: frame.quantity)
    }

    /// Whether the headline's number is in the story: a figure of a comparable unit and the
    /// same kind anywhere that gives it or that it rounds, any number in the sentences that
    /// state the claim, or two or three numbers of one such sentence that add up to it ("310
    /// MLN DLR PACKAGE" for a 300 mln loan and a 10 mln grant; "12 OFFICES" for 11 and one).
    static func isStated(_ headline: ClaimFrame, in candidateSentences: Set<Int>, _ body: [ClaimFrame], _ facts: ArticleFacts) -> Bool {
        let target = headline.quantity.value
        let tolerance = max(headline.quantity.roundingError, abs(target) * 0.005)
        var framed = Set<Int>()
        for frame in body {
            framed.insert(frame.quantity.tokens.lowerBound)
            // A number read as a figure of another kind or unit ("its 30 pct interest" against
            // "SELLS 30 PCT"; "25 mln dlr" against "25 MLN STG") does not support the headline.
            guard frame.hasComparableUnit(headline), frame.kind == headline.kind || (frame.kind.isLevel && headline.kind.isLevel) else { continue }
            if let mine = frame.period, let theirs = headline.period, mine != theirs, !candidateSentences.contains(frame.quantity.sentence) { continue }
            // A figure someone is quoted giving is theirs, not the headline's.
            if frame.position == .quote { continue }
            if abs(frame.quantity.value - target) <= tolerance + 1e-9 || isRounding(headline.quantity, of: frame.quantity) { return true }
        }
        let numberWords = facts.lexicons["number-words"]
        let scales = facts.lexicons["scales"]
        let loose = facts.lexicons["loose-number-words"]
        for index in candidateSentences.sorted() {
            let sentence = facts.sentences[index]
            // "12 miners … two days after": a date or duration is no part of a figure.
            var timed = Set<Int>()
            for expression in facts.temporal where expression.tokens.overlaps(sentence.tokens) { timed.formUnion(expression.tokens) }
            var values: [Double] = []
            for position in sentence.tokens where !timed.contains(position) {
                let token = facts.tokens[position]
                var value: Double?
                if token.kind == .number, !token.text.utf8.contains(where: { $0 == 0x2F || $0 == 0x3A || $0 == 0x2D }) {
                    value = Double(token.text.replacingAll(",", with: ""))
                } else if token.kind == .word, !loose.contains(token), let key = numberWords.key(for: token) {
                    value = Double(key)
                }
                guard var number = value else { continue }
                if position + 1 < sentence.tokens.upperBound, let key = scales.key(lowercased: facts.tokens[position + 1].lower), let factor = Double(key) {
                    number *= factor
                }
                if !framed.contains(position) {
                    if abs(number - target) <= tolerance + 1e-9 { return true }
                    var rounded = headline
                    rounded.quantity.value = number
                    if isRounding(headline.quantity, of: rounded.quantity) { return true }
                }
                values.append(number)
            }
            guard values.count >= 2, values.count <= 12 else { continue }
            for i in values.indices {
                for j in values.indices where j > i {
                    if abs(values[i] + values[j] - target) <= tolerance { return true }
                    for k in values.indices where k > j && abs(values[i] + values[j] + values[k] - target) <= tolerance { return true }
                }
            }
        }
        return false
    }

    /// "STORMS KILL 20" over "12 people died in Alton" and "eight were killed in Brayford": the
    /// headline's figure is the sum of two to four statements of its claim in the story, in any
    /// sentences. Gives the statements of every such sum; a figure someone is quoted giving does
    /// not count.
    static func partsOfSum(_ headline: ClaimFrame, _ candidates: [ClaimFrame]) -> Set<SourceSpan> {
        var seen = Set<SourceSpan>()
        let parts = candidates.filter { $0.position != .quote && $0.hasComparableUnit(headline) && $0.rangeWith == nil && seen.insert($0.quantity.span).inserted }
        guard parts.count >= 2, parts.count <= maximumParts else { return [] }
        let target = headline.quantity.value
        let tolerance = max(headline.quantity.roundingError, abs(target) * 0.005) + 1e-9
        var found = Set<SourceSpan>()
        // Every subset of two to four figures, by bit mask (at most 2^12).
        for mask in 1..<(1 << parts.count) where (2...4).contains(mask.nonzeroBitCount) {
            var sum = 0.0
            for index in parts.indices where mask & (1 << index) != 0 { sum += parts[index].quantity.value }
            guard abs(sum - target) <= tolerance else { continue }
            for index in parts.indices where mask & (1 << index) != 0 { found.insert(parts[index].quantity.span) }
        }
        return found
    }

    /// Statements of one claim beyond this many are a list of figures, not parts of one total.
    static let maximumParts = 12

    /// "VELL SAYS FLOODS KILLED 1,200 SHEEP" for 1,269; "75 PCT" for 75.9 pct: a headline may
    /// round a figure of three or more digits to its own significant digits, or drop decimals.
    static func isRounding(_ headline: Quantity, of body: Quantity) -> Bool {
        if headline.decimals == 0, body.decimals > 0, abs(headline.value - body.value) < headline.scale { return true }
        let value = abs(headline.value / headline.scale)
        // Beyond 1e15 a Double has no whole-number digits to round to (and Int(value) would trap).
        guard headline.decimals == 0, value >= 100, value < 1e15, value == value.rounded() else { return false }
        var digits = String(Int(value))
        var trailing = 0
        while digits.hasSuffix("0") { digits.removeLast(); trailing += 1 }
        guard digits.count >= 2, trailing >= 1 else { return false }
        var step = 1.0
        for _ in 0..<trailing { step *= 10 }
        let other = abs(body.value / headline.scale)
        return (other / step).rounded(.down) * step == value || (other / step).rounded() * step == value
    }
}
