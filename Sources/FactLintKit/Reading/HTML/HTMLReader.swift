/// Reads an HTML page (a published article, a saved page, a CMS body) into blocks: the headline
/// (`og:title`, else `<h1>`, else `<title>`), the publication date (`article:published_time`,
/// JSON-LD `datePublished`, `<time datetime>` in the article's header, then a visible date line),
/// a `.dateline` element, and the story's paragraphs, headings, block quotes and list items from
/// `<article>` or the main content. Page furniture is left out. Every byte of every block maps to
/// its place in the HTML file.
struct HTMLReader {
    let source: SourceText
    let path: String
    let dateLines: DateLineParser
    let wireDatelines: WireDatelineParser
    /// Class and id words that mark page furniture (lexicon `html-chrome`).
    let chromeWords: Lexicon

    struct Result {
        var blocks: [Block] = []
        var published: PublicationDate?
        var publishedSpan: SourceSpan?
        var dateline: Dateline?
        var comments: [Comment] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Elements left out with everything in them.
    static let excludedElements: Set<String> = [
        "head", "nav", "script", "style", "aside", "footer", "noscript", "template", "form", "button", "select",
        "textarea", "svg", "math", "iframe", "object", "video", "audio", "canvas", "figcaption", "dialog", "menu",
        "input", "label",
    ]
    static let excludedRoles: Set<String> = ["navigation", "complementary", "contentinfo", "banner", "search", "dialog"]
    /// Elements whose text runs on inside the block around them.
    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins", "nobr", "big", "tt",
        "strike", "acronym", "output", "ruby", "rb", "rt", "rp", "img", "wbr", "picture", "source", "br",
    ]

    func read(from start: Int) -> Result {
        var tokenizer = HTMLTokenizer(bytes: source.bytes)
        tokenizer.run(from: start)
        let tree = HTMLTree(tokens: tokenizer.tokens)
        var result = Result()
        result.diagnostics = diagnostics(for: tokenizer.problems + tree.problems)
        for index in tree.nodes.indices where tree.nodes[index].kind == .comment {
            let node = tree.nodes[index]
            result.comments.append(Comment(text: text(node.content).trimmingASCIIWhitespace(), span: SourceSpan(start: node.span.lowerBound, end: node.span.upperBound)))
        }
        let root = contentRoot(tree)
        let metadata = HTMLMetadata(tree: tree, source: source, dateLines: dateLines)

        // The headline: og:title; the h1 that says the same, or the content's first h1; <title>.
        let ogTitle = metadata.content(ofMeta: ["og:title"]).map { attributeText($0) }
        let rootHeading = tree.elements(under: root) { $0.name == "h1" }.first { !isExcluded(tree, $0, below: root) }
        var headlineNode: Int?
        var headlineText: MappedText?
        if let ogTitle, !ogTitle.isEmpty {
            let allHeadings = tree.elements { $0.name == "h1" }
            headlineNode = allHeadings.first { !isExcluded(tree, $0, below: 0) && sameWords(blockText(tree, $0), ogTitle) }
            if headlineNode == nil { headlineText = ogTitle }
        } else if let rootHeading {
            headlineNode = rootHeading
        } else if let title = tree.elements(where: { $0.name == "title" }).first {
            headlineText = withoutSiteName(blockText(tree, title))
        }

        var walker = BlockWalker(reader: self, tree: tree, headline: headlineNode)
        if let headlineNode, !tree.isInside(headlineNode, root) {
            walker.blocks.append(Block(kind: .headline, text: blockText(tree, headlineNode)))
        }
        walker.walk(root, context: .init(kind: .paragraph, quoteDepth: 0))
        walker.flush(.init(kind: .paragraph, quoteDepth: 0))
        var blocks = walker.blocks
        result.dateline = walker.dateline
        if let headlineText, !headlineText.isEmpty { blocks.insert(Block(kind: .headline, text: headlineText), at: 0) }

        // Date lines: a block that is nothing but a date is not prose.
        var seenStory = false
        for index in blocks.indices {
            if blocks[index].kind == .paragraph, let date = dateLines.parse(blocks[index].text.string) {
                blocks[index].kind = .dateLine
                if !seenStory, metadata.published == nil, result.published == nil {
                    result.published = date
                    result.publishedSpan = blocks[index].text.sourceSpan(of: 0..<blocks[index].text.count)
                }
            } else if blocks[index].kind == .paragraph {
                seenStory = true
            }
        }
        if let published = metadata.published ?? metadata.headerTime(under: root) {
            result.published = published.date
            result.publishedSpan = published.span
        }
        result.blocks = blocks
        return result
    }

    // MARK: Choosing the story

