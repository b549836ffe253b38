import FactLintKit
import Testing

@Suite("Claim frames")
struct ClaimFrameTests {
    /// One line per frame: kind, direction, value, unit, measure and the rest, as `facts` prints.
    private func frames(_ text: String) -> [String] {
        let extracted = facts(text)
        return extracted.claims.map { claim in
            var parts = [claim.kind.rawValue]
            if claim.direction != 0 { parts.append(claim.direction > 0 ? "up" : "down") }
            parts.append("'\(claim.quantity.text)'")
            parts.append(claim.quantity.unit)
            if !claim.measure.isEmpty { parts.append("measure=\(claim.measure.head)" + (claim.measure.modifiers.isEmpty ? "" : "[\(claim.measure.modifiers.joined(separator: " "))]")) }
            if let subject = claim.subject { parts.append("subject=\(subject)") }
            if let period = claim.period { parts.append("period=\(period)") }
            if !claim.qualifiers.isEmpty { parts.append("basis=\(claim.qualifiers.joined(separator: ","))") }
            if claim.isDefinite { parts.append("definite") }
            if claim.isPartitive { parts.append("partitive") }
            return parts.joined(separator: " ")
        }
    }

    @Test("a copied frame changed leaves the original as it was; equal fields make equal frames")
    func copyOnWrite() {
        let quantity = Quantity(value: 5, unit: "count:jobs", hedge: .exact, decimals: 0, scale: 1, text: "5 jobs",
                                span: SourceSpan(start: 0, end: 6), sentence: 0, tokens: 0..<2, extent: 0..<2)
        let original = ClaimFrame(quantity: quantity, measure: Measure(head: "job", source: .noun, text: "jobs"),
                                  qualifiers: ["target"], context: ["plant", "new", "plant"])
        var copy = original
        #expect(copy == original)
        copy.measure.modifiers.append("new")
        copy.quantity.value = 6
        copy.qualifiers = []
        #expect(original.measure.modifiers.isEmpty)
        #expect(original.quantity.value == 5)
        #expect(original.qualifiers == ["target"])
        #expect(copy.measure.modifiers == ["new"] && copy.quantity.value == 6 && copy.qualifiers.isEmpty)
        #expect(copy != original)
        // Built apart, with the same fields: equal, and hashed alike.
        let twin = ClaimFrame(quantity: quantity, measure: Measure(head: "job", source: .noun, text: "jobs"),
                              qualifiers: ["target"], context: ["new", "plant"])
        #expect(twin == original)
        #expect(Set([twin, original]).count == 1)
        // Context words are kept sorted, each once, however they are given.
        #expect(original.context == ["new", "plant"])
        var other = original
        other.context = ["plant", "jobs", "jobs"]
        #expect(other.context == ["jobs", "plant"])
        #expect(other.sharedContextCount(with: original) == 1)
        #expect(original.sharedContextCount(with: original) == 2)
    }

