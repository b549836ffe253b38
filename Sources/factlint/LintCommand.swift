import ArgumentParser
import FactLintKit
#if canImport(Glibc)
import Glibc
#endif

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

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
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

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

    func validate() throws {
        guard ["files", "jsonl"].contains(inputKind) else {
            throw ValidationError("--input must be files or jsonl, not '\(inputKind)'.")
        }
        if inputKind == "jsonl", format != .text, format != .json {
            throw ValidationError("--input jsonl writes one JSON result a line; --format \(format.rawValue) is for files.")
        }
        if let jobs, jobs < 1 || jobs > 1024 {
            throw ValidationError("--jobs is a number of files to lint at once, from 1 to 1024, not \(jobs).")
        }
    }

    func run() throws {
        if let config, !InputCollector.exists(config) {
            throw fail("--config '\(config)' does not exist.")
        }
        var known: Baseline?
        if let baseline {
            switch Baseline.read(baseline) {
            case let .success(value): known = value
            case let .failure(error): throw fail(error.message)
            }
        }
        var options = input.readOptions()
        if let roster {
            let (read, problems) = ConfigurationResolver.readRoster(roster)
            for problem in problems { writeStandardError("\(problem)") }
            if !problems.isEmpty { throw ExitCode(2) }
            options.roster = read
        }
        let resolver = ConfigurationResolver(explicit: config, options: options)
        if inputKind == "jsonl" { return try runStream(resolver: resolver, threshold: failOn ?? resolver.configuration(for: input.stdinName).failOn ?? .error) }
        let (files, diagnostics) = input.inputs()
        var runner = LintRunner(resolver: resolver, concurrency: jobs ?? LintRunner.defaultConcurrency)
        runner.maxArticleBytes = input.articleLimit
        runner.failOn = failOn
        let phases = timings ? PhaseTimings() : nil
        runner.timings = phases
        var report = runner.run(files, diagnostics: diagnostics)
        let problems = resolver.problems
        for problem in problems { writeStandardError("\(problem)") }
        if let writeBaseline {
            let recorded = Baseline(report: report)
            guard (try? recorded.serialized().write(toFile: writeBaseline)) != nil else { throw fail("cannot write the baseline to '\(writeBaseline)'.") }
            let files = Set(report.findings.map(\.path)).count
            writeStandardError("Wrote \(recorded.count) \(recorded.count == 1 ? "finding" : "findings") in \(files) \(files == 1 ? "file" : "files") to \(writeBaseline); lint with --baseline \(writeBaseline) to see only new ones.")
        }
        if let known, let baseline {
            report = known.filter(report)
            let hidden = report.hiddenByBaseline
            writeStandardError("The baseline \(baseline) hid \(hidden) \(hidden == 1 ? "finding" : "findings") it records (of \(known.count)).")
        }
        if quiet { report = report.onlyFailures() }
        let reportFormat = format
        let reportStart = PhaseTimings.now()
        defer {
            if let phases {
                phases.add(.report, PhaseTimings.now() - reportStart)
                writeStandardError(phases.summary())
            }
        }
        let output: String
        if reportFormat == .text {
            let reporter = TextReporter(color: useColor(), showSource: !quiet, verbose: verbose)
            output = quiet ? stripSummary(reporter.render(report)) : reporter.render(report)
        } else {
            output = reportFormat.reporter().render(report)
        }
        writeStandardOutput(output)
        if report.hasErrors || !problems.isEmpty { throw ExitCode(2) }
        // Recording a baseline is the point of the run: its findings do not fail it.
        if writeBaseline == nil && report.hasFailures { throw ExitCode(1) }
    }

    private func useColor() -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            if getenv("NO_COLOR") != nil { return false }
            if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
            return isatty(STDOUT_FILENO) != 0
        }
    }

    private func stripSummary(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        if !lines.isEmpty { lines.removeLast() }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
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
