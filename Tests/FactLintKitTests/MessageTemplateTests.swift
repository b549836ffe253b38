import Testing
@testable import FactLintKit

/// Message templates are read as bytes; braces, placeholders and text beyond ASCII must come out
/// as written.
@Suite("Message templates")
struct MessageTemplateTests {
    @Test("placeholders, doubled braces and accented text")
    func parts() throws {
        let template = try MessageTemplate("'{day}' does not match {date}, a {weekday} — {{literal}} }} café {other.line}")
        #expect(template.parts == [
            .literal("'"), .placeholder("day"), .literal("' does not match "), .placeholder("date"), .literal(", a "),
            .placeholder("weekday"), .literal(" — {literal} } café "), .placeholder("other.line"),
        ])
        #expect(template.placeholders == ["day", "date", "weekday", "other.line"])
        #expect(template.render(["day": "Thursday", "date": "May 15, 2024", "weekday": "Wednesday"])
            == "'Thursday' does not match May 15, 2024, a Wednesday — {literal} } café {other.line}")
        #expect(try MessageTemplate("{née}").placeholders == ["née"])
        #expect(try MessageTemplate("").parts.isEmpty)
        #expect(try MessageTemplate("a lone } stays").render([:]) == "a lone } stays")
    }

    @Test("an unclosed brace and a bad name are errors that say so")
    func errors() {
        let unclosed = #expect(throws: TemplateError.self) { try MessageTemplate("line {other.line") }
        #expect(unclosed?.message == "a '{' is never closed; write '{{' for a literal brace")
        let empty = #expect(throws: TemplateError.self) { try MessageTemplate("a {} here") }
        #expect(empty?.message == "'{}' is not a placeholder name; names are letters, digits, '.', '-' and '_'")
        let spaced = #expect(throws: TemplateError.self) { try MessageTemplate("a {bad name} here") }
        #expect(spaced?.message == "'{bad name}' is not a placeholder name; names are letters, digits, '.', '-' and '_'")
    }
}