    @Test("casualties put three ways are one measure")
    func casualties() {
        #expect(frames("The blast killed 9 people, police said. Eleven people died in hospital. The death toll rose to 14.\n") == [
            "level '9 people' count:people measure=deaths[people]",
            "level 'Eleven people' count:people measure=deaths[people]",
            "changeTo up '14' count:deaths measure=deaths",
        ])
    }

    @Test("a per-share amount after an article measures the noun after its unit; a distribution and a dividend are one measure")
    func perShareNoun() {
        #expect(frames("Vantor owners get a cash distribution worth 25 dlrs per share. It will borrow to pay the 23 dlr per share dividend.\n") == [
            "level '25 dlrs' usd measure=dividend[cash] basis=per-share,per:shares",
            "level '23 dlr' usd measure=dividend basis=per-share,per:shares definite",
        ])
    }

    @Test("a count keeps the words between the number and its noun, and its owner")
    func countWithModifiers() {
        #expect(frames("The trust will hire 900 extra nurses. Most of Freedonia's 700,000 teachers struck.\n") == [
            "level '900 extra nurses' count:nurse measure=nurse[extra]",
            "level '700,000 teachers' count:teacher measure=teacher subject=freedonia definite",
        ])
    }

    @Test("money in two notations is one unit and one value")
    func money() {
        let extracted = facts("It paid £4.2bn for the unit, or 4.2 billion pounds, and $676m for a plant.\n")
        #expect(extracted.claims.map { "\($0.quantity.value) \($0.quantity.unit)" } == [
            "4200000000.0 gbp", "4200000000.0 gbp", "676000000.0 usd",
        ])
    }

    @Test("a change has its kind, direction, and the figures it went to and from")
    func change() {
        #expect(frames("Sales rose 5 pct to 120 mln dlrs from 114 mln dlrs a year earlier.\n") == [
            "changeBy up '5 pct' percent measure=sale",
            "changeTo up '120 mln dlrs' usd",
            "changeFrom up '114 mln dlrs' usd period=a year earlier",
        ])
    }

    @Test("a change named by its noun before 'of' is a change; where a change went to after its size measures what the size measured")
    func changeNounsAndTargets() {
        #expect(frames("The cartel agreed to lower its output ceiling by 7.5 pct to 12.2 mln bpd. The adjusted rise of 2.7 billion crowns was large. It took a write-down of 2.1 bln dlrs.\n") == [
            "changeBy down '7.5 pct' percent measure=ceiling[output] basis=target",
            "changeTo down '12.2 mln bpd' bpd measure=ceiling[output]",
            "changeBy up '2.7 billion crowns' sek basis=adjusted",
            "level '2.1 bln dlrs' usd",
        ])
    }

    @Test("basis words and targets set a figure apart; ranges and distributive figures are marked")
    func basisAndRanges() {
        let extracted = facts("Earnings rose a seasonally adjusted 4.5 pct.\n\nImports are targeted at 1.8 mln tonnes.\n\nIt sold 30 to 35 mln dlrs of notes.\n\nIt will close two depots each in its three regions.\n")
        #expect(extracted.claims.map(\.qualifiers) == [["seasonally-adjusted"], ["target"], [], [], []])
        #expect(extracted.claims[2].rangeWith == 35_000_000)
        #expect(extracted.claims[3].isPartitive)
        #expect(!extracted.claims[4].isPartitive)
    }

    @Test("vote tallies are read only beside a vote word")
    func tallies() {
        let extracted = facts("The motion was passed 5-4 by the board. Earlier, Ortega beat Haines 6-3 in Paris.\n")
        #expect(extracted.claims.filter { $0.kind == .tally }.map { "\($0.quantity.text) \($0.tallyYes ?? -1)-\($0.tallyNo ?? -1)" } == ["5-4 5-4"])
    }

    @Test("quotations carry their words and speaker")
    func quotations() {
        let extracted = facts("""
        "We will rebuild every home before winter," Mayor Anna Berg said on Monday.

        Berg added that the council had "no other option" but to borrow.
        """)
        #expect(extracted.quotations.map { "\($0.text) | \($0.speaker ?? "-") | \($0.isFragment)" } == [
            "We will rebuild every home before winter | Anna Berg | false",
            "no other option | Anna Berg | true",
        ])
    }

    @Test("wire result lines and Markdown tables are read as tables, their cells as frames")
    func tables() {
        let results = facts("""
        ---
        title: ACME NET
        ---

        Shr 19 cts vs 23 cts

        Net 2,140,000 vs 3,075,000

        Year

        Net 8,420,000 vs 7,915,000
        """)
        #expect(results.tables.map { $0.rows.map { "\($0.label)\($0.section.map { " (\($0))" } ?? ""): \($0.cells.map(\.quantity.text).joined(separator: " / "))" } } == [
            ["Shr: 19 cts / 23 cts", "Net: 2,140,000 / 3,075,000", "Net (Year): 8,420,000 / 7,915,000"],
        ])
        #expect(results.claims.map { "\($0.position.rawValue) \($0.measure.head) \($0.period ?? "-") \($0.qualifiers)" }.last == "table profit PREVIOUS [\"section:year\"]")
        let markdown = facts("""
        Sales by region.

        | Region | Sales |
        |---|---|
        | North | 420 |
        | South | 380 |
        | Total | 800 |
        """)
        #expect(markdown.tables.first?.header == ["Sales"])
        #expect(markdown.tables.first?.rows.map { "\($0.label) \($0.isTotal) \($0.cells.map(\.value)) line \($0.line)" } == [
            "North false [420.0] line 5", "South false [380.0] line 6", "Total true [800.0] line 7",
        ])
    }

    @Test("a wire table in folded columns is read for its totals: footnote letters skipped, a section line ending a run")
    func columnTables() {
        let columns = facts("""
        Stocks of edible oils, in mln lbs --

        03/31/91 02/28/91 Seed Oils --

        Raw 412.5-p 398.1 377.0 Milled 61.2 60.4-r 58.9

        Total 473.7 458.5 435.9 Bran Oils --

        Raw 30.5 (2.0) 28.4 Milled 1.0 1.0 1.0 Total 31.5 -1.0 29.4
        """)
        #expect(columns.tables.map { $0.kind } == [.columns, .columns])
        #expect(columns.tables.first?.rows.map { "\($0.label) \($0.isTotal) \($0.cells.map(\.value)) line \($0.line)" } == [
            "Raw false [412.5, 398.1, 377.0] line 5", "Milled false [61.2, 60.4, 58.9] line 5", "Total true [473.7, 458.5, 435.9] line 7",
        ])
        #expect(columns.tables.last?.rows.first?.cells.map(\.value) == [30.5, -2.0, 28.4])
        // Their figures keep their prose frames; no other rule reads them as table cells.
        #expect(!columns.claims.contains { $0.position == .table })
        // A run that begins after prose in its paragraph is not taken: its first row is unknown.
        let prose = facts("""
        Stocks in thousand bushels this week last week and a year ago SOFT 0 0 25 HARD 1,639 1,635 54 SPRING 8 5 0 TOTAL 1,647 1,640 79
        """)
        #expect(prose.tables.isEmpty)
        // A label holding "vs" is a result line: it ends the run, and no row after it is taken.
        #expect(facts("Wheat 412 388 Rye 30 vs 28 Oats 95 71 Total 537 487\n").tables.isEmpty)
        // So does a label of marks only: the bracket before 2.0 never closes, the layout is misread.
        #expect(facts("Raw 30.5 (2.0 28.4 Milled 1.0 1.0 1.0 Total 31.5 -1.0 29.4\n").tables.isEmpty)
        // Without either, the same run is a table.
        #expect(facts("Wheat 412 388 Rye 30 28 Oats 95 71 Total 537 487\n").tables.map(\.kind) == [.columns])
    }

    @Test("a hyphenated count before its noun is a count; years, units and trailing compounds are not")
    func compoundCounts() {
        #expect(frames("He faces a 14-count indictment and a 12-member jury. She had a 45-year career, a 20-mile walk and a 3-count.\n") == [
            "level '14-count' count:count measure=count",
            "level '12-member' count:member measure=member",
        ])
    }

    @Test("a link verb is no measure, a heap noun sizes what follows 'of', and a small sum after 'or' and a profit is per share")
    func linksHeapsAndPerShare() throws {
        let text = "Its long-term debt stood at 2.4 billion dlrs. Sales came to 90 mln dlrs. Tarrant must service a 2.4 mln dlr mountain of debt. "
            + "Tarrant earned 6.4 mln dlrs or 71 cts in 1986, and had 8.0 mln shares outstanding.\n"
        #expect(frames(text) == [
            "level '2.4 billion dlrs' usd measure=debt[long term]",
            "level '90 mln dlrs' usd measure=sale",
            "level '2.4 mln dlr' usd measure=debt",
            "level '6.4 mln dlrs' usd measure=earn",
            "level '71 cts' cents period=1986 basis=per-share",
            "level '8.0 mln shares' shares measure=shares period=1986 basis=outstanding",
        ])
        let extracted = facts(text)
        let perShare = try #require(extracted.claims.first { $0.quantity.text == "71 cts" })
        #expect(perShare.perShareOf == extracted.claims.first { $0.quantity.text == "6.4 mln dlrs" }?.quantity.extent.lowerBound)
    }

    @Test("a change noun measures what changed after 'in'; a change's subject is read back over its period; a revised figure is not the first one; an opening 'excluding' qualifies")
    func changedMeasures() {
        let text = "---\ndate: 1987-10-20\n---\n\nThe bank reported a 31 pct drop in third quarter earnings. "
            + "Profit for the third quarter ended August 31 fell to 52 mln dlrs from 64 mln dlrs. "
            + "Growers saw a 12 pct increase in exports of coffee beans. Output rose 80 pct in real terms. "
            + "Outlays fell a revised 0.8 pct in May. Previously, the bureau had outlays climbing 0.8 pct in May. "
            + "Excluding a one-time credit from the sale of its Leeds depot, Corbel's third quarter earnings rose 8 pct.\n"
        #expect(frames(text) == [
            "changeBy down '31 pct' percent measure=earnings period=1987-Q3",
            "changeTo down '52 mln dlrs' usd measure=earnings period=1987-08-31",
            "changeFrom down '64 mln dlrs' usd period=PREVIOUS",
            "changeBy up '12 pct' percent measure=increase period=1987-Q3",
            "changeBy up '80 pct' percent measure=output basis=real",
            "changeBy down '0.8 pct' percent measure=outlay period=1987-05 basis=revised",
            "changeBy up '0.8 pct' percent measure=outlay period=1987-05 basis=first-reported",
            "changeBy up '8 pct' percent measure=earnings period=1987-Q3 basis=excluding",
        ])
        // A day is not taken to lie in a quarter: it often ends a fiscal period of another length.
        #expect(!ClaimFrame.periodsOverlap("1987-Q3", "1987-09-30"))
        #expect(ClaimFrame.periodsOverlap("1987-09", "1987-09-30"))
    }

    @Test("a verb the measure equivalents list is that measure; a four-word hedge is read whole; 'up to' before a bound is no change")
    func verbEquivalentsAndBounds() throws {
        let text = "Brannock admitted embezzling 19 mln dlrs from Vantor Securities. "
            + "The embezzlement came to a little less than 17 mln dlrs. "
            + "Shops that break the rule pay a levy up to a maximum of 40 dlrs.\n"
        #expect(frames(text) == [
            "level '19 mln dlrs' usd measure=embezzlement",
            "level 'a little less than 17 mln dlrs' usd measure=embezzlement",
            "level 'a maximum of 40 dlrs' usd measure=levy",
        ])
        let extracted = facts(text)
        let verb = try #require(extracted.claims.first)
        #expect(verb.measure.source == .equivalence)
        #expect(extracted.claims.map(\.quantity.hedge) == [.exact, .below, .below])
    }
}
