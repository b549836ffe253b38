/// A proper name spelt two ways: a person ("Dorsley", "Dorsely"; "Tim Varden", "Tom Varden";
/// "Karen L. Ostrander", "Karen M. Ostrander"), a company ("Vandermolens", "Vandrmolens"; "Six
/// Flags", "Red Kite"), a place. Reads the name clusters the extractor built; reports each use of
/// a rarer spelling, with the usual one as the other side. When the two are used about as often,
/// it says so and does not claim to know which is right. Spellings listed as aliases, here or in
/// the roster, are not flagged.
public struct NameSpellingCheck: Check {
    public static let name = "name-spelling"
    public static let summary = "A proper name is spelt two ways."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-length", .integer, default: "4", help: "Shorter names are not compared, except first names and initials beside a surname."),
        ParameterSpec("aliases", .stringList, default: "[]", help: "Pairs that are the same name, written 'Solbakk = Solbak'."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "variant": "the spelling here",
        "name": "the other spelling",
        "person": "the person's full name, or the other spelling for a name that is not a person's",
        "count": "how often the other spelling is used",
        "verdict": "which spelling looks right: the other when it is used far more, else a request to check",
        "other.line": "the line of the other spelling's first use",
    ]) { $1 }

    private static let unclear = "check which is right"
    private let minimumLength: Int
    private let aliases: Set<String>

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
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        var matches: [CheckMatch] = []
        for cluster in facts.names where cluster.evidence != nil && cluster.spellings.count >= 2 {
            let usual = cluster.spellings[0]
            // A slip is made once or twice; a firm's name without its "s" recurs ("Tollard's
            // offer" three times beside "Tollards" six).
            for variant in cluster.spellings.dropFirst() where (variant.count <= 2 || cluster.evidence == .firmSingular) && !isAlias(variant.text, usual.text, facts) {
                if cluster.evidence == .spelling || cluster.evidence == .firmSingular, min(variant.text.count, usual.text.count) < minimumLength { continue }
                // Used about as often: say both, and that one of them is wrong.
                // A firm's name without its "s" is clear: the firm's full name has it.
                let clear = usual.count >= 2 * variant.count || cluster.evidence == .firmSingular
                let verdict = clear ? "'\(usual.text)' is used \(usual.count) times" : Self.unclear
                for (index, span) in variant.spans.enumerated() where facts.isInScope(sentence: variant.sentences[index], scope) {
                    matches.append(CheckMatch(span: span, values: [
                        "variant": variant.text, "name": usual.text, "person": cluster.person ?? usual.text,
                        "count": String(usual.count), "verdict": verdict, "other.line": String(facts.line(of: usual.spans[0])),
                    ], related: [.init(span: usual.spans[0], message: "'\(usual.text)' is written this way here")],
                    evidence: [.spelling(variant, in: cluster, at: span, as: "variant", reason: true),
                               .spelling(usual, in: cluster, at: usual.spans[0], as: "name", reason: false)]))
                }
            }
        }
        // "Sri Lanaka" and, inside it, "Lanaka": one slip, reported once, on the longer span,
        // unless only the shorter one knows which spelling is right ("Boeksy" beside "Boesky"
        // seven times, inside "Ivan F. Boeksy and Co" once beside "Ivan F. Boesky and Co" once).
        let isClear = { (match: CheckMatch) in match.values["verdict"] != Self.unclear }
        let kept = matches.filter { match in
            !matches.contains { other in
                guard other.span != match.span else { return false }
                if other.span.start <= match.span.start && match.span.end <= other.span.end { return !isClear(match) || isClear(other) }
                if match.span.start <= other.span.start && other.span.end <= match.span.end { return isClear(other) && !isClear(match) }
                return false
            }
        }
        return kept.sorted { $0.span < $1.span }
    }

    private func isAlias(_ a: String, _ b: String, _ facts: ArticleFacts) -> Bool {
        aliases.contains(a.lowercased() + "=" + b.lowercased()) || (facts.roster?.areAliases(a, b) ?? false)
    }
}
