import Foundation

/// A fixed set of threads that run blocking work (linting) off the server's event loops and its
/// cooperative thread pool, first come first served, with room for a bounded number of jobs.
public final class WorkerPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var head = 0
    /// Jobs queued or running.
    private var admitted = 0
    private let capacity: Int

    /// - Parameters:
    ///   - threads: how many jobs run at once.
    ///   - capacity: how many jobs may be queued or running; ``submit(_:)`` refuses more.
    public init(threads: Int, capacity: Int) {
        self.capacity = max(1, capacity)
        for index in 0..<max(1, threads) {
            let thread = Thread { [unowned self] in self.work() }
            thread.name = "factlint-worker-\(index)"
            thread.start()
        }
    }

    /// Jobs queued or running now.
    public var load: Int { condition.withLock { admitted } }

    /// Queues a job, or returns false when the pool is full.
    public func submit(_ job: @escaping @Sendable () -> Void) -> Bool {
        condition.withLock {
            guard admitted < capacity else { return false }
            admitted += 1
            jobs.append(job)
            condition.signal()
            return true
        }
    }

    /// Runs `body` on a worker and returns its result, or nil at once when the pool is full.
    public func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T? {
        await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
            let accepted = submit { continuation.resume(returning: body()) }
            if !accepted { continuation.resume(returning: nil) }
        }
    }

    private func work() {
        while true {
            condition.lock()
            while head == jobs.count { condition.wait() }
            let job = jobs[head]
            head += 1
            if head > 64, head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job()
            condition.withLock { admitted -= 1 }
        }
    }
}
