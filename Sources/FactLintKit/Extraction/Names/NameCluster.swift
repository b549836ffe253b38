/// One proper name (a person, an organisation, a place or another named thing) with every
/// spelling the article gives it: "Vandermolens" three times and "Vandrmolens" once, "Karen L.
/// Ostrander" and "Karen M. Ostrander", "Red Kites" and "Red Kite". Most names have one spelling.
public struct NameCluster: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case person, organisation, place, other
    }

    /// Why two spellings were read as one name.
    public enum Evidence: String, Sendable, Hashable {
        /// A letter or two differ ("Dorsley", "Dorsely"; "Citadel", "Cidatel").
        case spelling
        /// One word of a longer name differs ("Tabor Hughes", "Tarbor Hughes"; "Red Kites", "Red Kite").
        case partOfName = "part-of-name"
        /// The same surname and role with a first name changed ("Tim Varden", "Tom Varden").
        case firstName = "first-name"
        /// The same first name and surname with another middle initial.
        case middleInitial = "middle-initial"
        /// Written with and without a hyphen or space ("Nord-Est", "Nord Est").
        case hyphenation
        /// A firm's name that ends in "s" written without it ("Tollard's offer", "Tollards Group
        /// PLC"): a slip however often it recurs, while the name in full is used more.
        case firmSingular = "firm-singular"
    }

    /// One way the name is written, with where.
    public struct Spelling: Sendable, Hashable {
        public var text: String
        public var spans: [SourceSpan]
        public var sentences: [Int]
        public var count: Int { spans.count }
    }

    public var kind: Kind
    /// Most used first; ties in reading order.
    public var spellings: [Spelling]
    /// Why the spellings were joined; nil when there is one.
    public var evidence: Evidence?
    /// The person's full name, when the name is a person's.
    public var person: String?
}
