/// The outcome of linting one file.
public struct FileReport: Sendable {
    public var path: String
    /// The file's text, for reporters that show the offending line.
    public var source: SourceText?
    public var findings: [Finding]
    /// Problems with the file itself. An error-level diagnostic means it could not be linted.
    public var diagnostics: [Diagnostic]
    /// The least severity that fails the run for this file: the command line's `--fail-on`, else
    /// the file's configuration's `fail-on`, else error.
    public var failOn: Severity = .error

    public init(path: String, source: SourceText?, findings: [Finding], diagnostics: [Diagnostic]) {
        self.path = path
        self.source = source
        self.findings = findings
        self.diagnostics = diagnostics
    }
}
