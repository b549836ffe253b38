/// Settings that change how an article is read.
public struct ReadOptions: Sendable {
    /// Replaces the publication date found in the file (`--published`).
    public var publishedOverride: PublicationDate?
    /// How to read ambiguous numeric dates.
    public var dateOrder: DateOrder
    /// Vocabularies (months, weekdays, abbreviations).
    public var lexicons: LexiconSet
    /// Whether the date order was set on the command line, so a configuration does not change it.
    public var dateOrderFromCommandLine = false
    /// The field names of a CMS export (`--map`, `input:` in `.factlint.yml`).
    public var fields: JSONFieldMap = .standard
    /// Whether `--map` was given, so a configuration's `input:` adds to it rather than replacing it.
    public var fieldOverrides: [JSONFieldMap.Part: [String]] = [:]
    /// The newsroom's roster of people, when one is given.
    public var roster: Roster?

    public init(publishedOverride: PublicationDate? = nil, dateOrder: DateOrder = .monthDayYear, lexicons: LexiconSet = .builtIn) {
        self.publishedOverride = publishedOverride
        self.dateOrder = dateOrder
        self.lexicons = lexicons
    }
}
