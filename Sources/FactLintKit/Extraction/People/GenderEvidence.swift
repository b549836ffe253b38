/// Something in the copy that gives a person's sex: an honorific ("Mr Pryce"), a gendered title
/// ("chairwoman") or a pronoun whose antecedent is unambiguous ("she added").
public struct GenderEvidence: Sendable, Hashable {
    public enum Gender: String, Sendable, Hashable {
        case male, female
    }

    public enum Source: String, Sendable, Hashable {
        case honorific, title, pronoun
    }

    public var gender: Gender
    public var source: Source
    /// The word as written ("Mr", "her", "chairwoman").
    public var text: String
    public var span: SourceSpan
    public var sentence: Int
    /// For a pronoun, the mention of the person read as its antecedent.
    public var antecedent: SourceSpan?
}
