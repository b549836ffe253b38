import Dispatch

/// A value computed on another thread while the caller goes on, for start-up work that does not
/// depend on what the caller does meanwhile (the built-in rules while the lexicons are read):
/// on a machine with a second core, one article's run from exec to exit is shorter by that work.
/// Reading ``value`` waits for it; what it holds does not depend on the timing.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the work, before the group is left; read only after the group is waited on.
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        // A queue of its own, so the work gets a thread of its own: on the global pool, which
        // has one worker per core, it could wait behind a job that waits for it (the built-in
        // rules wait for the lexicons' one-time set-up while that set-up waits for its second
        // half) until the pool's monitor added a thread, a second later.
        DispatchQueue(label: "factlint.background").async(group: group) { [self] in result = work() }
    }

    /// The value, once the work is done.
    public var value: Value {
        group.wait()
        return result!
    }
}
