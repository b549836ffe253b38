/// A record told by how far back it reaches: "the lowest level since May 1981", "the poorest
/// harvest for 12 years", "a seven-year low". Two records of one thing must reach back to
/// the same time: "their poorest harvest for 12 years" in 1986 and "the poorest since 1979" cannot both
/// be right.
public struct RecordSpan: Sendable, Hashable {
    /// How far back the record reaches.
    public enum Reach: Sendable, Hashable {
        /// To a date: "since May 1981". The index into ``ArticleFacts/temporal``.
        case since(Int)
        /// A length back from when the record is told: "for 12 years", "seven-year". The index
        /// into ``ArticleFacts/temporal`` of the duration.
        case length(Int)
    }

    public var sentence: Int
    /// 1 for a high ("highest", "best", "a ten-year high"), -1 for a low ("lowest", "worst").
    public var polarity: Int
    public var reach: Reach
    /// The record as written, from its word or its length to the end of both ("lowest level
    /// since May 1981", "seven-year low").
    public var span: SourceSpan
    /// What the record is of, when the word after a superlative says ("harvest" in "the
    /// poorest harvest since 1979"), singular and lowercased.
    public var head: String?
    /// Index into ``ArticleFacts/temporal`` of the other date its sentence gives, when it dates
    /// the record ("in 1986", "yesterday"); without one the record holds on the publication date.
    public var toldOn: Int?

    public init(sentence: Int, polarity: Int, reach: Reach, span: SourceSpan, head: String?, toldOn: Int?) {
        self.sentence = sentence
        self.polarity = polarity
        self.reach = reach
        self.span = span
        self.head = head
        self.toldOn = toldOn
    }
}
