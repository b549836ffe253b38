/// The same claim stated with different numbers. Figures are compared by their claim frames
/// (``ClaimFrame``): what they measure, their kind, basis, period and subject, never by the
/// words that happen to stand near them.
///
/// - The headline against the story: the headline's figure must be found in the story (exactly,
///   rounded, within a range, or as the sum of two or three figures); if it is not, the story's
///   statement of the same claim, the lede's first, is reported.
/// - A figure in the story against an earlier statement of the same claim, when the later one
///   refers back ("the 400,000 bpd shortfall", "Of the 23 people who died", "Freedonia's 800,000
///   teachers"), restates the lede's count with the same words ("2,500 new jobs", "3,500 new
///   jobs"), or repeats its sentence nearly word for word.
/// - A table cell against the prose that gives the same measure for the same period.
/// - An amount written as already known ("in default on the $43.8bn.") against the one earlier
///   amount of its currency and scale ("a $48.3bn bond swap").
/// - Vote tallies: "7-2" and "8-1" for one vote of nine, "passed 6-3" and "five in favour".
public struct NumberAgreementCheck: Check {
    public static let name = "number-agreement"
    public static let summary = "The same claim is stated with different numbers."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-shared-words", .integer, default: "3", help: "Words two restatements must share around the number when nothing else ties them."),
        ParameterSpec("min-similarity", .number, default: "0.5", help: "Share of those words (Jaccard) two such restatements must have in common."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "number": "the figure as written here",
        "other.number": "the other figure",
        "other.line": "the line of the other figure",
        "where": "'the headline' or 'line N'",
        "measure": "what the figure measures, when known",
    ]) { $1 }

    /// Earlier frames remembered per measure; a measure with more statements than this is
    /// a list of figures, not one claim.
    static let maximumPostings = 64
    private let minimumShared: Int
    private let minimumSimilarity: Double

    public init(parameters: ParameterValues) throws(ParameterError) {
        minimumShared = parameters.integer("min-shared-words", default: 3)
        minimumSimilarity = parameters.number("min-similarity", default: 0.5)
        guard minimumShared >= 1 else { throw ParameterError(parameter: "min-shared-words", message: "must be at least 1") }
        guard minimumSimilarity > 0, minimumSimilarity <= 1 else { throw ParameterError(parameter: "min-similarity", message: "must be between 0 and 1") }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let frames = facts.claims.filter { $0.kind != .tally && ($0.isHeadline || facts.isInScope(sentence: $0.quantity.sentence, scope)) }
        let body = frames.filter { !$0.isHeadline }
        var matches: [CheckMatch] = []
        var reported = Set<SourceSpan>()
        // By index: iterating the frames copied every one of them.
        for index in frames.indices where frames[index].isHeadline {
            let headline = frames[index]
            guard let clash = HeadlineFigure.clash(headline, body, facts) else { continue }
            reported.insert(clash.quantity.span)
            matches.append(match(clash, other: headline, otherWhere: "the headline", facts))
        }
        matches += restatements(body, facts, reported: &reported)
        matches += DefiniteAmount.clashes(frames, facts).filter { !reported.contains($0.later.quantity.span) }.map { later, earlier in
            match(later, other: earlier, otherWhere: "line \(facts.line(of: earlier.quantity.span))", facts)
        }
        matches += DefiniteChange.clashes(frames, facts).filter { !reported.contains($0.later.quantity.span) }.map { later, earlier in
            match(later, other: earlier, otherWhere: earlier.isHeadline ? "the headline" : "line \(facts.line(of: earlier.quantity.span))", facts)
        }
        matches += TallyComparison.clashes(facts.claims.filter { $0.kind == .tally }, facts).map { later, earlier in
            match(later, other: earlier, otherWhere: earlier.isHeadline ? "the headline" : "line \(facts.line(of: earlier.quantity.span))", facts)
        }
        return matches.sorted { $0.span < $1.span }
    }

    /// Later statements in the story that contradict an earlier statement of the same claim.
    private func restatements(_ body: [ClaimFrame], _ facts: ArticleFacts, reported: inout Set<SourceSpan>) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        var postings: [String: [Int]] = [:]
        // Positions in `body`, not frames: a frame copied retains a dozen strings and arrays.
        var bySentence: [Int: [Int]] = [:]
        for index in body.indices { bySentence[body[index].quantity.sentence, default: []].append(index) }
        let ledeBlock = facts.ledeBlock
        let currencies = facts.lexicons["currency-units"]
        var stated: StatedNumbers?
        for (index, later) in body.enumerated() {
            let key = later.measure.head
            defer {
                do {
                    postings[key, default: []].append(index)
                    if postings[key]!.count > Self.maximumPostings { postings[key]!.removeFirst() }
                }
            }
            guard !reported.contains(later.quantity.span), !later.isPartitive, let earlier = postings[key] else { continue }
            // A measure read from a verb, or none, only ties sentences worded alike.
            let loose = later.measure.isEmpty || later.measure.source == .verb
            // Cells of tables are compared with prose, never with one another: a table's rows
            // and sections are different claims by design.
            let candidates = earlier.filter { candidate in
                body[candidate].quantity.sentence != later.quantity.sentence && !(body[candidate].position == .table && later.position == .table)
                    && body[candidate].isSameClaim(as: later, loose ? .parallel : .story)
            }.map { body[$0] }
            guard !candidates.isEmpty, !candidates.contains(where: { $0.agrees(with: later) }) else { continue }
            // What ties the two statements: the later one refers back, repeats the lede's count
            // with the same words, stands in a table, or its sentence is nearly the earlier one's.
            // "another 8.9 pct", "a further 500 jobs": a new part, not the same figure again.
            if isAdditional(later, facts) { continue }
            let referringBack = later.isDefinite && !isStatedEarlier(later, facts, &stated)
            let tied = candidates.filter { earlier in
                // A figure that refers back ("the 400,000 bpd shortfall last February", "Of the
                // 23 people who died", "Freedonia's 800,000 teachers") restates a figure of the
                // same casualty, owner or period; "the 1,850 staff at the mill" may be another
                // group of workers. A share ("the 31 pct of the sector") never refers back.
                if referringBack && !loose && later.quantity.unit != "percent"
                    && Set(later.measure.modifiers).isSubset(of: Set(earlier.measure.modifiers))
                    && (later.measure.source == .equivalence || (isPossessive(later, facts) && later.subject == earlier.subject)
                        || (later.period != nil && later.period == earlier.period)) { return true }
                // "Tollard's 5.2 mln stg fee" and later "the 5.7 mln stg fee": a figure that refers
                // back with no owner of its own restates the one earlier figure of its measure and
                // unit, when that one names its owner and is near it in size (within half as much
                // again); or, of several, the one sum of money for the same thing with two
                // neighbouring digits swapped ("a 2.75 billion crown loan", "the 2.57 billion crown loan").
                if referringBack && !loose && later.subject == nil
                    && ((earlier.subject != nil && candidates.count == 1) || (currencies.contains(lowercased: later.quantity.unit) && !later.measure.head.isEmpty
                        && later.measure.head == earlier.measure.head && DigitSlip.isTransposition(earlier.quantity, later.quantity)))
                    && later.quantity.unit == earlier.quantity.unit && later.quantity.unit != "percent" && later.kind == earlier.kind
                    && Set(later.measure.modifiers).isSubset(of: Set(earlier.measure.modifiers))
                    && max(later.quantity.value, earlier.quantity.value) <= 1.5 * min(later.quantity.value, earlier.quantity.value) { return true }
                // So does "the 680 mln dlr deficit" after the one deficit of the story ("the
                // deficit narrowed to 640 mln dlrs in May"): a sum of money named by its own
                // noun, with no owner, no period and no rate of its own ("per bushel"), against the
                // level a change reached, both exact. "A 2.75 billion crown loan" and "the 2.5
                // billion crown loan" may be two loans.
                if referringBack && later.subject == nil && later.period == nil && candidates.count == 1 && later.kind == .level && earlier.kind == .changeTo
                    && later.measure.source == .noun && !later.measure.head.isEmpty && later.measure.head == earlier.measure.head
                    && currencies.contains(lowercased: later.quantity.unit) && later.quantity.unit == earlier.quantity.unit
                    && later.quantity.hedge == .exact && earlier.quantity.hedge == .exact && later.rangeWith == nil && earlier.rangeWith == nil
                    && !(later.qualifiers + earlier.qualifiers).contains(where: { $0.hasPrefix("per:") })
                    && Set(later.measure.modifiers).isSubset(of: Set(earlier.measure.modifiers))
                    && max(later.quantity.value, earlier.quantity.value) <= 1.5 * min(later.quantity.value, earlier.quantity.value) { return true }
                // "its May 4 bid of 27.60 dlrs a share" and "On May 4, ... bid 27.06 dlrs a
                // share": one sum of money for one thing on one day, with two digits swapped.
                // Counts are left out: "12 people" and "21 people" arrested in two places on
                // one day are two figures as often as one.
                if let day = later.period, ClaimFrame.isDay(day), earlier.period == day, later.measure.head == earlier.measure.head,
                   !later.measure.head.isEmpty, later.subject == earlier.subject, later.qualifiers == earlier.qualifiers,
                   currencies.contains(lowercased: later.quantity.unit),
                   DigitSlip.isTransposition(earlier.quantity, later.quantity) { return true }
                // A table cell against prose: the same measure, the same words, the same period, and
                // a sentence of prose, not a stray piece of the table.
                if later.position == .table || earlier.position == .table {
                    let prose = later.position == .table ? earlier : later
                    return earlier.period == later.period && Set(earlier.measure.modifiers) == Set(later.measure.modifiers)
                        && facts.sentences[prose.quantity.sentence].tokens.count >= 6
                }
                if !loose, facts.sentences[earlier.quantity.sentence].blockIndex == ledeBlock, earlier.quantity.unit.hasPrefix("count:"),
                   earlier.measure.source == .noun, later.measure.source == .noun, earlier.period == later.period, !followsPreposition(later, facts),
                   later.quantity.unit.hasPrefix("count:"), !earlier.measure.modifiers.isEmpty,
                   Set(earlier.measure.modifiers) == Set(later.measure.modifiers) { return true }
                let shared = earlier.sharedContextCount(with: later)
                let union = earlier.context.count + later.context.count - shared
                return shared >= minimumShared && union > 0 && Double(shared) / Double(union) >= minimumSimilarity
                    && isOnlyDifference(earlier, later, body, bySentence, facts)
            }
            guard let best = tied.max(by: { similarity($0, later) < similarity($1, later) || (similarity($0, later) == similarity($1, later) && $0.quantity.span > $1.quantity.span) })
            else { continue }
            reported.insert(later.quantity.span)
            matches.append(match(later, other: best, otherWhere: "line \(facts.line(of: best.quantity.span))", facts))
        }
        return matches
    }

    /// Two sentences alike in wording restate one another only if the figure compared is the
    /// one figure that changed: "12 funds holding more than 40 pct" and "12 funds holding more
    /// than 45 pct". Parallel sentences about two bonds or two crops differ in several figures.
    private func isOnlyDifference(_ earlier: ClaimFrame, _ later: ClaimFrame, _ body: [ClaimFrame], _ bySentence: [Int: [Int]],
                                  _ facts: ArticleFacts) -> Bool {
        let first = (bySentence[earlier.quantity.sentence] ?? []).filter { body[$0].quantity.span != earlier.quantity.span }
        let second = (bySentence[later.quantity.sentence] ?? []).filter { body[$0].quantity.span != later.quantity.span }
        // Sentences with one figure each are as often two items of a list ("Royal's … 1.60
        // billion dlrs", "Bank of Montreal's … 1.46 billion dlrs") as one restated: they must
        // name the same names.
        if second.isEmpty {
            let (mine, theirs) = (names(of: earlier.quantity.sentence, facts), names(of: later.quantity.sentence, facts))
            return !mine.isEmpty && mine == theirs && similarity(earlier, later) >= 0.8
                && otherNumbers(earlier, facts) == otherNumbers(later, facts)
        }
        return second.allSatisfy { b in
            first.contains { a in body[a].quantity.unit == body[b].quantity.unit && body[a].quantity.isSameFigure(as: body[b].quantity) }
        }
    }

    /// "Freedonia's 800,000 teachers": the figure's owner is named right before it.
    private func isPossessive(_ frame: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        let start = frame.quantity.extent.lowerBound
        return start >= 3 && facts.tokens[start - 1].lower == "s" && facts.tokens[start - 2].isApostrophe
            && facts.tokens[start - 3].isCapitalized
    }

    /// "The owners of 12 savings banks": a count inside another noun's phrase names a group
    /// for that noun, not the lede's group again.
    private func followsPreposition(_ frame: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        let start = frame.quantity.extent.lowerBound
        guard start >= 1 else { return false }
        return facts.lexicons["group-prepositions"].contains(lowercased: facts.tokens[start - 1].lower)
    }

    /// The numbers of a figure's sentence other than the figure ("three-month bills", "April 1,
    /// 1994"), sorted: two sentences that differ in them are about different things.
    private func otherNumbers(_ frame: ClaimFrame, _ facts: ArticleFacts) -> [String] {
        let numberWords = facts.lexicons["number-words"]
        return facts.sentences[frame.quantity.sentence].tokens.filter { index in
            !frame.quantity.extent.contains(index)
                && (facts.tokens[index].kind == .number || (facts.tokens[index].classes != 0 && numberWords.contains(lowercased: facts.tokens[index].lower)))
        }.map { facts.tokens[$0].lower }.sorted()
    }

    /// The capitalised words of a sentence after its first word.
    private func names(of sentence: Int, _ facts: ArticleFacts) -> Set<String> {
        let range = facts.sentences[sentence].tokens
        guard range.count > 1 else { return [] }
        return Set(range.dropFirst().filter { facts.tokens[$0].kind == .word && facts.tokens[$0].isCapitalized }.map { facts.tokens[$0].lower })
    }

    /// Whether "another", "further" or the like stands right before the figure.
    private func isAdditional(_ frame: ClaimFrame, _ facts: ArticleFacts) -> Bool {
        var index = frame.quantity.extent.lowerBound - 1
        let lower = facts.sentences[frame.quantity.sentence].tokens.lowerBound
        if index >= lower, facts.lexicons["indefinite-articles"].contains(lowercased: facts.tokens[index].lower) { index -= 1 }
        guard index >= lower else { return false }
        return facts.lexicons["additional-words"].contains(lowercased: facts.tokens[index].lower)
    }

    /// Whether the figure's number appears anywhere before it: "the three libraries" may refer
    /// to "two of the county's 9 depots", whatever frame that was read as.
    /// The article's numbers are read once, at the first question (``StatedNumbers``): reading
    /// the text before every such figure was quadratic on a long article.
    private func isStatedEarlier(_ frame: ClaimFrame, _ facts: ArticleFacts, _ stated: inout StatedNumbers?) -> Bool {
        if stated == nil {
            stated = StatedNumbers(facts.tokens, numberWords: facts.lexicons["number-words"], loose: facts.lexicons["loose-number-words"])
        }
        return stated!.isStated(frame.quantity.mantissa, before: frame.quantity.tokens.lowerBound)
    }

    private func similarity(_ a: ClaimFrame, _ b: ClaimFrame) -> Double {
        let shared = a.sharedContextCount(with: b)
        let union = a.context.count + b.context.count - shared
        return union > 0 ? Double(shared) / Double(union) : 0
    }

    private func match(_ claim: ClaimFrame, other: ClaimFrame, otherWhere: String, _ facts: ArticleFacts) -> CheckMatch {
        CheckMatch(span: claim.quantity.span, values: [
            "number": claim.quantity.text, "other.number": other.quantity.text,
            "other.line": String(facts.line(of: other.quantity.span)), "where": otherWhere,
            "measure": claim.measure.text,
        ], related: [.init(span: other.quantity.span, message: "'\(other.quantity.text)' is given here")])
    }
}
