import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lints a JSON Lines stream of articles (one JSON object a line) and writes one JSON result a
/// line, in input order, as each batch of articles finishes. Only one batch is in memory at a
/// time, so any number of lines runs in the same memory; each result depends only on its own
/// line, so a stream can be split across workers and the results joined.
public struct JSONLinesStream: Sendable {
    public let linter: Linter
    /// Articles linted at once.
    public var concurrency: Int
    /// A line longer than this is reported and skipped; nil reads any length.
    public var maxLineBytes: Int?

    /// What a run saw, for the exit code.
    public struct Summary: Sendable {
        public var articles = 0
        public var unreadable = 0
        public var worst: Severity?
    }

    public init(linter: Linter, concurrency: Int = LintRunner.defaultConcurrency, maxLineBytes: Int? = InputCollector.defaultMaxArticleBytes) {
        self.linter = linter
        self.concurrency = max(1, concurrency)
        self.maxLineBytes = maxLineBytes
    }

    /// Reads `descriptor` to its end; `write` gets each batch's output lines.
    public func run(reading descriptor: Int32, path: String, write: (String) -> Void) -> Summary {
        var summary = Summary()
        var pending: [(line: Int, bytes: [UInt8]?)] = []  // nil: a line over the size limit
        let batchSize = concurrency * 16
        var buffer: [UInt8] = []
        var lineNumber = 1
        var skipping = false  // inside a line past the size limit
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        func flush() {
            guard !pending.isEmpty else { return }
            write(process(pending, path: path, summary: &summary))
            pending.removeAll(keepingCapacity: true)
        }
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            let atEnd = count <= 0
            var start = 0
            if !atEnd {
                for index in 0..<count where chunk[index] == 0x0A {
                    if skipping {
                        skipping = false
                    } else {
                        buffer.append(contentsOf: chunk[start..<index])
                        pending.append((lineNumber, buffer))
                        buffer.removeAll(keepingCapacity: true)
                    }
                    lineNumber += 1
                    start = index + 1
                    if pending.count >= batchSize { flush() }
                }
                if !skipping { buffer.append(contentsOf: chunk[start..<count]) }
                if let limit = maxLineBytes, !skipping, buffer.count > limit {
                    pending.append((lineNumber, nil))
                    buffer.removeAll()
                    skipping = true
                }
            } else {
                if !buffer.isEmpty, !skipping { pending.append((lineNumber, buffer)) }
                flush()
                break
            }
        }
        return summary
    }

    /// Lints a batch in parallel and renders it in order.
    private func process(_ batch: [(line: Int, bytes: [UInt8]?)], path: String, summary: inout Summary) -> String {
        let slots = ResultSlots<String>(count: batch.count)
        let outcomes = ResultSlots<(unreadable: Bool, worst: Severity?, blank: Bool)>(count: batch.count)
        let linter = self.linter
        let limit = maxLineBytes
        let workers = min(concurrency, batch.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < batch.count {
                let (line, read) = batch[index]
                var output = ""
                var outcome: (unreadable: Bool, worst: Severity?, blank: Bool) = (false, nil, false)
                if let bytes = read {
                    switch JSONLines.record(bytes, 0..<bytes.count, path: path, line: line, fields: linter.reader.options.fields) {
                    case nil:
                        outcome.blank = true
                    case let .failure(diagnostic)?:
                        output = JSONLinesResult.error(path: path, line: line, message: diagnostic.message)
                        outcome.unreadable = true
                    case let .success(record)?:
                        let report = linter.lint(record: record)
                        output = JSONLinesResult.render(record: record, report: report)
                        outcome.worst = report.findings.map(\.severity).max()
                    }
                } else {
                    let megabytes = (limit ?? 0) / 1_000_000
                    output = JSONLinesResult.error(path: path, line: line, message: "line \(line) is longer than the \(megabytes) MB limit for one article; it was not checked (raise the limit with --max-file-size)")
                    outcome.unreadable = true
                }
                slots.set(index, output)
                outcomes.set(index, outcome)
                index += workers
            }
        }
        var text = ""
        for (output, outcome) in zip(slots.values(), outcomes.values()) where !outcome.blank {
            text += output + "\n"
            summary.articles += outcome.unreadable ? 0 : 1
            if outcome.unreadable { summary.unreadable += 1 }
            if let worst = outcome.worst, summary.worst.map({ worst > $0 }) ?? true { summary.worst = worst }
        }
        return text
    }
}
