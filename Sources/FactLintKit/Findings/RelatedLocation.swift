/// The other side of a contradiction: where the earlier copy, the other date or the other title is.
public struct RelatedLocation: Sendable, Hashable {
    public var path: String
    public var span: SourceSpan
    public var location: SourceLocation
    public var message: String

    public init(path: String, span: SourceSpan, location: SourceLocation, message: String) {
        self.path = path
        self.span = span
        self.location = location
        self.message = message
    }
}
