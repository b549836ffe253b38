/// Two dates whose order the words fix, and what fixes it: "postponed delivery to July 1-20 from
/// June 5-25" puts July after June; "brought forward the vote to May 2 from May 9" puts May 2
/// first; "launched a plan in 2003 to triple sales by 2007" puts the target after the launch.
public struct DatePair: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// "postponed", "delayed", "pushed back": the new date comes after the old one.
        case postponed
        /// "brought forward", "moved up": the new date comes before the old one.
        case broughtForward = "brought-forward"
        /// "launched a plan … by 2007", "pledged in 2005 to … by 2010": the target comes after the
        /// date the plan was made.
        case target
    }

    public var kind: Kind
    /// The word that fixes the order, as written ("postponed"), and where it is.
    public var cue: String
    public var cueSpan: SourceSpan
    /// Indices into ``ArticleFacts/temporal`` of the date that must come first and the date that
    /// must come later.
    public var earlier: Int
    public var later: Int

    public init(kind: Kind, cue: String, cueSpan: SourceSpan, earlier: Int, later: Int) {
        self.kind = kind
        self.cue = cue
        self.cueSpan = cueSpan
        self.earlier = earlier
        self.later = later
    }
}
