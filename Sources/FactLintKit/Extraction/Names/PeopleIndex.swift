/// The people of an article as the name clusterer asks about them: who owns a surname, their
/// first names, and whether two people's posts could be one person's.
struct PeopleIndex {
    let people: [Person]
    /// Lowercased surname to the people who have it.
    var owners: [String: [Int]] = [:]
    /// A person's first name, lowercased, when they are named in full.
    var firstNames: [Int: String] = [:]
    /// Lowercased first name to the surnames of the people named in full with it.
    var surnamesByFirstName: [String: Set<String>] = [:]

    init(people: [Person]) {
        self.people = people
        for (index, person) in people.enumerated() {
            owners[person.key, default: []].append(index)
            let words = person.name.split(separator: " ")
            if words.count >= 2, person.mentions.contains(where: { $0.kind == .fullName }) {
                firstNames[index] = words[0].lowercased()
                surnamesByFirstName[words[0].lowercased(), default: []].insert(person.key)
            }
        }
    }

    /// Whether a lowercased word is some people's first name and nobody's surname.
    func isOnlyFirstName(_ word: String) -> Bool { surnamesByFirstName[word] != nil && owners[word] == nil }

    /// Whether the people of one surname with these first names hold one post between them
    /// ("Tim Varden, editor of Gadget Weekly" and "Tom Varden, editor of Gadget Weekly").
    func shareRole(surname: String, firstNames names: [String], ontology: PostOntology) -> Bool {
        let holders = (owners[surname] ?? []).filter { firstNames[$0].map(names.contains) ?? false }
        guard holders.count >= 2 else { return false }
        let titles = holders.map { people[$0].titles.filter { $0.tenure == .current && $0.postClass != .generic } }
        guard let first = titles.first, !first.isEmpty else { return false }
        return titles.dropFirst().allSatisfy { others in
            others.contains { other in first.contains { $0.role == other.role && $0.modifiers == other.modifiers && $0.isCompatible(with: other, ontology: ontology) } }
        }
    }

    /// Whether two groups of people could be one person by their posts: true unless both have
    /// current posts and none of one's could be the other's ("President" and "Chief of Staff").
    func postsAgree(_ a: [Int], _ b: [Int], ontology: PostOntology) -> Bool {
        let first = a.flatMap { people[$0].titles.filter { $0.tenure == .current && $0.postClass != .occupation } }
        let second = b.flatMap { people[$0].titles.filter { $0.tenure == .current && $0.postClass != .occupation } }
        guard !first.isEmpty, !second.isEmpty else { return true }
        return first.contains { x in
            second.contains { y in
                x.role == y.role ? x.isCompatible(with: y, ontology: ontology) : (x.postClass == .generic || y.postClass == .generic)
            }
        }
    }
}
