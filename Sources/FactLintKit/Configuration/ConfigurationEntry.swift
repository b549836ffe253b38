/// A value written in a configuration, with where: so a problem found later (a rule name that
/// does not exist, a rule folder that is missing) is reported at its own line.
public struct ConfigurationEntry: Sendable, Hashable {
    /// The key it is listed under: `rules`, `enable`, `disable`, `severity`, `parameters`, `replaces`.
    public var key: String
    /// The value as written.
    public var text: String
    public var line: Int
    public var column: Int

    public init(key: String, text: String, line: Int, column: Int) {
        self.key = key
        self.text = text
        self.line = line
        self.column = column
    }
}
