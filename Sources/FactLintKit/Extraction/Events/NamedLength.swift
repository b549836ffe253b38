/// A thing named with its length: "the council's five-year harbour plan", "five years
/// of economic stagnation". One thing cannot have two lengths: "its ten-year harbour plan"
/// further on contradicts the first.
public struct NamedLength: Sendable, Hashable {
    public var sentence: Int
    /// Index into ``ArticleFacts/temporal`` of the length.
    public var duration: Int
    /// The words that name the thing, lowercased, the last one singular ("immigration", "plan").
    public var words: [String]
    /// What the words before the length make of the mention.
    public enum Determiner: String, Sendable, Hashable {
        /// One thing already known: "the", "its", "the government's".
        case definite
        /// Any one: "a five-year plan", "another".
        case indefinite
        /// Neither: "five years of stagnation".
        case none
    }

    public var determiner: Determiner
    /// The length and the thing as written ("five-year immigration plan").
    public var span: SourceSpan

    public init(sentence: Int, duration: Int, words: [String], determiner: Determiner, span: SourceSpan) {
        self.sentence = sentence
        self.duration = duration
        self.words = words
        self.determiner = determiner
        self.span = span
    }
}
