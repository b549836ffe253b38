/// A check type: a general mechanism over an article's facts that rules configure.
///
/// A check type is one Swift file in `Checks/`, registered in ``CheckRegistry``; the rules that
/// use it are YAML files under `Rules/`.
public protocol Check: Sendable {
    /// The name rules give in `check:`.
    static var name: String { get }
    /// One sentence for `rules list` and the docs.
    static var summary: String { get }
    /// Parameters a rule may set.
    static var parameters: [ParameterSpec] { get }
    /// Placeholders a message template may use, each with what it holds.
    static var placeholders: [String: String] { get }
    /// What the check cannot run without (a publication date, a roster); none by default.
    static var needs: Set<RuleNeed> { get }

    /// Builds the check from a rule's parameters.
    init(parameters: ParameterValues) throws(ParameterError)

    /// Finds matches in one article. Must be deterministic and must not depend on other articles.
    func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch]

    /// The check's patterns by parameter name, so a failing example can show how near each
    /// came to matching; none by default.
    var patternsToExplain: [(name: String, pattern: TokenPattern)] { get }
}

extension Check {
    public static var needs: Set<RuleNeed> { [] }
    public var patternsToExplain: [(name: String, pattern: TokenPattern)] { [] }

    /// `{line}`-style placeholders every check provides for its primary location.
    static var commonPlaceholders: [String: String] {
        ["line": "the line of the finding", "text": "the text the finding points at"]
    }
}
