extension Array where Element: Comparable {
    /// The elements sorted, each once: what `Array(Set(self)).sorted()` gives, without hashing
    /// every element into a set first.
    func sortedUnique() -> [Element] {
        var result = self
        result.sortUnique()
        return result
    }

    /// Sorts the elements in place and drops repeats.
    mutating func sortUnique() {
        sort()
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeSubrange(kept...)
    }
}
