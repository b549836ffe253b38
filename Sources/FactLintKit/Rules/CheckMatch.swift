/// What a check reports before the rule turns it into a ``Finding``: where, the values for the
/// message placeholders, and the other side of the contradiction.
public struct CheckMatch: Sendable, Hashable {
    public struct Related: Sendable, Hashable {
        public var span: SourceSpan
        /// The note shown at the related location, already phrased for an editor.
        public var message: String

        public init(span: SourceSpan, message: String) {
            self.span = span
            self.message = message
        }
    }

    public var span: SourceSpan
    public var values: [String: String]
    public var related: [Related]

    /// Set when the check gave up on this span (a pattern out of steps, a regular expression out
    /// of time): why, phrased to follow "after". The rule then reports that it stopped early
    /// instead of its usual message.
    public var cutShortReason: String?

    public init(span: SourceSpan, values: [String: String], related: [Related] = []) {
        self.span = span
        self.values = values
        self.related = related
    }

    /// A span the check stopped checking part-way, and why.
    public init(cutShort span: SourceSpan, reason: String) {
        self.span = span
        self.values = [:]
        self.related = []
        self.cutShortReason = reason
    }
}
