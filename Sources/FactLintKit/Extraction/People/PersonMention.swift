/// One place a person is named or referred to.
public struct PersonMention: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// "Arvid Solbakk", "Chief of General Staff Arvid Solbakk" (the name part).
        case fullName
        /// "Solbakk said".
        case surname
        /// "Ms Hewitt".
        case honorific
        /// "says Azerbaijan's chief of general staff": the title stands for the person.
        case title
    }

    public var kind: Kind
    /// The mention as written.
    public var text: String
    public var span: SourceSpan
    public var sentence: Int
    public var tokens: Range<Int>
    /// "Mr", "Ms"… when the mention has one.
    public var honorific: String?
    /// Whether it stands inside quotation marks.
    public var inQuote: Bool
}
