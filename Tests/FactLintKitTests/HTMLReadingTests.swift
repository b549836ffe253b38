import FactLintKit
import Foundation
import Testing

/// Reads a page as HTML.
func readHTML(_ text: String) -> Article { read(text, path: "page.html") }

/// The source text a span covers.
func covered(_ article: Article, _ span: SourceSpan) -> String { article.source.text(of: span) }

@Suite("Reading HTML")
struct HTMLReadingTests {
    static let page = """
    <!DOCTYPE html>
    <html><head>
    <title>Harbour reopens after storm | The Gazette</title>
    <meta property="og:title" content="Harbour reopens after storm">
    <meta property="article:published_time" content="2024-05-15T18:57:00Z">
    <script>var s = "<p>not prose</p>";</script>
    <style>p { color: red }</style>
    </head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article>
    <header><h1>Harbour reopens after storm</h1><p class="byline">By A. Writer</p></header>
    <p>PORTLEA, May 15 &mdash; The harbour reopened on <b>Wednesday</b>, two days early.</p>
    <h2>Damage</h2>
    <ul><li>Three piers were repaired.<li>One crane was lost.</ul>
    <blockquote><p>&ldquo;We worked all night,&rdquo; said the harbourmaster.</p></blockquote>
    <aside class="related"><p>Harbour closes on Friday, May 17, 2024.</p></aside>
    <div class="share-tools">Share this</div>
    <p>Ferries resume on&nbsp;Thursday.<!-- factlint-disable-next-line weekday-mismatch --></p>
    </article>
    <footer><p>Contact us</p></footer>
    </body></html>
    """

