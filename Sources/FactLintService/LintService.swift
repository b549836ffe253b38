import FactLintKit

/// The HTTP service's behaviour, apart from the server library that carries it: what each
/// endpoint answers, the limits, and where the linting runs.
public final class LintService: Sendable {
    public let limits: ServiceLimits
    public let catalog: LinterCatalog
    private let pool: WorkerPool

    public init(catalog: LinterCatalog, limits: ServiceLimits = ServiceLimits()) {
        self.catalog = catalog
        self.limits = limits
        pool = WorkerPool(threads: limits.workers, capacity: limits.maxConcurrent)
    }

    /// Requests being linted or waiting for a worker.
    public var load: Int { pool.load }

    /// `POST /v1/lint`: the findings as `factlint lint --format json` gives them, with lines and
    /// columns counted in the request's `body`.
    public func lint(_ bytes: [UInt8]) async -> ServiceResponse {
        guard bytes.count <= limits.maxBodyBytes else { return tooLarge(bytes.count) }
        let request: LintRequest
        switch LintRequest.parse(bytes) {
        case let .success(parsed): request = parsed
        case let .failure(problem): return .error(problem.status, problem.message, field: problem.field)
        }
        var linter = catalog.base
        if let config = request.config {
            switch catalog.linter(forRequestConfiguration: config) {
            case let .success(found): linter = found
            case let .failure(problem): return .error(problem.status, problem.message, field: problem.field)
            }
        }
        let limit = limits.timeLimit
        let cancellation = LintCancellation(timeLimit: limit)
        let chosen = linter
        let outcome = await pool.run { () -> ServiceResponse? in
            guard !cancellation.isCancelled else { return nil }
            let article = chosen.reader.read(record: request.record)
            let report = chosen.lint(article: article, cancellation: cancellation)
            guard !cancellation.isCancelled else { return nil }
            var diagnostics: [Diagnostic] = []
            for field in request.ignoredFields {
                let hint = LintRequest.fields.first { Self.distance(field, $0) <= 2 }.map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(Diagnostic(path: "request", level: .warning, message: "the field '\(field)' was ignored\(hint)"))
            }
            let lintReport = LintReport(files: [FieldPaths.named(report, recordPath: request.record.path)], rules: chosen.descriptors,
                                        diagnostics: diagnostics)
            return .json(200, JSONReporter().render(lintReport))
        }
        guard let accepted = outcome else {
            return .error(503, "the service is checking \(limits.maxConcurrent) articles already; try again in a second",
                          headers: [("Retry-After", "1")])
        }
        guard let response = accepted else {
            return .error(503, "checking this article took longer than the \(Self.seconds(limit)) limit; try again, or send a shorter text",
                          headers: [("Retry-After", "1")])
        }
        return response
    }

    /// The 413 answer for a body of `size` bytes.
    public func tooLarge(_ size: Int?) -> ServiceResponse {
        let what = size.map { "\($0) bytes" } ?? "the request body"
        return .error(413, "\(what) is more than the \(limits.maxBodyBytes)-byte limit; raise it with --max-body-size")
    }

    /// `GET /v1/rules`: the rules in effect, with what each checks.
    public func rules() -> ServiceResponse {
        var json = JSONWriter()
        json.beginObject()
        json.beginArray("rules")
        for rule in catalog.base.rules.sorted(by: { $0.id < $1.id }) {
            let descriptor = rule.descriptor
            json.beginObject()
            json.string("id", descriptor.id)
            json.string("severity", descriptor.severity.rawValue)
            json.string("check", descriptor.check)
            json.string("description", descriptor.description.trimmingASCIIWhitespaceCompat())
            json.string("message", descriptor.message)
            if let link = descriptor.link { json.string("link", link) }
            json.beginArray("tags")
            for tag in descriptor.tags { json.string(nil, tag) }
            json.endArray()
            json.string("source", descriptor.source)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return .json(200, json.output + "\n")
    }

    /// `GET /healthz`.
    public func health() -> ServiceResponse {
        let body: JSONTree = ["status": "ok", "version": .string(FactLintVersion.current), "rules": .int(catalog.base.rules.count),
                              "inFlight": .int(load), "maxConcurrent": .int(limits.maxConcurrent)]
        return .json(200, body.serialized() + "\n")
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// Edit distance, for "did you mean" on a misspelt field.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased().unicodeScalars)
        let b = Array(b.lowercased().unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
