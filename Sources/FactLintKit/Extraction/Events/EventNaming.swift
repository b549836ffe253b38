/// How messages name an event: a noun as the article writes it ("derby", "floods"), a verb by
/// the noun of its entry in `event-triggers` ("sworn in" is the "swearing-in"), and a verb
/// outside the lexicon as written ("completed").
public enum EventNaming {
    public static func noun(for event: Event, lexicons: LexiconSet) -> String {
        if event.isNoun { return event.text.lowercased() }
        guard event.isKnown, let noun = lexicons["event-triggers"].displayName(for: event.trigger) else { return event.text }
        return noun.lowercased()
    }

    /// "the election", "the reform", or "'completed'" for a verb outside the lexicon.
    public static func phrase(for event: Event, lexicons: LexiconSet) -> String {
        event.isKnown || event.isNoun ? "the " + noun(for: event, lexicons: lexicons) : "'\(event.text)'"
    }
}
