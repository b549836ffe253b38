/// One person's name spelt two ways: "Valiyev" and "Valiev", "Johnson" and "Johsnon". A
/// capitalised word a letter or two away from a known person's surname, rarer than it and never
/// written in lower case, is taken for a misspelling. Different people (both with full names)
/// and aliases from the roster are not flagged.
public struct NameSpellingCheck: Check {
    public static let name = "name-spelling"
    public static let summary = "A person's name is spelt two ways."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-length", .integer, default: "4", help: "Shorter names are not compared."),
        ParameterSpec("aliases", .stringList, default: "[]", help: "Pairs that are the same person, written 'Valiyev = Valiev'."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "variant": "the rarer spelling",
        "name": "the usual spelling",
        "person": "the person's full name",
        "count": "how often the usual spelling appears",
        "other.line": "the line of the usual spelling",
    ]) { $1 }

    private let minimumLength: Int
    private let aliases: Set<String>
    private let excluded: [Lexicon]
    private let speech = LexiconSet.builtIn["speech-verbs"]

    public init(parameters: ParameterValues) throws(ParameterError) {
        minimumLength = parameters.integer("min-length", default: 4)
        var pairs = Set<String>()
        for entry in parameters.strings("aliases") {
            let sides = entry.split(separator: "=").map { String($0).trimmingASCIIWhitespace().lowercased() }
            guard sides.count == 2 else { throw ParameterError(parameter: "aliases", message: "entries are written 'Name = Other spelling', not '\(entry)'") }
            pairs.insert(sides[0] + "=" + sides[1])
            pairs.insert(sides[1] + "=" + sides[0])
        }
        aliases = pairs
        let lexicons = LexiconSet.builtIn
        excluded = ["title-roles", "title-modifiers", "honorifics", "org-words", "months", "weekdays", "sentence-starters", "speech-verbs", "stopwords"].map { lexicons[$0] }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        // Known spellings: surnames of people named in full or more than once.
        var known: [String: (person: Person, count: Int, first: SourceSpan)] = [:]
        for person in facts.people where person.mentions.contains(where: { $0.kind == .fullName }) || person.mentions.count >= 2 {
            guard person.key.count >= minimumLength, let first = person.mentions.first else { continue }
            // The spelling of a full name outweighs a lone variant: count the full name twice.
            let weight = person.mentions.count + (person.mentions.contains { $0.kind == .fullName } ? 1 : 0)
            known[person.key] = (person, weight, first.span)
        }
        guard !known.isEmpty else { return [] }
        var knownByInitial: [Character: [String: (person: Person, count: Int, first: SourceSpan)]] = [:]
        for (key, value) in known { knownByInitial[key.first!, default: [:]][key] = value }
        // Only words that share a first byte with a known name can be compared with one, so the
        // rest of the article is never hashed.
        var initialBytes = [Bool](repeating: false, count: 256)
        for key in known.keys { if let byte = key.utf8.first { initialBytes[Int(byte)] = true } }
        var lowercaseWords = Set<String>()
        var capitalised: [String: [Int]] = [:]
        for (index, token) in facts.tokens.enumerated() where token.kind == .word {
            guard let byte = token.lower.utf8.first, initialBytes[Int(byte)] else { continue }
            if token.isCapitalized { capitalised[token.lower, default: []].append(index) } else { lowercaseWords.insert(token.lower) }
        }
        // People introduced with a full name are different people, however close their names.
        let named = Set(facts.people.filter { $0.mentions.contains { $0.kind == .fullName } }.map(\.key))
        var matches: [CheckMatch] = []
        for (form, positions) in capitalised.sorted(by: { $0.key < $1.key }) {
            // A misspelling is a slip made once or twice; a form used more is a word of its own.
            guard positions.count <= 2, form.count >= minimumLength, known[form] == nil, !named.contains(form), !lowercaseWords.contains(form),
                  !excluded.contains(where: { $0.contains(form) }) else { continue }
            let candidates = (knownByInitial[form.first!] ?? [:]).filter { key, value in
                // "the Beckhams", "the Bryans": a family, not a misspelling.
                key.first == form.first && positions.count < value.count && !aliases.contains(form + "=" + key)
                    && !(facts.roster?.areAliases(form, key) ?? false)
                    && !isDerivedForm(form, key)
                    && Suggestion.editDistance(Array(form.unicodeScalars), Array(key.unicodeScalars)) <= (min(form.count, key.count) <= 5 ? 1 : 2)
            }
            guard candidates.count == 1, let (key, value) = candidates.first else { continue }
            for position in positions {
                let sentence = facts.sentence(ofToken: position) ?? 0
                guard facts.isInScope(sentence: sentence, scope), !isInsideProperName(position, sentence: sentence, facts),
                      !isPlainSentenceStart(position, sentence: sentence, facts) else { continue }
                let token = facts.tokens[position]
                let span = facts.article.blocks[token.block].text.sourceSpan(of: token.range)
                matches.append(CheckMatch(span: span, values: [
                    "variant": token.text, "name": value.person.key == key ? displayKey(value.person) : key,
                    "person": value.person.name, "count": String(value.count),
                    "other.line": String(facts.line(of: value.first)),
                ], related: [.init(span: value.first, message: "\(value.person.name) is spelt this way here")]))
            }
        }
        return matches.sorted { $0.span < $1.span }
    }

    /// "Canada" and "Canadian", "Democrat" and "Democrats", "Beckham" and "Beckhams": one word's
    /// family (a plural, a people, an adjective), not a misspelling.
    private func isDerivedForm(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        let shared = zip(short, long).prefix { $0 == $1 }.count
        guard shared >= short.count - 1 else { return false }
        let tail = String(long.dropFirst(shared))
        return ["s", "n", "an", "ian", "ians", "ans", "ese", "ic", "ish", "i", "is", "es", "ns", "ese"].contains(tail)
    }

    /// "Guaranteed Minimum Price", "Saudi Arabian", "Donald Regan": a word inside a run of
    /// capitalised words belongs to another name, unless the others are an honorific or a title.
    private func isInsideProperName(_ position: Int, sentence: Int, _ facts: ArticleFacts) -> Bool {
        let range = facts.sentences[sentence].tokens
        let neighbours = [position - 1, position + 1].filter { range.contains($0) }
        return neighbours.contains { index in
            let token = facts.tokens[index]
            guard token.kind == .word, token.isCapitalized, token.spaceBefore || index < position else { return false }
            // An initial before it ("A Masi") makes it a name of its own.
            if token.text.count == 1 { return true }
            return !excluded.contains { $0.contains(token.lower) } || (index > position && !facts.tokens[index].spaceBefore)
        }
    }

    /// "Late last year": any word is capitalised at the start of a sentence. There it counts as a
    /// name only if a verb of speech or a past or present verb follows within three words.
    private func isPlainSentenceStart(_ position: Int, sentence: Int, _ facts: ArticleFacts) -> Bool {
        var start = facts.sentences[sentence].tokens.lowerBound
        while start < position, facts.tokens[start].kind == .punctuation { start += 1 }
        guard start == position else { return false }
        let end = min(position + 4, facts.sentences[sentence].tokens.upperBound)
        let verbs: Set<String> = ["was", "is", "has", "had", "also", "will", "would", "could", "did", "does"]
        return !((position + 1)..<end).contains { index in
            let word = facts.tokens[index].lower
            return speech.contains(word) || verbs.contains(word) || (word.hasSuffix("ed") && word.count > 4)
        }
    }

    /// The surname as the article writes it.
    private func displayKey(_ person: Person) -> String {
        person.name.split(separator: " ").last.map(String.init) ?? person.name
    }
}
