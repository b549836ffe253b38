/// Everything extracted from one article, computed once and shared by every rule.
public struct ArticleFacts: Sendable {
    public var article: Article
    /// Sentences of the headline and the prose blocks, in reading order. The date line is not prose.
    public var sentences: [Sentence]

    public init(article: Article, sentences: [Sentence]) {
        self.article = article
        self.sentences = sentences
    }
}
