/// Which list item, if any, each token belongs to, for telling whether two names are separate
/// items of one ``NameList``. A name counts as an item when it ends the item ("Keys" in "Alicia
/// Keys", or before initials in a list written surname first, "Keys A.") or, for a name of
/// several words, starts it: "SportsChanel" in "SportsChanel Associates, SportsChannel Prism
/// Associates" is a word shared by two names, not their difference, so a slip in it is still
/// one.
struct NameListMembership {
    /// Per token: the list's index, or -1.
    private var list: [Int32]
    /// Per token: the item's index in its list.
    private var item: [Int32]
    /// Per token: whether a word starting here ends its item, or a run starting here starts it.
    private var lastWord: [Bool]
    private var itemStart: [Bool]
    let isEmpty: Bool

    init(_ lists: [NameList], tokens: [Token]) {
        isEmpty = lists.isEmpty
        let count = isEmpty ? 0 : tokens.count
        list = [Int32](repeating: -1, count: count)
        item = [Int32](repeating: -1, count: count)
        lastWord = [Bool](repeating: false, count: count)
        itemStart = [Bool](repeating: false, count: count)
        for (listIndex, nameList) in lists.enumerated() {
            for (itemIndex, entry) in nameList.items.enumerated() where entry.tokens.upperBound <= count && !entry.tokens.isEmpty {
                for token in entry.tokens {
                    list[token] = Int32(listIndex)
                    item[token] = Int32(itemIndex)
                }
                itemStart[entry.tokens.lowerBound] = true
                let first = entry.tokens.lowerBound
                var last = entry.tokens.upperBound - 1
                // An initial's period ("Ames J.") belongs to the initial.
                if tokens[last].kind == .punctuation, last > first { last -= 1 }
                // A list written surname first ("Okafor J., Lindqvist M. K.") ends its items on
                // initials: the surname before them is the word that tells the items apart.
                var word = last
                while word > first, tokens[word].kind == .word, tokens[word].isCapitalized, tokens[word].text.isOneCharacter {
                    word -= 1
                    if word > first, tokens[word].isMark("."), !tokens[word].spaceBefore { word -= 1 }
                }
                if tokens[word].kind == .word, !tokens[word].text.isOneCharacter { last = word }
                // The last word, with its hyphenated parts ("Vantorre-Mballa").
                while last - 2 >= first, tokens[last - 1].isMark("-"), !tokens[last - 1].spaceBefore, !tokens[last].spaceBefore {
                    last -= 2
                }
                lastWord[last] = true
            }
        }
    }

    /// Whether a word starting at one of `a` and a word starting at one of `b` each end an item,
    /// and two items of one list.
    func separatesWords(_ a: [Int], _ b: [Int]) -> Bool { separates(a, b, lastWord) }

    /// Whether names of several words starting at one of `a` and at one of `b` each start an
    /// item, and two items of one list.
    func separatesRuns(_ a: [Int], _ b: [Int]) -> Bool { separates(a, b, itemStart) }

    private func separates(_ a: [Int], _ b: [Int], _ marks: [Bool]) -> Bool {
        guard !isEmpty else { return false }
        for x in a where x < list.count && list[x] >= 0 && marks[x] {
            for y in b where y < list.count && marks[y] && list[y] == list[x] && item[y] != item[x] { return true }
        }
        return false
    }
}
