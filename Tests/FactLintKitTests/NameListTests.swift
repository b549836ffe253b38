import FactLintKit
import Testing

@Suite("Lists of names")
struct NameListTests {
    func lists(_ text: String) -> [String] {
        facts(text).nameLists.map { "\($0.kind.rawValue): " + $0.items.map(\.text).joined(separator: "|") }
    }

    @Test("coordinated lists of three names or more are read, with or without a final 'and'")
    func coordinated() {
        #expect(lists("The storm reached Harnsey, Colbridge, Ostley and Hornsey on Monday.\n")
                == ["coordinated: Harnsey|Colbridge|Ostley|Hornsey"])
        #expect(lists("Officials from Alder Bank, Birch Trust, Cole de Vries said so.\n")
                == ["coordinated: Alder Bank|Birch Trust|Cole de Vries"])
        #expect(lists("Ames and Brook met on Monday.\n") == [])
        #expect(lists("Shares of Alder, Birch and Co rose.\n") == [])
    }

    @Test("line-up sentences, with labels, notes and parentheses, read as one list")
    func lineUps() {
        #expect(lists("Rovers: Ames; Brook, O'Tarrow, capt, Dickens (capt). Replacements: Kalman, Vantorre-Mballa (Regan 75), Hyde.\n")
                == ["line-up: Ames|Brook|O'Tarrow|Dickens|Kalman|Vantorre-Mballa|Regan|Hyde"])
        #expect(lists("Ames, Brook, Cole.\n\nHe scored.\n\nDunn, Ellery, Fox.\n")
                == ["line-up: Ames|Brook|Cole", "line-up: Dunn|Ellery|Fox"])
    }

    @Test("two items of one list are two names; a typo in a list against the prose is still one")
    func names() {
        let apart = facts("The storm reached Harnsey, Colbridge, Ostley and Hornsey on Monday. Hornsey was worst hit, and Hornsey schools closed.\n")
        #expect(apart.names.filter { $0.evidence != nil }.isEmpty)
        let joined = facts("Dorrance scored twice, and Dorrance was named man of the match.\n\nVisitors: Ames; Brook, Cole, Dorance, Ellery.\n")
        #expect(joined.names.filter { $0.evidence != nil }.map { $0.spellings.map(\.text) } == [["Dorrance", "Dorance"]])
    }

    @Test("a list written surname first ('Okafor J.') is read, and its surnames are the items' names")
    func surnameFirst() {
        #expect(lists("Scorers: Okafor J., Lindqvist M. K., Brennan T.\n") == ["line-up: Okafor J.|Lindqvist M. K.|Brennan T"])
        // Two players with one initial are two items, though their surnames are a letter apart.
        let apart = facts("Rovers win at home\n\nOkafor was named player of the match, and Okafor scored twice.\n\nVisitors: Okafor J., Okafur J., Lindqvist M., Brennan T.\n")
        #expect(apart.names.filter { $0.evidence != nil }.isEmpty)
        // A surname in the list against the prose is still a slip.
        let joined = facts("Rovers win at home\n\nOkafor was named player of the match, and Okafor scored twice.\n\nVisitors: Okafur J., Lindqvist M., Brennan T.\n")
        #expect(joined.names.filter { $0.evidence != nil }.map { $0.spellings.map(\.text) } == [["Okafor", "Okafur"]])
    }
}
