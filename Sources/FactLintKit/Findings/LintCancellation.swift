/// Stops a lint part-way: an editor's newer edit makes the run for the older text worthless, and
/// a service answers within a time limit. The linter looks at it between phases and between
/// rules, so a run stops within one rule's time of being cancelled; a run that stopped returns
/// an incomplete report, which the caller must discard.
public final class LintCancellation: @unchecked Sendable {
    private let lock = NSLockCompat()
    private var cancelled = false
    /// Seconds on ``PhaseTimings/now()``'s clock after which the run counts as cancelled.
    public let deadline: Double?

    public init(deadline: Double? = nil) {
        self.deadline = deadline
    }

    /// A cancellation that fires by itself `seconds` from now.
    public convenience init(timeLimit seconds: Double) {
        self.init(deadline: PhaseTimings.now() + seconds)
    }

    public func cancel() {
        lock.withLock { cancelled = true }
    }

    /// Whether ``cancel()`` was called or the deadline has passed.
    public var isCancelled: Bool {
        if lock.withLock({ cancelled }) { return true }
        if let deadline, PhaseTimings.now() >= deadline { return true }
        return false
    }

    /// Whether the deadline passed (rather than a call to ``cancel()``).
    public var timedOut: Bool {
        guard let deadline else { return false }
        return !lock.withLock({ cancelled }) && PhaseTimings.now() >= deadline
    }
}
