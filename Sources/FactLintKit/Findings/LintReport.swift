/// The outcome of one run over many files, in a stable order.
public struct LintReport: Sendable {
    /// Per-file results, sorted by path.
    public var files: [FileReport]
    /// Every rule that was in effect, for reporters that describe rules (SARIF).
    public var rules: [RuleDescriptor]
    /// Problems not tied to a linted file (a path that does not exist, say).
    public var diagnostics: [Diagnostic]

    public init(files: [FileReport], rules: [RuleDescriptor], diagnostics: [Diagnostic] = []) {
        self.files = files.sorted { $0.path < $1.path }
        self.rules = rules.sorted { $0.id < $1.id }
        self.diagnostics = diagnostics.sorted()
    }

    /// All findings, sorted by path, line, column, rule.
    public var findings: [Finding] { files.flatMap(\.findings).sorted() }

    /// All diagnostics, the run's and the files', sorted.
    public var allDiagnostics: [Diagnostic] { (diagnostics + files.flatMap(\.diagnostics)).sorted() }

    public func count(_ severity: Severity) -> Int { files.reduce(0) { $0 + $1.findings.filter { $0.severity == severity }.count } }

    /// Findings a baseline hid (``Baseline/filter(_:)``).
    public var hiddenByBaseline = 0

    /// Whether any file has a finding at or above its `fail-on` (exit status 1).
    public var hasFailures: Bool {
        files.contains { file in file.findings.contains { $0.severity >= file.failOn } }
    }

    /// The report with only the findings at or above each file's `fail-on`, and without `info`
    /// notes (`--quiet`).
    public func onlyFailures() -> LintReport {
        var result = self
        for index in result.files.indices {
            let threshold = result.files[index].failOn
            result.files[index].findings.removeAll { $0.severity < threshold }
            result.files[index].diagnostics.removeAll { $0.level == .info }
        }
        result.diagnostics.removeAll { $0.level == .info }
        return result
    }

    /// Whether any finding is at or above `threshold`.
    public func hasFindings(atOrAbove threshold: Severity) -> Bool {
        files.contains { $0.findings.contains { $0.severity >= threshold } }
    }

    /// Whether a file or path could not be read or linted.
    public var hasErrors: Bool { allDiagnostics.contains { $0.level == .error } }
}
