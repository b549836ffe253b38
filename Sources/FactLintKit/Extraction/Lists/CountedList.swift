/// A count followed by the named things it counts: "nine other cities (Helsinki, Oslo, …)",
/// "the three candidates are Ames, Brook and Cole". Only complete lists are read: the last item
/// comes after "and", and nothing says the list is a selection ("including", "such as").
public struct CountedList: Sendable, Hashable {
    /// The stated count.
    public var count: Int
    /// The count and what it counts, as written ("nine other cities").
    public var counted: String
    /// Where the count and its noun are.
    public var countedSpan: SourceSpan
    /// The items, as written, in order.
    public var items: [String]
    /// From the first item to the last.
    public var listSpan: SourceSpan
    /// The sentence of the count.
    public var sentence: Int

    public init(count: Int, counted: String, countedSpan: SourceSpan, items: [String], listSpan: SourceSpan, sentence: Int) {
        self.count = count
        self.counted = counted
        self.countedSpan = countedSpan
        self.items = items
        self.listSpan = listSpan
        self.sentence = sentence
    }
}
