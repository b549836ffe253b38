import FactLintKit
import Testing

@Suite("People")
struct PeopleTests {
    static let story = """
    ---
    date: 2024-05-15
    ---

    The war is over, says Norland's chief of defence staff.

    The ceremony was attended by Norland's Chief of Defence Staff Arne Vik and Chief of Defence Staff of Sudland's Army Piet Mol.

    Speaking at the event, Vik said the mission was complete. President Ida Berg sent a message, and Ms Berg thanked the troops.
    """

    func summary(_ person: Person, _ article: Article) -> String {
        let mentions = person.mentions.map { "\($0.kind.rawValue):\($0.text)@\(article.source.location(of: $0.span).line)" }
        let titles = person.titles.map { "\($0.text)|\($0.role)|\($0.org ?? "-")" }
        return "\(person.name) [\(mentions.joined(separator: ", "))] {\(titles.joined(separator: "; "))}"
    }

    @Test("titles, surnames, honorifics and a title standing alone link to the right person")
    func whoIsWho() {
        let extracted = facts(Self.story)
        #expect(extracted.people.map { summary($0, extracted.article) } == [
            "Arne Vik [title:Norland's chief of defence staff@5, fullName:Arne Vik@7, surname:Vik@9] {Norland's chief of defence staff|chief|Norland; Norland's Chief of Defence Staff|chief|Norland}",
            "Piet Mol [fullName:Piet Mol@7] {Chief of Defence Staff of Sudland's Army|chief|Sudland's Army}",
            "Ida Berg [fullName:Ida Berg@9, honorific:Berg@9] {President|president|-}",
        ])
    }

    @Test("'and' between capitalised words of an organisation after a title is part of its name, not a second post")
    func organisationWithAnd() {
        let extracted = facts("""
        "Growth is slowing," said Rhea Tollman, chief economist at Tarvik and Vantor Economics in Boston. Ola Brenn, chairman of Kestrel Bank and Chief Executive of Morrow Group, agreed.

        """)
        #expect(extracted.people.map { summary($0, extracted.article) } == [
            "Rhea Tollman [fullName:Rhea Tollman@1] {chief economist at Tarvik and Vantor Economics in Boston|chief economist|Tarvik and Vantor Economics}",
            // Two posts joined by "and": the organisation of the first stops at "and".
            "Ola Brenn [fullName:Ola Brenn@1] {chairman of Kestrel Bank and Chief Executive of Morrow Group|chief executive|Kestrel Bank}",
        ])
    }

    @Test("a known first name makes a person of a bare full name; a party, a place or a firm does not")
    func givenNames() {
        let extracted = facts("""
        Harbour Road man Alan Kittering is confident. Tory Whips met on Monday. Victoria Falls drew visitors, and Gordon R. Halvey and Co
        said it would grow. Sir Alan Fenwick opened the hall, and Sir Alan thanked the staff. Harbour World announced a sale.

        """)
        #expect(extracted.people.map { summary($0, extracted.article) } == [
            "Alan Kittering [fullName:Alan Kittering@1] {}",
            "Alan Fenwick [honorific:Alan Fenwick@2, honorific:Alan@2] {}",
        ])
    }

    @Test("a name the story writes with a firm suffix is the firm's, unless a title before it or an honorific makes it a person's")
    func firmNames() {
        let extracted = facts("""
        Marlow Vance Corp said it will buy a stake in Corvel Inc. Marlow Vance said the deal would close in May.

        Chairman Ada Brisk said Marlow Vance had the cash. Ada Brisk said the board agreed.

        Harbour Lane Co rose, and chairman Ian Lane said the shares were cheap. Ian Lane Co is his firm.

        """)
        #expect(extracted.people.map { summary($0, extracted.article) } == [
            "Ada Brisk [fullName:Ada Brisk@3, fullName:Ada Brisk@3] {Chairman|chairman|-}",
            "Ian Lane [fullName:Ian Lane@5] {chairman|chairman|-}",
        ])
    }

    @Test("a known first name before a post's head makes the head a surname")
    func headAsSurname() {
        let extracted = facts("Roger King, chairman of Harbour World Productions Inc, was arrested. King denied it.\n")
        #expect(extracted.people.map { summary($0, extracted.article) } == [
            "Roger King [fullName:Roger King@1, surname:King@1] {chairman of Harbour World Productions Inc|chairman|Harbour World Productions Inc}",
        ])
    }

    @Test("a place before a post is no first name, and 'the King' is the post")
    func headNotSurname() {
        let extracted = facts("The Charlotte Mayor said on Monday the fees would rise. Roger King, 70, was made an MBE. The King presented it.\n")
        #expect(extracted.people.map { summary($0, extracted.article) } == ["Roger King [fullName:Roger King@1] {}"])
    }

    @Test("a shared surname links to nobody")
    func sharedSurname() {
        let extracted = facts("Finance Minister Jan Holt met Trade Minister Eva Holt. Holt said little.\n")
        #expect(extracted.people.map(\.name) == ["Jan Holt", "Eva Holt"])
        #expect(extracted.people.allSatisfy { $0.mentions.count == 1 })
    }

    @Test("modifiers change the role; 'former' and refinements do not conflict")
    func compatibility() throws {
        let extracted = facts("Chairman Ola Dahl spoke. Vice Chairman Dahl left. Former Finance Minister Kari Lund and Minister Lund met.\n")
        let dahl = try #require(extracted.people.first { $0.key == "dahl" })
        #expect(dahl.titles.count == 2)
        #expect(!dahl.titles[0].isCompatible(with: dahl.titles[1]))
        let lund = try #require(extracted.people.first { $0.key == "lund" })
        #expect(lund.titles.first?.isFormer == true)
        #expect(lund.titles[0].isCompatible(with: lund.titles[1]))
    }

    @Test("places, organisations and sentence openers are not people")
    func notPeople() {
        let extracted = facts("Last month, Russia announced a withdrawal. The Federal Reserve Board said rates would hold.\n")
        #expect(extracted.people.isEmpty)
    }

    @Test("a full name before 'of' and an organisation is a person when a speech verb or title cues it, not an organisation")
    func nameOfOrganisation() {
        let extracted = facts("""
        Orla Quenby of Fenwick Capital Partners said rates would hold. "Prices will ease," said Dario Pellacani of Marchetti, Rossi and Co.

        The Bank of Norland said nothing. Hugo Lamm of Ostby Securities, an economist, agreed. United States of Norland officials left.

        """)
        #expect(extracted.people.map(\.name) == ["Orla Quenby", "Dario Pellacani", "Hugo Lamm"])
    }
}