    /// The story's element: the `<article>` with the most paragraph text, else `articleBody`,
    /// `<main>`, `role=main`, `<body>`, else the whole document.
    func contentRoot(_ tree: HTMLTree) -> Int {
        let articles = tree.elements { $0.name == "article" }.filter { !isExcluded(tree, $0, below: 0) }
        if !articles.isEmpty {
            var best = articles[0]
            var bestLength = -1
            for article in articles {
                let length = tree.elements(under: article) { $0.name == "p" }.reduce(0) { $0 + rawTextLength(tree, $1) }
                if length > bestLength { best = article; bestLength = length }
            }
            return best
        }
        let fallbacks: [(HTMLNode) -> Bool] = [
            { self.attribute($0, "itemprop")?.lowercased() == "articlebody" },
            { $0.name == "main" },
            { self.attribute($0, "role")?.lowercased() == "main" },
            { $0.name == "body" },
        ]
        for match in fallbacks {
            if let found = tree.elements(where: match).first { return found }
        }
        return 0
    }

    private func rawTextLength(_ tree: HTMLTree, _ index: Int) -> Int {
        var total = 0
        var pending = [index]
        while let current = pending.popLast() {
            let node = tree.nodes[current]
            if node.kind == .text { total += node.content.count } else { pending.append(contentsOf: node.children) }
        }
        return total
    }

    /// Whether the element is page furniture: excluded by name, role, `hidden`, or a class or id word.
    func isFurniture(_ node: HTMLNode) -> Bool {
        if Self.excludedElements.contains(node.name) { return true }
        if node.hasAttribute("hidden") { return true }
        if let role = attribute(node, "role")?.lowercased(), Self.excludedRoles.contains(role) { return true }
        if attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        for name in ["class", "id"] {
            guard let value = node.attribute(name), !value.isEmpty else { continue }
            var wordStart = value.lowerBound
            for index in value.lowerBound...value.upperBound {
                let byte: UInt8 = index < value.upperBound ? source.bytes[index] : 0x20
                if byte == 0x20 || byte == 0x2D || byte == 0x5F || byte == 0x09 || byte == 0x0A {
                    if index > wordStart, chromeWords.contains(text(wordStart..<index)) { return true }
                    wordStart = index + 1
                }
            }
        }
        return false
    }

    /// Whether the element or one of its ancestors up to `stop` is furniture.
    func isExcluded(_ tree: HTMLTree, _ index: Int, below stop: Int) -> Bool {
        var current = index
        while current > 0, current != stop {
            if isFurniture(tree.nodes[current]) { return true }
            current = tree.nodes[current].parent
        }
        return false
    }

    // MARK: Text

    func text(_ range: Range<Int>) -> String { String(decoding: source.bytes[range], as: UTF8.self) }

    /// An attribute's value, decoded.
    func attribute(_ node: HTMLNode, _ name: String) -> String? {
        node.attribute(name).map { attributeText($0).string }
    }

    func attributeText(_ range: Range<Int>) -> MappedText {
        var builder = HTMLTextBuilder(source: source.bytes)
        builder.append(range, inAttribute: true)
        return builder.take()
    }

    /// All the text inside an element, as one block.
    func blockText(_ tree: HTMLTree, _ index: Int) -> MappedText {
        var builder = HTMLTextBuilder(source: source.bytes)
        var pending = [index]
        while let current = pending.popLast() {
            let node = tree.nodes[current]
            switch node.kind {
            case .text: builder.append(node.content, decodes: node.decodes)
            case .comment: continue
            case .element:
                if current != index, isFurniture(node) { continue }
                if !Self.inlineElements.contains(node.name) || node.name == "br" { builder.appendSpace(at: node.span.lowerBound) }
                pending.append(contentsOf: node.children.reversed())
            }
        }
        return builder.take()
    }

    /// Two texts with the same words, ignoring case and spacing.
    private func sameWords(_ left: MappedText, _ right: MappedText) -> Bool {
        func words(_ text: MappedText) -> [Substring] { text.string.lowercased().split(whereSeparator: { $0 == " " }) }
        return words(left) == words(right)
    }

    /// A `<title>` without its trailing site name: "Harbour reopens | The Gazette".
    private func withoutSiteName(_ title: MappedText) -> MappedText {
        let bytes = title.bytes
        var cut: Int?
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0x20, bytes[index + 1] == 0x7C, bytes[index + 2] == 0x20 { cut = index }
            index += 1
        }
        guard let cut, cut > 0 else { return title }
        var kept = MappedText()
        var offsets = MappedText.OffsetReader(title)
        for position in 0..<cut {
            let offset = offsets.sourceOffset(at: position)
            kept.append(byte: bytes[position], standingFor: offset, sourceEnd: offset + 1)
        }
        return kept
    }
}
