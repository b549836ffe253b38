import FactLintKit

/// What the HTTP service allows one client, and how much work it takes on at once.
public struct ServiceLimits: Sendable {
    /// The largest request body, in bytes (413 beyond it).
    public var maxBodyBytes = 2_000_000
    /// Seconds a request may take from admission to answer, waiting for a worker included (503
    /// beyond it). The lint checks it between rules.
    public var timeLimit = 5.0
    /// Requests being linted or waiting for a worker; one more is answered 503 with Retry-After.
    public var maxConcurrent = 64
    /// Threads that lint. Linting is CPU work, so one per core.
    public var workers = LintRunner.defaultConcurrency
    /// Seconds a client has to send a request's headers, and then its body (408 beyond it).
    public var readTimeout = 10.0
    /// Open connections; beyond it new ones wait in the listen backlog.
    public var maxConnections = 1_024

    public init() {}
}
