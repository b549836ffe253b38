/// A person's age as the article gives it: "Doyle, 64,", "the 66-year-old Doyle", "died at the
/// age of 93".
public struct AgeStatement: Sendable, Hashable {
    /// How the age is written, which says when it holds.
    public enum Form: String, Sendable, Hashable {
        /// "Doyle, 64," or "Doyle (64)": the age on the publication date.
        case apposition
        /// "the 66-year-old Doyle": the age on the publication date.
        case yearOld
        /// "at the age of 84", "aged 84", "died at 87": the age when the sentence's event happened.
        case atEvent
        /// "became leader at 46", "at the age of 46 she joined": an age at an event told as done
        /// without a date. It held some time before publication, so the person is at least that
        /// old now.
        case earlier
    }

    public var value: Int
    /// Index into ``ArticleFacts/people``.
    public var person: Int
    public var form: Form
    public var span: SourceSpan
    public var sentence: Int
    /// The temporal expression of the time the age holds at, for ``Form/atEvent`` in a dated
    /// sentence; nil means the publication date.
    public var at: Int?
    /// Whether the person was inferred rather than named beside the age ("The 41-year-old
    /// took the lead" after a sentence about one person): such an age may be someone else's.
    public var inferred: Bool

    public init(value: Int, person: Int, form: Form, span: SourceSpan, sentence: Int, at: Int? = nil, inferred: Bool = false) {
        self.value = value
        self.person = person
        self.form = form
        self.span = span
        self.sentence = sentence
        self.at = at
        self.inferred = inferred
    }
}
