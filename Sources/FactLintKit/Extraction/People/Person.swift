/// A person the article mentions, with every mention and title linked to them.
public struct Person: Sendable, Hashable {
    /// The fullest form of the name found ("Karim Valiyev").
    public var name: String
    /// The surname, lowercased, used to link "Valiyev said" to "Karim Valiyev".
    public var key: String
    public var mentions: [PersonMention]
    public var titles: [PersonTitle]
}
