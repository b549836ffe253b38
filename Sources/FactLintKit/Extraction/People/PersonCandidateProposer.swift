/// Proposes the people named in one sentence: each name with the title written beside it, and
/// titles that stand for a person on their own ("says Azerbaijan's chief of general staff").
///
/// Linking mentions into people, and every check, read only what a proposer returns, so a
/// statistical recogniser can replace or join the rule-based ``CapitalisedRunProposer``
/// without touching them.
protocol PersonCandidateProposer: Sendable {
    func propose(in sentence: SentenceContext, titles: TitleContextReader) -> PersonProposals
}
