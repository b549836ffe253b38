/// How messages name an event: the noun of its entry in `event-triggers` ("election",
/// "swearing-in"), or the verb as written for one outside the lexicon ("completed").
public enum EventNaming {
    public static func noun(for event: Event, lexicons: LexiconSet) -> String {
        guard event.isKnown, let noun = lexicons["event-triggers"].displayName(for: event.trigger) else { return event.text }
        return noun.lowercased()
    }

    /// "the election", "the reform", or "'completed'" for a verb outside the lexicon.
    public static func phrase(for event: Event, lexicons: LexiconSet) -> String {
        if event.isKnown { return "the " + noun(for: event, lexicons: lexicons) }
        return event.isNoun ? "the " + event.text.lowercased() : "'\(event.text)'"
    }
}
