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

    public var parts: Set<Part> { didSet { mask = Self.mask(of: parts) } }
    /// The parts again, a bit each: every check asks of every sentence, and a Set of these
    /// hashes each part's name.
    private var mask: UInt8
    /// Whether text inside inline quotation marks ("…" within a paragraph) is left out: a match
    /// that starts inside a quotation is dropped (`scope: [headline, body, outside-quotes]`).
    public var outsideQuotes = false

    public init(_ parts: Set<Part>, outsideQuotes: Bool = false) {
        self.parts = parts
        mask = Self.mask(of: parts)
        self.outsideQuotes = outsideQuotes
    }

    private static func mask(of parts: Set<Part>) -> UInt8 {
        parts.reduce(0) { $0 | bit($1) }
    }

    private static func bit(_ part: Part) -> UInt8 {
        switch part {
        case .headline: 1
        case .lede: 2
        case .body: 4
        case .quotes: 8
        }
    }

    /// Whether the scope takes in that part.
    @inline(__always)
    private func has(_ part: Part) -> Bool { mask & Self.bit(part) != 0 }

    /// Headline, lede and body; not quotations.
    public static let `default` = RuleScope([.headline, .lede, .body])

    /// Whether a sentence is in scope. The lede is the first paragraph of the story.
    public func includes(_ sentence: Sentence, ledeBlock: Int?) -> Bool {
        switch sentence.blockKind {
        case .headline: return has(.headline)
        case .dateLine: return false
        case .blockQuote: return has(.quotes)
        case .heading, .listItem: return has(.body)
        case .paragraph: return sentence.blockIndex == ledeBlock ? has(.lede) : has(.body)
        }
    }
}
