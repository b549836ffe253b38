/// A wire dateline such as `LONDON, March 9 -` or `BALTIMORE (AP) —` at the start of a story.
public struct Dateline: Sendable, Hashable {
    /// The place, as written (`LONDON`).
    public var place: String
    public var placeSpan: SourceSpan
    /// The month and day when the dateline carries them; the year is the publication's.
    public var month: Int?
    public var day: Int?
    public var dateSpan: SourceSpan?
    /// The news agency in parentheses, when given (`AP`, `Reuters`).
    public var agency: String?
    /// The dateline from its first letter up to, not including, the dash.
    public var span: SourceSpan
    /// The dateline's text as written.
    public var text: String

    public init(place: String, placeSpan: SourceSpan, month: Int? = nil, day: Int? = nil, dateSpan: SourceSpan? = nil,
                agency: String? = nil, span: SourceSpan, text: String) {
        self.place = place
        self.placeSpan = placeSpan
        self.month = month
        self.day = day
        self.dateSpan = dateSpan
        self.agency = agency
        self.span = span
        self.text = text
    }
}
