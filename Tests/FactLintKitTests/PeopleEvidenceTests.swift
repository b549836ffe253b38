import FactLintKit
import Testing

/// The people and name checks say why they fired: the person, each title with its structure,
/// each word that gives a sex with the mention a pronoun was read to refer to, each spelling
/// with its count.
@Suite("People evidence")
struct PeopleEvidenceTests {
    static let article = """
    Finance Minister Ana Ruiz presented the budget. Mr Ruiz said she would not resign.

    Later, Deputy Finance Minister Ruiz spoke. Treasury Secretary Tom Hale and Treasury Secretary Ivan Cole met.

    Acme chief Peter Dorsley said profits rose. Dorsley said Acme would grow, and Dorsely added that Dorsley expected more.

    Mr Lund and Ms Lund spoke.
    """

    static func evidence(_ rule: String) throws -> [String] {
        let rules = ["gender-conflict", "title-conflict", "title-shared", "name-variant", "honorific-mismatch"].compactMap { builtInRules.rule($0) }
        let file = Linter(rules: rules).lint(bytes: Array(article.utf8), path: "story.md")
        let finding = try #require(file.findings.first { $0.ruleID == rule })
        return finding.evidence.map { item in
            let location = item.location.map { "\($0.line):\($0.column)" } ?? "?"
            return "\(item.name)|\(item.kind)|\(item.text)|\(item.value ?? "-")|\(location)"
        }
    }

    @Test("gender-conflict names the pronoun, its antecedent and the honorific")
    func gender() throws {
        #expect(try Self.evidence("gender-conflict") == [
            "person|person|Ana Ruiz|-|1:18", "word|pronoun|she|female|1:62", "antecedent|person|Ruiz|-|1:52",
            "other.word|honorific|Mr|male|1:49",
        ])
    }

    @Test("title-conflict shows both titles' structure")
    func titles() throws {
        #expect(try Self.evidence("title-conflict") == [
            "person|person|Ana Ruiz|-|1:18",
            "title|title|Deputy Finance Minister|minister: government office; rank deputy; portfolio finance|3:8",
            "other.title|title|Finance Minister|minister: government office; portfolio finance|1:1",
        ])
    }

    @Test("title-shared names both holders and the post")
    func shared() throws {
        #expect(try Self.evidence("title-shared") == [
            "person|person|Ivan Cole|-|3:95",
            "title|title|Treasury Secretary|secretary: government office; portfolio treasury|3:76",
            "other.person|person|Tom Hale|-|3:63",
            "other.title|title|Treasury Secretary|secretary: government office; portfolio treasury|3:44",
        ])
    }

    @Test("name-variant gives each spelling's count and why they were joined")
    func spelling() throws {
        #expect(try Self.evidence("name-variant") == [
            "variant|person|Dorsely|used once; a letter or two differ|5:79", "name|person|Dorsley|used 3 times|5:18",
        ])
    }

    @Test("honorific-mismatch gives each honorific's sex")
    func honorific() throws {
        #expect(try Self.evidence("honorific-mismatch") == [
            "person|person|Lund|-|7:4", "honorific|honorific|Ms|female|7:13", "other.honorific|honorific|Mr|male|7:1",
        ])
    }
}
