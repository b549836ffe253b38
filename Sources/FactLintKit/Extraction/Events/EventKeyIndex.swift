/// Events by the people and subject words they concern, so the events that share one of them
/// with a given event are found without comparing it with every other (``OrderConstraintFinder``).
struct EventKeyIndex {
    private var byPerson: [Int: [Int]] = [:]
    private var byWord: [String: [Int]] = [:]

    /// Adds event `index`; indices must be added in ascending order.
    mutating func add(_ index: Int, people: [Int], words: [String]) {
        for person in people where byPerson[person]?.last != index { byPerson[person, default: []].append(index) }
        for word in words where byWord[word]?.last != index { byWord[word, default: []].append(index) }
    }

    /// The events added that concern one of `people` or have one of `words` in their subject:
    /// ascending, each once.
    func sharing(people: [Int], words: [String]) -> [Int] {
        var found: [Int] = []
        for person in people { found += byPerson[person] ?? [] }
        for word in words { found += byWord[word] ?? [] }
        found.sortUnique()
        return found
    }
}
