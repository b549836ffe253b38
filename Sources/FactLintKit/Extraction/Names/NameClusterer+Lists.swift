extension NameClusterer {
    /// Whether two ascending lists share no element.
    static func isDisjoint(_ a: [Int], _ b: [Int]) -> Bool {
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { return false }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    /// The one position where two word lists of the same length differ, or nil when they differ
    /// in none or in more than one.
    static func onlyDifference(_ a: [String], _ b: [String]) -> Int? {
        var found: Int?
        for index in a.indices where a[index] != b[index] {
            if found != nil { return nil }
            found = index
        }
        return found
    }
}
