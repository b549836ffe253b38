/// A suggested edit for a finding: replace the text at a span with other text. Rules give one
/// with `suggest:`; JSON carries it as `fix`, SARIF as `fixes`, and an editor can apply it.
public struct Fix: Sendable, Hashable {
    public var span: SourceSpan
    public var location: SourceLocation
    /// The text the span is replaced with.
    public var replacement: String
    /// The text now at the span.
    public var original: String

    public init(span: SourceSpan, location: SourceLocation, replacement: String, original: String) {
        self.span = span
        self.location = location
        self.replacement = replacement
        self.original = original
    }

    /// "Replace 'slammed' with 'criticised'", for reports.
    public var summary: String {
        replacement.isEmpty ? "Delete '\(original)'" : "Replace '\(original)' with '\(replacement)'"
    }
}
