extension Array where Element: Equatable {
    /// Whether `run` occurs in the array as a contiguous stretch, in order (an empty run does).
    func containsRun(_ run: [Element]) -> Bool {
        guard run.count <= count else { return false }
        guard let first = run.first else { return true }
        for start in 0...(count - run.count) where self[start] == first {
            if self[start..<(start + run.count)].elementsEqual(run) { return true }
        }
        return false
    }
}
