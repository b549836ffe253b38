/// One reported inconsistency.
public struct Finding: Sendable, Hashable, Comparable {
    public var path: String
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var span: SourceSpan
    public var location: SourceLocation
    public var related: [RelatedLocation]
    /// The facts and slot values the rule matched, each located: why it fired.
    public var evidence: [Evidence]
    /// A suggested edit, when the rule gives one (`suggest:`).
    public var fix: Fix?

    public init(path: String, ruleID: String, severity: Severity, message: String, span: SourceSpan,
                location: SourceLocation, related: [RelatedLocation] = [], evidence: [Evidence] = [], fix: Fix? = nil) {
        self.path = path
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.span = span
        self.location = location
        self.related = related
        self.evidence = evidence
        self.fix = fix
    }

    /// Report order: path, line, column, rule, then the rest so the order is total.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}
