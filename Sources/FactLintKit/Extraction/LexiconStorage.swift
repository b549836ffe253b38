/// Everything a ``Lexicon`` holds, in one object that is never changed: extractors and
/// vocabularies read lexicons out of class properties at nearly every token, and each such read
/// copies the lexicon. Held here, a copy retains one reference instead of five.
final class LexiconStorage: Sendable {
    struct Fields: Sendable, Hashable {
        var name: String
        var description: String?
        var spellings: LexiconSpellings
        var source: String
        var displayNames: [String: String]
        var tokenClasses: Bool
    }

    let fields: Fields

    init(_ fields: Fields) { self.fields = fields }
}
