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

/// Reading a file's bytes: read whole, straight into the array, whatever its size.
@Suite("Reading files")
struct FileReadingTests {
    @Test("a file is read byte for byte, at any size, and an empty one as no bytes")
    func readsWhole() throws {
        let large = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let root = try CLITests.folder(["large.txt": large, "empty.txt": [], "small.txt": Array("One line.\n".utf8)])
        #expect(try InputCollector.readFile(root.path + "/large.txt").get() == large)
        #expect(try InputCollector.readFile(root.path + "/empty.txt").get() == [])
        #expect(try InputCollector.readFile(root.path + "/small.txt").get() == Array("One line.\n".utf8))
    }

    @Test("a file over the limit is refused without being read")
    func overLimit() throws {
        let root = try CLITests.folder(["big.txt": [UInt8](repeating: 0x61, count: 5_000)])
        guard case let .failure(error) = InputCollector.readFile(root.path + "/big.txt", limit: 1_000) else {
            Issue.record("a 5,000-byte file was read under a 1,000-byte limit")
            return
        }
        #expect(error.message.hasPrefix("the file is"))
    }
}