    @Test("headline from og:title matched to the page's h1, date from article:published_time, blocks from <article>")
    func wholePage() throws {
        let article = readHTML(Self.page)
        #expect(article.format == .html)
        #expect(article.headline?.text.string == "Harbour reopens after storm")
        let headline = try #require(article.headline)
        // The visible <h1>, not the meta tag, since both say the same.
        #expect(where_(article, headline.text.sourceSpan(of: 0..<headline.text.count)) == "11:13-11:40")
        #expect(article.published?.isoDateTime == "2024-05-15T18:57:00Z")
        #expect(where_(article, try #require(article.publishedSpan)) == "5:50-5:70")
        #expect(article.dateline?.place == "PORTLEA")
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .heading, .listItem, .listItem, .blockQuote, .paragraph])
        #expect(article.blocks.map(\.text.string) == [
            "Harbour reopens after storm",
            "The harbour reopened on Wednesday, two days early.",
            "Damage",
            "Three piers were repaired.",
            "One crane was lost.",
            "“We worked all night,” said the harbourmaster.",
            "Ferries resume on Thursday.",
        ])
        #expect(article.blocks[5].quoteDepth == 1)
        #expect(article.comments.map(\.text).contains("factlint-disable-next-line weekday-mismatch"))
        #expect(article.diagnostics.isEmpty)
    }

    @Test("every character maps to its line and column in the HTML, through tags and entities")
    func sourceMap() throws {
        let article = readHTML(Self.page)
        let lede = article.blocks[1].text
        let range = try #require(lede.string.range(of: "Wednesday"))
        let start = lede.string.utf8.distance(from: lede.string.startIndex, to: range.lowerBound)
        let span = lede.sourceSpan(of: start..<(start + 9))
        #expect(covered(article, span) == "Wednesday")
        #expect(where_(article, span) == "12:55-12:64")
        // A decoded entity stands for the whole reference.
        let quote = article.blocks[5].text
        #expect(covered(article, quote.sourceSpan(of: 0..<3)) == "&ldquo;")
        #expect(where_(article, quote.sourceSpan(of: 0..<3)) == "15:16-15:23")
    }

    @Test("without og:title the story's h1 is the headline; without either, the <title> less its site name")
    func headlineFallbacks() {
        let h1 = readHTML("<html><head><title>Site | X</title></head><body><article><h1>Port &amp; rail deal</h1><p>Text here.</p></article></body></html>")
        #expect(h1.headline?.text.string == "Port & rail deal")
        let title = readHTML("<html><head><title>Port deal signed | The Gazette</title></head><body><p>Text here.</p></body></html>")
        #expect(title.headline?.text.string == "Port deal signed")
        #expect(title.blocks.map(\.kind) == [.headline, .paragraph])
        let social = readHTML("<html><head><meta property='og:title' content='Deal signed, port says'></head><body><article><h1>Port deal</h1><p>Text.</p></article></body></html>")
        #expect(social.blocks.map(\.text.string) == ["Deal signed, port says", "Port deal", "Text."])
        #expect(social.blocks.map(\.kind) == [.headline, .heading, .paragraph])
    }

    @Test("publication date: JSON-LD, then <time datetime> in the article header, then a visible date line")
    func dateFallbacks() throws {
        let jsonLD = readHTML("""
        <script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2023-02-03T10:00:00+01:00"}]}</script>
        <article><p>Text.</p></article>
        """)
        #expect(jsonLD.published?.isoDateTime == "2023-02-03T10:00:00+01:00")
        #expect(covered(jsonLD, try #require(jsonLD.publishedSpan)) == "2023-02-03T10:00:00+01:00")
        let time = readHTML("<article><header><h1>T</h1><time datetime=\"2022-11-30\">30 Nov</time></header><p>Text.</p><p><time datetime=\"2021-01-01\">then</time></p></article>")
        #expect(time.published?.isoDate == "2022-11-30")
        let visible = readHTML("<article><h1>T</h1><p>Published: May 15, 2024</p><p>Text on Wednesday.</p></article>")
        #expect(visible.published?.isoDate == "2024-05-15")
        #expect(visible.blocks.map(\.kind) == [.headline, .dateLine, .paragraph])
    }

    @Test("a .dateline element of its own is the dateline")
    func datelineElement() {
        let article = readHTML("<article><h1>T</h1><div class=\"story-dateline\">LISBON, June 3</div><p>The port opened.</p></article>")
        #expect(article.dateline?.place == "LISBON")
        #expect(article.dateline?.day == 3)
        #expect(article.blocks.map(\.text.string) == ["T", "The port opened."])
    }

    @Test("character references: named, numeric, hex, legacy without ';', windows-1252, unknown names kept")
    func characterReferences() {
        let article = readHTML("<p>A&amp;B &#8217; &#x2019; caf&eacute; &eacute &#150; &zzz; &notit; &amp x&#0;y AT&ampT</p>")
        // "&notit;" is "¬it;" in HTML text: "not" is a legacy name that needs no semicolon.
        #expect(article.blocks.first?.text.string == "A&B ’ ’ café é – &zzz; ¬it; & x\u{FFFD}y AT&T")
        let attribute = readHTML("<meta property=\"og:title\" content=\"Q&amp;A &copy=1 &notit;\"><p>x</p>")
        #expect(attribute.headline?.text.string == "Q&A &copy=1 &notit;")
    }

    @Test("white space collapses as a browser shows it; <br> and &nbsp; are spaces")
    func whiteSpace() {
        let article = readHTML("<p>  The\n   ferry<br>left\tat&nbsp;dawn \u{00A0} today. </p>")
        #expect(article.blocks.first?.text.string == "The ferry left at dawn today.")
    }

    @Test("script, style and comments are not prose, even with tags inside them")
    func rawText() {
        let article = readHTML("<body><script>if (a < b) { x = '</p><p>no' }</script><style>p{}</style><!-- <p>hidden</p> --><p>Kept.</p><textarea>no</textarea></body>")
        #expect(article.blocks.map(\.text.string) == ["Kept."])
    }

    @Test("a broken page is read as far as it goes, with located warnings")
    func brokenPage() throws {
        let article = readHTML("""
        <html><body><article>
        <p>One < two is true.
        <div><span>Unclosed span
        <p>Third paragraph.</div></em>
        <p>Last <b>one
        """)
        #expect(article.blocks.map(\.text.string) == ["One < two is true.", "Unclosed span", "Third paragraph.", "Last one"])
        let messages = article.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }
        #expect(messages.contains("2:8 HTML: a '<' that does not open a tag was read as text"))
        // <article>, <span> and <b> are never closed; the first is named.
        #expect(messages.contains("1:13 HTML: <article> is not closed; it was closed where the element around it ends (and 2 more like it)"))
        #expect(messages.contains("4:26 HTML: </em> closes nothing that is open; it was ignored"))
        #expect(messages.count == 3)
        #expect(article.diagnostics.allSatisfy { $0.level == .warning })
        let cut = readHTML("<p>Story text.</p><a href=\"x")
        #expect(cut.blocks.map(\.text.string) == ["Story text."])
        #expect(cut.diagnostics.map(\.message) == ["HTML: the page ends inside a tag; the tag was dropped"])
        let comment = readHTML("<p>Text.</p><!-- never closed <p>gone</p>")
        #expect(comment.blocks.map(\.text.string) == ["Text."])
        #expect(comment.diagnostics.first?.location?.column == 13)
    }

    @Test("invalid bytes are read as U+FFFD and columns after them stay right")
    func invalidBytes() throws {
        var bytes = Array("<p>Caf".utf8) + [0xE9] + Array(" opened on Friday.</p>".utf8)
        bytes += Array("\n<p>Next.</p>".utf8)
        let article = ArticleReader().read(bytes: bytes, path: "page.html")
        #expect(article.blocks.map(\.text.string) == ["Caf\u{FFFD} opened on Friday.", "Next."])
        #expect(article.diagnostics.contains { $0.message.contains("not valid UTF-8") })
        let text = article.blocks[0].text
        let friday = try #require(text.string.utf8.firstIndex(of: UInt8(ascii: "F")))
        let start = text.string.utf8.distance(from: text.string.utf8.startIndex, to: friday)
        #expect(where_(article, text.sourceSpan(of: start..<(start + 6))) == "1:19-1:25")
    }

    @Test("thousands of nested elements neither crash nor lose the text")
    func deepNesting() {
        let article = readHTML(String(repeating: "<div>", count: 5000) + "<p>Deep.</p>")
        #expect(article.blocks.map(\.text.string) == ["Deep."])
        #expect(article.diagnostics.contains { $0.message.hasPrefix("HTML: elements nest more than") })
    }

    @Test("of several <article> elements, the one with the most paragraph text is the story")
    func contentRoot() {
        let article = readHTML("""
        <body><article class="teaser"><p>Short teaser.</p></article>
        <article><p>The long story has a first paragraph.</p><p>And a second one.</p></article></body>
        """)
        #expect(article.blocks.map(\.text.string) == ["The long story has a first paragraph.", "And a second one."])
    }
}

