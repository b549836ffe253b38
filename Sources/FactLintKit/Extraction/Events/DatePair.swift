/// Two dates whose order the words fix, and what fixes it: "postponed the shipment to August 3-17
/// from July 6-21" puts August after July; "brought forward the vote to May 2 from May 9" puts May 2
/// first; "launched a plan in 2003 to triple sales by 2007" puts the target after the launch;
/// "three years after construction began in 1996" and "its centenary" put a length between them.
public struct DatePair: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// "postponed", "delayed", "pushed back": the new date comes after the old one.
        case postponed
        /// "brought forward", "moved up": the new date comes before the old one.
        case broughtForward = "brought-forward"
        /// "launched a plan … by 2007", "pledged in 2005 to … by 2010": the target comes after the
        /// date the plan was made.
        case target
        /// "opened in 1999, three years after construction began in 1996": the later date comes
        /// that long after the earlier one; "has led it for 12 years, since 1998": the
        /// publication date comes that long after the date.
        case gap
        /// "the club, founded in 1901, celebrated its centenary in 2001": the later date is that
        /// many whole years after the earlier one.
        case anniversary
        /// "the strikes that have hit the port for the past five weeks" and, in another sentence,
        /// "the strikes, which began on May 2": the publication date comes about that long
        /// (give or take one unit) after the start.
        case ongoing
        /// "A six-week pay freeze, imposed on May 4, expires on June 29": a stretch given
        /// its length and the words that open and close it (`span-ends`); the end comes that long
        /// after the start.
        case span
    }

    public var kind: Kind
    /// The word that fixes the order, as written ("postponed"), and where it is.
    public var cue: String
    public var cueSpan: SourceSpan
    /// Indices into ``ArticleFacts/temporal`` of the date that must come first and the date that
    /// must come later; a later date of nil is the publication date ("for 12 years, since 1998").
    public var earlier: Int
    public var later: Int?
    /// For a gap and an anniversary, the time the words put between the two dates.
    public var length: TemporalDuration?

    public init(kind: Kind, cue: String, cueSpan: SourceSpan, earlier: Int, later: Int?, length: TemporalDuration? = nil) {
        self.kind = kind
        self.cue = cue
        self.cueSpan = cueSpan
        self.earlier = earlier
        self.later = later
        self.length = length
    }
}
