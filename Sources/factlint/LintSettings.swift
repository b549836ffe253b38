import ArgumentParser
import FactLintKit
#if canImport(Glibc)
import Glibc
#endif

/// What a `lint` command line asks for, as plain values, and the run itself: filled by
/// ``LintCommand`` (ArgumentParser) or by ``QuickLintParse`` (the direct reading of a common
/// command line, with no runtime metadata), which must agree.
struct LintSettings: Equatable {
    var input = InputSettings()
    var format: ReportFormat = .text
    var inputKind = "files"
    var failOn: Severity?
    var color: ColorChoice = .auto
    var quiet = false
    var verbose = false
    var jobs: Int?
    var timings = false
    var config: String?
    var roster: String?
    var baseline: String?
    var writeBaseline: String?

    enum ColorChoice: String, CaseIterable {
        case auto, always, never
    }

    /// What is wrong with the values, in a usage error's words, or nil; the input's first.
    func problem() -> String? {
        if let problem = input.problem() { return problem }
        guard ["files", "jsonl"].contains(inputKind) else {
            return "--input must be files or jsonl, not '\(inputKind)'."
        }
        if inputKind == "jsonl", format != .text, format != .json {
            return "--input jsonl writes one JSON result a line; --format \(format.rawValue) is for files."
        }
        if let jobs, jobs < 1 || jobs > 1024 {
            return "--jobs is a number of files to lint at once, from 1 to 1024, not \(jobs)."
        }
        return nil
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
        // The built-in rules are read on another thread while the lexicons are read here.
        let builtInRules = Background { RuleSet.builtIn() }
        var options = input.readOptions()
        if let roster {
            let (read, problems) = ConfigurationResolver.readRoster(roster)
            for problem in problems { writeStandardError("\(problem)") }
            if !problems.isEmpty {
                // Not while the rules are still being read: exit would tear down what they use.
                _ = builtInRules.value
                throw ExitCode(2)
            }
            options.roster = read
        }
        let resolver = ConfigurationResolver(explicit: config, rules: builtInRules.value, options: options)
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
