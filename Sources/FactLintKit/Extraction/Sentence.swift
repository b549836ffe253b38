/// One sentence of prose, with where it sits in its block and in the source.
public struct Sentence: Sendable, Hashable {
    /// Index into ``Article/blocks``.
    public var blockIndex: Int
    /// Byte range in the block's analysis text.
    public var range: Range<Int>
    /// Span in the source file.
    public var span: SourceSpan
    /// The sentence as analysed: markup removed, line breaks read as spaces.
    public var text: String
    /// The kind of block it came from (headline, paragraph, block quote…).
    public var blockKind: Block.Kind
    /// Indices of its tokens in ``ArticleFacts/tokens``.
    public var tokens: Range<Int> = 0..<0

    public init(blockIndex: Int, range: Range<Int>, span: SourceSpan, text: String, blockKind: Block.Kind) {
        self.blockIndex = blockIndex
        self.range = range
        self.span = span
        self.text = text
        self.blockKind = blockKind
    }
}
