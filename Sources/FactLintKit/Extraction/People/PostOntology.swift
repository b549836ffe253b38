/// The post ontology, read from the article's lexicons (`Rules/lexicons/posts.yml` and
/// `organisations.yml`, extended by a newsroom's own): the heads of posts and their spellings,
/// what kind and class of post each is, which are exclusive to one holder, which combine, rank
/// modifiers, tenure words, organisation aliases, parties and places.
public final class PostOntology: Sendable {
    /// What kind of post a head names.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case government, legislature, party, judiciary, military, corporate, sport, other
    }

    /// How a post combines with others (see the `post-classes` lexicon).
    public enum PostClass: String, Sendable, Hashable {
        case office, seat, rank, generic, occupation
    }

    let heads: Lexicon
    let plainRoles: Lexicon
    let kinds: Lexicon
    let classes: Lexicon
    let exclusive: Lexicon
    let ranks: Lexicon
    let tenureMarkers: Lexicon
    let pastCues: Lexicon
    let changeWords: Lexicon
    let departureWords: Lexicon
    let headFirstNames: Lexicon
    let connectors: Lexicon
    let phraseConnectors: Lexicon
    let portfolios: Lexicon
    let organisations: Lexicon
    let parties: Lexicon
    let places: Lexicon
    /// Every word a title can end in: the last word of each head spelling, and the plain
    /// `title-roles` words. A run of capitalised words is cut into title and name after one.
    let roleWords: Lexicon
    /// The most words a head spelling has ("chief financial officer" has three).
    let longestHead: Int
    /// For each head, the indices of the combination groups it is in.
    private let groups: [String: [Int]]
    /// Pairs of heads (`a|b`, sorted) one person holds together only when one title says so.
    private let apart: Set<String>
    /// Pairs of heads held apart when their portfolios differ (`post-pairs-apart-by-portfolio`).
    private let apartByPortfolio: Set<String>

    public init(lexicons: LexiconSet) {
        heads = lexicons["post-heads"]
        plainRoles = lexicons["title-roles"]
        kinds = lexicons["post-kinds"]
        classes = lexicons["post-classes"]
        exclusive = lexicons["exclusive-posts"]
        ranks = lexicons["rank-modifiers"]
        tenureMarkers = lexicons["tenure-markers"]
        pastCues = lexicons["past-tenure-cues"]
        changeWords = lexicons["post-change-words"]
        departureWords = lexicons["post-departure-words"]
        headFirstNames = lexicons["head-first-names"]
        connectors = lexicons["title-connectors"]
        phraseConnectors = lexicons["title-phrase-connectors"]
        portfolios = lexicons["portfolios"]
        organisations = lexicons["organisation-aliases"]
        parties = lexicons["parties"]
        places = lexicons["places"]
        var finals: [String: String] = [:]
        var longest = 1
        for spelling in heads.keysBySpelling.keys {
            let words = spelling.asciiPieces(separatedBy: 0x20) ?? spelling.split(separator: " ").map(String.init)
            longest = max(longest, words.count)
            if let last = words.last { finals[last] = last }
        }
        for spelling in plainRoles.keysBySpelling.keys where !spelling.utf8.contains(0x20) { finals[spelling] = spelling }
        roleWords = Lexicon(name: "post-head-words", keysBySpelling: finals, source: "post-heads")
        longestHead = longest
        var groups: [String: [Int]] = [:]
        for (index, line) in lexicons["post-combinations"].keysBySpelling.keys.sorted().enumerated() {
            for head in Self.heads(of: line) { groups[head, default: []].append(index) }
        }
        self.groups = groups
        apart = Self.pairs(lexicons["post-pairs-held-apart"])
        apartByPortfolio = Self.pairs(lexicons["post-pairs-apart-by-portfolio"])
    }

    /// Every two heads of one line (`a|b`, sorted) of a lexicon of "+"-joined groups.
    private static func pairs(_ lexicon: Lexicon) -> Set<String> {
        var pairs = Set<String>()
        for line in lexicon.keysBySpelling.keys {
            let heads = heads(of: line)
            for first in heads { for second in heads where first < second { pairs.insert(first + "|" + second) } }
        }
        return pairs
    }

    /// The canonical head for a spelling ("gov" is "governor", "ceo" is "chief executive"), or
    /// nil when it heads no post.
    func head(for spelling: String) -> String? {
        if let key = heads.key(for: spelling) { return key }
        // Bytes: `contains(" ")` on a String is Foundation's search.
        if !spelling.utf8.contains(0x20), plainRoles.contains(spelling) { return spelling.lowercased() }
        return nil
    }

    public func kind(of head: String) -> Kind { kinds.key(for: head).flatMap(Kind.init(rawValue:)) ?? .other }

    public func postClass(of head: String) -> PostClass { classes.key(for: head).flatMap(PostClass.init(rawValue:)) ?? .generic }

    /// Whether an organisation has one holder of the post at a time.
    public func isExclusive(_ head: String) -> Bool { exclusive.contains(head) }

    /// Whether one person often holds both posts ("chairman and chief executive").
    public func combine(_ first: String, _ second: String) -> Bool {
        guard let a = groups[first], let b = groups[second] else { return false }
        return a.contains { b.contains($0) }
    }

    /// The heads of a line of post-combinations or post-pairs-held-apart ("chairman + chief executive").
    private static func heads(of line: String) -> [String] {
        (line.asciiPieces(separatedBy: UInt8(ascii: "+")) ?? line.split(separator: "+").map(String.init)).map { $0.trimmingASCIIWhitespace() }
    }

    /// Whether two titles given apart name posts one person seldom holds together though the
    /// combinations allow it: "Prime Minister Ito" and "Foreign Minister Ito" (a prime minister
    /// who is also foreign minister is called both in one title). A rank modifier on one of the
    /// two lifts it (a deputy prime minister often holds a ministry); the same one on both does
    /// not ("shadow chancellor" and "shadow home secretary").
    /// "Trade secretary Ann Lowe" and later "Europe minister Ann Lowe": two briefs of one rank.
    public func heldApart(_ first: PersonTitle, _ second: PersonTitle) -> Bool {
        let pair = first.role < second.role ? first.role + "|" + second.role : second.role + "|" + first.role
        guard first.modifiers == second.modifiers else { return false }
        if !first.qualifiers.isEmpty, !second.qualifiers.isEmpty, first.qualifiers.isDisjoint(with: second.qualifiers),
           apartByPortfolio.contains(pair) { return true }
        return apart.contains(pair)
    }

    /// The canonical rank modifier of a word ("vice", "deputy"), or nil.
    func rank(of word: String) -> String? { ranks.key(for: word) }

    /// The tenure a marker word gives ("former", "ex", "designate"), or nil.
    func tenure(marker word: String) -> Tenure? { tenureMarkers.key(for: word).flatMap(Tenure.init(rawValue:)) }

    /// The organisation a name stands for, resolved through aliases and places: "ECB" and
    /// "European Central Bank" give one key, "French" and "France" another.
    public func organisationKey(_ text: String) -> String {
        var words = text.split(separator: " ").map { String($0) }
        while let first = words.first, first.lowercased() == "the" { words.removeFirst() }
        words = words.map { word in
            var word = word
            if word.hasASCIISuffix("'s") || word.hasSuffix("\u{2019}s") { word.removeLast(2) }
            if word.hasASCIISuffix("'") || word.hasSuffix("\u{2019}") { word.removeLast() }
            return word
        }
        let joined = words.joined(separator: " ")
        if let key = organisations.key(for: joined) ?? places.key(for: joined) { return key.lowercased() }
        return joined.lowercased()
    }

    /// Whether two organisation keys name the same body: equal, or one's words within the
    /// other's ("mac format" and "uk magazine mac format").
    public func sameOrganisation(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let first = Set(a.split(separator: " ")), second = Set(b.split(separator: " "))
        return first.isSubset(of: second) || second.isSubset(of: first)
    }

    /// The party a word or phrase names ("Tory" is Conservative), or nil.
    public func party(_ text: String) -> String? { parties.key(for: text) }

    /// The country or place a word names ("French" is France), or nil.
    public func place(_ text: String) -> String? { places.key(for: text) }
}
