/// What a check reports before the rule turns it into a ``Finding``: where, the values for the
/// message placeholders, the other side of the contradiction, and the evidence it matched.
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

    /// A replacement the check itself proposes (the weekday that matches the date, say). A rule's
    /// own `suggest:` takes precedence.
    public struct Replacement: Sendable, Hashable {
        public var span: SourceSpan
        public var text: String

        public init(span: SourceSpan, text: String) {
            self.span = span
            self.text = text
        }
    }

    public var span: SourceSpan
    public var values: [String: String]
    public var related: [Related]
    /// The facts and slot values the check matched, in the order they explain the finding.
    public var evidence: [Evidence]
    public var replacement: Replacement?

    /// Set when the check gave up on this span (a pattern out of steps, a regular expression out
    /// of time): why, phrased to follow "after". The rule then reports that it stopped early
    /// instead of its usual message.
    public var cutShortReason: String?

    public init(span: SourceSpan, values: [String: String], related: [Related] = [], evidence: [Evidence] = [],
                replacement: Replacement? = nil) {
        self.span = span
        self.values = values
        self.related = related
        self.evidence = evidence
        self.replacement = replacement
    }

    /// A span the check stopped checking part-way, and why.
    public init(cutShort span: SourceSpan, reason: String) {
        self.span = span
        self.values = [:]
        self.related = []
        self.evidence = []
        self.cutShortReason = reason
    }
}
