import FactLintKit
import Foundation
import Testing

/// The inputs a CMS export can throw at an unattended CI run. Each input is built here at run time;
/// none is committed. Every case must end in a result (and a diagnostic where one is due), never a
/// crash or a hang.
@Suite("Hostile input")
struct HostileInputTests {
    static let linter = Linter(rules: RuleSet.builtIn().rules)

    /// A story whose one fault is a sentence pasted twice.
    static let repeated = "Story\n\nThe harbour authority reopened the northern quay to fishing boats. The harbour authority reopened the northern quay to fishing boats.\n"

    static func lint(_ bytes: [UInt8], path: String = "hostile.txt") -> FileReport {
        linter.lint(bytes: bytes, path: path)
    }

    /// Warnings and errors; not the info note that these undated articles could not run the
    /// date rules (tested in RuleLanguageTests).
    static func diagnostics(_ report: FileReport) -> [String] {
        report.diagnostics.filter { $0.level != .info }.map { "\($0.level.rawValue): \($0.message)" }
    }

    @Test("a 3 MB single word is one sentence with one token")
    func hugeWord() {
        let word = [UInt8](repeating: UInt8(ascii: "a"), count: 3_000_000)
        let article = ArticleReader().read(bytes: word, path: "word.txt")
        let facts = FactExtractor().extract(from: article)
        #expect(facts.sentences.count == 1)
        #expect(facts.tokens.count == 1)
        #expect(facts.sentences.first.map { article.source.location(of: $0.span).endColumn } == 3_000_001)
        #expect(Self.lint(word).findings.isEmpty)
    }

    @Test("2 million dots give no findings and no crash")
    func manyDots() {
        let dots = [UInt8](repeating: UInt8(ascii: "."), count: 2_000_000) + [UInt8(ascii: "\n")]
        let report = Self.lint(dots)
        #expect(report.findings.isEmpty)
        #expect(Self.diagnostics(report).isEmpty)
    }

    @Test("a block quote and a list nested 100,000 deep are read as prose")
    func deepNesting() {
        let quote = String(repeating: "> ", count: 100_000) + "The quay reopened on Monday.\n"
        let quoted = ArticleReader().read(bytes: Array(quote.utf8), path: "quote.md")
        #expect(quoted.blocks.last?.text.string == "The quay reopened on Monday.")
        var list = ""
        for depth in 0..<100_000 { list += String(repeating: " ", count: min(depth, 3)) + "- item\n" }
        let listed = Self.lint(Array(list.utf8), path: "list.md")
        #expect(Self.diagnostics(listed).isEmpty)
    }

    @Test("lone CR, CRLF and a BOM keep lines and columns right")
    func lineEndings() {
        let text = Array("\u{FEFF}Harbour Reopens\r\r\nThe harbour authority reopened the northern quay to boats. The harbour authority reopened the northern quay to boats.\rDone.\n".utf8)
        let report = Self.lint(text)
        #expect(report.findings.map { "\($0.location.line):\($0.location.column) \($0.ruleID)" } == ["3:60 duplicate-sentence"])
    }

