/// What the inspection commands (`explain`, `rules list|show|test`) show: every rule a
/// configuration can run, built-in and house rules alike, whether each is on, and the problems
/// met loading them. The configuration is the one `lint` would use here: `--config`, or the
/// nearest `.factlint.yml`.
public struct RuleCatalog: Sendable {
    /// The configuration file, as problems and output name it; nil when there is none.
    public var configurationPath: String?
    public var configuration: Configuration
    /// Every rule, on or off, sorted by id.
    public var all: RuleSet
    /// The rules `lint` runs with this configuration.
    public var active: RuleSet
    /// Problems in the configuration and its rule files.
    public var problems: [RuleProblem]

    /// Loads the catalog for a folder (the current one by default) or an explicit configuration.
    public init(explicit: String?, directory: String = InputCollector.currentDirectory(), base: RuleSet = .builtIn()) {
        let file = ConfigurationResolver(explicit: explicit, rules: base).configurationPath(forDirectory: directory)
        var configuration = Configuration()
        var problems: [RuleProblem] = []
        if let file { (configuration, problems) = ConfigurationResolver.readConfiguration(file, shownAs: file == explicit ? file : nil) }
        configurationPath = file == nil ? nil : configuration.displayPath
        self.configuration = configuration
        all = base.withRules(of: configuration)
        active = base.configured(with: configuration)
        var seen = Set<RuleProblem>()
        self.problems = (problems + active.problems).filter { seen.insert($0).inserted }.sorted()
    }

    /// Whether a rule runs, and if not, why: `on`, `off: disabled in .factlint.yml`, …
    public func status(of rule: Rule) -> String {
        if active.rule(rule.id) != nil { return "on" }
        let where_ = configurationPath ?? ".factlint.yml"
        if let replacement = active.replacements(of: rule.id).first {
            return "off: replaced by \(replacement.id) (\(replacement.descriptor.sourceLocation))"
        }
        let names = Set([rule.id] + rule.descriptor.tags)
        if let name = configuration.disable.first(where: names.contains) {
            return name == rule.id ? "off: disabled in \(where_)" : "off: disabled in \(where_) by its tag '\(name)'"
        }
        return "off by default; turn it on with 'enable: [\(rule.id)]' in \(where_)"
    }
}
