extension Array where Element: Equatable {
    /// Whether the two lists have an element in common: what `!Set(self).isDisjoint(with:)`
    /// gives, without building a set. For the short lists of people and words an event has,
    /// where a set per comparison cost more than the comparison.
    func sharesElement(with other: [Element]) -> Bool {
        contains(where: other.contains)
    }

    /// The elements also in `other`, each once, in this list's order: the members of
    /// `Set(self).intersection(other)`, for short lists.
    func commonElements(with other: [Element]) -> [Element] {
        var common: [Element] = []
        for element in self where other.contains(element) && !common.contains(element) { common.append(element) }
        return common
    }
}
