import FactLintKit
import Yams
import Testing

@Suite("Reading Markdown")
struct MarkdownReadingTests {
    @Test("front matter gives the headline, publication date and its location")
    func frontMatter() throws {
        let article = read("""
        ---
        title: "Bridge reopens"
        date: 2024-05-15T18:57:00Z
        author: Staff
        lang: en
        ---

        The bridge reopened on Wednesday.
        """)
        #expect(article.headline?.text.string == "Bridge reopens")
        let headline = try #require(article.headline)
        #expect(where_(article, headline.text.sourceSpan(of: 0..<headline.text.count)) == "2:9-2:23")
        #expect(article.published?.isoDate == "2024-05-15")
        #expect(article.published?.isoDateTime == "2024-05-15T18:57:00Z")
        #expect(where_(article, try #require(article.publishedSpan)) == "3:7-3:27")
        #expect(article.frontMatter?.fields["author"]?.value == "Staff")
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph])
        #expect(article.diagnostics.isEmpty)
    }

    @Test("publishDate and datePublished are publication dates too")
    func alternativeDateKeys() {
        #expect(read("---\npublishDate: 2023-01-02\n---\nText.\n").published?.isoDate == "2023-01-02")
        #expect(read("---\ndatePublished: 2023-01-03\n---\nText.\n").published?.isoDate == "2023-01-03")
        #expect(read("---\npublished: 2023-01-04\n---\nText.\n").published?.isoDate == "2023-01-04")
    }

    @Test("an unreadable front matter date is reported, not guessed")
    func badDate() {
        let article = read("---\ndate: sometime soon\n---\nText.\n")
        #expect(article.published == nil)
        #expect(article.diagnostics.map(\.message) == ["the front matter date 'sometime soon' is not a date factlint can read; write it as YYYY-MM-DD"])
        #expect(article.diagnostics.first?.location?.line == 2)
    }

    @Test("a headline or date given as a list is a located warning, not silently dropped")
    func listTitle() {
        let article = read("---\ntitle:\n  - Part one\n  - Part two\ndate: {year: 2024}\ntags: [a, b]\n---\n\nBody text here.\n")
        #expect(article.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.level) \($0.message)" } == [
            "3:3 warning front matter 'title' is a list, not text, so it was not read",
            "5:7 warning front matter 'date' is a set of keys, not text, so it was not read",
        ])
        #expect(article.published == nil)
        #expect(article.blocks.map(\.text.string) == ["Body text here."])
    }

    @Test("invalid YAML in front matter is a located error and the body is still read")
    func invalidYAML() {
        let article = read("---\ntitle: [unclosed\n---\n\nBody text here.\n")
        #expect(article.diagnostics.count == 1)
        #expect(article.diagnostics.first?.level == .error)
        #expect(article.diagnostics.first?.message.hasPrefix("front matter is not valid YAML") == true)
        #expect(article.blocks.map(\.text.string) == ["Body text here."])
    }

    @Test("an unterminated front matter block is an error, not prose")
    func unterminated() {
        let article = read("---\ntitle: x\n\nBody text.\n")
        #expect(article.blocks.isEmpty)
        #expect(article.diagnostics.first?.message.contains("no closing '---' line") == true)
    }

    @Test("inline markup is stripped and every kept character maps to its source column")
    func inlineMarkup() throws {
        let text = "Say **bold** and _it_ with [a link](https://x.example) and `code` <b>tag</b> here.\n"
        let article = read(text)
        let block = try #require(article.blocks.first)
        #expect(block.text.string == "Say bold and it with a link and code tag here.")
        // "link" in the analysis text sits at columns 31-35 of the source line.
        let linkOffset = Array("Say bold and it with a ".utf8).count
        #expect(where_(article, block.text.sourceSpan(of: linkOffset..<(linkOffset + 4))) == "1:31-1:35")
        let code = Array("Say bold and it with a link and ".utf8).count
        #expect(where_(article, block.text.sourceSpan(of: code..<(code + 4))) == "1:61-1:65")
    }

    @Test("a wire copy name in angle brackets is text, even one opening with an element's word: only its brackets go; tickers and HTML tags stay markup")
    func bracketedNames() throws {
        let text = "Sold to <Tollards Group PLC> and <Société Vérane>, not <GM> or <B>bold</B> or <TD NOWRAP> or <span class=\"x\">; <Time Vane Inc>."
        let article = read(text + "\n")
        let block = try #require(article.blocks.first)
        #expect(block.text.string == "Sold to Tollards Group PLC and Société Vérane, not  or bold or  or ; Time Vane Inc.")
        // "Tollards" keeps its source columns, and so does the name after the first one.
        let tollards = Array("Sold to ".utf8).count
        #expect(where_(article, block.text.sourceSpan(of: tollards..<(tollards + 8))) == "1:10-1:18")
        let verane = Array("Sold to Tollards Group PLC and ".utf8).count
        #expect(where_(article, block.text.sourceSpan(of: verane..<(verane + Array("Société".utf8).count))) == "1:35-1:42")
    }

    @Test("character references are decoded and keep their source columns; in code and without ';' they stay")
    func characterReferences() throws {
        let text = "Mr Pap&#233; and Ms Pap&eacute;&nbsp;met Tom &amp; Jerry &copy in `&amp;` code.\n"
        let article = read(text)
        let block = try #require(article.blocks.first)
        #expect(block.text.string == "Mr Papé and Ms Papé met Tom & Jerry &copy in &amp; code.")
        // The first "Papé" covers "Pap&#233;": source columns 4 to 13.
        let first = Array("Mr ".utf8).count
        #expect(where_(article, block.text.sourceSpan(of: first..<(first + Array("Papé".utf8).count))) == "1:4-1:13")
        // The second ends after "&eacute;" (columns 21-32); the no-break space is a plain space.
        let second = Array("Mr Papé and Ms ".utf8).count
        #expect(where_(article, block.text.sourceSpan(of: second..<(second + Array("Papé".utf8).count))) == "1:21-1:32")
        let tom = Array("Mr Papé and Ms Papé met ".utf8).count
        #expect(where_(article, block.text.sourceSpan(of: tom..<(tom + 3))) == "1:42-1:45")
    }

    @Test("code blocks, HTML comments and thematic breaks are not prose")
    func nonProse() {
        let article = read("""
        Intro paragraph.

        ```swift
        let x = "not prose"
        ```

            indented code

        <!-- a comment
        over two lines -->

        ---

        Closing paragraph.
        """)
        #expect(article.blocks.map(\.text.string) == ["Intro paragraph.", "Closing paragraph."])
        #expect(article.comments.map(\.text) == ["a comment\nover two lines"])
    }

    @Test("headings, block quotes and list items are blocks of their own")
    func blocks() {
        let article = read("""
        # Main title

        Para one
        continues here.

        > Quoted words
        > go on.

        - first item
        - second item

        1. numbered item

        Setext heading
        --------------
        """)
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .blockQuote, .listItem, .listItem, .listItem, .heading])
        #expect(article.blocks.map(\.text.string) == [
            "Main title", "Para one continues here.", "Quoted words go on.",
            "first item", "second item", "1. numbered item", "Setext heading",
        ])
        #expect(article.blocks[2].quoteDepth == 1)
    }

    @Test("a wire dateline is taken out of the first paragraph")
    func dateline() throws {
        let article = read("---\ndate: 1987-03-09\n---\n\nLONDON, March 9 - The Bank of England said on Monday.\n")
        let dateline = try #require(article.dateline)
        #expect(dateline.place == "LONDON")
        #expect(dateline.month == 3)
        #expect(dateline.day == 9)
        #expect(dateline.text == "LONDON, March 9")
        #expect(where_(article, dateline.span) == "5:1-5:16")
        #expect(where_(article, try #require(dateline.dateSpan)) == "5:9-5:16")
        #expect(article.blocks.last?.text.string == "The Bank of England said on Monday.")
    }

    @Test("a dateline may name the country or state between place and date")
    func regionDateline() throws {
        let article = read("OBERHAUSEN, West Germany, March 15 - Steel workers marched on Sunday.\n")
        let dateline = try #require(article.dateline)
        #expect(dateline.place == "OBERHAUSEN")
        #expect(dateline.text == "OBERHAUSEN, West Germany, March 15")
        #expect(where_(article, try #require(dateline.dateSpan)) == "1:27-1:35")
        #expect(article.blocks.first?.text.string == "Steel workers marched on Sunday.")
    }

    @Test("agency datelines with dashes are recognised")
    func agencyDateline() throws {
        let article = read("BALTIMORE (AP) — Officials said on Tuesday that the port would reopen.\n")
        let dateline = try #require(article.dateline)
        #expect(dateline.place == "BALTIMORE")
        #expect(dateline.agency == "AP")
        #expect(dateline.month == nil)
        #expect(article.blocks.first?.text.string == "Officials said on Tuesday that the port would reopen.")
    }

    @Test("an agency after the date and a comma is part of the dateline")
    func commaAgencyDateline() throws {
        let article = read("TARVIK, April 2, Reuter - The canal, set to reopen March 31, faces a strike.\n")
        let dateline = try #require(article.dateline)
        #expect(dateline.place == "TARVIK")
        #expect(dateline.agency == "Reuter")
        #expect(dateline.month == 4 && dateline.day == 2)
        #expect(where_(article, try #require(dateline.dateSpan)) == "1:9-1:16")
        #expect(article.blocks.first?.text.string == "The canal, set to reopen March 31, faces a strike.")
        // A comma and a word that runs on is the story, not an agency.
        #expect(read("TARVIK, April 2, Strikers said - no talks.\n").dateline?.agency == nil)
    }

    @Test("a dateline can be given in front matter")
    func frontMatterDateline() throws {
        let article = read("---\ndateline: \"NEW YORK, March 9\"\n---\n\nStocks rose on Monday.\n")
        let dateline = try #require(article.dateline)
        #expect(dateline.place == "NEW YORK")
        #expect(dateline.day == 9)
        #expect(where_(article, dateline.span) == "2:12-2:29")
    }

    @Test("an opening sentence in capitals without a dash is not a dateline")
    func notADateline() {
        let article = read("NATO said on Tuesday it would meet.\n")
        #expect(article.dateline == nil)
    }

    @Test("CRLF line endings keep columns and lines right")
    func crlf() throws {
        let text = "---\r\ntitle: T\r\n---\r\n\r\nFirst line\r\nsecond line.\r\n"
        let extracted = facts(text)
        let sentence = try #require(extracted.sentences.last)
        #expect(sentence.text == "First line second line.")
        #expect(where_(extracted.article, sentence.span) == "5:1-6:13")
    }

    @Test("--published overrides the file's date")
    func publishedOverride() {
        let options = ReadOptions(publishedOverride: PublicationDate(year: 2020, month: 1, day: 2))
        #expect(read("---\ndate: 2024-05-15\n---\nText.\n", options: options).published?.isoDate == "2020-01-02")
    }
}

@Suite("Front matter fast path")
struct FrontMatterFastPathTests {
    /// Simple front matter is read without Yams; it must give what Yams gives.
    @Test("plain and quoted values read the same as YAML reads them", arguments: [
        "title: Bridge reopens\ndate: 2024-05-15\n",
        "title: \"Budget: 50% more\"\ndate: 2024-05-15T18:57:00Z\n",
        "title: 'It''s done'\n",
        "title: \"Say \\\"hi\\\"\"\n",
        "tags: [a, b]\ntitle: x\n",
        "title: a # comment\n",
        "empty:\ntitle: x\n",
    ])
    func matchesYAML(_ yaml: String) throws {
        let article = read("---\n" + yaml + "---\n\nBody.\n")
        let fields = try #require(article.frontMatter).fields
        let expected = try #require(try Yams.compose(yaml: yaml)?.mapping)
        for (key, value) in expected {
            guard let name = key.string, let scalar = value.scalar, value.null == nil else { continue }
            #expect(fields[name]?.value == scalar.string, "\(name)")
        }
        #expect(article.diagnostics.isEmpty)
    }
}
