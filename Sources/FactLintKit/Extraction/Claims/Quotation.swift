/// A passage in quotation marks, with who said it when the text says.
public struct Quotation: Sendable, Hashable {
    /// The quoted words as written, without the marks.
    public var text: String
    /// The words, lowercased, without punctuation: what quotations are compared by.
    public var words: [String]
    /// Where the quoted words are (inside the marks).
    public var span: SourceSpan
    /// Token indices of the quoted words.
    public var tokens: Range<Int>
    /// The sentence the quotation starts in.
    public var sentence: Int
    /// The person it is attributed to: their key (see ``Person/key``) and fullest name.
    public var speakerKey: String?
    public var speaker: String?
    /// Whether the quotation is a few words inside the writer's own sentence ('had "no other
    /// option" but to'), rather than a statement quoted whole.
    public var isFragment: Bool
    /// Whether the words stand in single marks inside another quotation, whose speaker quotes
    /// someone else: `quotedByKey` is that speaker's key, if named.
    public var isInner: Bool
    public var quotedByKey: String?

    public init(text: String, words: [String], span: SourceSpan, tokens: Range<Int>, sentence: Int, speakerKey: String? = nil,
                speaker: String? = nil, isFragment: Bool = false, isInner: Bool = false, quotedByKey: String? = nil) {
        self.text = text
        self.words = words
        self.span = span
        self.tokens = tokens
        self.sentence = sentence
        self.speakerKey = speakerKey
        self.speaker = speaker
        self.isFragment = isFragment
        self.isInner = isInner
        self.quotedByKey = quotedByKey
    }
}
