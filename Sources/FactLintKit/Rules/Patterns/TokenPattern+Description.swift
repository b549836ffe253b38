extension TokenPattern {
    /// A pattern of the first `count` elements, or nil when those cannot match alone (only gaps
    /// and optional parts).
    func prefix(_ count: Int) -> TokenPattern? {
        let elements = Array(self.elements.prefix(count))
        guard elements.contains(where: Self.isRequired) else { return nil }
        return TokenPattern(elements: elements, source: elements.map(Self.describe).joined(separator: " "))
    }

    /// An element as a pattern writes it.
    static func describe(_ element: Element) -> String {
        switch element {
        case let .word(options):
            let written = options.map { $0.joined(separator: " ") }
            return written.count == 1 ? written[0] : "(" + written.joined(separator: "|") + ")"
        case let .slot(slot): return "{\(slot.rawValue)}"
        case .gap: return "..."
        case let .optional(inner): return describe(inner) + "?"
        case let .group(options): return "(" + options.map { $0.map(describe).joined(separator: " ") }.joined(separator: "|") + ")"
        }
    }
}
