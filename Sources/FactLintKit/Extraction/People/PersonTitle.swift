/// A title given to a person, with its structure: "former deputy finance minister of Tarvik" is
/// the head "minister" (a government office), the rank "deputy", the portfolio "finance", the
/// organisation Tarvik and the tenure former.
public struct PersonTitle: Sendable, Hashable {
    /// The title as written.
    public var text: String
    /// The post's head, canonical and lowercased ("minister", "chief executive", "governor"
    /// for "Gov.").
    public var role: String
    /// What kind of post the head names.
    public var kind: PostOntology.Kind = .other
    /// How it combines with other posts (office, seat, rank, generic, occupation).
    public var postClass: PostOntology.PostClass = .generic
    /// Rank modifiers that make it a different post, canonical, in order ("deputy", "vice",
    /// "acting", "elect").
    public var modifiers: [String]
    /// The other words of the title, lowercased: its portfolio and the like ("finance",
    /// "general", "staff"). Organisation and party words are not among them.
    public var qualifiers: Set<String>
    /// The organisation, country or body it belongs to, as written ("Azerbaijan", "ECB",
    /// "Russia's Ground Forces", "the company").
    public var org: String?
    /// The organisation resolved through aliases and places ("european central bank" for
    /// "ECB"), or nil when the copy gives none or only "the company".
    public var orgKey: String?
    /// The party it belongs to ("Labour" in "Labour MP").
    public var party: String?
    public var tenure: Tenure = .current
    /// "a director of Acme": one of several holders.
    public var isIndefinite = false
    /// Heads of other posts joined to this one by "and" in the same title ("chairman" in
    /// "chairman and chief executive"): the person holds them together.
    public var heldWith: [String] = []
    /// For a title that names no organisation, the country its sentence names before it ("In
    /// Vell, … Trade and Industry Secretary Ida Moe"), resolved like an organisation.
    public var contextPlace: String?
    /// For a corporate title that names no organisation, the organisation of the same person's
    /// other title when its sentence names it ("Finance director Tarvik said Vantor would …"
    /// after "Aldo Tarvik, managing director of Vantor Group"), as that title's `orgKey`.
    public var contextOrg: String?
    public var span: SourceSpan
    public var sentence: Int
    public var inQuote: Bool
    /// Token indices in ``ArticleFacts/tokens``.
    public var tokens: Range<Int> = 0..<0

    public init(text: String, role: String, modifiers: [String], qualifiers: Set<String>, org: String?, tenure: Tenure = .current,
                span: SourceSpan, sentence: Int, inQuote: Bool, tokens: Range<Int> = 0..<0) {
        self.text = text
        self.role = role
        self.modifiers = modifiers
        self.qualifiers = qualifiers
        self.org = org
        self.tenure = tenure
        self.span = span
        self.sentence = sentence
        self.inQuote = inQuote
        self.tokens = tokens
    }

    /// Whether the copy says the post is not simply held now (former, past, future, outgoing).
    public var isFormer: Bool { tenure != .current }

    /// Whether two titles can be the same post: same head and rank, one's portfolio words a
    /// subset of the other's ("Minister" and "Finance Minister"; "Chief of General Staff" and
    /// "Azerbaijan's chief of general staff"), and no two different organisations or parties.
    public func isCompatible(with other: PersonTitle, ontology: PostOntology? = nil) -> Bool {
        guard role == other.role else { return true }
        guard modifiers == other.modifiers else { return false }
        if let party, let otherParty = other.party, party != otherParty { return false }
        if let ontology, let orgKey, let otherKey = other.orgKey, !ontology.sameOrganisation(orgKey, otherKey) { return false }
        return qualifiers.isSubset(of: other.qualifiers) || other.qualifiers.isSubset(of: qualifiers)
    }

    /// A short form for messages: "Vice Chairman", "Finance Minister".
    public var displayText: String { text }
}
