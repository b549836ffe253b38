/// A person the article mentions, with every mention and title linked to them.
public struct Person: Sendable, Hashable {
    /// The fullest form of the name found ("Arvid Solbakk").
    public var name: String
    /// The surname, lowercased, used to link "Solbakk said" to "Arvid Solbakk".
    public var key: String
    public var mentions: [PersonMention]
    public var titles: [PersonTitle]
    /// Whether a sentence about the person says a post changes hands ("was named chairman",
    /// "succeeded", "promoted"): the story may then give both the old post and the new.
    public var changesPost = false
    /// Whether a sentence about the person says they leave or left a post, or names a
    /// predecessor ("resigned", "ousted", "was"): another person may have held it.
    public var leavesPost = false
    /// Honorifics, gendered titles and unambiguous pronouns that give the person's sex, in
    /// reading order.
    public var genderEvidence: [GenderEvidence] = []

    public init(name: String, key: String, mentions: [PersonMention], titles: [PersonTitle]) {
        self.name = name
        self.key = key
        self.mentions = mentions
        self.titles = titles
    }
}
