/// One fact or slot value a rule matched: why a finding fired. A check attaches evidence to its
/// ``CheckMatch``; the rule locates it, JSON and SARIF carry it, and `--format text --verbose`
/// prints it.
///
/// `name` is the item's role in the rule ("person", "key", "value", "other.value", "trigger"),
/// `kind` what sort of fact it is (a person, a date, a number…), `text` the words as written and
/// `value`, when it differs from the text, the normalised value the check compared.
public struct Evidence: Sendable, Hashable {
    /// What sort of fact an item is. Open-ended: a check may add its own kinds with
    /// `Evidence.Kind("event")`.
    public struct Kind: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { rawValue = value }
        public var description: String { rawValue }
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        public static let person: Kind = "person"
        public static let title: Kind = "title"
        public static let date: Kind = "date"
        public static let number: Kind = "number"
        public static let quantity: Kind = "quantity"
        public static let org: Kind = "org"
        public static let place: Kind = "place"
        /// A word a pattern's `{any}` slot matched.
        public static let word: Kind = "word"
        /// The whole text a pattern matched.
        public static let match: Kind = "match"
        public static let sentence: Kind = "sentence"
        public static let quotation: Kind = "quotation"
        public static let claim: Kind = "claim"
        public static let event: Kind = "event"
    }

    public var name: String
    public var kind: Kind
    public var text: String
    public var span: SourceSpan
    /// The normalised value compared, when it says more than the text ("2024-05-15" for "May 15").
    public var value: String?
    /// Where the item is; set when the rule turns a match into a ``Finding``.
    public var location: SourceLocation?

    public init(name: String, kind: Kind, text: String, span: SourceSpan, value: String? = nil) {
        self.name = name
        self.kind = kind
        self.text = text
        self.span = span
        self.value = value == text ? nil : value
    }
}
