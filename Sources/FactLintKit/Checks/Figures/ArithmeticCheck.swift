/// Figures that must add up and do not, each finding with its computation: a stated total
/// against its parts (prose and tables), parts in one sentence that exceed the whole told in
/// another, a percentage against the counts it is computed from, a change against its before
/// and after values, a scale slip (an amount compared with
/// one a thousand times its size with nearly the same digits), and profit per share ten or a
/// hundred times profit over the share count, and shares of one vote's answers over 100%. Every figure's rounding and
/// hedge is allowed for: only arithmetic no reading of the figures can make right is reported.
public struct ArithmeticCheck: Check {
    public static let name = "arithmetic"
    public static let summary = "Figures that must add up do not: totals, shares, changes and scales."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "computation": "the computation that fails ('4 + 5 = 9, not the total of 10 on line 3')",
        "figure": "the figure reported, as written",
        "other": "for a scale slip, the figure it is compared with",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let matches = TotalArithmetic.findings(facts, scope: scope) + ShareArithmetic.findings(facts, scope: scope)
            + ChangeArithmetic.findings(facts, scope: scope) + DifferenceArithmetic.findings(facts, scope: scope)
            + ScaleSlip.findings(facts, scope: scope)
            + PartsOverWhole.findings(facts, scope: scope) + PerShareArithmetic.findings(facts, scope: scope)
            + PerShareProse.findings(facts, scope: scope)
            + RemainderArithmetic.findings(facts, scope: scope)
            + ApposedShare.findings(facts, scope: scope) + VoteShares.findings(facts, scope: scope)
            + ApposedBreakdown.findings(facts, scope: scope)
        var seen = Set<SourceSpan>()
        return matches.sorted { $0.span < $1.span }.filter { seen.insert($0.span).inserted }
    }
}
