#if canImport(Glibc)
import Glibc
#endif

/// Time spent in each phase of a run, summed over all files and threads (so on two cores the
/// total can exceed the wall time). Collected only when asked for (`--timings`).
public final class PhaseTimings: @unchecked Sendable {
    public enum Phase: String, CaseIterable, Sendable {
        case read, parse, facts, rules, report
    }

    private let lock = NSLockCompat()
    private var totals: [Phase: Double] = [:]
    private var ruleTotals: [String: Double] = [:]

    public init() {}

    /// Seconds on a monotonic clock.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `body`, adding its time to a phase.
    public func measure<T>(_ phase: Phase, _ body: () throws -> T) rethrows -> T {
        let start = Self.now()
        defer { add(phase, Self.now() - start) }
        return try body()
    }

    public func add(_ phase: Phase, _ seconds: Double) {
        lock.withLock { totals[phase, default: 0] += seconds }
    }

    /// Adds time spent in one rule (part of the rules phase), so a slow house rule shows up.
    public func add(rule: String, _ seconds: Double) {
        lock.withLock { ruleTotals[rule, default: 0] += seconds }
    }

    /// How many of the slowest rules the summary lists.
    public static let rulesShown = 10

    /// One line per phase: `parse  1.234 s  31%`.
    public func summary() -> String {
        let values = lock.withLock { totals }
        let total = values.values.reduce(0, +)
        var out = "phase    seconds  share\n"
        for phase in Phase.allCases {
            let seconds = values[phase] ?? 0
            let share = total > 0 ? Int((seconds / total * 100).rounded()) : 0
            out += phase.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + " " + String(format3(seconds)) + "  \(share)%\n"
        }
        let rules = lock.withLock { ruleTotals }
        if !rules.isEmpty {
            out += "slowest rules (share of the rules phase):\n"
            let ruleTotal = rules.values.reduce(0, +)
            // Slowest first; equal times by id, so the list is stable.
            for (id, seconds) in rules.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).prefix(Self.rulesShown) {
                let share = ruleTotal > 0 ? Int((seconds / ruleTotal * 100).rounded()) : 0
                out += "  " + format3(seconds) + "  " + String(repeating: " ", count: max(0, 3 - String(share).count)) + "\(share)%  \(id)\n"
            }
        }
        return out
    }

    private func format3(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000
        let fraction = thousandths % 1000
        let text = "\(whole)." + String(repeating: "0", count: fraction < 10 ? 2 : fraction < 100 ? 1 : 0) + "\(fraction)"
        return String(repeating: " ", count: max(0, 7 - text.count)) + text
    }
}
