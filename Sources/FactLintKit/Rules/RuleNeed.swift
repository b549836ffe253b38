/// Something a rule cannot run without. A rule whose need is not met in an article is not run
/// there, and the article gets one `info` diagnostic naming the rules that could not run, so a
/// missing publication date never switches date rules off in silence.
public enum RuleNeed: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The article's publication date (front matter `date:`, a date line, or `--published`).
    case publicationDate = "publication-date"
    /// A roster of the newsroom's people (`roster:` in `.factlint.yml`, or `--roster`). Not
    /// reported when missing: a newsroom without a roster has chosen not to check against one.
    case roster

    public static func < (lhs: RuleNeed, rhs: RuleNeed) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The needs an article's facts meet.
    public static func met(by facts: ArticleFacts) -> Set<RuleNeed> {
        var met = Set<RuleNeed>()
        for need in allCases where need.isMet(by: facts) { met.insert(need) }
        return met
    }

    /// Whether an article's facts meet the need.
    public func isMet(by facts: ArticleFacts) -> Bool {
        switch self {
        case .publicationDate: return facts.anchor != nil
        case .roster: return facts.roster != nil
        }
    }
}