@Suite("Linting HTML")
struct HTMLLintTests {
    static let samples = testsDirectory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")

    @Test("the weekday planted in the HTML sample is reported at its line and column in the HTML file")
    func sampleWeekday() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent("ferry-contract.html")))
        let report = Linter(rules: builtInRules.rules).lint(bytes: bytes, path: "Samples/ferry-contract.html")
        let weekday = try #require(report.findings.first { $0.ruleID == "weekday-mismatch" })
        #expect(weekday.message == "'Wednesday' does not match June 11, 2024, a Tuesday")
        #expect(weekday.location == SourceLocation(line: 33, column: 59, endLine: 33, endColumn: 83))
        // The related-stories aside holds another wrong weekday; it is not the story.
        let weekdays = report.findings.filter { $0.ruleID == "weekday-mismatch" }
        #expect(weekdays.count == 1)
        #expect(report.diagnostics.isEmpty)
    }

    @Test("an HTML comment directive suppresses a finding, as in Markdown")
    func suppression() {
        let page = "<article><p>The ferry left on Friday, May 15, 2024.</p><!-- factlint-disable-next-line weekday-mismatch -->\n<p>It came back on Friday, May 15, 2024.</p></article>"
        let report = Linter(rules: builtInRules.rules).lint(bytes: Array(page.utf8), path: "a.html")
        let lines: [Int] = report.findings.filter { $0.ruleID == "weekday-mismatch" }.map(\.location.line)
        #expect(lines == [1])
    }
}
