/// A title given to a person: "Finance Minister", "Azerbaijan's chief of general staff",
/// "Federal Reserve Board Vice Chairman".
public struct PersonTitle: Sendable, Hashable {
    /// The title as written.
    public var text: String
    /// The head word, lowercased ("minister", "chairman").
    public var role: String
    /// Words that change the role, in order ("vice", "deputy", "acting", "elect").
    public var modifiers: [String]
    /// Other words of the title, lowercased: portfolio and organisation ("finance", "federal",
    /// "reserve", "board", "general", "staff").
    public var qualifiers: Set<String>
    /// The organisation or country it belongs to, when the copy names one ("Azerbaijan",
    /// "Russia's Ground Forces").
    public var org: String?
    /// "former Finance Minister": a past role, which may differ from the current one.
    public var isFormer: Bool
    public var span: SourceSpan
    public var sentence: Int
    public var inQuote: Bool
    /// Token indices in ``ArticleFacts/tokens``.
    public var tokens: Range<Int> = 0..<0

    /// Whether two titles can be the same role: same head and modifiers, and one's qualifiers a
    /// subset of the other's ("Minister" and "Finance Minister"; "Chief of General Staff" and
    /// "Azerbaijan's chief of general staff").
    public func isCompatible(with other: PersonTitle) -> Bool {
        guard role == other.role else { return true }
        guard modifiers.filter({ $0 != "former" }) == other.modifiers.filter({ $0 != "former" }) else { return false }
        return qualifiers.isSubset(of: other.qualifiers) || other.qualifiers.isSubset(of: qualifiers)
    }

    /// A short form for messages: "Vice Chairman", "Finance Minister".
    public var displayText: String { text }
}
