import Yams

/// A newsroom's list of people: canonical names, aliases and transliterations, and titles with
/// the dates they were held. Read from YAML:
///
///     people:
///       - name: Joe Biden
///         aliases: [Joseph Biden, Joseph R. Biden]
///         titles:
///           - {title: President, org: United States, from: 2021-01-20, to: 2025-01-20}
public struct Roster: Sendable {
    public struct Tenure: Sendable, Hashable {
        public var title: String
        /// The title's head word, lowercased ("president").
        public var role: String
        public var org: String?
        public var from: CalendarDate?
        public var to: CalendarDate?

        /// Whether the title was held on a day.
        public func covers(_ day: CalendarDate) -> Bool {
            (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
        }
    }

    public struct Entry: Sendable, Hashable {
        public var name: String
        public var aliases: [String]
        public var tenures: [Tenure]

        /// Every spelling of the name, lowercased.
        public var spellings: Set<String> { Set(([name] + aliases).map { $0.lowercased() }) }
        /// Every surname spelling, lowercased.
        public var surnames: Set<String> { Set(([name] + aliases).compactMap { $0.split(separator: " ").last.map { $0.lowercased() } }) }
    }

    public var entries: [Entry] = []

    public init(entries: [Entry] = []) { self.entries = entries }

    /// The entry for a person named in an article: by full name or alias, or by surname when only
    /// one entry has it.
    public func entry(for name: String) -> Entry? {
        let lower = name.lowercased()
        if let exact = entries.first(where: { $0.spellings.contains(lower) }) { return exact }
        guard !lower.utf8.contains(0x20) else { return nil }
        let bySurname = entries.filter { $0.surnames.contains(lower) }
        return bySurname.count == 1 ? bySurname[0] : nil
    }

    /// Whether two surname spellings belong to one roster entry (a transliteration pair).
    public func areAliases(_ a: String, _ b: String) -> Bool {
        entries.contains { $0.surnames.contains(a.lowercased()) && $0.surnames.contains(b.lowercased()) }
    }

    /// Reads a roster file's text.
    public static func parse(yaml: String, path: String) -> (Roster, [RuleProblem]) {
        var problems: [RuleProblem] = []
        func problem(_ mark: Mark?, _ message: String) {
            problems.append(RuleProblem(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
        }
        if let reason = YAMLSafety.problem(in: Array(yaml.utf8)) {
            problem(nil, "the roster was not read: \(reason)")
            return (Roster(), problems)
        }
        let node: Node?
        do { node = try YAMLSafety.document(yaml) } catch {
            let (message, mark) = YAMLSafety.describe(error)
            problem(mark, "this is not valid YAML: \(message)")
            return (Roster(), problems)
        }
        guard let people = node?.mapping?["people"]?.sequence else {
            problem(node?.mark, "a roster is a mapping with 'people:', a list of people with 'name', 'aliases' and 'titles'")
            return (Roster(), problems)
        }
        var roster = Roster()
        for person in people {
            guard let fields = person.mapping, let name = fields["name"]?.string else {
                problem(person.mark, "each person needs 'name:'")
                continue
            }
            var entry = Entry(name: name, aliases: fields["aliases"]?.sequence?.compactMap(\.string) ?? [], tenures: [])
            for title in fields["titles"]?.sequence ?? [] {
                guard let titleFields = title.mapping, let text = titleFields["title"]?.string else {
                    problem(title.mark, "each title needs 'title:', and may have 'org:', 'from:' and 'to:'")
                    continue
                }
                func date(_ key: String) -> CalendarDate? {
                    guard let node = titleFields[key] else { return nil }
                    guard let text = node.string, let parsed = PublicationDate.parse(text) else {
                        problem(node.mark, "'\(key)' must be a date written YYYY-MM-DD")
                        return nil
                    }
                    return parsed.calendarDate
                }
                let role = text.split(separator: " ").last.map { $0.lowercased() } ?? text.lowercased()
                entry.tenures.append(Tenure(title: text, role: role, org: titleFields["org"]?.string, from: date("from"), to: date("to")))
            }
            roster.entries.append(entry)
        }
        return (roster, problems)
    }
}
