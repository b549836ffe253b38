/// What a reporter or `rules list` needs to know about a rule, without its machinery.
public struct RuleDescriptor: Sendable, Hashable {
    public var id: String
    public var severity: Severity
    public var check: String
    public var description: String
    public var message: String
    public var link: String?
    public var tags: [String]
    /// The file the rule was read from (`Rules/claims/duplicate-sentence.yml` for built-ins).
    public var source: String
    /// Where in that file the rule's `id:` is (1-based), when known.
    public var line: Int?
    public var column: Int?
    /// The rule this one supersedes (`replaces:`): where this rule runs, that one does not.
    public var replaces: String?

    public init(id: String, severity: Severity, check: String, description: String, message: String,
                link: String? = nil, tags: [String] = [], source: String) {
        self.id = id
        self.severity = severity
        self.check = check
        self.description = description
        self.message = message
        self.link = link
        self.tags = tags
        self.source = source
    }

    /// Whether the rule is compiled into the binary rather than read from a newsroom's files.
    public var isBuiltIn: Bool { source.hasPrefix("Rules/") }

    /// `file:line` when the line is known, else the file.
    public var sourceLocation: String { line.map { "\(source):\($0)" } ?? source }
}
