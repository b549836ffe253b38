/// One place a ``TokenPattern`` matched, with what each slot bound.
public struct PatternMatch: Sendable {
    /// What a slot matched: its tokens and a normalised value to compare.
    public struct Binding: Sendable {
        public var slot: TokenPattern.Slot
        public var tokens: Range<Int>
        public var span: SourceSpan
        /// The text as written.
        public var text: String
        /// The value compared by consistency and uniqueness: a person's identity, a date's
        /// calendar value, a number's value, a title's normalised form.
        public var key: String
    }

    public var tokens: Range<Int>
    public var span: SourceSpan
    public var sentence: Int
    public var bindings: [Binding]

    /// The first binding of a slot.
    public func binding(_ slot: TokenPattern.Slot) -> Binding? { bindings.first { $0.slot == slot } }
}
