import ArgumentParser
import FactLintKit
#if canImport(Glibc)
import Glibc
#endif

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension LintSettings.ColorChoice: ExpressibleByArgument {}

/// `factlint lint PATH...`: report inconsistencies.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Report where articles contradict themselves (the default command).",
        discussion: "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage error, unreadable input or bad configuration."
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: ReportFormat = .text

    @Option(name: .customLong("input"), help: ArgumentHelp("How the paths hold articles: files (articles, folders, JSON exports), or jsonl: a JSON Lines stream, one article object a line (- for standard input), linted as it is read, with one JSON result a line.", valueName: "kind"))
    var inputKind: String = "files"

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when a finding is at or above this severity. Default: the configuration's fail-on, else error.", valueName: "severity"))
    var failOn: Severity?

    @Option(help: ArgumentHelp("Colour text output: auto (only on a terminal), always or never.", valueName: "when"))
    var color: LintSettings.ColorChoice = .auto

    @Flag(help: "Show only findings at or above --fail-on, without source excerpts or the summary line.")
    var quiet = false

    @Flag(help: "With --format text, print under each finding the evidence the rule matched: the facts and slot values, with where each is.")
    var verbose = false

    @Option(help: ArgumentHelp("Lint this many files at once. Default: one per processor core. The output is the same for any number.", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Print the time spent reading, parsing, extracting facts, running rules and reporting, and in the ten slowest rules, to standard error.")
    var timings = false

    @Option(help: ArgumentHelp("Use this configuration file for every input instead of the nearest .factlint.yml.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Check titles against this roster of people instead of the configuration's.", valueName: "file"))
    var roster: String?

    @Option(help: ArgumentHelp("Hide the findings recorded in this baseline file (see --write-baseline).", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record every current finding in this file, so later runs with --baseline show only new ones.", valueName: "file"))
    var writeBaseline: String?

    /// The values, for the run.
    var settings: LintSettings {
        LintSettings(input: input.settings, format: format, inputKind: inputKind, failOn: failOn, color: color, quiet: quiet, verbose: verbose,
                     jobs: jobs, timings: timings, config: config, roster: roster, baseline: baseline, writeBaseline: writeBaseline)
    }

    func validate() throws {
        if let problem = settings.problem() { throw ValidationError(problem) }
    }

    func run() throws {
        try settings.run()
    }
}

/// Writes to standard output in one go; a closed pipe (`| head`) is not an error.
func writeStandardOutput(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
        if written <= 0 {
            if written < 0 && errno == EINTR { continue }
            return
        }
        offset += written
    }
}

extension String {
    /// Writes the string to a file, replacing it.
    func write(toFile path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw ExitCode(2) }
        defer { close(descriptor) }
        var bytes = Array(utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard written > 0 else { throw ExitCode(2) }
            offset += written
        }
    }
}

/// Writes a line to standard error.
func writeStandardError(_ text: String) {
    var bytes = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
        if written <= 0 {
            if written < 0 && errno == EINTR { continue }
            return
        }
        offset += written
    }
}
