/// One event said or known to come before another.
public struct OrderConstraint: Sendable, Hashable {
    /// What says so.
    public enum Source: String, Sendable, Hashable {
        /// A word in the text: "after", "before", "subsequently".
        case connective
        /// The order knowledge of `event-order`: an election comes before the swearing-in.
        case knowledge
    }

    /// Index into ``Timeline/events`` of the earlier event.
    public var earlier: Int
    /// Index of the later event.
    public var later: Int
    public var source: Source
    /// Where the connective is, for a connective.
    public var span: SourceSpan?
    /// The connective or the rule as written ("after", "election before swearing-in").
    public var reason: String

    public init(earlier: Int, later: Int, source: Source, span: SourceSpan? = nil, reason: String) {
        self.earlier = earlier
        self.later = later
        self.source = source
        self.span = span
        self.reason = reason
    }
}
