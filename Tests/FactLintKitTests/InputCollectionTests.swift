import FactLintKit
import Foundation
import Testing

/// Which files a run reads, and what it says when there is nothing it can read.
@Suite("Collecting inputs")
struct InputCollectionTests {
    static let page = Array("<html><body><article><h1>Ferry</h1><p>The ferry sailed on Friday, May 15, 2024.</p></article></body></html>\n".utf8)

    @Test("a folder of .html pages is linted page by page (it used to lint as 0 files with exit 0)")
    func htmlFolder() throws {
        let root = try CLITests.folder(["site/a.html": Self.page, "site/b.htm": Self.page, "site/style.css": Array("p{}".utf8)])
        let run = try CLITests.run(["lint", "--color", "never", "site"], in: root)
        #expect(run.status == 1)
        #expect(run.stdout.contains("site/a.html:1:59: error: 'Friday' does not match May 15, 2024, a Wednesday [weekday-mismatch]"))
        #expect(run.stdout.contains("site/b.htm:1:59: error:"))
        #expect(run.stdout.hasSuffix("2 files: 2 errors, 0 warnings, 0 info\n"))
    }

    @Test("a named .html file is read as HTML, not as plain text")
    func namedHTML() throws {
        let root = try CLITests.folder(["page.html": Self.page])
        let facts = try CLITests.run(["facts", "page.html"], in: root)
        #expect(facts.stdout.contains("headline:  Ferry"))
        #expect(!facts.stdout.contains("<p>"))
    }

    @Test("a named file of a kind factlint does not read is an error naming the kinds it reads, exit 2")
    func namedUnsupported() throws {
        let root = try CLITests.folder(["rules.yml": Array("rules: []\n".utf8), "draft": Array("A draft with no extension.\n".utf8)])
        let run = try CLITests.run(["lint", "rules.yml"], in: root)
        #expect(run.status == 2)
        #expect(run.stdout.contains("rules.yml: error: factlint does not read this kind of file; it reads \(ArticleFormat.supportedList) files"))
        // A file with no extension is still read, as plain text.
        #expect(try CLITests.run(["lint", "draft"], in: root).status == 0)
    }

    @Test("a folder with no article in it is an error naming the kinds factlint reads, exit 2")
    func emptyFolder() throws {
        let root = try CLITests.folder(["docs/notes.docx": [0x50, 0x4B], "docs/config.yml": Array("a: 1\n".utf8)])
        let run = try CLITests.run(["lint", "docs"], in: root)
        #expect(run.status == 2)
        #expect(run.stdout.contains("docs: error: no articles to read in this folder; factlint reads \(ArticleFormat.supportedList) files"))
        #expect(ArticleFormat.supportedList.contains(".html"))
    }
}
