/// The engine: reads an article once, extracts its facts once, and runs every rule over them.
/// A class: it is handed to every file a configuration covers, and copying its stored readers,
/// extractors and rules for each file cost about 6% of a run in retains and releases.
public final class Linter: Sendable {
    public let rules: [Rule]
    public let reader: ArticleReader
    public let extractor: FactExtractor

    public init(rules: [Rule], options: ReadOptions = ReadOptions()) {
        self.rules = rules
        reader = ArticleReader(options: options)
        var extractor = FactExtractor(lexicons: options.lexicons, dateOrder: options.dateOrder)
        extractor.roster = options.roster
        self.extractor = extractor
    }

    /// Lints one file's bytes; `timings`, when given, collects the time of each phase. When
    /// `cancellation` fires, the run stops early and its report is incomplete.
    public func lint(bytes: [UInt8], path: String, format: ArticleFormat? = nil, timings: PhaseTimings? = nil,
                     cancellation: LintCancellation? = nil) -> FileReport {
        let article = timings?.measure(.parse) { reader.read(bytes: bytes, path: path, format: format) }
            ?? reader.read(bytes: bytes, path: path, format: format)
        return lint(article: article, timings: timings, cancellation: cancellation)
    }

    /// Lints an article already read (a CMS record, say).
    public func lint(article: Article, timings: PhaseTimings? = nil, cancellation: LintCancellation? = nil) -> FileReport {
        let path = article.path
        if cancellation?.isCancelled == true { return FileReport(path: path, source: article.source, findings: [], diagnostics: []) }
        let facts = timings?.measure(.facts) { extractor.extract(from: article) } ?? extractor.extract(from: article)
        let start = PhaseTimings.now()
        var (found, notes) = findingsAndOverflow(in: facts, timings: timings, cancellation: cancellation)
        defer { timings?.add(.rules, PhaseTimings.now() - start) }
        let suppressions = Suppressions(article: article)
        if !suppressions.isEmpty { found = suppressions.apply(to: found, path: path, source: article.source) }
        return FileReport(path: path, source: article.source, findings: found, diagnostics: article.diagnostics + notes)
    }

    /// At most this many findings of one rule in one file; the rest are summarised.
    public static let maximumFindingsPerRule = 200

    /// Runs every rule over already extracted facts, sorted in report order.
    public func findings(in facts: ArticleFacts) -> [Finding] {
        findingsAndOverflow(in: facts).findings
    }

    /// Findings, and a note for each rule that found more than ``maximumFindingsPerRule``.
    func findingsAndOverflow(in facts: ArticleFacts, timings: PhaseTimings? = nil,
                             cancellation: LintCancellation? = nil) -> (findings: [Finding], notes: [Diagnostic]) {
        var findings: [Finding] = []
        var notes: [Diagnostic] = []
        var withoutDate: [String] = []
        // Asked once per article: a closure over `facts` per rule copied the whole struct.
        let met = RuleNeed.met(by: facts)
        // Through a buffer and a pointer: `for rule in rules`, and even `rules[index].findings(in:)`,
        // copy each rule (its descriptor, examples and check) once per article.
        rules.withUnsafeBufferPointer { rules in
            for index in rules.indices {
                if cancellation?.isCancelled == true { break }
                // A rule whose needs the article does not meet is not run; one that lacks only the
                // publication date is named in a note, so date rules never go quiet unseen.
                if !rules[index].needs.isEmpty {
                    let unmet = rules[index].needs.subtracting(met)
                    if !unmet.isEmpty {
                        if unmet == [.publicationDate] { withoutDate.append(rules[index].id) }
                        continue
                    }
                }
                let start = timings == nil ? 0 : PhaseTimings.now()
                var found = Rule.findings(of: rules.baseAddress! + index, in: facts)
                if let timings { timings.add(rule: rules[index].id, PhaseTimings.now() - start) }
                if found.count > Self.maximumFindingsPerRule {
                    found.sort()
                    notes.append(Diagnostic(path: facts.article.path, level: .warning,
                                            message: "\(rules[index].id) found \(found.count) problems; only the first \(Self.maximumFindingsPerRule) are reported"))
                    found.removeSubrange(Self.maximumFindingsPerRule...)
                }
                findings.append(contentsOf: found)
            }
        }
        // An article with no prose (an empty file) had nothing for them to check.
        if !withoutDate.isEmpty, !facts.sentences.isEmpty {
            notes.append(Self.noPublicationDateNote(path: facts.article.path, rules: withoutDate))
        }
        return (findings.sorted(), notes)
    }

    /// The `info` note for an article without a publication date, naming the rules that could
    /// not run.
    static func noPublicationDateNote(path: String, rules: [String]) -> Diagnostic {
        let list = rules.sorted().joined(separator: ", ")
        return Diagnostic(path: path, level: .info,
                          message: "no publication date was found, so \(rules.count == 1 ? "this rule" : "these rules") could not run: \(list); give one as 'date:' in front matter, a date line under the headline, or --published")
    }

    /// The descriptors of the rules in effect.
    public var descriptors: [RuleDescriptor] { rules.map(\.descriptor) }
}
