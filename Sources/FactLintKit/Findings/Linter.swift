/// The engine: reads an article once, extracts its facts once, and runs every rule over them.
public struct Linter: Sendable {
    public let rules: [Rule]
    public let reader: ArticleReader
    public let extractor: FactExtractor

    public init(rules: [Rule], options: ReadOptions = ReadOptions()) {
        self.rules = rules
        reader = ArticleReader(options: options)
        extractor = FactExtractor(lexicons: options.lexicons, dateOrder: options.dateOrder)
    }

    /// Lints one file's bytes.
    public func lint(bytes: [UInt8], path: String, format: ArticleFormat? = nil) -> FileReport {
        let article = reader.read(bytes: bytes, path: path, format: format)
        let facts = extractor.extract(from: article)
        var found = findings(in: facts)
        let suppressions = Suppressions(article: article)
        if !suppressions.isEmpty { found = suppressions.apply(to: found, path: path, source: article.source) }
        return FileReport(path: path, source: article.source, findings: found, diagnostics: article.diagnostics)
    }

    /// Runs every rule over already extracted facts, sorted in report order.
    public func findings(in facts: ArticleFacts) -> [Finding] {
        var findings: [Finding] = []
        for rule in rules { findings.append(contentsOf: rule.findings(in: facts)) }
        return findings.sorted()
    }

    /// The descriptors of the rules in effect.
    public var descriptors: [RuleDescriptor] { rules.map(\.descriptor) }
}
