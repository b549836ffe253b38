import FactLintKit
import Testing

@Suite("Reading plain text")
struct PlainTextReadingTests {
    /// A saved page written for this test: menu lines, a headline, a date line, the story, chrome.
    static let page = """
    Home · English · Deutsch · Français
    Example Times - Latest News
    HOME PAGE 21/05/2024 09:14
    News >

    Harbour Reopens After Storm Repairs

    15.05.2024 18:57

    KALMAR, May 15 - The harbour reopened on Wednesday.

    Fishermen said they were relieved. "It took too long," one said.

    Latest News

    Top News
    """

    @Test("page chrome before the headline and after the story is not prose")
    func savedPage() throws {
        let article = read(Self.page, path: "page.txt")
        #expect(article.headline?.text.string == "Harbour Reopens After Storm Repairs")
        #expect(article.published?.isoDateTime == "2024-05-15T18:57")
        #expect(where_(article, try #require(article.publishedSpan)) == "8:1-8:17")
        #expect(article.dateline?.text == "KALMAR, May 15")
        #expect(article.blocks.map(\.kind) == [.headline, .dateLine, .paragraph, .paragraph])
        #expect(article.blocks.map(\.text.string) == [
            "Harbour Reopens After Storm Repairs",
            "15.05.2024 18:57",
            "The harbour reopened on Wednesday.",
            "Fishermen said they were relieved. \"It took too long,\" one said.",
        ])
    }

    @Test("sentences of a saved page keep their lines and columns")
    func savedPageSentences() {
        let extracted = facts(Self.page, path: "page.txt")
        let located = extracted.sentences.map { "\(where_(extracted.article, $0.span)) \($0.text)" }
        #expect(located == [
            "6:1-6:36 Harbour Reopens After Storm Repairs",
            "10:18-10:52 The harbour reopened on Wednesday.",
            "12:1-12:35 Fishermen said they were relieved.",
            "12:36-12:65 \"It took too long,\" one said.",
        ])
    }

    @Test("date lines in the formats news pages print", arguments: [
        ("2024-05-15 18:57", "2024-05-15T18:57"),
        ("May 15, 2024 6:57 PM", "2024-05-15T18:57"),
        ("15 May 2024", "2024-05-15"),
        ("Wednesday, May 15, 2024", "2024-05-15"),
        ("Published: 05/15/2024 10:00 GMT", "2024-05-15T10:00"),
        ("15.05.2024", "2024-05-15"),
    ])
    func dateLineFormats(line: String, expected: String) {
        let article = read("A Headline For The Story\n\n\(line)\n\nBody text here.\n", path: "a.txt")
        #expect(article.published?.isoDateTime == expected)
        #expect(article.blocks.first?.text.string == "A Headline For The Story")
    }

    @Test("ISO 8601 times: zones, fractions of a second, and a time part that is not one", arguments: [
        ("2024-05-15T18:57:03Z", "2024-05-15T18:57:03Z"),
        ("2024-05-15t18:57z", "2024-05-15T18:57Z"),
        ("2024-05-15T18:57:03.250-05:00", "2024-05-15T18:57:03-05:00"),
        ("2024-05-15T18:57+01:00", "2024-05-15T18:57+01:00"),
        ("2024-05-15T", nil),
        ("2024-05-15TZ", nil),
        ("2024-05-15T18", nil),
        ("2024-05-15T18:5", nil),
        // An ISO time is ASCII: a combining mark or other letter in it makes it no time.
        ("2024-05-15T18:57.\u{301}", nil),
        ("2024-05-15T18:57+01\u{600}Z", nil),
    ] as [(String, String?)])
    func isoTimes(text: String, expected: String?) {
        #expect(PublicationDate.parse(text)?.isoDateTime == expected)
    }

    @Test("without a date line the first line is the headline and there is no date")
    func noDateLine() {
        let article = read("Quiet Day In Town\n\nNothing happened today.\n", path: "a.txt")
        #expect(article.headline?.text.string == "Quiet Day In Town")
        #expect(article.published == nil)
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph])
    }

    @Test("a wire headline may end with a ticker in angle brackets; other lines ending in '>' are not headlines")
    func tickerHeadline() {
        let article = read("HARBOUR LINES/KESTREL SHIPPING <KSH>\n\n03.03.1987 13:13\n\nOSLO, March 3 - Kestrel Shipping rose.\n", path: "a.txt")
        #expect(article.headline?.text.string == "HARBOUR LINES/KESTREL SHIPPING <KSH>")
        #expect(article.published?.isoDateTime == "1987-03-03T13:13")
        #expect(article.dateline?.text == "OSLO, March 3")
        let quoted = read("Reply from the desk >\n\n03.03.1987 13:13\n\nThe story follows.\n", path: "b.txt")
        #expect(quoted.headline == nil)
    }

    @Test("a line with other words around a date is not a date line")
    func chromeWithDate() {
        let article = read("Menu\nHOME PAGE 21/05/2024 09:14\n\nBody text follows here.\n", path: "a.txt")
        #expect(article.published == nil)
    }

    @Test("numeric dates follow the configured order when both readings are possible")
    func dateOrder() {
        let text = "A Headline For The Story\n\n05/06/2024\n\nBody.\n"
        #expect(read(text, path: "a.txt").published?.isoDate == "2024-05-06")
        let dayFirst = ReadOptions(dateOrder: .dayMonthYear)
        #expect(read(text, path: "a.txt", options: dayFirst).published?.isoDate == "2024-06-05")
        #expect(read("A Headline For The Story\n\n25/06/2024\n\nBody.\n", path: "a.txt").published?.isoDate == "2024-06-25")
    }
}
