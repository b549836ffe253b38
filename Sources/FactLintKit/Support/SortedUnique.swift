extension Array where Element: Comparable {
    /// The elements sorted, each once: what `Array(Set(self)).sorted()` gives, without hashing
    /// every element into a set first.
    func sortedUnique() -> [Element] {
        var result = sorted()
        guard result.count > 1 else { return result }
        var kept = 1
        for index in 1..<result.count where result[index] != result[kept - 1] {
            result[kept] = result[index]
            kept += 1
        }
        result.removeSubrange(kept...)
        return result
    }
}
