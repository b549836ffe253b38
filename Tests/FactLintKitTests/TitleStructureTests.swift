import FactLintKit
import Testing

@Suite("Structured titles")
struct TitleStructureTests {
    /// "text|head|kind class|rank|portfolio|orgKey|party|tenure", one per title.
    func titles(_ text: String, of surname: String) -> [String] {
        let extracted = facts(text)
        guard let person = extracted.people.first(where: { $0.key == surname }) else { return ["no \(surname)"] }
        return person.titles.map { title in
            ["\(title.text)", title.role, "\(title.kind.rawValue) \(title.postClass.rawValue)", title.modifiers.joined(separator: " "),
             title.qualifiers.sorted().joined(separator: " "), title.orgKey ?? "-", title.party ?? "-", title.tenure.rawValue].joined(separator: "|")
        }
    }

    @Test("head, rank, portfolio and tenure of one title")
    func parts() {
        #expect(titles("Former Deputy Finance Minister Ana Ruiz spoke.\n", of: "ruiz")
                == ["Former Deputy Finance Minister|minister|government office|deputy|finance|-|-|former"])
        #expect(titles("The accounts were signed by chief financial officer Tom Reeve.\n", of: "reeve")
                == ["chief financial officer|chief financial officer|corporate office|||-|-|current"])
        #expect(titles("Fadhil Amari, OPEC Deputy Secretary General, spoke.\n", of: "amari")
                == ["OPEC Deputy Secretary General|secretary general|other office|deputy||organization of petroleum exporting countries|-|current"])
        // A hyphen joins the two words of a head in lower case: not "general", a military rank.
        #expect(titles("OPEC secretary-general Rilwan Tollard spoke.\n", of: "tollard")
                == ["OPEC secretary-general|secretary general|other office|||organization of petroleum exporting countries|-|current"])
        // "of the" inside a capitalised title keeps the name whole.
        #expect(titles("Former Secretary of the Treasury Walter Tollard spoke.\n", of: "tollard").count == 1)
        // Not before a word that is no portfolio or organisation: a blog's name is no title and no person.
        #expect(facts("Queen of the Sky has had a lot of support from readers.\n").people.isEmpty)
    }

    @Test("an organisation named two ways is one organisation; a place is its country")
    func organisations() {
        #expect(titles("ECB President Marta Lind spoke. Lind, the President of the European Central Bank, agreed.\n", of: "lind")
                == ["ECB President|president|government office|||european central bank|-|current",
                    "President of the European Central Bank|president|government office|||european central bank|-|current"])
        #expect(titles("Japanese Finance Minister Kiichi Sato spoke.\n", of: "sato")
                == ["Japanese Finance Minister|minister|government office||finance|japan|-|current"])
        #expect(titles("Dick Lowe, president of its rival, Acme Freight, spoke.\n", of: "lowe")
                == ["president of its rival|president|government office|||-|-|current"])
    }

    @Test("parties: in a title, and in apposition")
    func parties() {
        #expect(titles("Labour MP Priya Lann spoke. Ms Lann, the Conservative MP for Ashby, agreed.\n", of: "lann")
                == ["Labour MP|member of parliament|legislature seat|||-|Labour|current",
                    "Conservative MP for Ashby|member of parliament|legislature seat|||ashby|Conservative|current"])
        #expect(titles("State Sen. Hal Brent, a Republican from Milton, spoke.\n", of: "brent")
                == ["State Sen.|senator|legislature seat||state|-|-|current", "Republican|member|party generic|||-|Republican|current"])
    }

    @Test("tenure from the words around a title")
    func tenure() {
        #expect(titles("Defence Minister Ola Brun spoke. Brun, who was finance minister between 2001 and 2004, agreed.\n", of: "brun")
                == ["Defence Minister|minister|government office||defence|-|-|current",
                    "finance minister|minister|government office||finance|-|-|past"])
        // The hyphened tenure word is part of the title as written, like "former".
        #expect(titles("He met ex-chairman Rolf Dahl and President-elect Ida Moe.\n", of: "dahl")
                == ["ex-chairman|chairman|corporate office|||-|-|former"])
        #expect(titles("He met central bank vice-president Rolf Dahl.\n", of: "dahl")
                == ["central bank vice-president|president|government office|vice|central|-|-|current"])
        #expect(titles("He met ex-chairman Rolf Dahl and President-elect Ida Moe.\n", of: "moe")
                == ["President-elect|president|government office|elect||-|-|future"])
    }

    @Test("posts joined by 'and' are held together")
    func heldTogether() throws {
        let extracted = facts("Chairman and Chief Executive Omar Haddad opened the meeting.\n")
        let person = try #require(extracted.people.first)
        #expect(person.titles.map(\.role) == ["chairman", "chief executive"])
        #expect(person.titles.map(\.heldWith) == [["chief executive"], ["chairman"]])
    }

    @Test("words that look like titles but are not")
    func notTitles() {
        #expect(titles("Under President Ada Ruiz, the state grew.\n", of: "ruiz") == ["President|president|government office|||-|-|current"])
        let extracted = facts("\"We are opposed,\" said Dean Kleckner, president of the federation.\n")
        #expect(extracted.people.map(\.name) == ["Dean Kleckner"])
    }
}
