/// One unit of prose: the headline, the date line, a heading, a paragraph, a list item or a
/// block-quote paragraph. Sentences never cross a block boundary.
public struct Block: Sendable, Hashable {
    /// What the block is in the article's structure.
    public enum Kind: String, Sendable, Hashable, Codable {
        case headline
        case dateLine
        case heading
        case paragraph
        case listItem
        case blockQuote
    }

    public var kind: Kind
    /// Analysis text with its map back to the source.
    public var text: MappedText
    /// How many block quotes enclose the block (0 for ordinary prose).
    public var quoteDepth: Int

    public init(kind: Kind, text: MappedText, quoteDepth: Int = 0) {
        self.kind = kind
        self.text = text
        self.quoteDepth = quoteDepth
    }
}
