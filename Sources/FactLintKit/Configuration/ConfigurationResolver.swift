/// Finds the configuration for each linted file: the nearest `.factlint.yml` in its folder or a
/// folder above, or the one given with `--config` for every file. Each configuration is read
/// once and its rule set built once; the resolver is safe to share between threads.
public final class ConfigurationResolver: @unchecked Sendable {
    public static let fileName = ".factlint.yml"

    private let explicit: String?
    private let baseRules: RuleSet
    private let baseOptions: ReadOptions
    private let lock = NSLockCompat()
    private var byDirectory: [String: String?] = [:]
    private var linters: [String: Linter] = [:]
    private var configurations: [String: Configuration] = [:]
    private var collectedProblems: [RuleProblem] = []
    /// The working folder, read once: relative paths are resolved against it for every file.
    private let currentDirectory = InputCollector.currentDirectory()

    /// - Parameters:
    ///   - explicit: a configuration file that applies to every input (`--config`).
    ///   - rules: the built-in rules (or another base set).
    ///   - options: reading options from the command line; a configuration's `date-order` applies
    ///     unless the command line set one.
    public init(explicit: String?, rules: RuleSet = .builtIn(), options: ReadOptions = ReadOptions()) {
        self.explicit = explicit
        baseRules = rules
        baseOptions = options
    }

    /// Problems in the rule and configuration files read so far.
    public var problems: [RuleProblem] { lock.withLock { collectedProblems.sorted() } }

    /// The configuration file that applies to a path, or nil for the defaults.
    public func configurationPath(for path: String) -> String? {
        if let explicit { return explicit }
        var directory = Configuration.directory(of: path.hasPrefix("/") ? path : currentDirectory + "/" + path)
        // Every folder walked through gets the answer, so the next file of the same folder is
        // answered by one lookup instead of a walk to the root.
        var walked: [String] = []
        var found: String?? = nil
        while found == nil {
            if let cached = lock.withLock({ byDirectory[directory] }) { found = cached; break }
            walked.append(directory)
            let candidate = directory + Self.fileName
            if InputCollector.exists(candidate) {
                found = .some(candidate)
            } else if directory.count <= 1 {
                found = .some(nil)
            } else {
                directory = Configuration.directory(of: String(directory.dropLast()))
                if directory.isEmpty { found = .some(nil) }
            }
        }
        let answer = found ?? nil
        if !walked.isEmpty { lock.withLock { for folder in walked { byDirectory[folder] = .some(answer) } } }
        return answer
    }

    /// Reads a configuration file. Problems name it as `shownAs` (the path given with
    /// `--config`), else relative to the current folder.
    public static func readConfiguration(_ file: String, shownAs: String? = nil) -> (Configuration, [RuleProblem]) {
        let shown = shownAs ?? InputCollector().display(file)
        var configuration = Configuration()
        var problems: [RuleProblem] = []
        switch InputCollector.readFile(file) {
        case let .success(bytes):
            if let problem = UTF8Validation.problem(bytes, file: shown, what: "configuration") {
                problems = [problem]
            } else {
                (configuration, problems) = Configuration.parse(yaml: String(decoding: bytes, as: UTF8.self), path: shown)
            }
        case let .failure(error):
            problems = [RuleProblem(file: shown, line: 1, column: 1, message: error.message)]
        }
        configuration.path = file
        configuration.displayPath = shown
        return (configuration, problems)
    }

    /// The configuration file for a folder: the nearest `.factlint.yml` in it or above, or the
    /// `--config` file.
    public func configurationPath(forDirectory directory: String) -> String? {
        configurationPath(for: (directory.hasSuffix("/") ? directory : directory + "/") + Self.fileName)
    }

    /// Reads a roster file.
    public static func readRoster(_ path: String) -> (Roster, [RuleProblem]) {
        switch InputCollector.readFile(path) {
        case let .success(bytes):
            if let problem = UTF8Validation.problem(bytes, file: InputCollector().display(path), what: "roster") { return (Roster(), [problem]) }
            return Roster.parse(yaml: String(decoding: bytes, as: UTF8.self), path: InputCollector().display(path))
        case let .failure(error): return (Roster(), [RuleProblem(file: path, line: 1, column: 1, message: error.message)])
        }
    }

    /// The configuration for a path.
    public func configuration(for path: String) -> Configuration {
        guard let file = configurationPath(for: path) else { return Configuration() }
        _ = linter(forConfiguration: file)
        return lock.withLock { configurations[file] } ?? Configuration()
    }

    /// The linter for a path, built from its configuration.
    public func linter(for path: String) -> Linter {
        linter(forConfiguration: configurationPath(for: path))
    }

    private func linter(forConfiguration file: String?) -> Linter {
        let key = file ?? ""
        if let cached = lock.withLock({ linters[key] }) { return cached }
        var configuration = Configuration()
        var problems: [RuleProblem] = []
        if let file { (configuration, problems) = Self.readConfiguration(file, shownAs: file == explicit ? file : nil) }
        let rules = baseRules.configured(with: configuration)
        var options = baseOptions
        // A newsroom's vocabularies in its rule folders extend the built-in ones.
        if !rules.lexicons.isEmpty {
            var lexicons = options.lexicons
            for lexicon in rules.lexicons { lexicons.add(lexicon) }
            options.lexicons = lexicons
        }
        if let order = configuration.dateOrder, !baseOptions.dateOrderFromCommandLine { options.dateOrder = order }
        if !configuration.inputFields.isEmpty {
            options.fields = JSONFieldMap.standard.overridden(by: configuration.inputFields).overridden(by: baseOptions.fieldOverrides)
        }
        if options.roster == nil, !configuration.rosterPaths.isEmpty {
            var roster = Roster()
            for (index, path) in configuration.rosterPaths.enumerated() {
                // A roster that is not there is the configuration's mistake, at its line.
                if !InputCollector.exists(path), index < configuration.rosterEntries.count {
                    let entry = configuration.rosterEntries[index]
                    problems.append(RuleProblem(file: configuration.displayPath ?? path, line: entry.line, column: entry.column,
                                                message: "'roster' names '\(entry.text)', which does not exist. Roster paths are relative to the configuration."))
                    continue
                }
                let (read, rosterProblems) = Self.readRoster(path)
                roster.entries.append(contentsOf: read.entries)
                problems.append(contentsOf: rosterProblems)
            }
            options.roster = roster
        }
        let linter = Linter(rules: rules.rules, options: options)
        lock.withLock {
            linters[key] = linter
            configurations[key] = configuration
            collectedProblems.append(contentsOf: problems + rules.problems)
        }
        return linter
    }
}
