@testable import FactLintKit
import Testing

@Suite("Event indexes")
struct EventIndexTests {
    @Test("events sharing a person or a subject word are found once each, in order")
    func sharing() {
        var index = EventKeyIndex()
        index.add(0, people: [1], words: ["plant"])
        index.add(2, people: [], words: ["plant", "Ford"])
        index.add(3, people: [1, 1], words: [])
        index.add(5, people: [4], words: ["Ford"])
        #expect(index.sharing(people: [1], words: ["Ford"]) == [0, 2, 3, 5])
        #expect(index.sharing(people: [], words: ["plant"]) == [0, 2])
        #expect(index.sharing(people: [4], words: ["ford"]) == [5])
        #expect(index.sharing(people: [7], words: ["mine"]) == [])
    }

    @Test("two ascending lists of mentions merge into one, each mention once; a partition point is found by halves")
    func merging() {
        #expect(([0, 3, 7] + [1, 3, 8, 9]).sortedUnique() == [0, 1, 3, 7, 8, 9])
        #expect(([] + [2, 4]).sortedUnique() == [2, 4])
        #expect(([5] + []).sortedUnique() == [5])
        let sorted = [1, 3, 3, 5, 8]
        #expect([0, 1, 3, 4, 8, 9].map { target in sorted.partitionIndex { $0 >= target } } == [0, 0, 1, 3, 4, 5])
        #expect([Int]().partitionIndex { $0 > 0 } == 0)
        #expect(sorted[1...].partitionIndex { $0 > 3 } == 3)
    }

    @Test("short lists share elements as sets of them would")
    func shortLists() {
        #expect(["Ford", "plant"].sharesElement(with: ["plant"]))
        #expect(![1, 2].sharesElement(with: [3]))
        #expect(![Int]().sharesElement(with: [1]))
        #expect(["plant", "Ford", "plant", "vote"].commonElements(with: ["vote", "plant", "plant"]) == ["plant", "vote"])
        #expect(["a"].commonElements(with: []) == [])
    }
}
