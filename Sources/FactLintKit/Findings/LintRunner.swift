import Dispatch

/// Lints many files in parallel and returns one report in a fixed order, whatever the thread count.
public struct LintRunner: Sendable {
    /// One linter for every file, or a resolver that finds each file's configuration.
    private let linter: Linter?
    private let resolver: ConfigurationResolver?
    /// How many files are linted at once.
    public var concurrency: Int
    /// Collects per-phase times when set (`--timings`).
    public var timings: PhaseTimings?
    /// Files longer than this many bytes are reported and skipped rather than read; `nil` reads any size.
    public var maxArticleBytes: Int? = InputCollector.defaultMaxArticleBytes
    /// The command line's `--fail-on`; when nil, each file's configuration's `fail-on` applies
    /// (error when it has none).
    public var failOn: Severity?

    public init(linter: Linter, concurrency: Int = LintRunner.defaultConcurrency) {
        self.linter = linter
        resolver = nil
        self.concurrency = max(1, concurrency)
    }

    /// Lints each file with the rules of its nearest `.factlint.yml` (or `--config`).
    public init(resolver: ConfigurationResolver, concurrency: Int = LintRunner.defaultConcurrency) {
        linter = nil
        self.resolver = resolver
        self.concurrency = max(1, concurrency)
    }

    private func linter(for input: InputFile) -> Linter {
        if let linter { return linter }
        let path: String
        switch input.content {
        case let .file(file): path = file
        case .bytes: path = input.displayPath
        }
        return resolver!.linter(for: path)
    }

    /// The `fail-on` for one input: the command line's, else its configuration's, else error.
    private func threshold(for input: InputFile) -> Severity {
        if let failOn { return failOn }
        guard let resolver else { return .error }
        let path: String
        switch input.content {
        case let .file(file): path = file
        case .bytes: path = input.displayPath
        }
        return resolver.configuration(for: path).failOn ?? .error
    }

    public static var defaultConcurrency: Int { max(1, ProcessInfoCompat.activeProcessorCount) }

    /// Lints every input. A file that cannot be read becomes an error diagnostic; the rest are still linted.
    public func run(_ inputs: [InputFile], diagnostics: [Diagnostic] = []) -> LintReport {
        // include and exclude of each file's configuration.
        let admitted = inputs.filter { input in
            guard let resolver, case let .file(path) = input.content else { return true }
            return resolver.configuration(for: path).admits(input.displayPath)
        }
        let reports = map(admitted) { lintOne($0) }.flatMap { $0 }
        var descriptors: [String: RuleDescriptor] = [:]
        // Once per configuration, not once per file: most files share one linter.
        var seen = Set<ObjectIdentifier>()
        for input in admitted {
            let linter = linter(for: input)
            guard seen.insert(ObjectIdentifier(linter)).inserted else { continue }
            for descriptor in linter.descriptors { descriptors[descriptor.id] = descriptor }
        }
        if admitted.isEmpty, let linter { for descriptor in linter.descriptors { descriptors[descriptor.id] = descriptor } }
        return LintReport(files: reports, rules: Array(descriptors.values), diagnostics: diagnostics)
    }

    /// Applies `transform` to every input, `concurrency` at a time, keeping input order.
    public func map<T: Sendable>(_ inputs: [InputFile], _ transform: @Sendable @escaping (InputFile) -> T) -> [T] {
        guard concurrency > 1, inputs.count > 1 else { return inputs.map(transform) }
        let results = ResultSlots<T>(count: inputs.count)
        let workers = min(concurrency, inputs.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < inputs.count {
                results.set(index, transform(inputs[index]))
                index += workers
            }
        }
        return results.values()
    }

    private func lintOne(_ input: InputFile) -> [FileReport] {
        let bytes: [UInt8]
        switch input.content {
        case let .bytes(data):
            bytes = data
        case let .file(path):
            let start = PhaseTimings.now()
            let read = InputCollector.readFile(path, limit: maxArticleBytes)
            timings?.add(.read, PhaseTimings.now() - start)
            switch read {
            case let .success(data): bytes = data
            case let .failure(error):
                var report = FileReport(path: input.displayPath, source: nil, findings: [],
                                        diagnostics: [Diagnostic(path: input.displayPath, level: .error, message: error.message)])
                report.failOn = threshold(for: input)
                return [report]
            }
        }
        var reports = linter(for: input).lintAll(bytes: bytes, path: input.displayPath, format: input.format, timings: timings)
        for index in reports.indices { reports[index].failOn = threshold(for: input) }
        if bytes.isEmpty, !reports.isEmpty {
            reports[0].diagnostics.append(Diagnostic(path: input.displayPath, level: .warning, message: "the file is empty; there was nothing to check"))
        }
        // Keep the text only where a reporter will quote it, so memory stays flat over an archive.
        for index in reports.indices where reports[index].findings.isEmpty { reports[index].source = nil }
        return reports
    }
}

/// Slots written once each from several threads; the lock makes the writes visible.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLockCompat()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.withLock { slots[index] = value }
    }

    func values() -> [T] { lock.withLock { slots.map { $0! } } }
}
