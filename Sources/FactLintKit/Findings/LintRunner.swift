import Dispatch

/// Lints many files in parallel and returns one report in a fixed order, whatever the thread count.
public struct LintRunner: Sendable {
    public let linter: Linter
    /// How many files are linted at once.
    public var concurrency: Int

    public init(linter: Linter, concurrency: Int = LintRunner.defaultConcurrency) {
        self.linter = linter
        self.concurrency = max(1, concurrency)
    }

    public static var defaultConcurrency: Int { max(1, ProcessInfoCompat.activeProcessorCount) }

    /// Lints every input. A file that cannot be read becomes an error diagnostic; the rest are still linted.
    public func run(_ inputs: [InputFile], diagnostics: [Diagnostic] = []) -> LintReport {
        let reports = map(inputs) { lintOne($0) }
        return LintReport(files: reports, rules: linter.descriptors, diagnostics: diagnostics)
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

    private func lintOne(_ input: InputFile) -> FileReport {
        let bytes: [UInt8]
        switch input.content {
        case let .bytes(data):
            bytes = data
        case let .file(path):
            switch InputCollector.readFile(path) {
            case let .success(data): bytes = data
            case let .failure(error):
                return FileReport(path: input.displayPath, source: nil, findings: [],
                                  diagnostics: [Diagnostic(path: input.displayPath, level: .error, message: error.message)])
            }
        }
        var report = linter.lint(bytes: bytes, path: input.displayPath, format: input.format)
        if bytes.isEmpty {
            report.diagnostics.append(Diagnostic(path: input.displayPath, level: .warning, message: "the file is empty; there was nothing to check"))
        }
        // Keep the text only where a reporter will quote it, so memory stays flat over an archive.
        if report.findings.isEmpty { report.source = nil }
        return report
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
