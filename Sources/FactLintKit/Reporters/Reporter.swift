/// Turns a ``LintReport`` into text for one output format.
public protocol Reporter: Sendable {
    func render(_ report: LintReport) -> String
}

/// The output formats of `factlint lint`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case github
    case junit

    /// The reporter for this format.
    public func reporter(color: Bool = false) -> any Reporter {
        switch self {
        case .text: return TextReporter(color: color)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        case .junit: return JUnitReporter()
        }
    }
}
