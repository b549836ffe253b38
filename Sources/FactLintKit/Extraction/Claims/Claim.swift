/// A quantity with what it counts: the content words around it ("business inventories rose").
public struct Claim: Sendable, Hashable {
    public var quantity: Quantity
    /// Content words of the clause around the number, lowercased and lightly stemmed.
    public var subject: Set<String>
    /// The same words in order, for messages and JSON.
    public var subjectWords: [String]
    /// Content words just before and just after the number, for matching restatements.
    public var context: Set<String>
    public var isHeadline: Bool
}
