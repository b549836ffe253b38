import FactLintKit
import Foundation

/// The linters the service uses: one for its own configuration (`--config`, or the defaults), and
/// one for each configuration a request sends, built on first use and kept (a newsroom's CMS sends
/// the same few again and again).
///
/// A request's configuration may choose rules (`enable`, `disable`, `severity`, `parameters`,
/// `date-order`) on top of the service's; it may not name files (`rules`, `roster`, `include`,
/// `exclude`), which would read the server's disk.
public final class LinterCatalog: @unchecked Sendable {
    public let base: Linter
    public let baseConfiguration: Configuration
    private let builtIn: RuleSet
    private let baseOptions: ReadOptions
    private let lock = NSLock()
    private var byText: [String: Result<Linter, LintRequest.Problem>] = [:]
    static let cacheLimit = 64

    /// Reads the service's configuration; its problems are returned, for the service to refuse to start.
    public init(configPath: String?, options: ReadOptions = ReadOptions()) throws(ConfigurationFailure) {
        builtIn = RuleSet.builtIn()
        baseOptions = options
        let resolver = ConfigurationResolver(explicit: configPath, rules: builtIn, options: options)
        base = resolver.linter(for: configPath ?? "article.md")
        baseConfiguration = resolver.configuration(for: configPath ?? "article.md")
        if !resolver.problems.isEmpty { throw ConfigurationFailure(problems: resolver.problems) }
    }

    public struct ConfigurationFailure: Error, Sendable {
        public var problems: [RuleProblem]
    }

    /// The linter for a request's configuration text, or the problem with it.
    public func linter(forRequestConfiguration text: String) -> Result<Linter, LintRequest.Problem> {
        if let cached = lock.withLock({ byText[text] }) { return cached }
        let result = build(text)
        lock.withLock {
            if byText.count >= Self.cacheLimit { byText.removeAll() }
            byText[text] = result
        }
        return result
    }

    private func build(_ text: String) -> Result<Linter, LintRequest.Problem> {
        let (request, problems) = Configuration.parse(yaml: text, path: "config")
        if let problem = problems.first {
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            return .failure(LintRequest.Problem(message: "'config' line \(problem.line), column \(problem.column): \(problem.message)\(more)", field: "config"))
        }
        for (key, used) in [("rules", !request.rulePaths.isEmpty), ("roster", !request.rosterPaths.isEmpty),
                            ("include", !request.include.isEmpty), ("exclude", !request.exclude.isEmpty)] where used {
            return .failure(LintRequest.Problem(
                message: "'config' may not set '\(key)': a request cannot name files on the server; put house rules and rosters in the service's --config",
                field: "config"))
        }
        // The request's names are checked against every rule the service has, so a problem
        // is located in the request's config.
        let checked = builtIn.withRules(of: baseConfiguration).configured(with: request)
        if let problem = checked.problems.first {
            return .failure(LintRequest.Problem(message: "'config' line \(problem.line), column \(problem.column): \(problem.message)", field: "config"))
        }
        var merged = baseConfiguration
        merged.enable += request.enable
        merged.disable = merged.disable.filter { !request.enable.contains($0) } + request.disable
        merged.names += request.names
        for (id, severity) in request.severities { merged.severities[id] = severity }
        for (id, parameters) in request.parameters { merged.parameters[id] = parameters }
        if let order = request.dateOrder { merged.dateOrder = order }
        let rules = builtIn.configured(with: merged)
        // As ConfigurationResolver builds a linter: the rule folders' vocabularies extend the
        // built-in ones, and the configuration's date order applies.
        var options = base.reader.options
        var lexicons = baseOptions.lexicons
        for lexicon in rules.lexicons { lexicons.add(lexicon) }
        options.lexicons = lexicons
        if let order = merged.dateOrder { options.dateOrder = order }
        return .success(Linter(rules: rules.rules, options: options))
    }
}
