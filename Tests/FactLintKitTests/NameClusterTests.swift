import FactLintKit
import Testing

@Suite("Name clusters and gender")
struct NameClusterTests {
    func variants(_ text: String) -> [String] {
        facts(text).names.filter { $0.evidence != nil }.map { cluster in
            "\(cluster.kind.rawValue) \(cluster.evidence!.rawValue): " + cluster.spellings.map { "\($0.text) x\($0.count)" }.joined(separator: " / ")
        }
    }

    @Test("spellings of one name are joined, most used first, with the reason")
    func joined() {
        #expect(variants("Castellan rose after Castellan said profits doubled. Analysts said Castelan cut costs.\n")
                == ["other spelling: Castellan x2 / Castelan x1"])
        #expect(variants("Judge Karen L. Ostrander ruled. Later, Judge Karen M. Ostrander set a hearing.\n")
                == ["person middle-initial: Karen L. Ostrander x1 / Karen M. Ostrander x1"])
        #expect(variants("The bid for Nord Est was approved and Nord Est rose. Analysts said Nord-Est would gain.\n")
                == ["other hyphenation: Nord Est x2 / Nord-Est x1"])
    }

    @Test("different people, places against people, and adjectives stay apart")
    func apart() {
        #expect(variants("Donna Clarkson sued. Her daughter, Lana Clarkson, died, Donna Clarkson said.\n") == [])
        #expect(variants("The mayor of Paris met Councillor Ann Parris. Parris said Paris would bid.\n") == [])
        #expect(variants("Sri Lanka and Sri Lanka's partners agreed, Sri Lankan officials said.\n") == [])
    }

    @Test("gender from honorifics and pronouns with a plain antecedent")
    func gender() throws {
        let extracted = facts("The retailer said Mr Okoro had resigned. Her departure takes effect in March. Ms Amis and Mr Lee met. She left.\n")
        let okoro = try #require(extracted.people.first { $0.key == "okoro" })
        #expect(okoro.genderEvidence.map { "\($0.source.rawValue):\($0.text):\($0.gender.rawValue)" } == ["honorific:Mr:male", "pronoun:Her:female"])
        let lee = try #require(extracted.people.first { $0.key == "lee" })
        #expect(lee.genderEvidence.map(\.text) == ["Mr"])
    }
}
