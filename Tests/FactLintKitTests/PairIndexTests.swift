@testable import FactLintKit
import Testing

@Suite("Candidate pairs by shared keys")
struct PairIndexTests {
    @Test("name runs meet the later runs with the same words but one, or whose opening they share")
    func nameRuns() {
        let candidates = NameRunCandidates([
            ["Federal", "Reserve", "Ban"],
            ["Federal", "Reserve", "Bank", "of", "St.", "Louis"],
            ["Karen", "L.", "Ostrander"],
            ["Karen", "M.", "Ostrander"],
            ["Tim", "Varden"],
            ["Tom", "Varden"],
            ["Federal", "Reserve"],
        ])
        #expect((0..<7).map { candidates.later(than: $0) } == [[1, 6], [6], [3], [], [5], [], []])
    }
}
