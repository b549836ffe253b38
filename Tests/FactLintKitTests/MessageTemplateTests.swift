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
        #expect(throws: TemplateError.self) { try MessageTemplate("line {other.line") }
        #expect(throws: TemplateError.self) { try MessageTemplate("a {} here") }
        #expect(throws: TemplateError.self) { try MessageTemplate("a {bad name} here") }
        do {
            _ = try MessageTemplate("a {bad name} here")
        } catch {
            #expect(error.message == "'{bad name}' is not a placeholder name; names are letters, digits, '.', '-' and '_'")
        }
        do {
            _ = try MessageTemplate("line {other.line")
        } catch {
            #expect(error.message == "a '{' is never closed; write '{{' for a literal brace")
        }
    }
}
