/// Which parts of an article a rule reads. Quotations are left out unless a rule asks for them.
public struct RuleScope: Sendable, Hashable {
    public enum Part: String, Sendable, Hashable, CaseIterable {
        case headline
        case lede
        case body
        case quotes
    }

    /// What a rule's `scope:` list may name: the parts, and `outside-quotes`.
    public static let names = Part.allCases.map(\.rawValue) + [outsideQuotesName]
    public static let outsideQuotesName = "outside-quotes"

    public var parts: Set<Part>
    /// Whether text inside inline quotation marks ("…" within a paragraph) is left out: a match
    /// that starts inside a quotation is dropped (`scope: [headline, body, outside-quotes]`).
    public var outsideQuotes = false

    public init(_ parts: Set<Part>, outsideQuotes: Bool = false) {
        self.parts = parts
        self.outsideQuotes = outsideQuotes
    }

    /// Headline, lede and body; not quotations.
    public static let `default` = RuleScope([.headline, .lede, .body])

    /// Whether a sentence is in scope. The lede is the first paragraph of the story.
    public func includes(_ sentence: Sentence, ledeBlock: Int?) -> Bool {
        switch sentence.blockKind {
        case .headline: return parts.contains(.headline)
        case .dateLine: return false
        case .blockQuote: return parts.contains(.quotes)
        case .heading, .listItem: return parts.contains(.body)
        case .paragraph: return sentence.blockIndex == ledeBlock ? parts.contains(.lede) : parts.contains(.body)
        }
    }
}
