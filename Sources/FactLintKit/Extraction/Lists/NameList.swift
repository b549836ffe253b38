/// Names set side by side as separate items of one list: a coordinated list in prose ("Ames,
/// Brook, Cole and Dunn"; "Ames, Brook, Cole"), or a line-up or results line ("Ames; Brook,
/// Cole (capt), Dunn", "Ames (Rovers), Brook (United), Cole"), with the line-up lines that follow
/// one another read as one list. Each item names its own person, place or thing, so two items
/// of one list are two names, however close their spellings ("Shaanxi" and "Shanxi" among
/// provinces, "McMullen" and "McMillan" in one team).
public struct NameList: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Items separated by commas in a sentence of prose, "and" or "or" before the last.
        case coordinated
        /// Whole sentences that are nothing but names separated by commas or semicolons, with
        /// labels ("Replacements:"), parentheses ("(capt)", "(Rovers)") and figures.
        case lineUp = "line-up"
    }

    /// One item: a name of up to five words.
    public struct Item: Sendable, Hashable {
        public var text: String
        public var span: SourceSpan
        /// The item's tokens.
        public var tokens: Range<Int>
    }

    public var kind: Kind
    /// The items in reading order (three or more).
    public var items: [Item]
    /// The sentences the list spans (one for a coordinated list).
    public var sentences: Range<Int>

    public init(kind: Kind, items: [Item], sentences: Range<Int>) {
        self.kind = kind
        self.items = items
        self.sentences = sentences
    }
}
