/// A count that disagrees with the list of what it counts: "nine other cities (Helsinki, Oslo,
/// …)" with eight named. Reads the article's counted lists (``CountedList``), which hold only
/// complete lists of names.
public struct ListCountCheck: Check {
    public static let name = "list-count"
    public static let summary = "A stated count differs from the number of things then named."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "counted": "the count and its noun, as written",
        "named": "how many things the list names",
        "items": "the list, as written",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        facts.countedLists.filter { $0.count != $0.items.count && facts.isInScope(sentence: $0.sentence, scope) }.map { list in
            CheckMatch(span: list.countedSpan, values: [
                "counted": list.counted,
                "named": String(list.items.count),
                "items": Self.joined(list.items),
            ], related: [.init(span: list.listSpan, message: "\(list.items.count) named here")])
        }
    }

    /// "A, B and C".
    static func joined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
