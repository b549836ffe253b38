import ArgumentParser
import FactLintKit
import Testing
@testable import factlint

/// A common `lint` line is read without ArgumentParser; whatever that reading takes must mean
/// exactly what the full parser reads, and whatever it turns down goes to the full parser.
@Suite("Command line: lint read without ArgumentParser")
struct QuickLintParseTests {
    /// What ArgumentParser reads from the line, the way `main` would reach it.
    private func full(_ arguments: [String]) throws -> LintSettings {
        let rest = arguments.first == "lint" ? Array(arguments.dropFirst()) : arguments
        let command = try LintCommand.parseAsRoot(rest)
        return try #require(command as? LintCommand).settings
    }

    @Test("every line it takes is read as the full parser reads it")
    func sameReading() throws {
        let lines: [[String]] = [
            ["lint", "a.md"],
            ["a.md", "b.txt"],
            ["lint", "--format", "json", "a.md"],
            ["lint", "--format=sarif", "a.md", "--quiet"],
            ["--jobs", "1", "--format", "json", "folder"],
            ["lint", "-", "--stdin-name", "draft.md", "--published", "2024-05-15"],
            ["lint", "--published=2024-05-15T18:57", "--date-order", "dmy", "a.md"],
            ["lint", "--map", "title=headline", "--map=body=content.raw", "export.json"],
            ["lint", "--fail-on", "warning", "--color", "never", "--verbose", "--timings", "a.md"],
            ["lint", "--config", "house.yml", "--roster", "people.yml", "a.md"],
            ["lint", "--baseline", "known.json", "a.md"],
            ["lint", "--write-baseline", "known.json", "--max-file-size", "0", "a.md"],
            ["lint", "--input", "jsonl", "--format", "json", "-"],
            ["lint", "a=b.md"],
            ["lint", "--jobs", "+4", "a.md"],
            ["lint", "--map", "title=headline", "x.json", "--map=body=text"],
            ["lint", "--stdin-name", "café.md", "-", "résumé.md"],
        ]
        for line in lines {
            let quick = try #require(QuickLintParse.settings(line), "\(line)")
            #expect(try quick == full(line), "\(line)")
        }
        // Repeated --map options are kept in order, paths between them too.
        let quick = try #require(QuickLintParse.settings(["lint", "--map", "title=headline", "x.json", "--map=body=text"]))
        #expect(quick.input.map == ["title=headline", "body=text"])
        #expect(quick.input.paths == ["x.json"])
    }

    @Test("help, versions, other commands, odd forms and every usage error go to the full parser")
    func declined() {
        let lines: [[String]] = [
            [], ["--help"], ["lint", "--help"], ["lint", "-h"], ["help", "lint"], ["lint", "help"], ["--version"],
            ["rules", "list"], ["explain", "weekday-mismatch"], ["facts", "a.md"], ["lsp"],
            ["lint"], ["lint", "--format", "xml", "a.md"], ["lint", "--no-such-flag", "a.md"],
            ["lint", "-q", "a.md"], ["lint", "--", "a.md"], ["lint", "--quiet=yes", "a.md"],
            ["lint", "--format", "json", "--format", "text", "a.md"], ["lint", "--quiet", "--quiet", "a.md"],
            ["lint", "--stdin-name", "-", "-"], ["lint", "--format"], ["lint", "a.md", "--jobs"],
            ["lint", "--jobs", "0", "a.md"], ["lint", "--jobs", "many", "a.md"], ["lint", "--max-file-size", "-1", "a.md"],
            ["lint", "--input", "csv", "a.md"], ["lint", "--input", "jsonl", "--format", "sarif", "-"],
            ["lint", "--published", "soon", "a.md"], ["lint", "--date-order", "YMD", "a.md"],
            ["lint", "--map", "headline", "a.json"], ["lint", "-", "-"], ["lint", "--config=", "a.md"],
            // ArgumentParser finds `=` among Characters: a mark after it makes the option unknown.
            ["lint", "--format=\u{301}json", "a.md"], ["lint", "--map=\u{301}title=headline", "a.json"], ["lint", "--config=café.yml", "a.md"],
        ]
        for line in lines {
            #expect(QuickLintParse.settings(line) == nil, "\(line)")
        }
    }
}
