import FactLintKit
import Testing

@Suite("Order rules on the timeline")
struct OrderRuleTests {
    func rule(_ yaml: String) throws -> Rule {
        var set = RuleSet()
        set.add(yaml: yaml, file: "custom.yml")
        #expect(set.problems.map(\.description) == [])
        return try #require(set.rules.first)
    }

    func findings(_ rule: Rule, _ text: String) -> [String] {
        Linter(rules: [rule]).lint(bytes: Array(text.utf8), path: "a.md").findings.map { "\($0.location.line):\($0.location.column) \($0.message)" }
    }

    static let story = """
        ---
        date: 2024-05-15
        ---

        Council leader Ana Ruiz was elected on March 10, 2024. Her deputy, Tom Hale, was sworn in on March 1, 2024.

        Ruiz was sworn in on March 3, 2024.

        """

    @Test("an order keyed on timeline events, for one person")
    func sameSubject() throws {
        let rule = try rule("""
        id: oath-after-election
        severity: error
        check: order
        first-event: election
        second-event: swearing-in
        same-subject: true
        message: "The election on {date} comes after the swearing-in on {other.date} (line {other.line})"
        """)
        // Hale's swearing-in is someone else's: only Ruiz's own is compared.
        #expect(findings(rule, Self.story) == ["5:40 The election on March 10, 2024 comes after the swearing-in on March 3, 2024 (line 7)"])
    }

    @Test("without same-subject every pair is compared")
    func anyone() throws {
        let rule = try rule("""
        id: oath-after-election
        severity: error
        check: order
        first-event: election
        second-event: swearing-in
        message: "{date} / {other.date}"
        """)
        #expect(findings(rule, Self.story) == ["5:40 March 10, 2024 / March 1, 2024", "5:40 March 10, 2024 / March 3, 2024"])
    }

    @Test("same-event: patterns whose dates date the same thing")
    func sameEvent() throws {
        let rule = try rule("""
        id: open-before-close
        severity: warning
        check: order
        first: "opened ... {date}"
        second: "closed ... {date}"
        same-event: true
        message: "opened {date}, closed {other.date}"
        """)
        let text = "---\ndate: 2024-05-15\n---\n\nThe Leeds plant opened in 2021. The Hull depot closed in 2019. The Leeds plant closed in 2020.\n"
        #expect(findings(rule, text) == ["5:27 opened 2021, closed 2020"])
    }

    @Test("a rule cannot give both a pattern and an event for one side")
    func bothSides() {
        var set = RuleSet()
        set.add(yaml: "id: x\nseverity: error\ncheck: order\nfirst: \"elected {date}\"\nfirst-event: election\nsecond-event: swearing-in\nmessage: m\n", file: "x.yml")
        #expect(set.problems.map(\.description).contains { $0.contains("give either 'first' or 'first-event'") })
    }
}
