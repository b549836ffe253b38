extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `isAfter`, by binary search, for a predicate that
    /// is false for a first part of the collection and true for the rest (a sorted list and
    /// "above some value"); `endIndex` when it holds for none.
    func partitionIndex(where isAfter: (Element) -> Bool) -> Int {
        var (low, high) = (startIndex, endIndex)
        while low < high {
            let middle = low + (high - low) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