    @Test("NUL bytes and invalid UTF-8 are warned about and the rest is still checked")
    func binaryBytes() {
        let bytes = Array(Self.repeated.utf8) + [0x00, 0xFF, 0xC3]
        let report = Self.lint(bytes)
        #expect(report.findings.map(\.ruleID) == ["duplicate-sentence"])
        #expect(Self.diagnostics(report) == [
            "warning: the file is not valid UTF-8; invalid bytes were read as U+FFFD replacement characters",
            "warning: the file contains NUL bytes; it may be binary rather than text",
        ])
    }

    @Test("invalid YAML and an alias bomb in front matter end in a diagnostic or are ignored, quickly")
    func hostileFrontMatter() {
        let invalid = Self.lint(Array("---\ntitle: [x\n---\nBody.\n".utf8), path: "a.md")
        #expect(Self.diagnostics(invalid).first?.hasPrefix("error: front matter is not valid YAML") == true)
        var bomb = "---\nl0: &l0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            bomb += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        bomb += "title: *l12\ndate: *l12\nauthor: *l12\ndateline: *l12\nlang: *l12\n---\nThe quay reopened.\n"
        let report = Self.lint(Array(bomb.utf8), path: "bomb.md")
        #expect(report.findings.isEmpty)
        let deep = "---\ntitle: " + String(repeating: "[", count: 100_000) + "\n---\nBody.\n"
        #expect(Self.diagnostics(Self.lint(Array(deep.utf8), path: "deep.md")).count == 1)
    }

    @Test("an unterminated front matter block is one error")
    func unterminatedFrontMatter() {
        let report = Self.lint(Array("---\ntitle: x\nThe quay reopened.\n".utf8), path: "a.md")
        #expect(Self.diagnostics(report) == [
            "error: the front matter that starts here has no closing '---' line; the whole file was read as front matter, so nothing in it was checked",
        ])
    }

    @Test("an article over the size limit is skipped with an error naming the option; its neighbours are linted")
    func oversizedArticle() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let big = root.appendingPathComponent("big.txt")
        try Data(count: 40_000_000).write(to: big)
        try Data(Self.repeated.utf8).write(to: root.appendingPathComponent("small.txt"))
        let (files, _) = InputCollector(workingDirectory: root.path).collect([root.path])
        let report = LintRunner(linter: Self.linter, concurrency: 2).run(files)
        #expect(report.files.map(\.path) == ["big.txt", "small.txt"])
        #expect(Self.diagnostics(report.files[0]) == [
            "error: the file is 40 MB, more than the 4 MB limit for one article; it was not checked (raise the limit with --max-file-size)",
        ])
        #expect(report.files[1].findings.map(\.ruleID) == ["duplicate-sentence"])
    }

    @Test("a file that vanishes between listing and reading is an error; the others are linted")
    func vanishingFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-gone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["a.txt", "b.txt"] {
            try Data(Self.repeated.utf8).write(to: root.appendingPathComponent(name))
        }
        let (files, _) = InputCollector(workingDirectory: root.path).collect([root.path])
        try FileManager.default.removeItem(at: root.appendingPathComponent("a.txt"))
        let report = LintRunner(linter: Self.linter, concurrency: 2).run(files)
        #expect(Self.diagnostics(report.files[0]) == ["error: cannot open the file: No such file or directory"])
        #expect(report.files[1].findings.map(\.ruleID) == ["duplicate-sentence"])
    }

    @Test("a folder of 100,000 files is listed completely, in order")
    func hugeFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for index in 0..<100_000 {
            let path = root.appendingPathComponent("story-\(100_000 + index).txt").path
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
        }
        let (files, diagnostics) = InputCollector(workingDirectory: root.path).collect([root.path])
        #expect(diagnostics.isEmpty)
        #expect(files.count == 100_000)
        #expect(files.first?.displayPath == "story-100000.txt")
        #expect(files.last?.displayPath == "story-199999.txt")
    }

    @Test("a token pattern of many gaps stops at the step bound instead of backtracking for ever (found by FuzzPattern)")
    func backtrackingPattern() throws {
        let pattern = try TokenPattern(String(repeating: ".", count: 31) + "'.\\")
        let story = "Story\n\nFinance Minister John Smith said on Monday, May 13, 2024 that 40 percent of 1,200 workers came to the quay.\n"
        let matcher = PatternMatcher(facts: FactExtractor().extract(from: ArticleReader().read(bytes: Array(story.utf8), path: "a.md")))
        #expect(matcher.matches(pattern) { _ in true }.isEmpty)
        #expect(matcher.cutShortSentences == [1])
    }

    @Test("absurdly large ages and durations do not overflow (found by FuzzReader)")
    func hugeAmounts() {
        let huge = String(repeating: "2", count: 70)
        let text = "---\ndate: 2024-05-15\n---\nThe \(huge)-year-old sailor left \(huge) years ago, \(huge) days earlier.\n"
        let report = Self.lint(Array(text.utf8), path: "a.md")
        #expect(report.diagnostics.isEmpty)
        // A headline figure too big for Int against a lede figure of the same unit (FuzzReader).
        let headline = "HARBOUR TOLL RISES TO 99999999999999999999999 PCT\n\nThe harbour toll rose to 5 pct on Monday, the port said.\n"
        let rounded = Self.lint(Array(headline.utf8), path: "a.txt")
        #expect(rounded.findings.map { "\($0.location.line):\($0.location.column) \($0.ruleID)" } == ["3:26 number-conflict"])
        // A duration too long for Int, set against a span of dates.
        let span = "---\ndate: 2024-05-15\n---\nThe strike lasted \(huge) years, from March 1 to March 9, 2024.\n"
        #expect(Self.lint(Array(span.utf8), path: "a.md").findings.map(\.ruleID) == ["duration-mismatch"])
    }
}
